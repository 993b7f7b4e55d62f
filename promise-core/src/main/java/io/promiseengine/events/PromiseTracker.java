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
package io.promiseengine.events;

import io.promiseengine.events.spi.TrackerStore;
import io.promiseengine.internal.events.DefaultPromiseTracker;
import io.promiseengine.internal.observe.Watch;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.observe.PromiseObserver;
import io.promiseengine.observe.Ticker;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.PromiseOption;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Follows the promises made for captured orders and keeps them as reality moves. An event ({@link
 * PromiseEvent}) changes the live engine, then each captured order it touches, found through indexes (by
 * location, by location and sku, by slot, by delivery window, by service, by lane, by order) rather than a
 * scan, is looked at again:
 *
 * <ol>
 *   <li>its plan still keeps the promise: nothing;</li>
 *   <li>else another plan keeps it: the reservation is swapped atomically ({@link PromiseEngine#replace}),
 *       listeners hear {@link PromiseListener#replanned}, the customer hears nothing;</li>
 *   <li>else the best promise of the same method and service (or collect store) is quoted again at the
 *       event's instant, planned and reserved in place of the old, and listeners hear
 *       {@link PromiseListener#promiseChanged}; when there is none, the order's holds are released, it leaves
 *       the tracker and the change has no new promise.</li>
 * </ol>
 *
 * <p>Events apply one at a time, in the order given, each once (by id, within the window of applied ids kept,
 * {@link Builder#appliedEventIds}). Plans use the engine's rule set. Thread-safe: calls are serialized, across
 * every tracker sharing the {@link TrackerStore} (the orders, applied ids and outbox are kept there: in memory by
 * default). Notices go through the store's outbox and are delivered at least once, off the tracker's lock,
 * retried with back-off when a listener throws ({@link PromiseNotice#key()} tells a repeat).
 *
 * <pre>{@code
 * PromiseTracker tracker = PromiseTracker.builder(engine).listener(change -> mail(change.message(Locale.FRENCH))).build();
 * tracker.capture(order, chosenOption);
 * tracker.apply(CarrierDelayed.shift("ev-1", now, "std", 2));
 * }</pre>
 */
public interface PromiseTracker extends AutoCloseable {

    /**
     * A builder of a tracker over {@code engine}. A tracker re-plans an order on the engine's inventory with
     * the order's own holds given back, under the engine's write lock, so that the new plan and its
     * {@link PromiseEngine#replace} see the same stock: an operation the {@link PromiseEngine} interface does
     * not offer (it is the library's own, out of the exported packages). So the engine must be one the library
     * built: by {@link PromiseEngine#builder}, in memory or on any {@link io.promiseengine.live.spi.LiveStore}
     * (such as {@code PostgresPromiseEngine.builder}, which builds through it); not a decorator, a mock or an
     * implementation of your own.
     *
     * @param engine an engine built by {@link PromiseEngine#builder}
     * @return a builder with the defaults given by each setter
     * @throws IllegalArgumentException when {@code engine} was not built by {@link PromiseEngine#builder}, naming
     *         its class
     * @throws NullPointerException when {@code engine} is null
     */
    static Builder builder(PromiseEngine engine) {
        return new Builder(engine);
    }

    /**
     * Plans the order for the promise, reserves the plan and confirms it, and follows the order from now on;
     * when it cannot be planned or reserved, says why and changes nothing. An order id already followed is
     * refused ({@link IllegalArgumentException}).
     *
     * <p>An order that already holds a reservation in the engine (reserved at checkout) is adopted atomically:
     * when the origins it holds keep the promise, that hold is confirmed and followed; else the cheapest plan
     * for the promise takes its place through {@link PromiseEngine#replace} (the order never holds nothing in
     * between); refused, the order keeps its checkout hold. The whole capture runs under the engine's write
     * lock: a concurrent {@link PromiseEngine#release} comes before it (the capture then reserves afresh) or
     * after it (the tracker then forgets the order at its next look, see {@link #orders()}).
     *
     * <p>A SCHEDULED option is captured in its first window, as {@link #capture(Order, PromiseOption,
     * DeliveryWindow)} captures it.
     *
     * @param order the order
     * @param promise the option the customer chose, from a quote of the order
     * @return {@link CaptureResult.Captured}, or {@link CaptureResult.Refused} with the reason
     * @throws IllegalArgumentException when the order id is already followed
     */
    CaptureResult capture(Order order, PromiseOption promise);

    /**
     * Captures a SCHEDULED option (docs/SPEC.md 4.7) in the delivery window the shopper chose, as {@link
     * #capture(Order, PromiseOption)} captures any option: the window's plan (the cheapest origin that makes it,
     * {@link io.promiseengine.plan.AllocationPlanner#plan(Order, PromiseOption, DeliveryWindow)}) is reserved with
     * one drop of the window and confirmed, or a hold reserved at checkout for the order is adopted. The order is
     * followed with the promise of that window: the option with that window alone ({@link PromiseOption#windows()}),
     * promised at its end ({@link PromiseOption#promisedAt()}), dated by its start, with the window's order-by,
     * shipped as planned. An event that breaks the window moves the order into the same window from another origin,
     * else into the next window it can make ({@link WindowCancelled}).
     *
     * @param order the order
     * @param promise the SCHEDULED option the customer chose, from a quote of the order
     * @param window the window the customer chose: one of {@code promise.windows()} (matched by start and end)
     * @return {@link CaptureResult.Captured}, or {@link CaptureResult.Refused} with the reason (the window is full,
     *         or no origin makes it any more: {@link CaptureResult.Reason#NO_PLAN})
     * @throws IllegalArgumentException when the option is not SCHEDULED or does not list the window (the message
     *         names the window), or the order id is already followed
     * @throws NullPointerException when an argument is null
     */
    CaptureResult capture(Order order, PromiseOption promise, DeliveryWindow window);

    /**
     * Applies the event, then looks again at the orders it touches; an id already applied changes nothing.
     *
     * @param event the event
     * @return what the event changed: the orders touched, re-planned, promised again or released
     */
    EventOutcome apply(PromiseEvent event);

    /**
     * Whether an event with this id was applied.
     *
     * @param eventId the event's id
     * @return true when it was applied and its id is still kept
     */
    boolean applied(String eventId);

    /**
     * The order as followed now, if it is. An order whose reservation was released in the engine outside the
     * tracker ({@link PromiseEngine#release}) is no longer followed: the tracker forgets it here, in {@link
     * #orders()} or when an event touches it, without a notification, and never holds anything for it again.
     *
     * @param orderId the order's id
     * @return the order as followed now, or empty
     */
    Optional<TrackedOrder> order(String orderId);

    /**
     * Every order followed, in capture order (orders released outside the tracker are forgotten, as in {@link
     * #order}).
     *
     * @return the orders followed, in capture order
     */
    List<TrackedOrder> orders();

    /**
     * Delivered, picked or cancelled: releases the order's holds and stops following it; false when not followed.
     * The supported way to release a tracked order.
     *
     * @param orderId the order's id
     * @return true when the order was followed
     */
    boolean close(String orderId);

    /**
     * Delivers the notices of the outbox that are due by the tracker's clock (retries whose back-off has
     * passed, and notices a crashed tracker left behind), on this thread; returns how many every listener
     * heard. Without an executor a tracker also does this after each event, on the applying thread once
     * its lock is released; with one, on the executor.
     *
     * @return how many notices every listener heard
     */
    int deliver();

    /**
     * Stops the tracker: no step and no delivery starts any more, the delivery under way ends first. What is
     * in the outbox stays for the next tracker built on the same store. The store and the executor are the
     * caller's: they stay open.
     */
    @Override
    void close();

    /** Builds a tracker over an engine built by {@link PromiseEngine#builder} ({@link PromiseTracker#builder}). */
    final class Builder {
        private final PromiseEngine engine;
        private final List<PromiseListener> listeners = new ArrayList<>();
        private TrackerStore store;
        private Clock clock = Clock.systemUTC();
        private long keepApplied = 100_000;
        private Duration keepAppliedFor = Duration.ofDays(7);
        private Duration firstRetry = Duration.ofSeconds(1);
        private Duration maxRetry = Duration.ofMinutes(5);
        private Duration lease = Duration.ofMinutes(1);
        private ScheduledExecutorService executor;
        private Duration pollEvery = Duration.ofSeconds(1);
        private PromiseObserver observer = PromiseObserver.none();

        private Builder(PromiseEngine engine) {
            this.engine = DefaultPromiseTracker.trackable(engine);
        }

        /**
         * Adds a listener; listeners hear in the order added (64 at most: the outbox keeps a bit per listener).
         *
         * @param listener the listener
         * @return this builder
         * @throws IllegalArgumentException when 64 listeners were already added
         * @throws NullPointerException when {@code listener} is null
         */
        public Builder listener(PromiseListener listener) {
            Objects.requireNonNull(listener, "listener");
            if (listeners.size() == 64) {
                throw new IllegalArgumentException("at most 64 listeners; maybe one listener that fans out");
            }
            listeners.add(listener);
            return this;
        }

        /**
         * Where the tracked orders, applied event ids and notices are kept: {@link TrackerStore#inMemory()} by
         * default.
         *
         * @param store the store
         * @return this builder
         * @throws NullPointerException when {@code store} is null
         */
        public Builder store(TrackerStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * The clock of applied ids' age and of retries: the system UTC clock unless given (give the engine's).
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
         * The window of applied event ids: at most {@code count} (&gt;= 1; 100,000 by default), none older than
         * {@code age} (&gt; 0; 7 days by default) by the tracker's clock. An event whose id was forgotten is
         * applied again.
         *
         * @param count the most ids kept
         * @param age the oldest ids kept
         * @return this builder
         * @throws IllegalArgumentException when {@code count < 1} or {@code age} is out of range
         */
        public Builder appliedEventIds(long count, Duration age) {
            Objects.requireNonNull(age, "age");
            if (count < 1) {
                throw new IllegalArgumentException("count must be >= 1, was " + count);
            }
            if (age.isNegative() || age.isZero() || age.compareTo(MAX_DELAY) > 0) {
                throw new IllegalArgumentException("age must be in (0, " + MAX_DELAY + "], was " + age);
            }
            this.keepApplied = count;
            this.keepAppliedFor = age;
            return this;
        }

        /**
         * The retry of a notice a listener threw on: after {@code first} (&gt; 0; 1 s by default), then twice
         * as long after each failure, at most {@code max} (&gt;= first, at most 1 day; 5 minutes by default),
         * until every listener heard it.
         *
         * @param first the delay of the first retry
         * @param max the longest delay
         * @return this builder
         * @throws IllegalArgumentException when {@code first} or {@code max} is out of range
         */
        public Builder retries(Duration first, Duration max) {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(max, "max");
            if (first.isNegative() || first.isZero()) {
                throw new IllegalArgumentException("first must be > 0, was " + first);
            }
            if (max.compareTo(first) < 0 || max.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException("max must be in [first, 1 day], was " + max + " (first " + first + ")");
            }
            this.firstRetry = first;
            this.maxRetry = max;
            return this;
        }

        /**
         * How long a delivery claims a notice (1 minute by default): a tracker sharing the store takes it over
         * only after that, when the one delivering died. Longer than the slowest listener.
         *
         * @param lease the lease of a claim
         * @return this builder
         * @throws IllegalArgumentException when {@code lease} is not in (0, 1 day]
         */
        public Builder deliveryLease(Duration lease) {
            Objects.requireNonNull(lease, "lease");
            if (lease.isNegative() || lease.isZero() || lease.compareTo(MAX_DELAY) > 0) {
                throw new IllegalArgumentException("lease must be in (0, " + MAX_DELAY + "], was " + lease);
            }
            this.lease = lease;
            return this;
        }

        /**
         * Delivers notices on {@code executor} (the caller's, never shut down by the tracker): after each event
         * and every {@code pollEvery} (&gt;= 1 ms) for retries and what other trackers left. Without it, notices
         * are delivered on the thread that applied the event, after the tracker's lock is released, and retries
         * at the next event or {@link PromiseTracker#deliver()}.
         *
         * @param executor the executor that delivers
         * @param pollEvery the period of the look for due notices
         * @return this builder
         * @throws IllegalArgumentException when {@code pollEvery} is out of range
         */
        public Builder deliverOn(ScheduledExecutorService executor, Duration pollEvery) {
            Objects.requireNonNull(executor, "executor");
            Objects.requireNonNull(pollEvery, "pollEvery");
            if (pollEvery.toMillis() < 1 || pollEvery.compareTo(MAX_DELAY) > 0) {
                throw new IllegalArgumentException("pollEvery must be in [1 ms, " + MAX_DELAY + "], was " + pollEvery);
            }
            this.executor = executor;
            this.pollEvery = pollEvery;
            return this;
        }

        /**
         * The observer of the notices the tracker makes (docs/OBSERVING.md), once each when the event's step is
         * kept; none by default. The engine's observer hears the tracker's reservations. What it throws is
         * caught ({@link io.promiseengine.observe.GuardedObserver}).
         *
         * @param observer the observer
         * @return this builder
         */
        public Builder observer(PromiseObserver observer) {
            this.observer = Objects.requireNonNull(observer, "observer");
            return this;
        }

        /**
         * Builds the tracker; it reads what the store keeps (orders followed, applied ids, the outbox).
         *
         * @return the tracker
         * @throws IllegalArgumentException when the engine is not one {@link PromiseEngine#builder} built
         */
        public PromiseTracker build() {
            return new DefaultPromiseTracker(engine, new DefaultPromiseTracker.Settings(
                    store == null ? TrackerStore.inMemory() : store, listeners, clock, keepApplied, keepAppliedFor,
                    firstRetry, maxRetry, lease, executor, pollEvery, Watch.of(observer, Ticker.system())));
        }

        private static final Duration MAX_DELAY = Duration.ofDays(365);
    }
}
