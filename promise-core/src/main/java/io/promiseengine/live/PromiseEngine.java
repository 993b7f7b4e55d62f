/*
 * Copyright 2026 The Promise Engine developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.promiseengine.live;

import io.promiseengine.internal.engine.DefaultPromiseEngine;
import io.promiseengine.internal.observe.Watch;
import io.promiseengine.live.spi.LiveStore;
import io.promiseengine.model.Network;
import io.promiseengine.model.SlotLoad;
import io.promiseengine.observe.GuardedObserver;
import io.promiseengine.observe.PromiseObserver;
import io.promiseengine.observe.Ticker;
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.Supply;
import io.promiseengine.plan.AllocationPlanner;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.rules.RuleSet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A live promise engine: the current network version and a live inventory and capacity ledger, quoted
 * while an order management system streams stock moves.
 *
 * <p>Writes (stock, supply, slot load and capacity, a new network version) are serialized and each
 * publishes a new immutable inventory version; a quote reads the version current when it starts, without
 * locks, and sees every write that returned before it started. A change copies only what it changes (one
 * sku's stock table, one location's slots), never the whole inventory.
 *
 * <pre>{@code
 * PromiseEngine engine = PromiseEngine.builder(network).clock(clock).build();
 * engine.adjustOnHand("store-paris-7", "TSHIRT-M", -1);   // a sale at the till
 * Quote q = engine.quote(request);                         // sees it at once
 * }</pre>
 *
 * <p>Reservations take a plan's stock (per location and sku) and preparation slots all or nothing, in one
 * transaction of the engine's {@link io.promiseengine.live.spi.LiveStore store}, so nothing oversells and
 * no slot exceeds its capacity whatever the concurrency (and, on a shared store, whatever the number of
 * engines). A hold lapses at its expiry (from the injected clock) unless confirmed: in memory, lapsed holds
 * are given back at the next call that reads or writes the engine, so no background thread is needed; a
 * database store gives them back from its change feed's thread (docs/LIVE-STATE.md).
 */
public interface PromiseEngine extends AutoCloseable {

    /**
     * An engine whose live state is kept in memory, starting from the network's own stock, supply and load.
     *
     * @param network the network to start from, with its stock, supply and load
     * @return a builder of the engine
     * @throws NullPointerException when {@code network} is null
     */
    static Builder builder(Network network) {
        return new Builder(Objects.requireNonNull(network, "network"), null);
    }

    /**
     * An engine whose live state is kept by {@code store} (for instance in PostgreSQL, shared with other
     * engines: see {@code io.promiseengine.postgres.PostgresPromiseEngine}), starting from the store's state.
     * The store is closed with the engine.
     *
     * @param store the live store, opened by the engine's {@code build()}
     * @return a builder of the engine
     * @throws NullPointerException when {@code store} is null
     */
    static Builder builder(LiveStore store) {
        return new Builder(null, Objects.requireNonNull(store, "store"));
    }

    /**
     * The current network version (its stock, supply and load are those it was published with, not the live
     * ones: see {@link #liveNetwork()}; an engine on a shared store gives a version another engine published,
     * or read back after a restart, without stock, supply and load).
     *
     * @return the network version quotes read now
     */
    Network network();

    /**
     * The current network version with the live stock (onHand, reserved, safety), the live supply and the
     * live slot load in place of those it was published with, in a fixed order (the same live state gives an
     * equal network). For an export or a reconciliation: {@code NetworkDocument.write(engine.liveNetwork())}.
     * The engine's holds are not in it (a network has no place for them; list them with
     * {@link #reservations}), nor are slot capacities set by {@link #setSlotCapacity}; positions of locations
     * the version lacks are left out.
     *
     * @return the current version with the live stock, supply and load
     */
    Network liveNetwork();

    /**
     * Counts the versions published: 1 for the network the engine was built with.
     *
     * @return the number of versions published, at least 1
     */
    long networkVersion();

    /**
     * Replaces the network (a store added, new hours, new lanes) atomically: quotes started before see the
     * old one, quotes started after the new one. The live stock, supply, load and reservations are kept,
     * matched by location id; the new network's own stock, supply and load are ignored. Stock of a location
     * the new network lacks is kept and counts again if a later version has the location.
     *
     * @param network the new version, already valid
     * @throws NullPointerException when {@code network} is null
     */
    void publish(Network network);

    /**
     * Every option for the request, on the current network and inventory, as the spec computes them (no rule).
     *
     * @param request the request
     * @return the options and the rejections
     * @throws NullPointerException when {@code request} is null
     */
    Quote quote(QuoteRequest request);

