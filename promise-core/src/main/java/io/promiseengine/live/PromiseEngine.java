package io.promiseengine.live;

import io.promiseengine.internal.engine.DefaultPromiseEngine;
import io.promiseengine.live.spi.LiveStore;
import io.promiseengine.model.Network;
import io.promiseengine.model.SlotLoad;
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

    /** An engine whose live state is kept in memory, starting from the network's own stock, supply and load. */
    static Builder builder(Network network) {
        return new Builder(Objects.requireNonNull(network, "network"), null);
    }

    /**
     * An engine whose live state is kept by {@code store} (for instance in PostgreSQL, shared with other
     * engines: see {@code io.promiseengine.postgres.PostgresPromiseEngine}), starting from the store's state.
     * The store is closed with the engine.
     */
    static Builder builder(LiveStore store) {
        return new Builder(null, Objects.requireNonNull(store, "store"));
    }

    /**
     * The current network version (its stock, supply and load are those it was published with, not the live
     * ones: see {@link #liveNetwork()}; an engine on a shared store gives a version another engine published,
     * or read back after a restart, without stock, supply and load).
     */
    Network network();

    /**
     * The current network version with the live stock (onHand, reserved, safety), the live supply and the
     * live slot load in place of those it was published with, in a fixed order (the same live state gives an
     * equal network). For an export or a reconciliation: {@code NetworkDocument.write(engine.liveNetwork())}.
     * The engine's holds are not in it (a network has no place for them; list them with
     * {@link #reservations}), nor are slot capacities set by {@link #setSlotCapacity}; positions of locations
     * the version lacks are left out.
     */
    Network liveNetwork();

    /** Counts the versions published: 1 for the network the engine was built with. */
    long networkVersion();

    /**
     * Replaces the network (a store added, new hours, new lanes) atomically: quotes started before see the
     * old one, quotes started after the new one. The live stock, supply, load and reservations are kept,
     * matched by location id; the new network's own stock, supply and load are ignored. Stock of a location
     * the new network lacks is kept and counts again if a later version has the location.
     */
    void publish(Network network);

    /** Every option for the request, on the current network and inventory, as the spec computes them (no rule). */
    Quote quote(QuoteRequest request);

    /**
     * Every option for the order's request under the engine's rule set: its filters (with the order's line
     * attributes) and constraints apply, so each option is one its {@link #planner()} can deliver.
     */
    Quote quote(Order order);

    /** As {@link #quote(Order)}, under another rule set. */
    Quote quote(Order order, RuleSet ruleSet);

    /** The engine's rule set ({@link RuleSet#none()} unless given). */
    RuleSet rules();

    /** A planner under the engine's rule set, reading the engine's current inventory. */
    AllocationPlanner planner();

    /** A planner under another rule set. */
    AllocationPlanner planner(RuleSet ruleSet);

    /** Sets onHand, reserved and safety of a sku at a location (the engine's holds and the supply are kept). */
    StockState setStock(StockLevel level);

    /** Adds {@code delta} units on hand (negative for units gone); refuses a result below 0. */
    StockState adjustOnHand(String location, String sku, int delta);

    /**
     * Adds incoming supply under an id unique among the live supply (the network's own supply has the ids
     * {@code supply[0]}, {@code supply[1]}, ... as in the document).
     */
    StockState addSupply(String supplyId, Supply supply);

    /** Cancels supply by id; false when there is none. */
    boolean cancelSupply(String supplyId);

    /** Sets the load reported for one slot (replacing it): {@code slot} must be a slot start of the location. */
    SlotState setSlotLoad(SlotLoad load);

    /** Sets the capacity of one slot ({@code >= 0}; 0 closes it to new preparations). */
    SlotState setSlotCapacity(String location, Instant slot, int ordersPerSlot);

    /**
     * Sets the capacity of one delivery window in one zone of a SCHEDULED service ({@code >= 0}; 0 closes it to
     * new drops, as when a van breaks down): {@code window} must be the start of one of the service's windows
     * and {@code zone} the {@code to} of one of its zones. Drops held or booked already stay.
     */
    WindowState setWindowCapacity(String service, String zone, Instant window, int capacity);

    /** The live state of one delivery window of a SCHEDULED service in one of its zones. */
    WindowState window(String service, String zone, Instant window);

    /** The live stock of a sku at a location (all zero when none was ever given). */
    StockState stock(String location, String sku);

    /** The live state of one slot of a location with a capacity limit. */
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
     */
    ReservationResult reserve(String orderId, Fulfilment plan);

    /** As {@link #reserve(String, Fulfilment)}, held for {@code hold} ({@code > 0}, at most 3,660 days). */
    ReservationResult reserve(String orderId, Fulfilment plan, Duration hold);

    /**
     * Swaps what the order holds for what {@code plan} takes, atomically and all or nothing: the plan is checked
     * as if the order's own holds were given back; refused, the order keeps everything it held (and the
     * refusal says why). The hold keeps its state: confirmed stays confirmed, a hold keeps its expiry. The
     * same holds again change nothing ({@code repeated}). An order that holds nothing is reserved as by
     * {@link #reserve(String, Fulfilment)}. For re-planning a captured order without ever letting go of it.
     */
    ReservationResult replace(String orderId, Fulfilment plan);

    /** Makes the order's hold permanent (until released); empty when the order holds nothing (never reserved, released or lapsed). */
    Optional<Reservation> confirm(String orderId);

    /** Gives back everything the order holds; false when it holds nothing. */
    boolean release(String orderId);

    /** What the order holds now, if anything. */
    Optional<Reservation> reservation(String orderId);

    /**
     * Hands a confirmed hold over to the order management, atomically, when it ships the units or takes them
     * into its own reserved stock: the units held leave {@code held} and {@code onHand} together, each
     * preparation held becomes slot load and each delivery-window drop held becomes window load, so nothing
     * counts twice or zero times. Returns what the order held;
     * empty when it holds nothing.
     *
     * @throws IllegalStateException when the hold is not confirmed, or holds units not on hand yet (supply still
     *         to come); nothing is changed
     */
    Optional<Reservation> handOff(String orderId);

    /**
     * Every reservation (held or confirmed), by order id, for a reconciliation with the order management: the
     * page after {@code afterOrderId} ({@code ""} for the first), at most {@code limit} (1 to 10,000). Pass the
     * last id of a page to get the next; an empty page is the end.
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

        private Builder(Network network, LiveStore store) {
            this.network = network;
            this.store = store;
        }

        /** The clock of reservation expiries. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How long a reservation holds unless confirmed; 30 minutes by default.
         *
         * @throws IllegalArgumentException unless {@code > 0} and at most 3,660 days
         */
        public Builder holdFor(Duration holdFor) {
            this.holdFor = DefaultPromiseEngine.checkHold("holdFor", holdFor);
            return this;
        }

        /** The rule set of {@link #quote(Order)} and {@link #planner()}. */
        public Builder rules(RuleSet rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        public PromiseEngine build() {
            return store == null ? new DefaultPromiseEngine(network, clock, holdFor, rules)
                    : new DefaultPromiseEngine(store, clock, holdFor, rules);
        }
    }
}
