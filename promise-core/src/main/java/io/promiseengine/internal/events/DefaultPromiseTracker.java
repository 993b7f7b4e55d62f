package io.promiseengine.internal.events;

import io.promiseengine.events.CaptureResult;
import io.promiseengine.events.CarrierDelayed;
import io.promiseengine.events.EventOutcome;
import io.promiseengine.events.LocationClosed;
import io.promiseengine.events.PromiseChange;
import io.promiseengine.events.PromiseEvent;
import io.promiseengine.events.PromiseNotice;
import io.promiseengine.events.PromiseTracker;
import io.promiseengine.events.Replanned;
import io.promiseengine.events.ShipmentLate;
import io.promiseengine.events.SlotCapacityChanged;
import io.promiseengine.events.StockCorrected;
import io.promiseengine.events.TrackedOrder;
import io.promiseengine.events.spi.TrackerStore;
import io.promiseengine.internal.engine.DefaultPromiseEngine;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.StockState;
import io.promiseengine.model.StockLevel;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.PromiseOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The tracker. Its state is kept in a {@link TrackerStore}; this object keeps a cache of the tracked orders
 * (by id, by capture sequence, and an {@link OrderIndex} of what each uses), brought up to the store's
 * revision at the start of every step, so that trackers sharing a store follow the same orders. One lock
 * serializes this tracker's steps; the store serializes steps across trackers. Notices go to the store's
 * outbox in the step that makes them and are delivered after it, off every lock ({@link Delivery}). How one
 * order is looked at again is {@link Reconsider}'s.
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

    /**
     * What the builder gives.
     *
     * @param keepApplied how many applied event ids are kept at most
     * @param keepAppliedFor how long an applied event id is kept
     * @param firstRetry the delay before the first retry of a notice a listener failed on
     * @param maxRetry the longest delay between retries
     * @param lease how long a delivery claims a notice before another deliverer may take it
     * @param executor where notices are delivered, or null to deliver on the thread that made them
     * @param pollEvery with an executor, how often due retries are looked for
     */
    public record Settings(TrackerStore store, List<io.promiseengine.events.PromiseListener> listeners, Clock clock,
                           long keepApplied, Duration keepAppliedFor, Duration firstRetry, Duration maxRetry,
                           Duration lease, ScheduledExecutorService executor, Duration pollEvery) {
        public Settings {
            listeners = List.copyOf(listeners);
        }
    }

    /** What {@link #reconsider} answers for an order released outside the tracker. */
    private static final Object RELEASED = new Object();

    private final DefaultPromiseEngine engine;
    private final Settings settings;
    private final TrackerStore store;
    private final Reconsider reconsider;
    private final Delivery delivery;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Entry> byId = new HashMap<>();
    private final TreeMap<Long, Entry> bySequence = new TreeMap<>();
    private final OrderIndex index = new OrderIndex();
    /** The store revision the cache reflects; -1 to read the whole set again. Guarded by {@link #lock}. */
    private long known = -1;
    private final ScheduledFuture<?> poller;
    /** Deliveries hold it shared; {@link #close()} takes it alone to wait for the delivery under way. */
    private final ReentrantReadWriteLock deliveries = new ReentrantReadWriteLock();
    private volatile boolean closed;

    public DefaultPromiseTracker(PromiseEngine engine, Settings settings) {
        if (!(engine instanceof DefaultPromiseEngine e)) {
            throw new IllegalArgumentException("a tracker needs an engine built by PromiseEngine.builder, was "
                    + engine.getClass().getName());
        }
        this.engine = e;
        this.settings = settings;
        this.store = settings.store();
        this.reconsider = new Reconsider(e);
        this.delivery = new Delivery(store, settings.listeners(), settings.clock(), settings.firstRetry(),
                settings.maxRetry(), settings.lease());
        this.poller = settings.executor() == null ? null : settings.executor().scheduleWithFixedDelay(this::deliverQuietly,
                0, settings.pollEvery().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public CaptureResult capture(Order order, PromiseOption promise) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(promise, "promise");
        return step(tx -> {
            if (byId.containsKey(order.id())) {
                throw new IllegalArgumentException("order \"" + order.id() + "\" is already followed; maybe close it first");
            }
            CaptureResult r = engine.withOwnHoldsFreed(order.id(), view -> Capture.adopt(engine, view, order, promise));
            if (r.order().isPresent()) {
                cache(new Entry(tx.put(r.order().get()), r.order().get()));
            }
            return r;
        }, false);
    }

    @Override
    public EventOutcome apply(PromiseEvent event) {
        Objects.requireNonNull(event, "event");
        if (Delivery.delivering()) {
            throw new IllegalStateException("a listener must not apply events; event " + event.id() + " refused");
        }
        return step(tx -> {
            Instant now = settings.clock().instant();
            if (!tx.markApplied(event.id(), now)) { // recorded first: an event the engine refuses undoes it (the step throws)
                return EventOutcome.repeated(event);
            }
            List<Entry> touched = change(event); // the engine changed: never again, whatever happens below
            List<String> ids = new ArrayList<>();
            List<Replanned> replanned = new ArrayList<>();
            List<PromiseChange> changed = new ArrayList<>();
            for (Entry e : touched) {
                if (byId.get(e.order.id()) != e || e.order.inTransit() && !(event instanceof ShipmentLate)) {
                    continue; // gone by an earlier order's turn, or on its way: only tracking events change it
                }
                if (event instanceof ShipmentLate && !holds(e, tx)) {
                    continue; // released outside the tracker: forgotten by holds()
                }
                Object notice = event instanceof ShipmentLate late ? late(e, late, tx) : reconsider(e, event, tx);
                if (notice == RELEASED) {
                    continue; // it held nothing any more: it left the tracker without a word
                }
                ids.add(e.order.id());
                if (notice instanceof PromiseNotice n) {
                    tx.enqueue(n, now);
                    if (n instanceof PromiseChange c) {
                        changed.add(c);
                    } else {
                        replanned.add((Replanned) n);
                    }
                }
            }
            Duration age = settings.keepAppliedFor();
            tx.forgetApplied(now.minus(age), settings.keepApplied());
            return new EventOutcome(event, false, ids, replanned, changed);
        }, true);
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

    /** Looks at one order again; returns the notice for listeners, {@link #RELEASED}, or null when nothing changed for them. */
    private Object reconsider(Entry e, PromiseEvent event, TrackerStore.Transaction tx) {
        TrackedOrder before = e.order;
        Reconsider.Step step = reconsider.step(before, event);
        switch (step.kind()) {
            case KEPT -> {
                if (!step.order().equals(before)) {
                    e.order = step.order();
                    tx.put(e.order);
                }
                return null;
            }
            case REPLANNED -> {
                update(e, step.order(), tx);
                return new Replanned(before.id(), before.fulfilment(), step.order().fulfilment(), event);
            }
            case RELEASED -> {
                forget(e, tx);
                return RELEASED;
            }
            case REPROMISED -> {
                update(e, step.order(), tx);
                return new PromiseChange(before.id(), before.promise(), Optional.of(step.order().promise()), event);
            }
            default -> {
                forget(e, tx);
                return new PromiseChange(before.id(), before.promise(), Optional.empty(), event);
            }
        }
    }

    private Object late(Entry e, ShipmentLate event, TrackerStore.Transaction tx) {
        TrackedOrder before = e.order;
        e.order = Reconsider.late(before, event);
        tx.put(e.order);
        return e.order.promise().equals(before.promise()) ? null
                : new PromiseChange(before.id(), before.promise(), Optional.of(e.order.promise()), event);
    }

    private void cache(Entry e) {
        byId.put(e.order.id(), e);
        bySequence.put(e.sequence, e);
        e.keys = OrderIndex.keys(e.order, engine.network());
        index.add(e.sequence, e.keys);
    }

    private void uncache(Entry e) {
        index.remove(e.sequence, e.keys);
        byId.remove(e.order.id());
        bySequence.remove(e.sequence);
    }

    private void update(Entry e, TrackedOrder order, TrackerStore.Transaction tx) {
        index.remove(e.sequence, e.keys);
        e.order = order;
        e.keys = OrderIndex.keys(e.order, engine.network());
        index.add(e.sequence, e.keys);
        tx.put(order);
    }

    private void forget(Entry e, TrackerStore.Transaction tx) {
        uncache(e);
        tx.remove(e.order.id());
    }

    /** Brings the cache up to the store's revision (what other trackers sharing the store wrote). */
    private void sync(TrackerStore.Transaction tx) {
        if (tx.revision() == known) {
            return;
        }
        TrackerStore.Changes c = tx.changesSince(known);
        if (c.whole()) {
            byId.clear();
            bySequence.clear();
            index.clear();
        }
        for (String id : c.removed()) {
            Entry e = byId.get(id);
            if (e != null) {
                uncache(e);
            }
        }
        for (TrackerStore.StoredOrder o : c.orders()) {
            Entry e = byId.get(o.order().id());
            if (e != null) {
                uncache(e);
            }
            cache(new Entry(o.sequence(), o.order()));
        }
        known = c.revision();
    }

    /**
     * Runs one step: this tracker's lock, then the store's step, the cache brought up to date first; a step
     * that fails leaves the cache to be read again whole. Then, when {@code notices} may have been written,
     * delivers them (on this thread without an executor), off every lock.
     */
    private <T> T step(Function<TrackerStore.Transaction, T> work, boolean notices) {
        T result;
        lock.lock();
        try {
            open();
            try {
                result = store.update(tx -> {
                    sync(tx);
                    T r = work.apply(tx);
                    known = tx.revision();
                    return r;
                });
            } catch (RuntimeException | Error e) {
                known = -1;
                throw e;
            }
        } finally {
            lock.unlock();
        }
        if (notices) {
            afterStep();
        }
        return result;
    }

    private void afterStep() {
        if (settings.executor() == null) {
            deliverShared();
            return;
        }
        try {
            settings.executor().execute(this::deliverQuietly);
        } catch (RejectedExecutionException e) {
            LOG.warn("the delivery executor refused a delivery; the notices wait in the outbox for the next one", e);
        }
    }

    private void deliverQuietly() {
        if (closed) {
            return;
        }
        try {
            deliverShared();
        } catch (RuntimeException e) {
            LOG.warn("delivering the outbox failed; the notices wait for the next delivery", e);
        }
    }

    @Override
    public int deliver() {
        open();
        return deliverShared();
    }

    private int deliverShared() {
        deliveries.readLock().lock();
        try {
            return closed ? 0 : delivery.deliverDue();
        } finally {
            deliveries.readLock().unlock();
        }
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("the tracker is closed");
        }
    }

    @Override
    public boolean applied(String eventId) {
        Objects.requireNonNull(eventId, "eventId");
        return store.read(tx -> tx.applied(eventId));
    }

    @Override
    public Optional<TrackedOrder> order(String orderId) {
        Objects.requireNonNull(orderId, "orderId");
        List<Entry> released = new ArrayList<>();
        Optional<TrackedOrder> found = view(() -> {
            Entry e = byId.get(orderId);
            if (e == null) {
                return Optional.empty();
            }
            if (holds(e)) {
                return Optional.of(e.order);
            }
            released.add(e);
            return Optional.empty();
        });
        forgetReleased(released);
        return found;
    }

    @Override
    public List<TrackedOrder> orders() {
        List<Entry> released = new ArrayList<>();
        List<TrackedOrder> out = view(() -> {
            List<TrackedOrder> held = new ArrayList<>(bySequence.size());
            for (Entry e : bySequence.values()) {
                if (holds(e)) {
                    held.add(e.order);
                } else {
                    released.add(e);
                }
            }
            return held;
        });
        forgetReleased(released);
        return out;
    }

    /** Runs {@code work} on the cache brought up to the store's revision, in a read step (no lock across trackers). */
    private <T> T view(java.util.function.Supplier<T> work) {
        lock.lock();
        try {
            open();
            try {
                return store.read(tx -> {
                    sync(tx);
                    return work.get();
                });
            } catch (RuntimeException | Error e) {
                known = -1;
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean holds(Entry e) {
        return engine.reservation(e.order.id()).isPresent();
    }

    /**
     * Forgets orders a read found released outside the tracker ({@link PromiseEngine#release}), in a step of
     * their own, each checked again there (another tracker may have re-captured it meanwhile).
     */
    private void forgetReleased(List<Entry> released) {
        if (released.isEmpty()) {
            return;
        }
        step(tx -> {
            for (Entry seen : released) {
                Entry e = byId.get(seen.order.id());
                if (e != null) {
                    holds(e, tx);
                }
            }
            return null;
        }, false);
    }

    /**
     * Whether the order still holds its reservation in the engine; one released outside the tracker ({@link
     * PromiseEngine#release}) is forgotten here, at the tracker's next look at it.
     */
    private boolean holds(Entry e, TrackerStore.Transaction tx) {
        if (holds(e)) {
            return true;
        }
        LOG.info("order {} was released outside the tracker; it is no longer followed", e.order.id());
        forget(e, tx);
        return false;
    }

    @Override
    public boolean close(String orderId) {
        Objects.requireNonNull(orderId, "orderId");
        return step(tx -> {
            Entry e = byId.get(orderId);
            if (e == null) {
                return false;
            }
            forget(e, tx);
            engine.release(orderId);
            return true;
        }, false);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
        } finally {
            lock.unlock();
        }
        if (poller != null) {
            poller.cancel(false);
        }
        deliveries.writeLock().lock(); // waits for the deliveries under way; none starts any more
        deliveries.writeLock().unlock();
    }
}