    /**
     * Every option for the order's request under the engine's rule set: its filters (with the order's line
     * attributes) and constraints apply, so each option is one its {@link #planner()} can deliver.
     *
     * @param order the order: its request and its lines' attributes
     * @return the options the planner can deliver, and the rejections
     * @throws NullPointerException when {@code order} is null
     */
    Quote quote(Order order);

    /**
     * As {@link #quote(Order)}, under another rule set.
     *
     * @param order the order
     * @param ruleSet the rule set that replaces the engine's for this quote
     * @return the options and the rejections
     * @throws NullPointerException when an argument is null
     */
    Quote quote(Order order, RuleSet ruleSet);

    /**
     * The engine's rule set ({@link RuleSet#none()} unless given).
     *
     * @return the rule set given to the builder, or {@link RuleSet#none()}
     */
    RuleSet rules();

    /**
     * A planner under the engine's rule set, reading the engine's current inventory.
     *
     * @return a planner reading the engine's inventory as it is at each call
     */
    AllocationPlanner planner();

    /**
     * A planner under another rule set.
     *
     * @param ruleSet the rule set of the planner
     * @return a planner reading the engine's inventory as it is at each call
     * @throws NullPointerException when {@code ruleSet} is null
     */
    AllocationPlanner planner(RuleSet ruleSet);

    /**
     * Sets onHand, reserved and safety of a sku at a location (the engine's holds and the supply are kept).
     *
     * @param level the new levels of one sku at one location
     * @return the live stock of the sku there after the change
     * @throws NullPointerException when {@code level} is null
     */
    StockState setStock(StockLevel level);

    /**
     * Adds {@code delta} units on hand (negative for units gone); refuses a result below 0 or above
     * {@link io.promiseengine.model.Limits#MAX_QUANTITY}, the bound of every quantity (docs/LIMITS.md).
     *
     * @param location the location id
     * @param sku the sku
     * @param delta the units added (negative: taken away)
     * @return the live stock after the change
     * @throws IllegalArgumentException when onHand would fall below 0 or rise above 1,000,000,000, or the location is
     *         unknown
     */
    StockState adjustOnHand(String location, String sku, int delta);

    /**
     * Adds incoming supply under an id unique among the live supply (the network's own supply has the ids
     * {@code supply[0]}, {@code supply[1]}, ... as in the document).
     *
     * @param supplyId an id unique among the live supply
     * @param supply the quantity, sku, location and arrival
     * @return the live stock of the sku at the location after the change
     * @throws IllegalArgumentException when the id is already used
     */
    StockState addSupply(String supplyId, Supply supply);

    /**
     * Cancels supply by id; false when there is none.
     *
     * @param supplyId the id given to {@link #addSupply} or {@code supply[i]} of the network
     * @return true when supply was cancelled
     */
    boolean cancelSupply(String supplyId);

    /**
     * Sets the load reported for one slot (replacing it): {@code slot} must be a slot start of the location.
     *
     * @param load the location, slot start and number of orders
     * @return the slot's live state after the change
     * @throws IllegalArgumentException when the location is unknown, has no capacity limit, or the slot is not one of
     *         its slot starts
     */
    SlotState setSlotLoad(SlotLoad load);

    /**
     * Sets the capacity of one slot ({@code >= 0}; 0 closes it to new preparations).
     *
     * @param location the location id
     * @param slot the slot's start
     * @param ordersPerSlot the new capacity, {@code >= 0}
     * @return the slot's live state after the change
     * @throws IllegalArgumentException when {@code ordersPerSlot < 0}, the location is unknown or has no capacity
     *         limit, or {@code slot} is not a slot start
     */
    SlotState setSlotCapacity(String location, Instant slot, int ordersPerSlot);

    /**
     * Sets the capacity of one delivery window in one zone of a SCHEDULED service ({@code >= 0}; 0 closes it to
     * new drops, as when a van breaks down): {@code window} must be the start of one of the service's windows
     * and {@code zone} the {@code to} of one of its zones. Drops held or booked already stay.
     *
     * @param service the SCHEDULED service's id
     * @param zone the {@code to} of one of its zones
     * @param window the start of one of its windows
     * @param capacity the new capacity, {@code >= 0}
     * @return the window's live state after the change
     * @throws IllegalArgumentException when the service, zone or window is unknown, or the capacity negative
     */
    WindowState setWindowCapacity(String service, String zone, Instant window, int capacity);

    /**
     * The live state of one delivery window of a SCHEDULED service in one of its zones.
     *
     * @param service the SCHEDULED service's id
     * @param zone the {@code to} of one of its zones
     * @param window the start of one of its windows
     * @return its capacity, the drops booked and the drops held
     * @throws IllegalArgumentException when the service, zone or window is unknown
     */
    WindowState window(String service, String zone, Instant window);

