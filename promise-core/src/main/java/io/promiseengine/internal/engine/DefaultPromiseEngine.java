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
package io.promiseengine.internal.engine;

import io.promiseengine.internal.observe.Watch;
import io.promiseengine.internal.time.Slots;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.Reservation;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.live.SlotState;
import io.promiseengine.live.WindowState;
import io.promiseengine.live.StockState;
import io.promiseengine.live.ReservationResult.Reason;
import io.promiseengine.live.ReservationResult.Refusal;
import io.promiseengine.live.spi.LiveChanges;
import io.promiseengine.live.spi.LiveReplica;
import io.promiseengine.live.spi.LiveState;
import io.promiseengine.live.spi.LiveStore;
import io.promiseengine.live.spi.LiveTransaction;
import io.promiseengine.live.spi.SlotPosition;
import io.promiseengine.live.spi.StockPosition;
import io.promiseengine.live.spi.WindowPosition;
import io.promiseengine.model.Echo;
import io.promiseengine.model.Limits;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The live engine over a {@link LiveStore}. Every read and write of the live state goes through the store's
 * transactions, in which this class decides (the reservation rule is {@link PlanCheck}'s); the store tells the
 * engine what changed through its {@link LiveReplica}, which publishes a new immutable {@link Version}
 * (network structure, ledger version, calculator) through a volatile field, which quotes read once,
 * without locks and without calling the store.
 */
public final class DefaultPromiseEngine implements PromiseEngine {

    /** Past this, a hold is a mistake (confirm it instead): expiries stay far inside what an Instant and a long of milliseconds hold. */
    public static final Duration MAX_HOLD = Duration.ofDays(3660);
    /** The largest page of {@link #reservations}. */
    public static final int MAX_PAGE = 10_000;

    /**
     * One published state: everything a quote reads. {@code lapsesAt}: the earliest expiry (epoch milliseconds) of the holds this version's ledger counts, as the
     * in-memory store knew it when the version was made ({@link Long#MAX_VALUE} for none). It travels with the
     * ledger in the one volatile field, so that a lock-free read judges the very ledger it reads: the store's
     * {@link LiveStore#nextExpiry()} is written apart from the ledger, and a read that checked it and then read
     * the engine's {@code version} could see a sweep's raised expiry with the ledger still holding what the sweep gives back.
     */
    record Version(long network, Ledger ledger, Snapshot snapshot, DefaultPromiseCalculator calculator, long lapsesAt) {

        static Version of(long network, Ledger ledger, long lapsesAt) {
            Snapshot snapshot = new Snapshot(ledger.structure(), ledger);
            return new Version(network, ledger, snapshot, new DefaultPromiseCalculator(snapshot), lapsesAt);
        }

        Version lapsingAt(long at) {
            return new Version(network, ledger, snapshot, calculator, at);
        }

        Snapshot structure() {
            return ledger.structure();
        }
    }

    final Clock clock;
    private final Duration holdFor;
    private final RuleSet rules;
    /** The work budget of each plan of {@link #planner(RuleSet)}, in steps (docs/PLANNER.md, "The planner's budget"). */
    private final long planBudget;
    /** Package-private for the tests' probe of the in-memory store (io.promiseengine.internal.engine.EngineProbe). */
    final LiveStore store;
    private final Watch watch;
    /** The in-memory store's transactions, and {@link #withOwnHoldsFreed}. */
    final ReentrantLock lock = new ReentrantLock();
    /** Whether the store is the in-memory one, whose transactions run under {@link #lock} (see {@code unlapsed}). */
    private final boolean local;
    private volatile Version version;
    /** Networks this engine compiled before publishing them, so the replica does not compile them again. */
    private final Map<Network, Snapshot> compiled = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /** An engine whose live state is in memory, starting from the network's own stock, supply and load. */
    public DefaultPromiseEngine(Network network, Clock clock, Duration holdFor, RuleSet rules, Watch watch, long planBudget) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.planBudget = checkPlanBudget(planBudget);
        this.watch = Objects.requireNonNull(watch, "watch");
        this.holdFor = checkHold("holdFor", holdFor);
        this.rules = Objects.requireNonNull(rules, "rules");
        this.version = Version.of(1, Ledger.of(new Snapshot(Objects.requireNonNull(network, "network"))), Long.MAX_VALUE);
        this.store = new MemoryLiveStore(lock, () -> version.ledger(), network);
        this.local = true;
        store.open(new Replica());
    }

    /** An engine on a store, starting from the store's state (the store is closed with the engine). */
    public DefaultPromiseEngine(LiveStore store, Clock clock, Duration holdFor, RuleSet rules, Watch watch, long planBudget) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.planBudget = checkPlanBudget(planBudget);
        this.watch = Objects.requireNonNull(watch, "watch");
        this.holdFor = checkHold("holdFor", holdFor);
        this.rules = Objects.requireNonNull(rules, "rules");
        this.store = Objects.requireNonNull(store, "store");
        this.local = false;
        store.open(new Replica());
        if (version == null) {
            throw new IllegalStateException("the store " + store.getClass().getName() + " did not give its state on open");
        }
    }

    /**
     * Checks an order id: 1 to {@link Limits#MAX_ORDER_ID_LENGTH} characters, no control character; the same
     * refusal on every store (PostgreSQL could not index a longer one: issue 13, regressions/OrderIdBoundsTest).
     */
    static void checkOrderId(String orderId) {
        Objects.requireNonNull(orderId, "orderId");
        if (orderId.isEmpty()) {
            throw new IllegalArgumentException("orderId must not be empty");
        }
        Limits.checkText("orderId", orderId, Limits.MAX_ORDER_ID_LENGTH);
    }

    /** The default work budget of a plan, in steps (docs/PLANNER.md, "The planner's budget"). */
    public static final long DEFAULT_PLAN_BUDGET = CostPlanner.DEFAULT_BUDGET;

    /** Checks a plan's work budget: at least 1 step ({@code planBudget} named in the exception). */
    public static long checkPlanBudget(long steps) {
        return CostPlanner.checkBudget("planBudget", steps);
    }

    /** Checks a hold's duration: {@code > 0} and at most {@link #MAX_HOLD}. */
    public static Duration checkHold(String name, Duration hold) {
        Objects.requireNonNull(hold, name);
        if (hold.isNegative() || hold.isZero() || hold.compareTo(MAX_HOLD) > 0) {
            throw new IllegalArgumentException(name + " must be > 0 and at most " + MAX_HOLD.toDays()
                    + " days, was " + hold + "; maybe confirm the reservation instead");
        }
        return hold;
    }

    /** The snapshot's side of the store. */
    private final class Replica implements LiveReplica {
        @Override
        public void reset(LiveState state) {
            Objects.requireNonNull(state, "state");
            Snapshot structure = structureOf(state.network().network());
            version = Version.of(state.network().version(), Ledger.of(structure, state), store.nextExpiry());
        }

        @Override
        public void apply(LiveChanges changes) {
            Version v = version;
            Ledger ledger = v.ledger();
            long network = v.network();
            if (changes.network().isPresent()) {
                network = changes.network().get().version();
                ledger = ledger.on(structureOf(changes.network().get().network()));
            }
            ledger = ledger.with(changes.stock(), changes.slots(), changes.windows());
            // the in-memory store sets its next expiry before it applies the changes (both under the lock): it
            // is this ledger's; another store's lapsesAt is not used (see unlapsed)
            version = Version.of(network, ledger, store.nextExpiry());
        }

        @Override
        public void lapse() {
            DefaultPromiseEngine.this.lapse(false); // the store's background sweep: it waits for no order
        }
    }

    private Snapshot structureOf(Network network) {
        Snapshot s = compiled.remove(network);
        return s != null ? s : new Snapshot(network);
    }

    /** The current version, for quotes and plans, after giving back the holds that have lapsed (when the store lets quotes do it). */
    Version current() {
        return store.lapseOnQuote() ? unlapsed() : version;
    }

    /**
     * The current version once the holds lapsed by now are given back (docs/TESTING.md, "A read saw a lapsed
     * hold"). The version is read before the clock, and judged by its own {@link Version#lapsesAt}: a hold it
     * counts expires at or after that instant, so none has lapsed by the clock read after it, nor at the moment
     * it was read (the read's linearization point). A shared store leaves lapsed holds to its sweep: its reads
     * sweep once when {@link LiveStore#nextExpiry()} has come, waiting for an order another transaction holds
     * (any store but the in-memory one; regressions/ReadAtAnExpiryRacingTheSweepTest in promise-postgres).
     */
    private Version unlapsed() {
        if (!local) {
            if (clock.millis() >= store.nextExpiry()) {
                lapse();
            }
            return version;
        }
        Version v = version;
        while (clock.millis() >= v.lapsesAt()) {
            lapse(); // leaves the version's lapsesAt past the instant it swept at
            v = version;
        }
        return v;
    }

    /**
     * Gives back every hold lapsed by now, in transactions of at most 256 holds, before a read or a write: on a
     * shared store it waits for an order another transaction holds (another thread's or node's sweep giving it
     * back), so that what is read next counts no hold lapsed by now (docs/TESTING.md, "A read at an expiry").
     */
    private void lapse() {
        lapse(true);
    }

    private void lapse(boolean wait) {
        Instant now = clock.instant();
        int n;
        int total = 0;
        do {
            n = store.transact(tx -> Reservations.lapse(tx, now, 256, wait));
            total += n;
        } while (n == 256);
        if (local) {
            // a commit that changes no position (a confirmation, a sweep of nothing) leaves the version's lapsesAt
            // earlier than the store's next expiry; under the lock both are settled, so that reads stop sweeping
            lock.lock();
            try {
                Version v = version;
                if (v.lapsesAt() != store.nextExpiry()) {
                    version = v.lapsingAt(store.nextExpiry());
                }
            } finally {
                lock.unlock();
            }
        }
        watch.lapsed(total);
    }

    /** Runs a store transaction once the lapsed holds are given back. */
    private <T> T transact(java.util.function.Function<LiveTransaction, T> work) {
        if (clock.millis() >= store.nextExpiry()) {
            lapse();
        }
        return store.transact(work);
    }

    /**
     * Gives back, inside a transaction at {@code now}, the holds lapsed by {@code now} when the store is a local one
     * ({@link LiveStore#lapseOnQuote()}: one lock, so nothing to deadlock): the order's own hold and every other
     * order's are then judged at the same instant. A shared store leaves most of them to its sweep; on any store,
     * the holds lapsed by {@code now} on what a reservation takes are given back in its own transaction
     * ({@link Reservations#othersLapsed}), so that a lapsed hold is never counted against a reservation, whatever
     * the sweep is doing (docs/TESTING.md, "A reserve after an expiry was refused").
     */
    private int lapseWithin(LiveTransaction tx, Instant now) {
        if (store.lapseOnQuote() && now.toEpochMilli() >= store.nextExpiry()) {
            return Reservations.lapse(tx, now, Integer.MAX_VALUE);
        }
        return 0;
    }

    @Override
    public Network network() {
        return version.structure().network;
    }

    @Override
    public long networkVersion() {
        return version.network();
    }

    @Override
    public void publish(Network network) {
        Snapshot structure = new Snapshot(Objects.requireNonNull(network, "network")); // compiled outside any lock
        compiled.put(network, structure);
        try {
            transact(tx -> {
                tx.publish(new LiveChanges.NetworkVersion(tx.networkVersion() + 1, network));
                return null;
            });
        } finally {
            compiled.remove(network);
        }
    }

    @Override
    public Quote quote(QuoteRequest request) {
        return watch.quote(request, () -> current().calculator().quote(request, RuleSet.none(), Map.of()));
    }

    @Override
    public Quote quote(Order order) {
        return quote(order, rules);
    }

    @Override
    public Quote quote(Order order, RuleSet ruleSet) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(ruleSet, "ruleSet");
        return watch.quote(order.request(), () -> current().calculator().quote(order.request(), ruleSet, order.attributes()));
    }

    @Override
    public RuleSet rules() {
        return rules;
    }

    @Override
    public AllocationPlanner planner() {
        return planner(rules);
    }

    @Override
    public AllocationPlanner planner(RuleSet ruleSet) {
        return new CostPlanner(() -> current().snapshot(), Objects.requireNonNull(ruleSet, "ruleSet"), planBudget);
    }

    @Override
    public StockState setStock(StockLevel level) {
        Objects.requireNonNull(level, "level");
        site(version.ledger(), level.location());
        return stockState(transact(tx -> {
            StockPosition p = lockedStock(tx, level.location(), level.sku());
            StockPosition after = new StockPosition(p.location(), p.sku(), level.onHand(), level.reserved(),
                    level.safety(), p.held(), p.supply());
            tx.put(after);
            return after;
        }));
    }

    @Override
    public StockState adjustOnHand(String location, String sku, int delta) {
        Objects.requireNonNull(sku, "sku");
        site(version.ledger(), location);
        return stockState(transact(tx -> {
            StockPosition p = lockedStock(tx, location, sku);
            long onHand = (long) p.onHand() + delta;
            if (onHand < 0 || onHand > Limits.MAX_QUANTITY) { // a quantity of the model (docs/LIMITS.md), as setStock takes
                throw new IllegalArgumentException("onHand of " + Echo.quote(sku) + " at " + Echo.quote(location) + " would be " + onHand
                        + " (" + p.onHand() + " + " + delta + "), outside [0, " + Limits.MAX_QUANTITY + "]; maybe set it with setStock");
            }
            StockPosition after = new StockPosition(location, sku, (int) onHand, p.reserved(), p.safety(), p.held(), p.supply());
            tx.put(after);
            return after;
        }));
    }

    /** Locks one position and reads it. */
    private static StockPosition lockedStock(LiveTransaction tx, String location, String sku) {
        StockPosition.Key key = new StockPosition.Key(location, sku);
        tx.lockPositions(List.of(key), List.of());
        return tx.stock(key);
    }

    @Override
    public StockState addSupply(String supplyId, Supply supply) {
        Objects.requireNonNull(supplyId, "supplyId");
        Objects.requireNonNull(supply, "supply");
        site(version.ledger(), supply.location());
        return stockState(transact(tx -> {
            if (tx.supply(supplyId).isPresent()) {
                throw new IllegalArgumentException("supply id " + Echo.quote(supplyId) + " is already used");
            }
            StockPosition p = lockedStock(tx, supply.location(), supply.sku());
            List<StockPosition.SupplyLine> lines = new ArrayList<>(p.supply());
            lines.add(new StockPosition.SupplyLine(supplyId, supply.quantity(), supply.arrives().getEpochSecond()));
            StockPosition after = new StockPosition(p.location(), p.sku(), p.onHand(), p.reserved(), p.safety(), p.held(), lines);
            tx.put(after);
            return after;
        }));
    }

    @Override
    public boolean cancelSupply(String supplyId) {
        Objects.requireNonNull(supplyId, "supplyId");
        return transact(tx -> {
            Optional<StockPosition.Key> at = tx.supply(supplyId);
            if (at.isEmpty()) {
                return false;
            }
            StockPosition p = lockedStock(tx, at.get().location(), at.get().sku());
            List<StockPosition.SupplyLine> lines = new ArrayList<>(p.supply());
            if (!lines.removeIf(l -> l.id().equals(supplyId))) {
                return false; // cancelled by another engine since
            }
            tx.put(new StockPosition(p.location(), p.sku(), p.onHand(), p.reserved(), p.safety(), p.held(), lines));
            return true;
        });
    }

    @Override
    public SlotState setSlotLoad(SlotLoad load) {
        Objects.requireNonNull(load, "load");
        long start = slotStart(version.ledger(), load.location(), load.slot());
        return slotState(transact(tx -> {
            SlotPosition s = lockedSlot(tx, load.location(), start);
            SlotPosition after = new SlotPosition(s.location(), start, load.orders(), s.held(), s.capacity());
            tx.put(after);
            return after;
        }));
    }

    @Override
    public SlotState setSlotCapacity(String location, Instant slot, int ordersPerSlot) {
        Objects.requireNonNull(slot, "slot");
        if (ordersPerSlot < 0) {
            throw new IllegalArgumentException("ordersPerSlot must be >= 0, was " + ordersPerSlot);
        }
        long start = slotStart(version.ledger(), location, slot);
        return slotState(transact(tx -> {
            SlotPosition s = lockedSlot(tx, location, start);
            SlotPosition after = new SlotPosition(location, start, s.load(), s.held(), ordersPerSlot);
            tx.put(after);
            return after;
        }));
    }

    @Override
    public WindowState setWindowCapacity(String service, String zone, Instant window, int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, was " + capacity);
        }
        WindowPosition.Key key = windowKey(version.structure(), service, zone, window);
        return windowState(transact(tx -> {
            tx.lockPositions(List.of(), List.of(), List.of(key));
            WindowPosition w = tx.window(key);
            WindowPosition after = new WindowPosition(w.service(), w.zone(), w.windowStart(), w.load(), w.held(), capacity);
            tx.put(after);
            return after;
        }));
    }

    @Override
    public WindowState window(String service, String zone, Instant window) {
        Ledger l = unlapsed().ledger(); // as stock and slot: judged by the version's own lapsesAt (ReadRacingALapseSweepTest)
        return windowState(l.window(windowKey(l.structure(), service, zone, window)));
    }

    private WindowState windowState(WindowPosition w) {
        int capacity = w.capacity() >= 0 ? w.capacity() : PlanCheck.zoneCapacity(version.structure(), w.key());
        return new WindowState(w.service(), w.zone(), Instant.ofEpochSecond(w.windowStart()), w.load(), w.held(), capacity);
    }

    /** Checks that {@code window} starts a window of a SCHEDULED service that has a zone {@code zone}. */
    private static WindowPosition.Key windowKey(Snapshot structure, String service, String zone, Instant window) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(zone, "zone");
        Limits.checkInstant("window", Objects.requireNonNull(window, "window")); // Instant.MIN has no date in any zone
        WindowService s = structure.scheduled.stream().filter(w -> w.service.id().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown SCHEDULED service " + Echo.quote(service)
                        + "; maybe publish a network version that has it first"));
        if (s.zoneIndex(zone) < 0) {
            throw new IllegalArgumentException("zone " + Echo.quote(zone) + " is not a zone of " + Echo.quote(service));
        }
        long start = window.getEpochSecond();
        if (window.getNano() != 0 || !s.service.isWindowStart(window, structure.zone)) {
            throw new IllegalArgumentException("window " + window + " is not the start of a window of " + Echo.quote(service)
                    + " in " + structure.zone);
        }
        return new WindowPosition.Key(service, zone, start);
    }

    private static SlotPosition lockedSlot(LiveTransaction tx, String location, long start) {
        SlotPosition.Key key = new SlotPosition.Key(location, start);
        tx.lockPositions(List.of(), List.of(key));
        return tx.slot(key);
    }

    @Override
    public ReservationResult reserve(String orderId, Fulfilment plan) {
        return reserve(orderId, plan, holdFor);
    }

    @Override
    public ReservationResult reserve(String orderId, Fulfilment plan, Duration hold) {
        checkOrderId(orderId);
        Objects.requireNonNull(plan, "plan");
        checkHold("hold", hold);
        List<Refusal> malformed = PlanCheck.malformed(plan);
        if (!malformed.isEmpty()) {
            return watch.reserved(orderId, new ReservationResult.Refused(malformed));
        }
        int[] lapsed = new int[1];
        ReservationResult result = transact(tx -> {
            tx.lockOrder(orderId);
            Instant now = clock.instant();
            lapsed[0] = lapseWithin(tx, now);
            return Reservations.reserveLocked(tx, version.structure(), orderId, plan, now, Reservations.expiry(now, hold),
                    lapsed);
        });
        watch.lapsed(lapsed[0]);
        return watch.reserved(orderId, result);
    }

    @Override
    public ReservationResult replace(String orderId, Fulfilment plan) {
        checkOrderId(orderId);
        Objects.requireNonNull(plan, "plan");
        List<Refusal> malformed = PlanCheck.malformed(plan);
        if (!malformed.isEmpty()) {
            return watch.replaced(orderId, new ReservationResult.Refused(malformed));
        }
        int[] lapsed = new int[1];
        ReservationResult result = transact(tx -> {
            Instant now = clock.instant();
            lapsed[0] = lapseWithin(tx, now);
            return Reservations.replace(tx, version.structure(), orderId, plan, now, Reservations.expiry(now, holdFor), lapsed);
        });
        watch.lapsed(lapsed[0]);
        return watch.replaced(orderId, result);
    }

    /**
     * What an order could have if it let go of its holds: quotes and plans on the current version with the
     * order's own holds given back (that version is never published). Only inside {@link #withOwnHoldsFreed}.
     * Public for the tracker ({@code io.promiseengine.internal.events}) only: this package is not exported, so
     * no code outside promise-core's module sees it (docs/README.md, "Module boundaries").
     */
    public interface FreedView {

        /** A quote of an order already placed: its options have no {@code orderBy}. */
        Quote requote(Order order, RuleSet ruleSet);

        AllocationPlanner planner(RuleSet ruleSet);
    }

    /**
     * Runs {@code work} under the write lock (other writers wait, quotes go on) with a {@link FreedView} for
     * the order, so that a re-plan and its {@link #replace} see the same inventory. {@code work} may call the
     * engine's writes (the lock is reentrant); the view then no longer reflects the engine. Public for the
     * tracker only, as {@link FreedView}.
     */
    public <T> T withOwnHoldsFreed(String orderId, java.util.function.Function<FreedView, T> work) {
        Objects.requireNonNull(orderId, "orderId");
        lock.lock();
        try {
            Optional<Reservation> held = reservation(orderId);
            Version v = version;
            Version freed = held.isEmpty() ? v : Version.of(v.network(), Reservations.freed(v.ledger(), held.get()), v.lapsesAt());
            return work.apply(new FreedView() {
                @Override
                public Quote requote(Order order, RuleSet ruleSet) {
                    return freed.calculator().quote(order.request(), ruleSet, order.attributes(), false);
                }

                @Override
                public AllocationPlanner planner(RuleSet ruleSet) {
                    return new CostPlanner(freed::snapshot, ruleSet, planBudget);
                }
            });
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<Reservation> confirm(String orderId) {
        checkOrderId(orderId);
        return watch.confirmed(orderId, transact(tx -> {
            tx.lockOrder(orderId);
            Optional<Reservation> r = Reservations.live(tx, orderId, clock.instant()); // a lapsed hold cannot be confirmed
            if (r.isEmpty() || r.get().confirmed()) {
                return r;
            }
            Reservation confirmed = r.get().withExpiry(Optional.empty());
            tx.put(confirmed);
            return Optional.of(confirmed);
        }));
    }

    @Override
    public boolean release(String orderId) {
        checkOrderId(orderId);
        Instant now = clock.instant();
        // a lapsed hold not given back yet is given back, but the order held nothing any more: false
        return watch.released(orderId, transact(tx -> Reservations.onHeld(tx, orderId, (r, held, h) -> {
            h.hold(held, -1);
            return r;
        })).filter(r -> !Reservations.lapsed(r, now)).isPresent());
    }

    @Override
    public Optional<Reservation> handOff(String orderId) {
        checkOrderId(orderId);
        return watch.handedOff(orderId, transact(tx -> Reservations.handOff(tx, orderId, clock.instant())));
    }

    @Override
    public Optional<Reservation> reservation(String orderId) {
        checkOrderId(orderId);
        return transact(tx -> Reservations.live(tx, orderId, clock.instant()));
    }

    @Override
    public List<Reservation> reservations(String afterOrderId, int limit) {
        Objects.requireNonNull(afterOrderId, "afterOrderId");
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE + ", was " + limit);
        }
        Instant now = clock.instant();
        if (now.toEpochMilli() >= store.nextExpiry()) {
            lapse();
        }
        // a hold lapsed by now is not held, given back yet or not (as for reservation(orderId)); a shared store's
        // next expiry may not know another node's holds yet: the page is judged at this one reading of the clock,
        // filled up past the lapsed holds (a page they emptied must not look like the end), and a lapsed hold
        // seen is given back before returning (docs/LIVE-STATE.md, "Reconciliation and export")
        List<Reservation> page = new ArrayList<>();
        String after = afterOrderId;
        boolean sawLapsed = false;
        while (page.size() < limit) {
            int wanted = limit - page.size();
            List<Reservation> stored = store.reservations(after, wanted);
            for (Reservation r : stored) {
                if (Reservations.lapsed(r, now)) {
                    sawLapsed = true;
                } else {
                    page.add(r);
                }
            }
            if (stored.size() < wanted) {
                break;
            }
            after = stored.get(stored.size() - 1).orderId();
        }
        if (sawLapsed) {
            lapse();
        }
        return page;
    }

    @Override
    public Network liveNetwork() {
        Ledger l = current().ledger();
        Network network = l.structure().network;
        List<StockLevel> stock = new ArrayList<>();
        List<Supply> supply = new ArrayList<>();
        l.forEachPosition(p -> {
            if (network.location(p.location()).isEmpty()) {
                return; // kept for a later version that has the location again
            }
            if (p.onHand() != 0 || p.reserved() != 0 || p.safety() != 0) {
                stock.add(new StockLevel(p.location(), p.sku(), p.onHand(), p.reserved(), p.safety()));
            }
            for (StockPosition.SupplyLine s : p.supply()) {
                supply.add(new Supply(p.location(), p.sku(), s.quantity(), Instant.ofEpochSecond(s.arrives())));
            }
        });
        List<SlotLoad> load = new ArrayList<>();
        l.forEachSlot(s -> {
            if (s.load() > 0 && network.location(s.location()).isPresent()) {
                load.add(new SlotLoad(s.location(), Instant.ofEpochSecond(s.slotStart()), s.load()));
            }
        });
        // one order, whatever the maps' iteration order: the same live state writes the same document
        stock.sort(java.util.Comparator.comparing(StockLevel::location).thenComparing(StockLevel::sku));
        supply.sort(java.util.Comparator.comparing(Supply::location).thenComparing(Supply::sku)
                .thenComparing(Supply::arrives).thenComparingInt(Supply::quantity));
        load.sort(java.util.Comparator.comparing(SlotLoad::location).thenComparing(SlotLoad::slot));
        List<io.promiseengine.model.WindowLoad> booked = new ArrayList<>();
        l.forEachWindow(w -> {
            io.promiseengine.model.WindowLoad entry = new io.promiseengine.model.WindowLoad(w.service(), w.zone(),
                    Instant.ofEpochSecond(w.windowStart()), w.load());
            // a window of a service or zone this version lacks is kept for a later version, not written
            if (w.load() > 0 && Network.checkWindowLoad(network.zone(), network.services(), List.of(entry)).isEmpty()) {
                booked.add(entry);
            }
        });
        booked.sort(java.util.Comparator.comparing(io.promiseengine.model.WindowLoad::service)
                .thenComparing(io.promiseengine.model.WindowLoad::zone).thenComparing(io.promiseengine.model.WindowLoad::window));
        return network.withInventory(stock, supply, load).withWindowLoad(booked);
    }

    @Override
    public void close() {
        store.close();
    }

    @Override
    public StockState stock(String location, String sku) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sku, "sku");
        return stockState(unlapsed().ledger().cell(location, sku).at(location, sku));
    }

    private static StockState stockState(StockPosition p) {
        List<Supply> supply = new ArrayList<>();
        for (StockPosition.SupplyLine s : p.supply()) {
            supply.add(new Supply(p.location(), p.sku(), s.quantity(), Instant.ofEpochSecond(s.arrives())));
        }
        return new StockState(p.location(), p.sku(), p.onHand(), p.reserved(), p.safety(), p.held(), supply);
    }

    @Override
    public SlotState slot(String location, Instant slot) {
        Objects.requireNonNull(slot, "slot");
        Ledger l = unlapsed().ledger();
        long start = slotStart(l, location, slot);
        return slotState(l.slot(location, start).at(location, start));
    }

    private SlotState slotState(SlotPosition s) {
        int capacity = s.capacity();
        if (capacity < 0) {
            Integer i = version.structure().siteIndex.get(s.location());
            capacity = i == null ? 0 : version.structure().sites[i].ordersPerSlot;
        }
        return new SlotState(s.location(), Instant.ofEpochSecond(s.slotStart()), s.load(), s.held(), capacity);
    }
    /** The location's compiled site in the ledger's network version; refuses an unknown id. */
    static Snapshot.Site site(Ledger l, String location) {
        Objects.requireNonNull(location, "location");
        Integer i = l.structure().siteIndex.get(location);
        if (i == null) {
            throw new IllegalArgumentException("unknown location " + Echo.quote(location)
                    + "; maybe publish a network version that has it first");
        }
        return l.structure().sites[i];
    }

    /** Checks that {@code slot} is a slot start of a location with a capacity limit. */
    private static long slotStart(Ledger l, String location, Instant slot) {
        Snapshot.Site site = site(l, location);
        if (site.slotSeconds == 0) {
            throw new IllegalArgumentException(Echo.quote(location) + " has no preparation slots (no capacity limit)");
        }
        long s = Limits.checkInstant("slot", slot).getEpochSecond(); // Instant.MIN has no date in any zone
        if (slot.getNano() != 0 || !Slots.isSlotStart(s, site.zone, site.slotSeconds)) {
            throw new IllegalArgumentException("slot " + slot + " is not the start of a " + site.location.preparation().slot()
                    + " slot of " + Echo.quote(location) + " in " + site.zone);
        }
        return s;
    }
}
