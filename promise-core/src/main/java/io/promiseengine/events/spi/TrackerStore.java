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
package io.promiseengine.events.spi;

import io.promiseengine.model.Limits;
import io.promiseengine.events.PromiseNotice;
import io.promiseengine.events.TrackedOrder;
import io.promiseengine.internal.events.InMemoryTrackerStore;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a {@link io.promiseengine.events.PromiseTracker} keeps its state: the orders it follows, the ids of
 * the events it applied (for a bounded window), and the outbox of notices not yet heard by every listener.
 * Several trackers (one per node of an order management system) may share one store: they then follow the
 * same orders and apply each event once.
 *
 * <p>State changes happen in {@link #update} steps: atomic (every write of a step is kept, or none when the
 * step throws) and serialized with every other step on the store, across trackers. Every write moves the
 * store's {@linkplain Transaction#revision() revision} on, which lets a tracker catch up with what other
 * trackers changed ({@link Transaction#changesSince}).
 *
 * <p>The outbox is read outside steps: {@link #claim} hands due notices to one deliverer for a lease (two
 * trackers never deliver the same notice at once, unless the lease lapses), then {@link #delivered} or
 * {@link #retry} settles it.
 */
public interface TrackerStore {

    /**
     * A store in this JVM's memory: the default; lost with the JVM, shared by trackers built on it.
     *
     * @return a new, empty store in memory
     */
    static TrackerStore inMemory() {
        return new InMemoryTrackerStore();
    }

    /**
     * Runs {@code work} as one atomic step that may write; its result is returned once the step is kept.
     *
     * @param <T> the type of the result
     * @param work the step: reads and writes through its transaction
     * @return what {@code work} returned, once the step is kept
     * @throws TrackerStoreException when the store cannot keep the step (nothing is kept)
     */
    <T> T update(Function<Transaction, T> work);

    /**
     * Runs {@code work} on a consistent view that it must not write.
     *
     * @param <T> the type of the result
     * @param work the reading: it must not write
     * @return what {@code work} returned
     * @throws IllegalStateException when {@code work} writes
     */
    <T> T read(Function<Transaction, T> work);

    /**
     * Claims at most {@code max} notices due at {@code now} (next attempt at or before it) and not claimed by
     * a lease that runs past it, oldest first, for {@code lease}: no other claim returns them before
     * {@code now + lease}, unless settled.
     *
     * @param now the instant of the claim
     * @param max the most notices claimed
     * @param lease how long the claim keeps them from other claims
     * @return the notices claimed, oldest first
     */
    List<PendingNotice> claim(Instant now, int max, Duration lease);

    /**
     * Every listener heard these notices: they leave the outbox. Returns how many were there (the others were
     * settled already).
     *
     * @param keys the keys of the notices delivered
     * @return how many of them were still in the outbox
     */
    int delivered(Collection<String> keys);

    /**
     * A listener failed: the notice stays, with the listeners that heard it ({@code heard}, a bit per
     * listener), its attempts so far, and the instant of its next attempt; the claim ends.
     *
     * @param key the notice's key
     * @param heard a bit per listener that heard it
     * @param attempts its attempts so far
     * @param next the instant of its next attempt
     */
    void retry(String key, long heard, int attempts, Instant next);

    /**
     * The notices in the outbox, claimed or not, oldest first (for inspection and tests).
     *
     * @return every notice of the outbox, oldest first
     */
    List<PendingNotice> pending();

    /** The view of the store inside a step. */
    interface Transaction {

        /**
         * The store's revision: moves on with every write to the tracked orders.
         *
         * @return the revision, larger after every write to the tracked orders
         */
        long revision();

        /**
         * The tracked orders written since {@code revision} (put or removed), or the whole set when the store
         * no longer knows what changed since then (a revision below what it keeps, or {@code -1}).
         *
         * @param revision a revision read from {@link #revision()}, or {@code -1} for everything
         * @return the orders put and the ids removed since then, or the whole set
         */
        Changes changesSince(long revision);

        /**
         * Inserts or replaces the order; returns its capture sequence (kept on replace, new on insert).
         *
         * @param order the order
         * @return its capture sequence
         */
        long put(TrackedOrder order);

        /**
         * Replaces an order followed: its sequence is kept. A store may send it with the step's last writes:
         * an order that is not followed fails the step ({@link IllegalStateException}) at the latest when it
         * ends, and the step keeps nothing.
         *
         * @param order the order as it is now
         */
        void update(TrackedOrder order);

        /**
         * Stops following the order; false when it was not followed.
         *
         * @param orderId the order's id
         * @return true when it was followed
         */
        boolean remove(String orderId);

        /**
         * Whether an event with this id was applied (within the window kept).
         *
         * @param eventId the event's id
         * @return true when it was applied and its id is still kept
         */
        boolean applied(String eventId);

        /**
         * Records an event as applied at {@code at}; false (and nothing changed) when it already was.
         *
         * @param eventId the event's id
         * @param at the instant it was applied
         * @return true when recorded now, false when it already was
         */
        boolean markApplied(String eventId, Instant at);

        /**
         * Forgets the applied ids recorded before {@code before}, and the oldest beyond the {@code keep} most
         * recent; returns how many were forgotten.
         *
         * @param before the instant before which ids are forgotten
         * @param keep how many of the most recent ids are kept at least
         * @return how many ids were forgotten
         */
        int forgetApplied(Instant before, long keep);

        /**
         * Puts a notice in the outbox, due at {@code at}; one already there under the same key is kept as is.
         *
         * @param notice the notice
         * @param at the instant it is due
         */
        void enqueue(PromiseNotice notice, Instant at);
    }

    /**
     * What changed among the tracked orders.
     *
     * @param revision the store's revision the changes bring a reader to
     * @param whole true when {@code orders} is every tracked order (and {@code removed} empty): the reader
     *              starts over from them
     * @param orders the orders put, with their capture sequence
     * @param removed the ids of the orders removed
     */
    record Changes(long revision, boolean whole, List<StoredOrder> orders, List<String> removed) {
        /**
         * Copies the lists.
         *
         * @param revision the store's revision the changes bring a reader to
         * @param whole true when {@code orders} is every tracked order (and {@code removed} empty): the reader starts
         *        over from them
         * @param orders the orders put, with their capture sequence
         * @param removed the ids of the orders removed
         * @throws NullPointerException when a list or an element is null
         */
        public Changes {
            orders = Limits.copyOf("orders", orders);
            removed = Limits.copyOf("removed", removed);
        }
    }

    /**
     * A tracked order with its capture sequence (orders are listed in capture order).
     *
     * @param sequence the capture sequence: orders are listed by it
     * @param order the order
     */
    record StoredOrder(long sequence, TrackedOrder order) {
        /**
         * Checks the order.
         *
         * @param sequence the capture sequence: orders are listed by it
         * @param order the order
         * @throws NullPointerException when {@code order} is null
         */
        public StoredOrder {
            Objects.requireNonNull(order, "order");
        }
    }

    /**
     * A notice in the outbox.
     *
     * @param notice the notice
     * @param heard a bit per listener (in the order listeners were added) that heard it already
     * @param attempts the delivery attempts that failed so far
     * @param due when it is next delivered
     * @param claimedUntil when the claim of the deliverer that holds it ends, if any
     */
    record PendingNotice(PromiseNotice notice, long heard, int attempts, Instant due, Optional<Instant> claimedUntil) {
        /**
         * Checks the parts.
         *
         * @param notice the notice
         * @param heard a bit per listener (in the order listeners were added) that heard it already
         * @param attempts the delivery attempts that failed so far
         * @param due when it is next delivered
         * @param claimedUntil when the claim of the deliverer that holds it ends, if any
         * @throws NullPointerException when a part is null
         */
        public PendingNotice {
            Objects.requireNonNull(notice, "notice");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(claimedUntil, "claimedUntil");
        }

        /**
         * The key of the notice, unique in the outbox.
         *
         * @return {@code notice().key()}
         */
        public String key() {
            return notice.key();
        }
    }
}
