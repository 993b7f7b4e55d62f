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
import io.promiseengine.live.spi.SlotPosition;
import io.promiseengine.live.spi.StockPosition;
import io.promiseengine.live.spi.WindowPosition;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes of the live-state rows (V1__live_state.sql, V3__window_drops.sql), shared by transactions and the change feed. */
final class Rows {

    static final String RESERVATION_COLUMNS =
            "order_id, expires_at, stock_locations, stock_skus, stock_units, slot_locations, slot_starts,"
                    + " window_services, window_zones, window_starts";

    private Rows() {
    }

    /**
     * The positions of {@code keys} that have a row, supply lines included, in one statement (locked
     * {@code FOR UPDATE} in key order when asked).
     */
    static Map<StockPosition.Key, StockPosition> stock(Connection c, Collection<StockPosition.Key> keys, boolean forUpdate)
            throws SQLException {
        Map<StockPosition.Key, StockPosition> out = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        String[] locations = new String[keys.size()];
        String[] skus = new String[keys.size()];
        int i = 0;
        for (StockPosition.Key k : keys) {
            locations[i] = k.location();
            skus[i++] = k.sku();
        }
        try (PreparedStatement p = c.prepareStatement("SELECT s.location, s.sku, s.on_hand, s.reserved, s.safety, s.held,"
                + " (SELECT array_agg(supply_id ORDER BY ordinal) FROM promise_supply u WHERE u.location = s.location AND u.sku = s.sku),"
                + " (SELECT array_agg(quantity ORDER BY ordinal) FROM promise_supply u WHERE u.location = s.location AND u.sku = s.sku),"
                + " (SELECT array_agg(arrives ORDER BY ordinal) FROM promise_supply u WHERE u.location = s.location AND u.sku = s.sku)"
                + " FROM promise_stock s JOIN unnest(?::text[], ?::text[]) AS k(location, sku)"
                + " ON s.location = k.location AND s.sku = k.sku ORDER BY s.location COLLATE \"C\", s.sku COLLATE \"C\""
                + (forUpdate ? " FOR UPDATE OF s" : ""))) {
            p.setArray(1, c.createArrayOf("text", locations));
            p.setArray(2, c.createArrayOf("text", skus));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    List<StockPosition.SupplyLine> supply = new ArrayList<>();
                    Array ids = r.getArray(7);
                    if (ids != null) {
                        String[] id = (String[]) ids.getArray();
                        Integer[] quantity = (Integer[]) r.getArray(8).getArray();
                        Long[] arrives = (Long[]) r.getArray(9).getArray();
                        for (int n = 0; n < id.length; n++) {
                            supply.add(new StockPosition.SupplyLine(id[n], quantity[n], arrives[n]));
                        }
                    }
                    StockPosition sp = new StockPosition(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4),
                            r.getInt(5), r.getInt(6), supply);
                    out.put(sp.key(), sp);
                }
            }
        }
        return out;
    }

    /** Every position, supply lines included. */
    static List<StockPosition> allStock(Connection c) throws SQLException {
        Map<StockPosition.Key, List<StockPosition.SupplyLine>> supply = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT location, sku, supply_id, quantity, arrives FROM promise_supply ORDER BY ordinal");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                supply.computeIfAbsent(new StockPosition.Key(r.getString(1), r.getString(2)), k -> new ArrayList<>())
                        .add(new StockPosition.SupplyLine(r.getString(3), r.getInt(4), r.getLong(5)));
            }
        }
        List<StockPosition> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT location, sku, on_hand, reserved, safety, held FROM promise_stock");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                StockPosition.Key k = new StockPosition.Key(r.getString(1), r.getString(2));
                out.add(new StockPosition(k.location(), k.sku(), r.getInt(3), r.getInt(4), r.getInt(5), r.getInt(6),
                        supply.getOrDefault(k, List.of())));
            }
        }
        return out;
    }

    /** The slots of {@code keys} that have a row (locked {@code FOR UPDATE} in key order when asked). */
    static Map<SlotPosition.Key, SlotPosition> slots(Connection c, Collection<SlotPosition.Key> keys, boolean forUpdate)
            throws SQLException {
        Map<SlotPosition.Key, SlotPosition> out = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        String[] locations = new String[keys.size()];
        Long[] starts = new Long[keys.size()];
        int i = 0;
        for (SlotPosition.Key k : keys) {
            locations[i] = k.location();
            starts[i++] = k.slotStart();
        }
        Map<SlotPosition.Key, SlotPosition> found = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT s.location, s.slot_start, s.load, s.held, s.capacity"
                + " FROM promise_slot s JOIN unnest(?::text[], ?::bigint[]) AS k(location, slot_start)"
                + " ON s.location = k.location AND s.slot_start = k.slot_start ORDER BY s.location COLLATE \"C\", s.slot_start"
                + (forUpdate ? " FOR UPDATE OF s" : ""))) {
            p.setArray(1, c.createArrayOf("text", locations));
            p.setArray(2, c.createArrayOf("bigint", starts));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    SlotPosition s = new SlotPosition(r.getString(1), r.getLong(2), r.getInt(3), r.getInt(4), r.getInt(5));
                    found.put(s.key(), s);
                }
            }
        }
        out.putAll(found);
        return out;
    }

    static List<SlotPosition> allSlots(Connection c) throws SQLException {
        List<SlotPosition> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT location, slot_start, load, held, capacity FROM promise_slot");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(new SlotPosition(r.getString(1), r.getLong(2), r.getInt(3), r.getInt(4), r.getInt(5)));
            }
        }
        return out;
    }

    /**
     * The epoch millisecond an expiry is stored as, rounded up: a hold is never given back before its
     * {@code expiresAt} (the sweep compares milliseconds; the engine's expiries are whole milliseconds already).
     */
    static long expiryMillis(java.time.Instant at) {
        long ms = at.toEpochMilli();
        return at.getNano() % 1_000_000 == 0 ? ms : ms + 1;
    }

    /** A reservation from a row of {@link #RESERVATION_COLUMNS}. */
    static Reservation reservation(ResultSet r) throws SQLException {
        String orderId = r.getString(1);
        long expires = r.getLong(2);
        Optional<Instant> expiresAt = r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(expires));
        String[] locations = strings(r.getArray(3));
        String[] skus = strings(r.getArray(4));
        Integer[] units = (Integer[]) r.getArray(5).getArray();
        List<Reservation.StockHold> stock = new ArrayList<>();
        for (int i = 0; i < locations.length; i++) {
            stock.add(new Reservation.StockHold(locations[i], skus[i], units[i]));
        }
        String[] slotLocations = strings(r.getArray(6));
        Long[] starts = (Long[]) r.getArray(7).getArray();
        List<Reservation.SlotHold> slots = new ArrayList<>();
        for (int i = 0; i < slotLocations.length; i++) {
            slots.add(new Reservation.SlotHold(slotLocations[i], Instant.ofEpochSecond(starts[i])));
        }
        String[] windowServices = strings(r.getArray(8));
        String[] windowZones = strings(r.getArray(9));
        Long[] windowStarts = (Long[]) r.getArray(10).getArray();
        List<Reservation.WindowHold> windows = new ArrayList<>();
        for (int i = 0; i < windowServices.length; i++) {
            windows.add(new Reservation.WindowHold(windowServices[i], windowZones[i], Instant.ofEpochSecond(windowStarts[i])));
        }
        return new Reservation(orderId, stock, slots, windows, expiresAt);
    }

    private static String[] strings(Array a) throws SQLException {
        return (String[]) a.getArray();
    }

    static Optional<Reservation> reservation(Connection c, String orderId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + RESERVATION_COLUMNS + " FROM promise_reservation WHERE order_id = ?")) {
            p.setString(1, orderId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(reservation(r)) : Optional.empty();
            }
        }
    }

    /**
     * Writes a position over what it was: its counts, and its supply lines (lines gone deleted, new ones added
     * in order; an id used elsewhere fails on the primary key).
     */
    static void write(Connection c, StockPosition before, StockPosition p) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO promise_stock (location, sku, on_hand, reserved, safety, held)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (location, sku) DO UPDATE SET on_hand = excluded.on_hand,"
                + " reserved = excluded.reserved, safety = excluded.safety, held = excluded.held")) {
            s.setString(1, p.location());
            s.setString(2, p.sku());
            s.setInt(3, p.onHand());
            s.setInt(4, p.reserved());
            s.setInt(5, p.safety());
            s.setInt(6, p.held());
            s.executeUpdate();
        }
        if (before.supply().equals(p.supply())) {
            return; // the usual case (holds, counts): no statement for the supply
        }
        String[] ids = new String[p.supply().size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = p.supply().get(i).id();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM promise_supply WHERE location = ? AND sku = ?"
                + " AND NOT (supply_id = ANY (?::text[]))")) {
            s.setString(1, p.location());
            s.setString(2, p.sku());
            s.setArray(3, c.createArrayOf("text", ids));
            s.executeUpdate();
        }
        List<StockPosition.SupplyLine> added = new ArrayList<>(p.supply());
        added.removeAll(before.supply());
        if (!added.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO promise_supply (supply_id, location, sku, quantity, arrives)"
                    + " VALUES (?, ?, ?, ?, ?)")) {
                for (StockPosition.SupplyLine l : added) {
                    s.setString(1, l.id());
                    s.setString(2, p.location());
                    s.setString(3, p.sku());
                    s.setInt(4, l.quantity());
                    s.setLong(5, l.arrives());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
    }

    static void write(Connection c, SlotPosition p) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO promise_slot (location, slot_start, load, held, capacity)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (location, slot_start) DO UPDATE SET load = excluded.load,"
                + " held = excluded.held, capacity = excluded.capacity")) {
            s.setString(1, p.location());
            s.setLong(2, p.slotStart());
            s.setInt(3, p.load());
            s.setInt(4, p.held());
            s.setInt(5, p.capacity());
            s.executeUpdate();
        }
    }

    static void write(Connection c, Reservation r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO promise_reservation (" + RESERVATION_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id) DO UPDATE SET expires_at = excluded.expires_at,"
                + " stock_locations = excluded.stock_locations, stock_skus = excluded.stock_skus,"
                + " stock_units = excluded.stock_units, slot_locations = excluded.slot_locations,"
                + " slot_starts = excluded.slot_starts, window_services = excluded.window_services,"
                + " window_zones = excluded.window_zones, window_starts = excluded.window_starts")) {
            int n = r.stock().size();
            String[] locations = new String[n];
            String[] skus = new String[n];
            Integer[] units = new Integer[n];
            for (int i = 0; i < n; i++) {
                locations[i] = r.stock().get(i).location();
                skus[i] = r.stock().get(i).sku();
                units[i] = r.stock().get(i).quantity();
            }
            int m = r.slots().size();
            String[] slotLocations = new String[m];
            Long[] starts = new Long[m];
            for (int i = 0; i < m; i++) {
                slotLocations[i] = r.slots().get(i).location();
                starts[i] = r.slots().get(i).slot().getEpochSecond();
            }
            s.setString(1, r.orderId());
            if (r.expiresAt().isPresent()) {
                s.setLong(2, expiryMillis(r.expiresAt().get()));
            } else {
                s.setNull(2, java.sql.Types.BIGINT);
            }
            s.setArray(3, c.createArrayOf("text", locations));
            s.setArray(4, c.createArrayOf("text", skus));
            s.setArray(5, c.createArrayOf("integer", units));
            s.setArray(6, c.createArrayOf("text", slotLocations));
            s.setArray(7, c.createArrayOf("bigint", starts));
            s.setArray(8, c.createArrayOf("text", r.windows().stream().map(Reservation.WindowHold::service).toArray()));
            s.setArray(9, c.createArrayOf("text", r.windows().stream().map(Reservation.WindowHold::zone).toArray()));
            s.setArray(10, c.createArrayOf("bigint", r.windows().stream().map(w -> w.window().getEpochSecond()).toArray()));
            s.executeUpdate();
        }
    }

    /** The windows of {@code keys} that have a row (locked {@code FOR UPDATE} in key order when asked). */
    static Map<WindowPosition.Key, WindowPosition> windows(Connection c, Collection<WindowPosition.Key> keys, boolean forUpdate)
            throws SQLException {
        Map<WindowPosition.Key, WindowPosition> out = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT w.service, w.zone, w.window_start, w.load, w.held, w.capacity"
                + " FROM promise_window w JOIN unnest(?::text[], ?::text[], ?::bigint[]) AS k(service, zone, window_start)"
                + " ON w.service = k.service AND w.zone = k.zone AND w.window_start = k.window_start"
                + " ORDER BY w.service COLLATE \"C\", w.zone COLLATE \"C\", w.window_start"
                + (forUpdate ? " FOR UPDATE OF w" : ""))) {
            p.setArray(1, c.createArrayOf("text", keys.stream().map(WindowPosition.Key::service).toArray()));
            p.setArray(2, c.createArrayOf("text", keys.stream().map(WindowPosition.Key::zone).toArray()));
            p.setArray(3, c.createArrayOf("bigint", keys.stream().map(WindowPosition.Key::windowStart).toArray()));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    WindowPosition w = window(r);
                    out.put(w.key(), w);
                }
            }
        }
        return out;
    }

    private static WindowPosition window(ResultSet r) throws SQLException {
        return new WindowPosition(r.getString(1), r.getString(2), r.getLong(3), r.getInt(4), r.getInt(5), r.getInt(6));
    }

    static List<WindowPosition> allWindows(Connection c) throws SQLException {
        List<WindowPosition> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT service, zone, window_start, load, held, capacity FROM promise_window");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(window(r));
            }
        }
        return out;
    }

    static void write(Connection c, WindowPosition w) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO promise_window (service, zone, window_start, load, held, capacity)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (service, zone, window_start) DO UPDATE SET load = excluded.load,"
                + " held = excluded.held, capacity = excluded.capacity")) {
            s.setString(1, w.service());
            s.setString(2, w.zone());
            s.setLong(3, w.windowStart());
            s.setInt(4, w.load());
            s.setInt(5, w.held());
            s.setInt(6, w.capacity());
            s.executeUpdate();
        }
    }

    /** Inserts positions (their supply included, in order) and slots in a few statements, into empty tables. */
    static void insertAll(Connection c, Collection<StockPosition> stock, Collection<SlotPosition> slots) throws SQLException {
        int n = stock.size();
        String[] locations = new String[n];
        String[] skus = new String[n];
        Integer[][] counts = new Integer[4][n];
        List<String> supplyIds = new ArrayList<>();
        List<String> supplyLocations = new ArrayList<>();
        List<String> supplySkus = new ArrayList<>();
        List<Integer> supplyQuantities = new ArrayList<>();
        List<Long> supplyArrivals = new ArrayList<>();
        int i = 0;
        for (StockPosition p : stock) {
            locations[i] = p.location();
            skus[i] = p.sku();
            counts[0][i] = p.onHand();
            counts[1][i] = p.reserved();
            counts[2][i] = p.safety();
            counts[3][i++] = p.held();
            for (StockPosition.SupplyLine l : p.supply()) {
                supplyIds.add(l.id());
                supplyLocations.add(p.location());
                supplySkus.add(p.sku());
                supplyQuantities.add(l.quantity());
                supplyArrivals.add(l.arrives());
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO promise_stock (location, sku, on_hand, reserved, safety, held)"
                + " SELECT * FROM unnest(?::text[], ?::text[], ?::int[], ?::int[], ?::int[], ?::int[])")) {
            s.setArray(1, c.createArrayOf("text", locations));
            s.setArray(2, c.createArrayOf("text", skus));
            for (int k = 0; k < 4; k++) {
                s.setArray(3 + k, c.createArrayOf("integer", counts[k]));
            }
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO promise_supply (supply_id, location, sku, quantity, arrives)"
                + " SELECT i, l, k, q, a FROM unnest(?::text[], ?::text[], ?::text[], ?::int[], ?::bigint[])"
                + " WITH ORDINALITY AS u(i, l, k, q, a, n) ORDER BY n")) {
            s.setArray(1, c.createArrayOf("text", supplyIds.toArray()));
            s.setArray(2, c.createArrayOf("text", supplyLocations.toArray()));
            s.setArray(3, c.createArrayOf("text", supplySkus.toArray()));
            s.setArray(4, c.createArrayOf("integer", supplyQuantities.toArray()));
            s.setArray(5, c.createArrayOf("bigint", supplyArrivals.toArray()));
            s.executeUpdate();
        }
        for (SlotPosition p : slots) {
            write(c, p);
        }
    }

    static void deleteReservation(Connection c, String orderId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM promise_reservation WHERE order_id = ?")) {
            s.setString(1, orderId);
            s.executeUpdate();
        }
    }
}