    /**
     * The live stock of a sku at a location (all zero when none was ever given).
     *
     * @param location the location id
     * @param sku the sku
     * @return onHand, reserved, safety, held and supply of the sku there
     */
    StockState stock(String location, String sku);

    /**
     * The live state of one slot of a location with a capacity limit.
     *
     * @param location the location id
     * @param slot the slot's start
     * @return the slot's capacity, load and holds
     * @throws IllegalArgumentException when the location is unknown, has no capacity limit, or {@code slot} is not a
     *         slot start
     */
    SlotState slot(String location, Instant slot);

    /**
     * Takes what the plan needs, all or nothing, held for the engine's hold duration (30 minutes by default)
     * unless confirmed: per shipment, each line's quantity of the units available at the shipment's start
     * (spec 4.1), and one preparation in the slot of its start (at a location with a capacity limit).
     * The same order id with the same plan again changes nothing ({@code repeated}, whatever is left in stock);
     * with a different plan it is refused ({@code ORDER_ID_IN_USE}). What the plan takes is summed over the
     * whole plan per location and sku and per slot; a plan built by hand with two shipments from one origin, or
     * two lines of one sku in a shipment, is refused ({@code INVALID_PLAN}); a location holds at most
     * 2,147,483,647 units of a sku. A refusal lists every shortage and full slot and changes nothing.
     *
     * @param orderId the order's id, unique among the orders holding something (1 to 256 characters, no control
     *        character: {@link io.promiseengine.model.Limits#MAX_ORDER_ID_LENGTH}, else IllegalArgumentException)
     * @param plan what to take, from the engine's {@link #planner()}
     * @return {@link ReservationResult.Reserved} or {@link ReservationResult.Refused} with every reason
     */
    ReservationResult reserve(String orderId, Fulfilment plan);

    /**
     * As {@link #reserve(String, Fulfilment)}, held for {@code hold} ({@code > 0}, at most 3,660 days).
     *
     * @param orderId the order's id (1 to 256 characters, no control character, else IllegalArgumentException)
     * @param plan what to take
     * @param hold how long the hold lasts unless confirmed
     * @return {@link ReservationResult.Reserved} or {@link ReservationResult.Refused} with every reason
     * @throws IllegalArgumentException when {@code hold} is not {@code > 0} or longer than 3,660 days
     */
    ReservationResult reserve(String orderId, Fulfilment plan, Duration hold);

    /**
     * Swaps what the order holds for what {@code plan} takes, atomically and all or nothing: the plan is checked
     * as if the order's own holds were given back; refused, the order keeps everything it held (and the
     * refusal says why). The hold keeps its state: confirmed stays confirmed, a hold keeps its expiry. The
     * same holds again change nothing ({@code repeated}). An order that holds nothing is reserved as by
     * {@link #reserve(String, Fulfilment)}. For re-planning a captured order without ever letting go of it.
     *
     * @param orderId the order's id (1 to 256 characters, no control character, else IllegalArgumentException)
     * @param plan the plan that replaces the order's holds
     * @return {@link ReservationResult.Reserved}, or {@link ReservationResult.Refused} with the order's holds
     *        unchanged
     */
    ReservationResult replace(String orderId, Fulfilment plan);

    /**
     * Makes the order's hold permanent (until released); empty when the order holds nothing (never reserved, released
     * or lapsed).
     *
     * @param orderId the order's id (1 to 256 characters, no control character, else IllegalArgumentException)
     * @return the confirmed reservation, or empty
     */
    Optional<Reservation> confirm(String orderId);

    /**
     * Gives back everything the order holds; false when it holds nothing.
     *
     * @param orderId the order's id (1 to 256 characters, no control character, else IllegalArgumentException)
     * @return true when the order held something
     */
    boolean release(String orderId);

    /**
     * What the order holds now, if anything.
     *
     * @param orderId the order's id (1 to 256 characters, no control character, else IllegalArgumentException)
     * @return the order's holds, or empty
     */
    Optional<Reservation> reservation(String orderId);

    /**
     * Hands a confirmed hold over to the order management, atomically, when it ships the units or takes them
     * into its own reserved stock: the units held leave {@code held} and {@code onHand} together, each
     * preparation held becomes slot load and each delivery-window drop held becomes window load, so nothing
     * counts twice or zero times. Returns what the order held;
     * empty when it holds nothing.
     *
     * @param orderId the order's id (1 to 256 characters, no control character, else IllegalArgumentException)
     * @return what the order held, or empty
     * @throws IllegalStateException when the hold is not confirmed, or holds units not on hand yet (supply still
     *         to come); nothing is changed
     */
    Optional<Reservation> handOff(String orderId);

