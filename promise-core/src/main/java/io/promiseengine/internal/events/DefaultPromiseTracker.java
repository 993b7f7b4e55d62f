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
package io.promiseengine.internal.events;

import io.promiseengine.model.Echo;
import io.promiseengine.events.CaptureResult;
import io.promiseengine.events.EventOutcome;
import io.promiseengine.events.PromiseChange;
import io.promiseengine.events.PromiseEvent;
import io.promiseengine.events.PromiseNotice;
import io.promiseengine.events.PromiseTracker;
import io.promiseengine.events.Replanned;
import io.promiseengine.events.ShipmentLate;
import io.promiseengine.events.TrackedOrder;
import io.promiseengine.events.spi.TrackerStore;
import io.promiseengine.internal.events.TrackedOrders.Entry;
import io.promiseengine.internal.engine.DefaultPromiseEngine;
import io.promiseengine.internal.observe.Watch;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Method;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.PromiseOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The tracker. Its state is kept in a {@link TrackerStore}; this object keeps a cache of the tracked orders
 * ({@link TrackedOrders}: by id, by capture sequence, and an index of what each uses), brought up to the store's
 * revision at the start of every step, so that trackers sharing a store follow the same orders. One lock
 * serializes this tracker's steps; the store serializes steps across trackers. Notices go to the store's
 * outbox in the step that makes them and are delivered after it, off every lock ({@link Delivery}). How one
 * order is looked at again is {@link Reconsider}'s.
 */
public final class DefaultPromiseTracker implements PromiseTracker {

    private static final Logger LOG = LoggerFactory.getLogger(PromiseTracker.class);

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
     * @param watch the observer of the notices made
     */
    public record Settings(TrackerStore store, List<io.promiseengine.events.PromiseListener> listeners, Clock clock,
                           long keepApplied, Duration keepAppliedFor, Duration firstRetry, Duration maxRetry,
                           Duration lease, ScheduledExecutorService executor, Duration pollEvery, Watch watch) {
        public Settings {
            listeners = List.copyOf(listeners);
        }
    }

    /**
     * The engine as a tracker uses it, or a refusal: a tracker re-plans an order on the engine's inventory with
     * the order's own holds given back, under the engine's write lock ({@link DefaultPromiseEngine#withOwnHoldsFreed}),
     * which the {@link PromiseEngine} interface does not offer. The engines {@link PromiseEngine#builder} builds
     * (in memory or on any live store) have it; a decorator, a mock or another implementation does not.
     *
     * @throws IllegalArgumentException naming the engine's class when it was not built by {@code PromiseEngine.builder}
     */
    public static DefaultPromiseEngine trackable(PromiseEngine engine) {
        Objects.requireNonNull(engine, "engine");
        if (!(engine instanceof DefaultPromiseEngine e)) {
            throw new IllegalArgumentException("engine must be built by PromiseEngine.builder (or PostgresPromiseEngine"
                    + ".builder), was a " + engine.getClass().getName() + "; maybe pass the engine a decorator wraps");
        }
        return e;
    }

    /** What {@link #reconsider} answers for an order released outside the tracker. */
    private static final Object RELEASED = new Object();

    private final DefaultPromiseEngine engine;
    private final Settings settings;
    private final TrackerStore store;
    private final Reconsider reconsider;
    private final Delivery delivery;
    private final ReentrantLock lock = new ReentrantLock();
    /** Guarded by {@link #lock}. */
    private final TrackedOrders orders;
    private final ScheduledFuture<?> poller;
    /** Deliveries hold it shared; {@link #close()} takes it alone to wait for the delivery under way. */
    private final ReentrantReadWriteLock deliveries = new ReentrantReadWriteLock();
    private volatile boolean closed;

