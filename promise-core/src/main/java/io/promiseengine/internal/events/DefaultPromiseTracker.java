package io.promiseengine.internal.events;

import io.promiseengine.events.CaptureResult;
import io.promiseengine.events.CarrierDelayed;
import io.promiseengine.events.EventOutcome;
import io.promiseengine.events.LocationClosed;
import io.promiseengine.events.PromiseChange;
import io.promiseengine.events.PromiseEvent;
import io.promiseengine.events.PromiseListener;
import io.promiseengine.events.PromiseTracker;
import io.promiseengine.events.Replanned;
import io.promiseengine.events.ShipmentLate;
import io.promiseengine.events.SlotCapacityChanged;
import io.promiseengine.events.StockCorrected;
import io.promiseengine.events.TrackedOrder;
import io.promiseengine.internal.engine.DefaultPromiseEngine;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.Reservation;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.live.StockState;
import io.promiseengine.model.StockLevel;
import io.promiseengine.plan.Order;
import io.promiseengine.plan.PlanResult;
import io.promiseengine.quote.PromiseOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The tracker: one lock serializes captures, events and closes; the orders are kept by id and by capture
 * sequence, and an {@link OrderIndex} finds those an event touches. How one order is looked at again is
 * {@link Reconsider}'s.
 */
public final class DefaultPromiseTracker implements PromiseTracker {

    private static final Logger LOG = LoggerFactory.getLogger(PromiseTracker.class);

    /** One followed order: its capture sequence, what it is now, and the index keys it is under. */
    static final class Entry {
        final long sequence;
        TrackedOrder order;
        List<String> keys;

        Entry(long sequence, TrackedOrder order) {
            this.sequence = sequence;
            this.order = order;
        }
    }

    /** What {@link #reconsider} answers for an order released outside the tracker. */
    private static final Object RELEASED = new Object();

    private final DefaultPromiseEngine engine;
    private final List<PromiseListener> listeners;
    private final Reconsider reconsider;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Entry> byId = new HashMap<>();
    private final TreeMap<Long, Entry> bySequence = new TreeMap<>();
    private final OrderIndex index = new OrderIndex();
    private final Set<String> applied = new HashSet<>();
    private long nextSequence;
    private boolean delivering;

    public DefaultPromiseTracker(PromiseEngine engine, List<PromiseListener> listeners) {
        if (!(engine instanceof DefaultPromiseEngine e)) {
            throw new IllegalArgumentException("a tracker needs an engine built by PromiseEngine.builder, was "
                    + engine.getClass().getName());
        }
        this.engine = e;
        this.listeners = List.copyOf(listeners);
        this.reconsider = new Reconsider(e);
    }

