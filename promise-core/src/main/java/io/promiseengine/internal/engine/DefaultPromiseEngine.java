package io.promiseengine.internal.engine;

import io.promiseengine.internal.time.Slots;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.Reservation;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.live.SlotState;
import io.promiseengine.live.StockState;
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
 * The live engine. Writers are serialized by one lock; each publishes a new immutable {@link Version}
 * (network structure, ledger version, calculator) through a volatile field, which quotes read once,
 * without locks.
 */
public final class DefaultPromiseEngine implements PromiseEngine {

    /** One published state: everything a quote reads. */
    record Version(long network, Ledger ledger, Snapshot snapshot, DefaultPromiseCalculator calculator) {

        static Version of(long network, Ledger ledger) {
            Snapshot snapshot = new Snapshot(ledger.structure(), ledger);
            return new Version(network, ledger, snapshot, new DefaultPromiseCalculator(snapshot));
        }

        Snapshot structure() {
            return ledger.structure();
        }
    }

    final Clock clock;
    private final Duration holdFor;
    private final RuleSet rules;
    /** Guarded by {@link #lock}. */
    private final ReservationBook reservations = new ReservationBook();
    /** Epoch milliseconds of the next reservation expiry, read without the lock to know when to sweep. */
    private volatile long nextExpiry = Long.MAX_VALUE;
    final ReentrantLock lock = new ReentrantLock();
    private volatile Version version;
    /** Supply id to {location, sku}; guarded by {@link #lock}. */
    private final Map<String, String[]> supplyIds = new HashMap<>();

