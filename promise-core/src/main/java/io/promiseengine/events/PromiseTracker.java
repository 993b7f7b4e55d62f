package io.promiseengine.events;

import io.promiseengine.internal.events.DefaultPromiseTracker;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.PromiseOption;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Follows the promises made for captured orders and keeps them as reality moves. An event ({@link
 * PromiseEvent}) changes the live engine, then each captured order it touches, found through indexes (by
 * location, by location and sku, by slot, by service, by lane, by order) rather than a scan, is looked at
 * again:
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
 * <p>Events apply one at a time, in the order given, each exactly once (by id). Plans use the engine's rule
 * set. Thread-safe: calls are serialized.
 *
 * <pre>{@code
 * PromiseTracker tracker = PromiseTracker.builder(engine).listener(change -> mail(change.message(Locale.FRENCH))).build();
 * tracker.capture(order, chosenOption);
 * tracker.apply(CarrierDelayed.shift("ev-1", now, "std", 2));
 * }</pre>
 */
public interface PromiseTracker {

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
     */
    CaptureResult capture(Order order, PromiseOption promise);

    /** Applies the event, then looks again at the orders it touches; an id already applied changes nothing. */
    EventOutcome apply(PromiseEvent event);

    /** Whether an event with this id was applied. */
    boolean applied(String eventId);

    /**
     * The order as followed now, if it is. An order whose reservation was released in the engine outside the
     * tracker ({@link PromiseEngine#release}) is no longer followed: the tracker forgets it here, in {@link
     * #orders()} or when an event touches it, without a notification, and never holds anything for it again.
     */
    Optional<TrackedOrder> order(String orderId);

    /** Every order followed, in capture order (orders released outside the tracker are forgotten, as in {@link #order}). */
    List<TrackedOrder> orders();

    /**
     * Delivered, picked or cancelled: releases the order's holds and stops following it; false when not followed.
     * The supported way to release a tracked order.
     */
    boolean close(String orderId);

    /** Builds a tracker over an engine built by {@link PromiseEngine#builder}. */
    final class Builder {
        private final PromiseEngine engine;
        private final List<PromiseListener> listeners = new ArrayList<>();

        private Builder(PromiseEngine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
        }

        /** Adds a listener; listeners hear in the order added. */
        public Builder listener(PromiseListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        public PromiseTracker build() {
            return new DefaultPromiseTracker(engine, listeners);
        }
    }
}
