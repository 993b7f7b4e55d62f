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
package io.promiseengine.examples.serve;

import io.promiseengine.events.PromiseChange;
import io.promiseengine.events.TrackedOrder;
import io.promiseengine.internal.events.TrackerCodec;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The storefront's order book in PostgreSQL, shared by every server on the database: three objects of its own
 * ({@code storefront_order}, {@code storefront_change}, the sequence {@code storefront_order_number}) in the
 * schema of the connections, beside the live state's tables, created at start if missing. Orders and changes
 * are stored in the tracker's own binary format ({@link TrackerCodec}), so a page shows exactly what was
 * captured and told. A change is written by the listener of the one server whose tracker delivers it (the
 * tracker's outbox delivers it once across servers, at least once across crashes: its key makes a second
 * write a no-op).
 */
final class PostgresOrderBook implements OrderBook {

    /** Taken while the objects are created, so that servers starting together do not race on them. */
    private static final long LOCK = 0x73746f7265L; // "store"

    private final DataSource dataSource;

    private PostgresOrderBook(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The book on the database, its objects created when missing. */
    static PostgresOrderBook on(DataSource dataSource) {
        PostgresOrderBook book = new PostgresOrderBook(Objects.requireNonNull(dataSource, "dataSource"));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
                s.execute("CREATE TABLE IF NOT EXISTS storefront_order (order_id text PRIMARY KEY, placed bytea NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS storefront_change (seq bigserial PRIMARY KEY, key text NOT NULL UNIQUE,"
                        + " order_id text NOT NULL, change bytea NOT NULL)");
                s.execute("CREATE INDEX IF NOT EXISTS storefront_change_order ON storefront_change (order_id, seq)");
                s.execute("CREATE SEQUENCE IF NOT EXISTS storefront_order_number START 1001");
            }
            c.commit();
        } catch (SQLException e) {
            throw failed("creating the storefront's tables", e);
        }
        return book;
    }

    @Override
    public String nextOrderId() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT nextval('storefront_order_number')")) {
            r.next();
            return "W" + r.getLong(1);
        } catch (SQLException e) {
            throw failed("numbering an order", e);
        }
    }

    @Override
    public void placed(TrackedOrder order) {
        update("INSERT INTO storefront_order (order_id, placed) VALUES (?, ?) ON CONFLICT (order_id) DO NOTHING",
                order.id(), TrackerCodec.write(order), "recording order " + order.id());
    }

    @Override
    public Optional<TrackedOrder> placed(String orderId) {
        List<byte[]> rows = query("SELECT placed FROM storefront_order WHERE order_id = ?", orderId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(TrackerCodec.readOrder(rows.get(0)));
    }

    @Override
    public void told(PromiseChange change) {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "INSERT INTO storefront_change (key, order_id, change) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING")) {
            p.setString(1, change.key());
            p.setString(2, change.orderId());
            p.setBytes(3, TrackerCodec.write(change));
            p.executeUpdate();
        } catch (SQLException e) {
            // thrown to the tracker, which delivers the change again later (its outbox's retry)
            throw failed("recording change " + change.key(), e);
        }
    }

    @Override
    public List<PromiseChange> changes(String orderId) {
        List<PromiseChange> out = new ArrayList<>();
        for (byte[] b : query("SELECT change FROM storefront_change WHERE order_id = ? ORDER BY seq", orderId)) {
            out.add((PromiseChange) TrackerCodec.readNotice(b));
        }
        return out;
    }

    private void update(String sql, String id, byte[] bytes, String what) {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, id);
            p.setBytes(2, bytes);
            p.executeUpdate();
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    private List<byte[]> query(String sql, String id) {
        List<byte[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getBytes(1));
                }
            }
        } catch (SQLException e) {
            throw failed("reading the storefront's record of order " + id, e);
        }
        return rows;
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException(what + " failed: " + e.getMessage(), e);
    }
}