    public DefaultPromiseEngine(Network network, Clock clock, Duration holdFor, RuleSet rules) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.holdFor = Objects.requireNonNull(holdFor, "holdFor");
        this.rules = Objects.requireNonNull(rules, "rules");
        Ledger ledger = Ledger.of(new Snapshot(Objects.requireNonNull(network, "network")));
        List<Supply> supply = network.supply();
        for (int i = 0; i < supply.size(); i++) {
            supplyIds.put("supply[" + i + "]", new String[] {supply.get(i).location(), supply.get(i).sku()});
        }
        this.version = Version.of(1, ledger);
    }

    /** The current version, for quotes and plans, after giving back the holds that have lapsed. */
    Version current() {
        if (clock.millis() >= nextExpiry) {
            write(() -> {
                publishIfChanged(reservations.lapse(version.ledger(), clock.millis()));
                return null;
            });
        }
        return version;
    }

    private void publishIfChanged(Ledger after) {
        if (after != version.ledger()) {
            publish(after);
        }
        nextExpiry = reservations.nextExpiry();
    }

    /** Publishes a new ledger version; call with {@link #lock} held. */
    void publish(Ledger ledger) {
        version = Version.of(version.network(), ledger);
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
        Snapshot structure = new Snapshot(Objects.requireNonNull(network, "network")); // compiled outside the lock
        write(() -> {
        Version v = version;
        version = Version.of(v.network() + 1, v.ledger().on(structure));
            return null;
        });
    }

    @Override
    public Quote quote(QuoteRequest request) {
        return current().calculator().quote(request);
    }

    @Override
    public Quote quote(Order order) {
        return quote(order, rules);
    }

    @Override
    public Quote quote(Order order, RuleSet ruleSet) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(ruleSet, "ruleSet");
        return current().calculator().quote(order.request(), ruleSet, order.attributes());
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
        return new CostPlanner(() -> current().snapshot(), Objects.requireNonNull(ruleSet, "ruleSet"));
    }

    @Override
    public StockState setStock(StockLevel level) {
        Objects.requireNonNull(level, "level");
        return write(() -> {
        Ledger l = version.ledger();
        site(l, level.location());
        Ledger.Cell c = l.cell(level.location(), level.sku());
        publish(l.withCell(level.location(), level.sku(),
                new Ledger.Cell(level.onHand(), level.reserved(), level.safety(), c.held(), c.supply())));
        return stock(level.location(), level.sku());
        });
    }

    @Override
    public StockState adjustOnHand(String location, String sku, int delta) {
        Objects.requireNonNull(sku, "sku");
        return write(() -> {
        Ledger l = version.ledger();
        site(l, location);
        Ledger.Cell c = l.cell(location, sku);
        long onHand = (long) c.onHand() + delta;
        if (onHand < 0 || onHand > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("onHand of \"" + sku + "\" at \"" + location + "\" would be " + onHand
                    + " (" + c.onHand() + " + " + delta + "); maybe set it with setStock");
        }
        publish(l.withCell(location, sku, new Ledger.Cell((int) onHand, c.reserved(), c.safety(), c.held(), c.supply())));
        return stock(location, sku);
        });
    }

    @Override
    public StockState addSupply(String supplyId, Supply supply) {
        Objects.requireNonNull(supplyId, "supplyId");
        Objects.requireNonNull(supply, "supply");
        return write(() -> {
            if (supplyIds.containsKey(supplyId)) {
                throw new IllegalArgumentException("supply id \"" + supplyId + "\" is already used");
            }
            site(version.ledger(), supply.location());
            changeSupply(supply.location(), supply.sku(),
                    lines -> lines.add(new Ledger.SupplyLine(supplyId, supply.quantity(), supply.arrives().getEpochSecond())));
            supplyIds.put(supplyId, new String[] {supply.location(), supply.sku()});
            return stock(supply.location(), supply.sku());
        });
    }

    @Override
    public boolean cancelSupply(String supplyId) {
        Objects.requireNonNull(supplyId, "supplyId");
        return write(() -> {
            String[] at = supplyIds.remove(supplyId);
            if (at != null) {
                changeSupply(at[0], at[1], lines -> lines.removeIf(s -> s.id().equals(supplyId)));
            }
            return at != null;
        });
    }

    /** Publishes the cell with its supply lines changed; call with the lock held. */
    private void changeSupply(String location, String sku, java.util.function.Consumer<List<Ledger.SupplyLine>> change) {
        Ledger l = version.ledger();
        Ledger.Cell c = l.cell(location, sku);
        List<Ledger.SupplyLine> lines = new ArrayList<>(c.supply());
        change.accept(lines);
        publish(l.withCell(location, sku, new Ledger.Cell(c.onHand(), c.reserved(), c.safety(), c.held(), lines)));
    }

    /** Runs a write under the lock, once the lapsed holds are given back. */
    <T> T write(java.util.function.Supplier<T> w) {
        lock.lock();
        try {
            if (clock.millis() >= nextExpiry) {
                publishIfChanged(reservations.lapse(version.ledger(), clock.millis()));
            }
            return w.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public SlotState setSlotLoad(SlotLoad load) {
        Objects.requireNonNull(load, "load");
        return write(() -> {
        Ledger l = version.ledger();
        long slot = slotStart(l, load.location(), load.slot());
        Ledger.SlotCell c = l.slot(load.location(), slot);
        publish(l.withSlot(load.location(), slot, new Ledger.SlotCell(load.orders(), c.held(), c.capacity())));
        return slot(load.location(), load.slot());
        });
    }

    @Override
    public SlotState setSlotCapacity(String location, Instant slot, int ordersPerSlot) {
        Objects.requireNonNull(slot, "slot");
        if (ordersPerSlot < 0) {
            throw new IllegalArgumentException("ordersPerSlot must be >= 0, was " + ordersPerSlot);
        }
        return write(() -> {
        Ledger l = version.ledger();
        long start = slotStart(l, location, slot);
        Ledger.SlotCell c = l.slot(location, start);
        publish(l.withSlot(location, start, new Ledger.SlotCell(c.load(), c.held(), ordersPerSlot)));
        return slot(location, slot);
        });
    }

    @Override
    public ReservationResult reserve(String orderId, Fulfilment plan) {
        return reserve(orderId, plan, holdFor);
    }

    @Override
    public ReservationResult reserve(String orderId, Fulfilment plan, Duration hold) {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(hold, "hold");
        if (hold.isNegative() || hold.isZero()) {
            throw new IllegalArgumentException("hold must be > 0, was " + hold);
        }
        return write(() -> {
            ReservationBook.Outcome r = reservations.reserve(version.ledger(), orderId, plan, clock.instant().plus(hold));
            publishIfChanged(r.ledger());
            return r.result();
        });
    }

    @Override
    public ReservationResult replace(String orderId, Fulfilment plan) {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(plan, "plan");
        return write(() -> {
            ReservationBook.Outcome r = reservations.replace(version.ledger(), orderId, plan, clock.instant().plus(holdFor));
            publishIfChanged(r.ledger());
            return r.result();
        });
    }

    /**
     * What an order could have if it let go of its holds: quotes and plans on the current version with the
     * order's own holds given back (that version is never published). Only inside {@link #withOwnHoldsFreed}.
     */
    public interface FreedView {

        /** A quote of an order already placed: its options have no {@code orderBy}. */
        Quote requote(Order order, RuleSet ruleSet);

        AllocationPlanner planner(RuleSet ruleSet);
    }

    /**
     * Runs {@code work} under the write lock (other writers wait, quotes go on) with a {@link FreedView} for
     * the order, so that a re-plan and its {@link #replace} see the same inventory. {@code work} may call the
     * engine's writes (the lock is reentrant); the view then no longer reflects the engine.
     */
    public <T> T withOwnHoldsFreed(String orderId, java.util.function.Function<FreedView, T> work) {
        Objects.requireNonNull(orderId, "orderId");
        return write(() -> {
            Version v = version;
            Optional<Reservation> held = reservations.get(orderId);
            Version freed = held.isEmpty() ? v : Version.of(v.network(), ReservationBook.give(v.ledger(), held.get(), -1));
            return work.apply(new FreedView() {
                @Override
                public Quote requote(Order order, RuleSet ruleSet) {
                    return freed.calculator().quote(order.request(), ruleSet, order.attributes(), false);
                }

                @Override
                public AllocationPlanner planner(RuleSet ruleSet) {
                    return new CostPlanner(freed::snapshot, ruleSet);
                }
            });
        });
    }

    @Override
    public Optional<Reservation> confirm(String orderId) {
        Objects.requireNonNull(orderId, "orderId");
        return write(() -> {
            Optional<Reservation> r = reservations.confirm(orderId);
            nextExpiry = reservations.nextExpiry();
            return r;
        });
    }

    @Override
    public boolean release(String orderId) {
        Objects.requireNonNull(orderId, "orderId");
        return write(() -> {
            Ledger after = reservations.release(version.ledger(), orderId);
            if (after != null) {
                publishIfChanged(after);
            }
            return after != null;
        });
    }

    @Override
    public Optional<Reservation> reservation(String orderId) {
        Objects.requireNonNull(orderId, "orderId");
        return write(() -> reservations.get(orderId));
    }

    @Override
    public StockState stock(String location, String sku) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sku, "sku");
        Ledger.Cell c = current().ledger().cell(location, sku);
        List<Supply> supply = new ArrayList<>();
        for (Ledger.SupplyLine s : c.supply()) {
            supply.add(new Supply(location, sku, s.quantity(), Instant.ofEpochSecond(s.arrives())));
        }
        return new StockState(location, sku, c.onHand(), c.reserved(), c.safety(), c.held(), supply);
    }

    @Override
    public SlotState slot(String location, Instant slot) {
        Objects.requireNonNull(slot, "slot");
        Ledger l = current().ledger();
        long start = slotStart(l, location, slot);
        Ledger.SlotCell c = l.slot(location, start);
        Snapshot.Site site = site(l, location);
        return new SlotState(location, slot, c.load(), c.held(), c.capacity() < 0 ? site.ordersPerSlot : c.capacity());
    }

    /** The location's compiled site in the ledger's network version; refuses an unknown id. */
    static Snapshot.Site site(Ledger l, String location) {
        Objects.requireNonNull(location, "location");
        Integer i = l.structure().siteIndex.get(location);
        if (i == null) {
            throw new IllegalArgumentException("unknown location \"" + location
                    + "\"; maybe publish a network version that has it first");
        }
        return l.structure().sites[i];
    }

    /** Checks that {@code slot} is a slot start of a location with a capacity limit. */
    private static long slotStart(Ledger l, String location, Instant slot) {
        Snapshot.Site site = site(l, location);
        if (site.slotSeconds == 0) {
            throw new IllegalArgumentException("\"" + location + "\" has no preparation slots (no capacity limit)");
        }
        long s = slot.getEpochSecond();
        if (slot.getNano() != 0 || !Slots.isSlotStart(s, site.zone, site.slotSeconds)) {
            throw new IllegalArgumentException("slot " + slot + " is not the start of a " + site.location.preparation().slot()
                    + " slot of \"" + location + "\" in " + site.zone);
        }
        return s;
    }
}