    public DefaultPromiseTracker(PromiseEngine engine, Settings settings) {
        DefaultPromiseEngine e = trackable(engine);
        this.engine = e;
        this.settings = settings;
        this.store = settings.store();
        this.reconsider = new Reconsider(e);
        this.orders = new TrackedOrders(e::network);
        this.delivery = new Delivery(store, settings.listeners(), settings.clock(), settings.firstRetry(),
                settings.maxRetry(), settings.lease());
        this.poller = settings.executor() == null ? null : settings.executor().scheduleWithFixedDelay(this::deliverQuietly,
                0, settings.pollEvery().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public CaptureResult capture(Order order, PromiseOption promise) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(promise, "promise");
        if (promise.method() == Method.SCHEDULED && !promise.windows().isEmpty()) {
            return capture(order, promise, promise.windows().get(0));
        }
        return captureAs(order, promise);
    }

    @Override
    public CaptureResult capture(Order order, PromiseOption promise, DeliveryWindow window) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(promise, "promise");
        DeliveryWindow chosen = ChosenWindow.listed(promise, window);
        // followed as the promise of that window alone: the planner's first window is the one held (ChosenWindow)
        return captureAs(order, ChosenWindow.of(promise, chosen, Optional.of(chosen.orderBy())));
    }

    private CaptureResult captureAs(Order order, PromiseOption promise) {
        return step(tx -> {
            if (orders.get(order.id()) != null) {
                throw new IllegalArgumentException("order " + Echo.quote(order.id()) + " is already followed; maybe close it first");
            }
            CaptureResult r = engine.withOwnHoldsFreed(order.id(), view -> Capture.adopt(engine, view, order, promise));
            if (r instanceof CaptureResult.Captured captured) {
                orders.add(new Entry(tx.put(captured.tracked()), captured.tracked()));
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
        return settings.watch().applied(step(tx -> {
            Instant now = settings.clock().instant();
            if (!tx.markApplied(event.id(), now)) { // recorded first: an event the engine refuses undoes it (the step throws)
                return EventOutcome.repeated(event);
            }
            List<Entry> touched = EventEffects.apply(engine, orders, event); // the engine changed: never again, whatever happens below
            List<String> ids = new ArrayList<>();
            List<Replanned> replanned = new ArrayList<>();
            List<PromiseChange> changed = new ArrayList<>();
            for (Entry e : touched) {
                if (!orders.current(e) || e.order.inTransit() && !(event instanceof ShipmentLate)) {
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
        }, true));
    }

    /** Looks at one order again; returns the notice for listeners, {@link #RELEASED}, or null when nothing changed for them. */
    private Object reconsider(Entry e, PromiseEvent event, TrackerStore.Transaction tx) {
        TrackedOrder before = e.order;
        Reconsider.Step step = reconsider.step(before, event);
        switch (step.kind()) {
            case KEPT -> {
                if (!step.order().equals(before)) {
                    e.order = step.order();
                    tx.update(e.order);
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
        tx.update(e.order);
        return e.order.promise().equals(before.promise()) ? null
                : new PromiseChange(before.id(), before.promise(), Optional.of(e.order.promise()), event);
    }

    private void update(Entry e, TrackedOrder order, TrackerStore.Transaction tx) {
        orders.replace(e, order);
        tx.update(order);
    }

    private void forget(Entry e, TrackerStore.Transaction tx) {
        orders.remove(e);
        tx.remove(e.order.id());
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
                    orders.catchUp(tx);
                    T r = work.apply(tx);
                    orders.seen(tx.revision());
                    return r;
                });
            } catch (RuntimeException | Error e) {
                orders.invalidate();
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
            Entry e = orders.get(orderId);
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
            List<TrackedOrder> held = new ArrayList<>();
            for (Entry e : orders.all()) {
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
                    orders.catchUp(tx);
                    return work.get();
                });
            } catch (RuntimeException | Error e) {
                orders.invalidate();
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
                Entry e = orders.get(seen.order.id());
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
            Entry e = orders.get(orderId);
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