    @Override
    public CaptureResult capture(Order order, PromiseOption promise) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(promise, "promise");
        return locked(() -> {
            if (byId.containsKey(order.id())) {
                throw new IllegalArgumentException("order \"" + order.id() + "\" is already followed; maybe close it first");
            }
            CaptureResult r = engine.withOwnHoldsFreed(order.id(), view -> Capture.adopt(engine, view, order, promise));
            if (r.order().isPresent()) {
                Entry e = new Entry(nextSequence++, r.order().get());
                byId.put(order.id(), e);
                bySequence.put(e.sequence, e);
                index(e);
            }
            return r;
        });
    }

    @Override
    public EventOutcome apply(PromiseEvent event) {
        Objects.requireNonNull(event, "event");
        return locked(() -> {
            if (delivering) {
                throw new IllegalStateException("a listener must not apply events; event " + event.id() + " refused");
            }
            if (applied.contains(event.id())) {
                return EventOutcome.repeated(event);
            }
            List<Entry> touched = change(event);
            applied.add(event.id()); // the engine changed: never again, whatever happens below
            List<String> ids = new ArrayList<>();
            List<Object> notices = new ArrayList<>();
            for (Entry e : touched) {
                if (byId.get(e.order.id()) != e || e.order.inTransit() && !(event instanceof ShipmentLate)) {
                    continue; // gone by an earlier order's turn, or on its way: only tracking events change it
                }
                if (event instanceof ShipmentLate && !holds(e)) {
                    continue; // released outside the tracker: gone by holds()
                }
                Object notice = event instanceof ShipmentLate late ? late(e, late) : reconsider(e, event);
                if (notice == RELEASED) {
                    continue; // it held nothing any more: it left the tracker without a word
                }
                ids.add(e.order.id());
                if (notice != null) {
                    notices.add(notice);
                }
            }
            EventOutcome outcome = new EventOutcome(event, false, ids,
                    notices.stream().filter(Replanned.class::isInstance).map(Replanned.class::cast).toList(),
                    notices.stream().filter(PromiseChange.class::isInstance).map(PromiseChange.class::cast).toList());
            deliver(notices);
            return outcome;
        });
    }

    /**
     * Applies the event to the engine and returns the orders it touches, in the order to look at them: last
     * captured first when they share a shortage (stock, slot), so the earliest orders keep what they hold.
     */
    private List<Entry> change(PromiseEvent event) {
        if (event instanceof StockCorrected s) {
            StockState after;
            if (s.delta()) {
                after = engine.adjustOnHand(s.location(), s.sku(), s.quantity());
            } else {
                StockState before = engine.stock(s.location(), s.sku());
                after = engine.setStock(new StockLevel(s.location(), s.sku(), s.quantity(), before.reserved(), before.safety()));
            }
            // every hold still fits when what is left is >= 0 (a hold counts from the start of time)
            return after.available() >= 0 ? List.of() : entries(OrderIndex.stock(s.location(), s.sku()), true);
        }
        if (event instanceof SlotCapacityChanged c) {
            var after = engine.setSlotCapacity(c.location(), c.slot(), c.capacity());
            return after.load() + after.held() <= after.capacity() ? List.of()
                    : entries(OrderIndex.slot(c.location(), c.slot()), true);
        }
        if (event instanceof LocationClosed c) {
            engine.publish(NetworkEdits.closed(engine.network(), c.location(), c.from(), c.to()));
            return entries(OrderIndex.location(c.location()), false);
        }
        if (event instanceof CarrierDelayed d) {
            engine.publish(NetworkEdits.delayed(engine.network(), d));
            return entries(d.lane().map(k -> OrderIndex.lane(d.service(), k.from(), k.to()))
                    .orElse(OrderIndex.service(d.service())), false);
        }
        ShipmentLate late = (ShipmentLate) event;
        Entry e = byId.get(late.orderId());
        if (e == null) {
            return List.of(); // delivered, closed or never followed: nothing to keep
        }
        if (e.order.fulfilment().shipments().stream().noneMatch(s -> s.from().equals(late.from()))) {
            throw new IllegalArgumentException("order \"" + late.orderId() + "\" has no shipment from \"" + late.from()
                    + "\"; its shipments are from " + e.order.fulfilment().shipments().stream().map(s -> s.from()).toList());
        }
        return List.of(e);
    }

    private List<Entry> entries(String key, boolean latestFirst) {
        List<Entry> out = new ArrayList<>();
        for (Long s : index.get(key, latestFirst)) {
            out.add(bySequence.get(s));
        }
        return out;
    }

    /** Looks at one order again; returns the notice for listeners, or null when nothing changed for them. */
    private Object reconsider(Entry e, PromiseEvent event) {
        TrackedOrder before = e.order;
        Reconsider.Step step = reconsider.step(before, event);
        switch (step.kind()) {
            case KEPT -> {
                e.order = step.order();
                return null;
            }
            case REPLANNED -> {
                update(e, step.order());
                return new Replanned(before.id(), before.fulfilment(), step.order().fulfilment(), event);
            }
            case RELEASED -> {
                forget(e);
                return RELEASED;
            }
            case REPROMISED -> {
                update(e, step.order());
                return new PromiseChange(before.id(), before.promise(), Optional.of(step.order().promise()), event);
            }
            default -> {
                forget(e);
                return new PromiseChange(before.id(), before.promise(), Optional.empty(), event);
            }
        }
    }

    private Object late(Entry e, ShipmentLate event) {
        TrackedOrder before = e.order;
        e.order = Reconsider.late(before, event);
        return e.order.promise().equals(before.promise()) ? null
                : new PromiseChange(before.id(), before.promise(), Optional.of(e.order.promise()), event);
    }

    private void deliver(List<Object> notices) {
        delivering = true;
        try {
            for (Object n : notices) {
                for (PromiseListener l : listeners) {
                    try {
                        if (n instanceof PromiseChange c) {
                            l.promiseChanged(c);
                        } else {
                            l.replanned((Replanned) n);
                        }
                    } catch (RuntimeException ex) {
                        LOG.warn("listener {} failed on {}; the other listeners still hear it", l, n, ex);
                    }
                }
            }
        } finally {
            delivering = false;
        }
    }

    private void index(Entry e) {
        e.keys = OrderIndex.keys(e.order, engine.network());
        index.add(e.sequence, e.keys);
    }

    private void update(Entry e, TrackedOrder order) {
        index.remove(e.sequence, e.keys);
        e.order = order;
        index(e);
    }

    private void forget(Entry e) {
        index.remove(e.sequence, e.keys);
        byId.remove(e.order.id());
        bySequence.remove(e.sequence);
    }

    @Override
    public boolean applied(String eventId) {
        Objects.requireNonNull(eventId, "eventId");
        return locked(() -> applied.contains(eventId));
    }

    @Override
    public Optional<TrackedOrder> order(String orderId) {
        Objects.requireNonNull(orderId, "orderId");
        return locked(() -> {
            Entry e = byId.get(orderId);
            return e != null && holds(e) ? Optional.of(e.order) : Optional.empty();
        });
    }

    @Override
    public List<TrackedOrder> orders() {
        return locked(() -> {
            List<TrackedOrder> out = new ArrayList<>(bySequence.size());
            for (Entry e : new ArrayList<>(bySequence.values())) {
                if (holds(e)) {
                    out.add(e.order);
                }
            }
            return out;
        });
    }

    /**
     * Whether the order still holds its reservation in the engine; one released outside the tracker ({@link
     * PromiseEngine#release}) is forgotten here, at the tracker's next look at it.
     */
    private boolean holds(Entry e) {
        if (engine.reservation(e.order.id()).isPresent()) {
            return true;
        }
        LOG.info("order {} was released outside the tracker; it is no longer followed", e.order.id());
        forget(e);
        return false;
    }

    @Override
    public boolean close(String orderId) {
        Objects.requireNonNull(orderId, "orderId");
        return locked(() -> {
            Entry e = byId.get(orderId);
            if (e == null) {
                return false;
            }
            forget(e);
            engine.release(orderId);
            return true;
        });
    }

    private <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
