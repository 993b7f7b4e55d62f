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

import io.promiseengine.live.Reservation;
import io.promiseengine.live.spi.LiveChanges;
import io.promiseengine.live.spi.LiveReplica;
import io.promiseengine.live.spi.LiveStore;
import io.promiseengine.live.spi.LiveTransaction;
import io.promiseengine.live.spi.StagedTransaction;
import io.promiseengine.live.spi.SlotPosition;
import io.promiseengine.live.spi.StockPosition;
import io.promiseengine.live.spi.WindowPosition;
import io.promiseengine.model.Network;
import io.promiseengine.model.Supply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The default store: the live state in this JVM's memory. Positions and slots are not copied here: the
 * engine's current {@link Ledger} is where they live (the store reads them from it and writes them by applying
 * the transaction's images to it), so the in-memory engine costs what it did before the store existed. The
 * store keeps what the ledger does not: the reservations by order id, their expiries, the supply ids and the
 * network version number.
 *
 * <p>Transactions run one at a time under the engine's lock; a transaction's writes are staged and applied
 * when the work returns, so work that throws changes nothing.
 */
final class MemoryLiveStore implements LiveStore {

    private record Expiry(long at, String orderId) implements Comparable<Expiry> {
        @Override
        public int compareTo(Expiry o) {
            int c = Long.compare(at, o.at);
            return c != 0 ? c : orderId.compareTo(o.orderId);
        }
    }

    /**
     * An expiry's millisecond, rounded up: a hold is never given back before its {@code expiresAt} (the sweep
     * compares milliseconds; one expiring at 12:00:00.0005 lapses at 12:00:00.001, not at 12:00:00.0001).
     */
    static long ceilMillis(Instant at) {
        long ms = at.toEpochMilli();
        return at.getNano() % 1_000_000 == 0 ? ms : ms + 1;
    }

    private final ReentrantLock lock;
    private final Supplier<Ledger> ledger;
    private LiveReplica replica;
    /** Guarded by {@link #lock}. */
    private final TreeMap<String, Reservation> reservations = new TreeMap<>();
    private final TreeSet<Expiry> expiries = new TreeSet<>();
    private final Map<String, StockPosition.Key> supplyIds = new HashMap<>();
    private long networkVersion = 1;
    private volatile long nextExpiry = Long.MAX_VALUE;
    /**
     * Runs in a commit between the store's new {@link #nextExpiry} and the replica's new ledger, under the lock: a
     * test's pause at the one point where the two disagree (regressions/ReadRacingALapseSweepTest). Does nothing
     * unless a test sets it.
     */
    volatile Runnable beforePublish = () -> { };

    /** A store over the engine's ledger, which starts as {@code network}'s own stock ({@code supply[i]} ids). */
    MemoryLiveStore(ReentrantLock lock, Supplier<Ledger> ledger, Network network) {
        this.lock = lock;
        this.ledger = ledger;
        List<Supply> supply = network.supply();
        for (int i = 0; i < supply.size(); i++) {
            supplyIds.put("supply[" + i + "]", new StockPosition.Key(supply.get(i).location(), supply.get(i).sku()));
        }
    }

    /** The engine built its ledger from the network already: nothing to reset. */
    @Override
    public void open(LiveReplica replica) {
        this.replica = replica;
    }

    @Override
    public <T> T transact(Function<LiveTransaction, T> work) {
        lock.lock();
        try {
            Tx tx = new Tx();
            T result = work.apply(tx);
            tx.commit();
            return result;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<Reservation> reservations(String afterOrderId, int limit) {
        lock.lock();
        try {
            List<Reservation> page = new ArrayList<>();
            for (Reservation r : reservations.tailMap(afterOrderId, false).values()) {
                if (page.size() == limit) {
                    break;
                }
                page.add(r);
            }
            return page;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long nextExpiry() {
        return nextExpiry;
    }

    @Override
    public boolean lapseOnQuote() {
        return true;
    }

    @Override
    public void close() {
        // nothing runs in the background
    }

    /** Writes staged until the work returns. */
    private final class Tx extends StagedTransaction {

        @Override
        protected long storedNetworkVersion() {
            return networkVersion;
        }

        @Override
        public void lockOrder(String orderId) {
            // one transaction at a time: everything is locked already
        }

        @Override
        public List<Reservation> lapsed(Instant now, int limit) {
            List<Reservation> out = new ArrayList<>();
            long nowMillis = now.toEpochMilli();
            for (Expiry e : expiries) {
                if (e.at() > nowMillis || out.size() == limit) {
                    break;
                }
                reservation(e.orderId()).filter(r -> !r.confirmed()).ifPresent(out::add);
            }
            return out;
        }

        @Override
        public void lockPositions(Collection<StockPosition.Key> stockKeys, Collection<SlotPosition.Key> slotKeys,
                                  Collection<WindowPosition.Key> windowKeys) {
            // one transaction at a time
        }

        @Override
        protected Optional<Reservation> storedReservation(String orderId) {
            return Optional.ofNullable(reservations.get(orderId));
        }

        @Override
        protected StockPosition storedStock(StockPosition.Key key) {
            return ledger.get().cell(key.location(), key.sku()).at(key.location(), key.sku());
        }

        @Override
        protected SlotPosition storedSlot(SlotPosition.Key key) {
            return ledger.get().slot(key.location(), key.slotStart()).at(key.location(), key.slotStart());
        }

        @Override
        protected WindowPosition storedWindow(WindowPosition.Key key) {
            return ledger.get().window(key);
        }

        @Override
        public Optional<StockPosition.Key> supply(String supplyId) {
            for (StockPosition p : stagedStock.values()) {
                for (StockPosition.SupplyLine l : p.supply()) {
                    if (l.id().equals(supplyId)) {
                        return Optional.of(p.key());
                    }
                }
            }
            StockPosition.Key key = supplyIds.get(supplyId);
            if (key != null && stagedStock.containsKey(key)) {
                return Optional.empty(); // cancelled in this transaction
            }
            return Optional.ofNullable(key);
        }

        void commit() {
            for (StockPosition p : stagedStock.values()) {
                List<StockPosition.SupplyLine> before = ledger.get().cell(p.location(), p.sku()).supply();
                if (before.equals(p.supply())) {
                    continue; // holds and counts: the supply ids stay where they are
                }
                for (StockPosition.SupplyLine l : before) {
                    supplyIds.remove(l.id());
                }
                for (StockPosition.SupplyLine l : p.supply()) {
                    supplyIds.put(l.id(), p.key());
                }
            }
            stagedOrders.forEach((orderId, r) -> {
                Reservation before = r == null ? reservations.remove(orderId) : reservations.put(orderId, r);
                if (before != null) {
                    before.expiresAt().ifPresent(at -> expiries.remove(new Expiry(ceilMillis(at), orderId)));
                }
                if (r != null) {
                    r.expiresAt().ifPresent(at -> expiries.add(new Expiry(ceilMillis(at), orderId)));
                }
            });
            nextExpiry = expiries.isEmpty() ? Long.MAX_VALUE : expiries.first().at();
            published().ifPresent(v -> networkVersion = v.version());
            LiveChanges changes = new LiveChanges(new ArrayList<>(stagedStock.values()), new ArrayList<>(stagedSlots.values()),
                    new ArrayList<>(stagedWindows.values()), published());
            if (!changes.isEmpty()) {
                beforePublish.run();
                replica.apply(changes);
            }
        }
    }
}
