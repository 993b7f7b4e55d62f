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
import io.promiseengine.events.PromiseNotice;
import io.promiseengine.events.TrackedOrder;
import io.promiseengine.events.spi.TrackerStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * {@link TrackerStore#inMemory()}: one lock serializes steps and claims. A step keeps an undo log and plays
 * it back when the work throws, so a step is all or nothing. Removed orders leave a tombstone (their id and
 * revision) for the trackers catching up; when tombstones outnumber the live orders (and 1,024) they are
 * dropped, and a tracker behind that revision reads the whole set again.
 */
public final class InMemoryTrackerStore implements TrackerStore {

    private static final int TOMBSTONES = 1024;

    /** One order id: its sequence, the revision of its last write, and the order (null once removed). */
    private record Row(long sequence, long revision, TrackedOrder order) {
    }

    /** One outbox entry; guarded by the lock. */
    private static final class Pending {
        final PromiseNotice notice;
        long heard;
        int attempts;
        Instant due;
        Instant claimedUntil;

        Pending(PromiseNotice notice, Instant due) {
            this.notice = notice;
            this.due = due;
        }

        PendingNotice view() {
            return new PendingNotice(notice, heard, attempts, due, Optional.ofNullable(claimedUntil));
        }
    }

    private record Applied(long sequence, Instant at) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Row> orders = new HashMap<>();
    private int tombstones;
    private long revision;
    private long nextSequence;
    /** A reader behind this revision may have missed dropped tombstones: it reads the whole set. */
    private long wholeBelow;
    private final Map<String, Applied> applied = new HashMap<>();
    private final TreeMap<Long, String> appliedOrder = new TreeMap<>();
    private long nextApplied;
    private final LinkedHashMap<String, Pending> outbox = new LinkedHashMap<>();

    @Override
    public <T> T update(Function<Transaction, T> work) {
        Objects.requireNonNull(work, "work");
        lock.lock();
        try {
            dropTombstones();
            Step step = new Step(true);
            try {
                return work.apply(step);
            } catch (RuntimeException | Error e) {
                step.undo();
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T read(Function<Transaction, T> work) {
        Objects.requireNonNull(work, "work");
        lock.lock();
        try {
            return work.apply(new Step(false));
        } finally {
            lock.unlock();
        }
    }

    private void dropTombstones() {
        if (tombstones <= TOMBSTONES || tombstones <= orders.size() - tombstones) {
            return;
        }
        orders.values().removeIf(r -> r.order() == null);
        tombstones = 0;
        wholeBelow = revision;
    }

    /** The view of one step; writes record their undo. */
    private final class Step implements Transaction {
        private final boolean writes;
        private final Deque<Runnable> undo = new ArrayDeque<>();

        Step(boolean writes) {
            this.writes = writes;
        }

        private void writing() {
            if (!writes) {
                throw new IllegalStateException("a read step must not write");
            }
        }

        void undo() {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
        }

        @Override
        public long revision() {
            return revision;
        }

        @Override
        public Changes changesSince(long since) {
            List<StoredOrder> put = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            boolean whole = since < wholeBelow || since < 0;
            for (Map.Entry<String, Row> e : orders.entrySet()) {
                Row r = e.getValue();
                if (!whole && r.revision() <= since) {
                    continue;
                }
                if (r.order() != null) {
                    put.add(new StoredOrder(r.sequence(), r.order()));
                } else if (!whole) {
                    removed.add(e.getKey());
                }
            }
            put.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
            return new Changes(revision, whole, put, removed);
        }

        @Override
        public long put(TrackedOrder order) {
            Objects.requireNonNull(order, "order");
            writing();
            Row before = orders.get(order.id());
            long sequenceBefore = nextSequence;
            long sequence = before != null && before.order() != null ? before.sequence() : nextSequence++;
            write(order.id(), new Row(sequence, revision + 1, order), before, sequenceBefore);
            return sequence;
        }

        @Override
        public void update(TrackedOrder order) {
            Objects.requireNonNull(order, "order");
            writing();
            Row before = orders.get(order.id());
            if (before == null || before.order() == null) {
                throw new IllegalStateException("order " + Echo.quote(order.id()) + " is not followed: it cannot be updated");
            }
            write(order.id(), new Row(before.sequence(), revision + 1, order), before, nextSequence);
        }

        @Override
        public boolean remove(String orderId) {
            Objects.requireNonNull(orderId, "orderId");
            writing();
            Row before = orders.get(orderId);
            if (before == null || before.order() == null) {
                return false;
            }
            write(orderId, new Row(before.sequence(), revision + 1, null), before, nextSequence);
            return true;
        }

        private void write(String id, Row row, Row before, long sequenceBefore) {
            long revisionBefore = revision;
            int tombstonesBefore = tombstones;
            orders.put(id, row);
            revision++;
            tombstones += (row.order() == null ? 1 : 0) - (before != null && before.order() == null ? 1 : 0);
            undo.push(() -> {
                if (before == null) {
                    orders.remove(id);
                } else {
                    orders.put(id, before);
                }
                revision = revisionBefore;
                tombstones = tombstonesBefore;
                nextSequence = sequenceBefore;
            });
        }

        @Override
        public boolean applied(String eventId) {
            Objects.requireNonNull(eventId, "eventId");
            return applied.containsKey(eventId);
        }

        @Override
        public boolean markApplied(String eventId, Instant at) {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(at, "at");
            writing();
            if (applied.containsKey(eventId)) {
                return false;
            }
            long s = nextApplied++;
            applied.put(eventId, new Applied(s, at));
            appliedOrder.put(s, eventId);
            undo.push(() -> {
                applied.remove(eventId);
                appliedOrder.remove(s);
            });
            return true;
        }

        @Override
        public int forgetApplied(Instant before, long keep) {
            Objects.requireNonNull(before, "before");
            if (keep < 0) {
                throw new IllegalArgumentException("keep must be >= 0, was " + keep);
            }
            writing();
            int forgotten = 0;
            Iterator<Map.Entry<Long, String>> oldest = appliedOrder.entrySet().iterator();
            while (oldest.hasNext()) {
                Map.Entry<Long, String> e = oldest.next();
                Applied a = applied.get(e.getValue());
                if (applied.size() <= keep && !a.at().isBefore(before)) {
                    break; // recorded in order of application: the rest are younger (a clock that went back aside)
                }
                oldest.remove();
                applied.remove(e.getValue());
                String id = e.getValue();
                undo.push(() -> {
                    applied.put(id, a);
                    appliedOrder.put(a.sequence(), id);
                });
                forgotten++;
            }
            return forgotten;
        }

        @Override
        public void enqueue(PromiseNotice notice, Instant at) {
            Objects.requireNonNull(notice, "notice");
            Objects.requireNonNull(at, "at");
            writing();
            String key = notice.key();
            if (outbox.containsKey(key)) {
                return;
            }
            outbox.put(key, new Pending(notice, at));
            undo.push(() -> outbox.remove(key));
        }
    }

    @Override
    public List<PendingNotice> claim(Instant now, int max, Duration lease) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lease, "lease");
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1, was " + max);
        }
        lock.lock();
        try {
            List<PendingNotice> out = new ArrayList<>();
            Instant until = now.plus(lease);
            for (Pending p : outbox.values()) {
                if (out.size() == max) {
                    break;
                }
                if (!p.due.isAfter(now) && (p.claimedUntil == null || !p.claimedUntil.isAfter(now))) {
                    p.claimedUntil = until;
                    out.add(p.view());
                }
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int delivered(Collection<String> keys) {
        Objects.requireNonNull(keys, "keys");
        lock.lock();
        try {
            int removed = 0;
            for (String key : keys) {
                if (outbox.remove(Objects.requireNonNull(key, "key")) != null) {
                    removed++;
                }
            }
            return removed;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void retry(String key, long heard, int attempts, Instant next) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(next, "next");
        lock.lock();
        try {
            Pending p = outbox.get(key);
            if (p != null) {
                p.heard = heard;
                p.attempts = attempts;
                p.due = next;
                p.claimedUntil = null;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<PendingNotice> pending() {
        lock.lock();
        try {
            List<PendingNotice> out = new ArrayList<>(outbox.size());
            for (Pending p : outbox.values()) {
                out.add(p.view());
            }
            return out;
        } finally {
            lock.unlock();
        }
    }
}
