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
package io.promiseengine.postgres.internal;

import io.promiseengine.live.Reservation;
import io.promiseengine.live.spi.LiveChanges;
import io.promiseengine.live.spi.LiveTransaction;
import io.promiseengine.live.spi.StagedTransaction;
import io.promiseengine.live.spi.SlotPosition;
import io.promiseengine.live.spi.StockPosition;
import io.promiseengine.live.spi.WindowPosition;
import io.promiseengine.json.NetworkDocument;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One transaction of the engine on PostgreSQL (READ COMMITTED). Locks: an order is an advisory transaction
 * lock on its id's hash (an order without a row can be locked too; a collision only makes two orders wait for
 * each other), positions, slots and delivery windows are their rows, locked {@code FOR UPDATE} in key order after a
 * sorted insert of the missing ones. Every transaction takes them in the order network, orders, positions,
 * slots, windows, and the change counter last, so none waits for another in a cycle. Writes are staged and flushed at
 * {@link #commit}, which also bumps the counter, adds the change row and notifies the other engines.
 */
final class PgTransaction extends StagedTransaction {

    /** The first int of the advisory locks of orders: "PROM". */
    static final int ORDER_LOCK = 0x50524F4D;
    static final String CHANNEL = "promise_change";

    private final Connection c;
    final UUID id = UUID.randomUUID();
    private boolean positionsLocked;
    private final Map<StockPosition.Key, StockPosition> lockedStock = new LinkedHashMap<>();
    private final Map<SlotPosition.Key, SlotPosition> lockedSlots = new LinkedHashMap<>();
    private final Map<WindowPosition.Key, WindowPosition> lockedWindows = new LinkedHashMap<>();
    /** The rows of the orders locked, read with their lock. */
    private final Map<String, Optional<Reservation>> lockedOrders = new java.util.HashMap<>();
    /** Whether {@link #lapsed} ran: the store then learns the next expiry again. */
    boolean swept;

    PgTransaction(Connection c) {
        this.c = c;
    }

    @Override
    protected long storedNetworkVersion() {
        return Sql.query(() -> {
            try (PreparedStatement p = c.prepareStatement("SELECT coalesce(max(version), 0) FROM promise_network");
                 ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    @Override
    public void lockOrder(String orderId) {
        // the lock, then the order's row in a statement of its own: under READ COMMITTED a statement sees the
        // database as it was when it started, so a row read by the statement that waited for the lock would be
        // the one from before the wait, not what the lock's previous holder committed (OrderLockRaceTest)
        Sql.query(() -> {
            try (PreparedStatement p = c.prepareStatement("SELECT pg_advisory_xact_lock(" + ORDER_LOCK + ", hashtext(?))")) {
                p.setString(1, orderId);
                p.execute();
            }
            try (PreparedStatement p = c.prepareStatement("SELECT " + Rows.RESERVATION_COLUMNS
                    + " FROM promise_reservation WHERE order_id = ?")) {
                p.setString(1, orderId);
                try (ResultSet r = p.executeQuery()) {
                    lockedOrders.put(orderId, r.next() ? Optional.of(Rows.reservation(r)) : Optional.empty());
                }
            }
            return null;
        });
    }

    @Override
    public List<Reservation> lapsed(Instant now, int limit) {
        swept = true;
        return Sql.query(() -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT order_id FROM (SELECT order_id, expires_at"
                    + " FROM promise_reservation WHERE expires_at <= ? ORDER BY expires_at, order_id LIMIT ?) r"
                    + " WHERE pg_try_advisory_xact_lock(" + ORDER_LOCK + ", hashtext(order_id)) ORDER BY expires_at, order_id")) {
                p.setLong(1, now.toEpochMilli());
                p.setInt(2, limit);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            // read again now that they are locked: one may have been confirmed or released meanwhile
            return readLapsed(ids, now, "expires_at, order_id");
        });
    }

    /**
     * The lapsed holds on these positions, slots and windows: candidates by the expiry index and the arrays'
     * overlap, checked exactly here; their orders locked with {@code pg_advisory_xact_lock}, waiting (a sweep
     * that holds one gives it back first), in order id order; read again in a statement of their own once
     * locked (READ COMMITTED: what the lock's previous holder committed, maybe nothing left).
     */
    @Override
    public List<Reservation> lapsedOn(Instant now, Collection<StockPosition.Key> stock, Collection<SlotPosition.Key> slots,
                                      Collection<WindowPosition.Key> windows) {
        if (stock.isEmpty() && slots.isEmpty() && windows.isEmpty()) {
            return List.of();
        }
        List<Reservation> out = Sql.query(() -> {
            TreeSet<String> ids = new TreeSet<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + Rows.RESERVATION_COLUMNS + " FROM promise_reservation"
                    + " WHERE expires_at <= ? AND (stock_skus && ?::text[] OR slot_locations && ?::text[]"
                    + " OR window_services && ?::text[])")) {
                p.setLong(1, now.toEpochMilli());
                p.setArray(2, c.createArrayOf("text", distinct(stock, StockPosition.Key::sku)));
                p.setArray(3, c.createArrayOf("text", distinct(slots, SlotPosition.Key::location)));
                p.setArray(4, c.createArrayOf("text", distinct(windows, WindowPosition.Key::service)));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        Reservation candidate = Rows.reservation(r);
                        if (LiveTransaction.holdsAny(candidate, stock, slots, windows)) {
                            ids.add(candidate.orderId());
                        }
                    }
                }
            }
            List<Reservation> locked = new ArrayList<>();
            for (Reservation again : lockAndReadAgain(ids, now, "order_id COLLATE \"C\"")) {
                if (LiveTransaction.holdsAny(again, stock, slots, windows)) {
                    locked.add(again);
                }
            }
            return locked;
        });
        if (!out.isEmpty()) {
            swept = true; // the store learns the next expiry again after the commit
        }
        return out;
    }

    /** As {@link #lapsed}, waiting for the orders' locks (in order id order), then reading them again. */
    @Override
    public List<Reservation> lapsedWaiting(Instant now, int limit) {
        swept = true;
        return Sql.query(() -> {
            TreeSet<String> ids = new TreeSet<>();
            try (PreparedStatement p = c.prepareStatement("SELECT order_id FROM promise_reservation WHERE expires_at <= ?"
                    + " ORDER BY expires_at, order_id LIMIT ?")) {
                p.setLong(1, now.toEpochMilli());
                p.setInt(2, limit);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            return lockAndReadAgain(ids, now, "expires_at, order_id");
        });
    }

    /**
     * Waits for the orders' locks, in the set's order, then reads those still lapsed by {@code now} in a statement
     * of its own (READ COMMITTED: what a previous holder of a lock committed, maybe nothing left).
     */
    private List<Reservation> lockAndReadAgain(TreeSet<String> ids, Instant now, String orderBy) throws SQLException {
        for (String id : ids) {
            try (PreparedStatement p = c.prepareStatement("SELECT pg_advisory_xact_lock(" + ORDER_LOCK + ", hashtext(?))")) {
                p.setString(1, id);
                p.execute();
            }
        }
        return readLapsed(ids, now, orderBy);
    }

    /** The reservations of these orders still lapsed by {@code now}, in {@code orderBy}'s order. */
    private List<Reservation> readLapsed(Collection<String> ids, Instant now, String orderBy) throws SQLException {
        List<Reservation> out = new ArrayList<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT " + Rows.RESERVATION_COLUMNS + " FROM promise_reservation"
                + " WHERE order_id = ANY (?::text[]) AND expires_at <= ? ORDER BY " + orderBy)) {
            p.setArray(1, c.createArrayOf("text", ids.toArray()));
            p.setLong(2, now.toEpochMilli());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(Rows.reservation(r));
                }
            }
        }
        return out;
    }

    private static <K> Object[] distinct(Collection<K> keys, java.util.function.Function<K, String> part) {
        return keys.stream().map(part).distinct().toArray();
    }

    @Override
    public void lockPositions(Collection<StockPosition.Key> stockKeys, Collection<SlotPosition.Key> slotKeys,
                              Collection<WindowPosition.Key> windowKeys) {
        if (positionsLocked) {
            throw new IllegalStateException("positions are locked once a transaction");
        }
        positionsLocked = true;
        TreeSet<StockPosition.Key> sortedStock = new TreeSet<>(stockKeys);
        TreeSet<SlotPosition.Key> sortedSlots = new TreeSet<>(slotKeys);
        TreeSet<WindowPosition.Key> sortedWindows = new TreeSet<>(windowKeys);
        Sql.query(() -> {
            if (!sortedStock.isEmpty()) {
                lockedStock.putAll(Rows.stock(c, sortedStock, true));
                List<StockPosition.Key> missing = new ArrayList<>();
                for (StockPosition.Key k : sortedStock) {
                    if (!lockedStock.containsKey(k)) {
                        missing.add(k);
                    }
                }
                if (!missing.isEmpty()) { // rows created in key order, then locked
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO promise_stock (location, sku, on_hand, reserved, safety, held)"
                            + " SELECT location, sku, 0, 0, 0, 0 FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS k(location, sku, n)"
                            + " ORDER BY n ON CONFLICT (location, sku) DO NOTHING")) {
                        p.setArray(1, c.createArrayOf("text", missing.stream().map(StockPosition.Key::location).toArray()));
                        p.setArray(2, c.createArrayOf("text", missing.stream().map(StockPosition.Key::sku).toArray()));
                        p.executeUpdate();
                    }
                    lockedStock.putAll(Rows.stock(c, missing, true));
                }
            }
            if (!sortedSlots.isEmpty()) {
                lockedSlots.putAll(Rows.slots(c, sortedSlots, true));
                List<SlotPosition.Key> missing = new ArrayList<>();
                for (SlotPosition.Key k : sortedSlots) {
                    if (!lockedSlots.containsKey(k)) {
                        missing.add(k);
                    }
                }
                if (!missing.isEmpty()) {
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO promise_slot (location, slot_start, load, held, capacity)"
                            + " SELECT location, slot_start, 0, 0, -1 FROM unnest(?::text[], ?::bigint[]) WITH ORDINALITY AS k(location, slot_start, n)"
                            + " ORDER BY n ON CONFLICT (location, slot_start) DO NOTHING")) {
                        p.setArray(1, c.createArrayOf("text", missing.stream().map(SlotPosition.Key::location).toArray()));
                        p.setArray(2, c.createArrayOf("bigint", missing.stream().map(SlotPosition.Key::slotStart).toArray()));
                        p.executeUpdate();
                    }
                    lockedSlots.putAll(Rows.slots(c, missing, true));
                }
            }
            if (!sortedWindows.isEmpty()) {
                lockedWindows.putAll(Rows.windows(c, sortedWindows, true));
                List<WindowPosition.Key> missing = new ArrayList<>();
                for (WindowPosition.Key k : sortedWindows) {
                    if (!lockedWindows.containsKey(k)) {
                        missing.add(k);
                    }
                }
                if (!missing.isEmpty()) {
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO promise_window (service, zone, window_start, load, held, capacity)"
                            + " SELECT service, zone, window_start, 0, 0, -1 FROM unnest(?::text[], ?::text[], ?::bigint[])"
                            + " WITH ORDINALITY AS k(service, zone, window_start, n)"
                            + " ORDER BY n ON CONFLICT (service, zone, window_start) DO NOTHING")) {
                        p.setArray(1, c.createArrayOf("text", missing.stream().map(WindowPosition.Key::service).toArray()));
                        p.setArray(2, c.createArrayOf("text", missing.stream().map(WindowPosition.Key::zone).toArray()));
                        p.setArray(3, c.createArrayOf("bigint", missing.stream().map(WindowPosition.Key::windowStart).toArray()));
                        p.executeUpdate();
                    }
                    lockedWindows.putAll(Rows.windows(c, missing, true));
                }
            }
            return null;
        });
    }

    @Override
    protected Optional<Reservation> storedReservation(String orderId) {
        Optional<Reservation> locked = lockedOrders.get(orderId);
        return locked != null ? locked : Sql.query(() -> Rows.reservation(c, orderId));
    }

    @Override
    protected StockPosition storedStock(StockPosition.Key key) {
        StockPosition p = lockedStock.get(key);
        return p != null ? p : Sql.query(() -> Rows.stock(c, List.of(key), false))
                .getOrDefault(key, StockPosition.empty(key.location(), key.sku()));
    }

    @Override
    protected SlotPosition storedSlot(SlotPosition.Key key) {
        SlotPosition p = lockedSlots.get(key);
        return p != null ? p : Sql.query(() -> Rows.slots(c, List.of(key), false))
                .getOrDefault(key, SlotPosition.empty(key.location(), key.slotStart()));
    }

    @Override
    protected WindowPosition storedWindow(WindowPosition.Key key) {
        WindowPosition w = lockedWindows.get(key);
        return w != null ? w : Sql.query(() -> Rows.windows(c, List.of(key), false)).getOrDefault(key, WindowPosition.empty(key));
    }

    @Override
    public Optional<StockPosition.Key> supply(String supplyId) {
        return Sql.query(() -> {
            try (PreparedStatement p = c.prepareStatement("SELECT location, sku FROM promise_supply WHERE supply_id = ?")) {
                p.setString(1, supplyId);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(new StockPosition.Key(r.getString(1), r.getString(2))) : Optional.empty();
                }
            }
        });
    }

    @Override
    protected void checkLocked(StockPosition.Key key) {
        if (!lockedStock.containsKey(key)) {
            throw new IllegalStateException("position " + key + " is written without its lock");
        }
    }

    @Override
    protected void checkLocked(SlotPosition.Key key) {
        if (!lockedSlots.containsKey(key)) {
            throw new IllegalStateException("slot " + key + " is written without its lock");
        }
    }

    @Override
    protected void checkLocked(WindowPosition.Key key) {
        if (!lockedWindows.containsKey(key)) {
            throw new IllegalStateException("window " + key + " is written without its lock");
        }
    }

    /** The positions, slots and windows written, as committed: the store's snapshot may apply them as they are. */
    LiveChanges changes() {
        return new LiveChanges(new ArrayList<>(stagedStock.values()), new ArrayList<>(stagedSlots.values()),
                new ArrayList<>(stagedWindows.values()), published());
    }

    /** The earliest expiry among the reservations written, {@link Long#MAX_VALUE} for none. */
    long earliestExpiryWritten() {
        long min = Long.MAX_VALUE;
        for (Reservation r : stagedOrders.values()) {
            if (r != null && r.expiresAt().isPresent()) {
                min = Math.min(min, Rows.expiryMillis(r.expiresAt().get()));
            }
        }
        return min;
    }

    /**
     * Flushes the staged writes, bumps the counter and adds the change row (with a notification, sent by
     * PostgreSQL at commit); returns the change's sequence number (0 when nothing was written). The caller commits.
     */
    long flush() throws SQLException {
        if (!writes()) {
            return 0;
        }
        LiveChanges.NetworkVersion published = published().orElse(null);
        if (published != null) {
            // without its stock, supply and load: those live in their tables (and would make a document of a
            // 10,000-store network a gigabyte)
            String document = NetworkDocument.write(published.network().withInventory(List.of(), List.of(), List.of())
                    .withWindowLoad(List.of()));
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO promise_network (version, fingerprint, document) VALUES (?, ?, ?)")) {
                p.setLong(1, published.version());
                p.setString(2, Sql.sha256(document));
                p.setString(3, document);
                p.executeUpdate();
            }
        }
        for (StockPosition p : stagedStock.values()) {
            Rows.write(c, lockedStock.get(p.key()), p);
        }
        for (SlotPosition s : stagedSlots.values()) {
            Rows.write(c, s);
        }
        for (WindowPosition w : stagedWindows.values()) {
            Rows.write(c, w);
        }
        for (Map.Entry<String, Reservation> e : stagedOrders.entrySet()) {
            if (e.getValue() == null) {
                Rows.deleteReservation(c, e.getKey());
            } else {
                Rows.write(c, e.getValue());
            }
        }
        // the counter last (its row lock is held to the commit: numbers in commit order), the change row and the
        // notification (sent at the commit) in one round trip
        long seq;
        try (PreparedStatement p = c.prepareStatement("WITH s AS (UPDATE promise_sequence SET seq = seq + 1 WHERE id = 1"
                + " RETURNING seq), ch AS (INSERT INTO promise_change (seq, tx_id, stock_locations, stock_skus, slot_locations,"
                + " slot_starts, network_version, window_services, window_zones, window_starts)"
                + " SELECT s.seq, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM s RETURNING seq)"
                + " SELECT seq, pg_notify('" + CHANNEL + "', seq::text) FROM ch")) {
            p.setObject(1, id);
            p.setArray(2, c.createArrayOf("text", stagedStock.keySet().stream().map(StockPosition.Key::location).toArray()));
            p.setArray(3, c.createArrayOf("text", stagedStock.keySet().stream().map(StockPosition.Key::sku).toArray()));
            p.setArray(4, c.createArrayOf("text", stagedSlots.keySet().stream().map(SlotPosition.Key::location).toArray()));
            p.setArray(5, c.createArrayOf("bigint", stagedSlots.keySet().stream().map(SlotPosition.Key::slotStart).toArray()));
            if (published != null) {
                p.setLong(6, published.version());
            } else {
                p.setNull(6, java.sql.Types.BIGINT);
            }
            p.setArray(7, c.createArrayOf("text", stagedWindows.keySet().stream().map(WindowPosition.Key::service).toArray()));
            p.setArray(8, c.createArrayOf("text", stagedWindows.keySet().stream().map(WindowPosition.Key::zone).toArray()));
            p.setArray(9, c.createArrayOf("bigint", stagedWindows.keySet().stream().map(WindowPosition.Key::windowStart).toArray()));
            try (ResultSet r = p.executeQuery()) {
                r.next();
                seq = r.getLong(1);
            }
        }
        return seq;
    }
}