    /**
     * Every reservation (held or confirmed), by order id, for a reconciliation with the order management: the
     * page after {@code afterOrderId} ({@code ""} for the first), at most {@code limit} (1 to 10,000). Pass the
     * last id of a page to get the next; an empty page is the end. A hold whose expiry has
     * passed by the engine's clock is not listed, given back yet or not (as {@link #reservation} does not
     * return it); one seen in the store is given back before the page returns.
     *
     * @param afterOrderId the last order id of the previous page, {@code ""} for the first page
     * @param limit the most reservations returned, 1 to 10,000
     * @return at most {@code limit} reservations, by order id
     * @throws IllegalArgumentException when {@code limit} is out of range
     */
    List<Reservation> reservations(String afterOrderId, int limit);

    /** Stops what the engine's store runs in the background (nothing for the in-memory store). */
    @Override
    void close();

    /** Builds an engine; the clock is the system UTC clock unless given. */
    final class Builder {
        private final Network network;
        private final LiveStore store;
        private Clock clock = Clock.systemUTC();
        private Duration holdFor = Duration.ofMinutes(30);
        private RuleSet rules = RuleSet.none();
        private PromiseObserver observer = PromiseObserver.none();
        private Ticker ticker = Ticker.system();
        private long planBudget = DefaultPromiseEngine.DEFAULT_PLAN_BUDGET;

        private Builder(Network network, LiveStore store) {
            this.network = network;
            this.store = store;
        }

        /**
         * The clock of reservation expiries.
         *
         * @param clock the clock
         * @return this builder
         * @throws NullPointerException when {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How long a reservation holds unless confirmed; 30 minutes by default.
         *
         * @param holdFor the hold duration
         * @return this builder
         * @throws IllegalArgumentException unless {@code > 0} and at most 3,660 days
         * @throws NullPointerException when {@code holdFor} is null
         */
        public Builder holdFor(Duration holdFor) {
            this.holdFor = DefaultPromiseEngine.checkHold("holdFor", holdFor);
            return this;
        }

        /**
         * The rule set of {@link #quote(Order)} and {@link #planner()}.
         *
         * @param rules the rule set
         * @return this builder
         * @throws NullPointerException when {@code rules} is null
         */
        public Builder rules(RuleSet rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * The observer of the engine's quotes, reservations, confirmations, releases, hand-offs and lapses
         * (docs/OBSERVING.md); none by default. What it throws is caught ({@link GuardedObserver}).
         *
         * @param observer the observer
         * @return this builder
         */
        public Builder observer(PromiseObserver observer) {
            this.observer = Objects.requireNonNull(observer, "observer");
            return this;
        }

        /**
         * The source of the durations the observer hears; {@link Ticker#system()} by default.
         *
         * @param ticker the ticker
         * @return this builder
         */
        public Builder ticker(Ticker ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        /**
         * The work budget of each plan of {@link #planner()} and {@link #planner(RuleSet)}, in steps counted by the
         * search (blocks of lines priced, lower-bound steps, candidates tried; never a clock, so the same inputs give
         * the same answer): past it, the search improves the best fulfilment found by local moves for at most a
         * quarter of the budget more, then answers it; it keeps the promise, flagged
         * {@link io.promiseengine.plan.PlanResult#budgetReached()} (docs/PLANNER.md, "The planner's budget"). The
         * default, 1,000,000, kept every plan of carts of up to 30 lines, {@code maxShipments} up to 10, at 1,000
         * stores within about 66 ms of CPU, and planned carts of up to 12 lines exactly (docs/LIMITS.md);
         * {@link Long#MAX_VALUE} plans without a budget.
         *
         * @param steps the budget, at least 1
         * @return this builder
         * @throws IllegalArgumentException when {@code steps} is below 1, naming the value
         */
        public Builder planBudget(long steps) {
            this.planBudget = DefaultPromiseEngine.checkPlanBudget(steps);
            return this;
        }

        /**
         * Builds the engine; an engine on a store opens the store and reads its state.
         *
         * @return the engine
         * @throws IllegalStateException when the store gives no state when opened
         */
        public PromiseEngine build() {
            Watch watch = Watch.of(observer, ticker);
            return store == null ? new DefaultPromiseEngine(network, clock, holdFor, rules, watch, planBudget)
                    : new DefaultPromiseEngine(store, clock, holdFor, rules, watch, planBudget);
        }
    }
}
