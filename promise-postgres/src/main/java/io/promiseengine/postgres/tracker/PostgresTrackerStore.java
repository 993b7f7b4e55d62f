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
package io.promiseengine.postgres.tracker;

import io.promiseengine.model.Echo;
import io.promiseengine.events.PromiseNotice;
import io.promiseengine.events.TrackedOrder;
import io.promiseengine.events.spi.TrackerStore;
import io.promiseengine.events.spi.TrackerStoreException;
import io.promiseengine.internal.events.TrackerCodec;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link TrackerStore} in PostgreSQL: every tracker built on it with the same name, on any node, follows the
 * same orders, applies each event once and shares one outbox.
 *
 * <ul>
 *   <li>A step is one transaction that first locks the tracker's row of {@code tracker_state}
 *       ({@code SELECT ... FOR UPDATE}): steps of every node are serialized, so an event delivered to two
 *       nodes is applied by the first and found applied ({@code INSERT ... ON CONFLICT DO NOTHING} in the
 *       same transaction as the orders and notices it changed) by the second.</li>
 *   <li>Reads are read-only {@code REPEATABLE READ} transactions: one consistent view, no lock.</li>
 *   <li>{@link #claim} takes due notices with {@code FOR UPDATE SKIP LOCKED} and stamps a lease on them:
 *       two nodes never deliver the same notice at once, and a node that died mid-delivery leaves its notices
 *       to the others when the lease ends.</li>
 * </ul>
 *
 * <p>The tables are those of {@code io/promiseengine/postgres/schema/V2__tracker.sql} ({@link #SCHEMA}), in
 * the connections' current schema; apply the schema first ({@link io.promiseengine.postgres.PostgresSchema#migrate},
 * or the same files through Flyway or Liquibase). Instants are
 * kept to the microsecond. A lost connection fails the step with a {@link TrackerStoreException} and keeps
 * nothing of it.
 *
 * <pre>{@code
 * TrackerStore store = PostgresTrackerStore.of(dataSource, "oms-eu");
 * PromiseTracker tracker = PromiseTracker.builder(engine).store(store).clock(clock).listener(mailer).build();
 * }</pre>
 */
public final class PostgresTrackerStore implements TrackerStore {

    /** The classpath resource of the schema this store needs. */
    public static final String SCHEMA = "/io/promiseengine/postgres/schema/V2__tracker.sql";
    private static final int TOMBSTONES = 1024;

    private final DataSource dataSource;
    private final String tracker;

    private PostgresTrackerStore(DataSource dataSource, String tracker) {
        this.dataSource = dataSource;
        this.tracker = tracker;
    }

    /**
     * The store of the tracker named {@code "default"}.
     *
     * @param dataSource the database, its schema migrated
     * @return the store
     */
    public static PostgresTrackerStore of(DataSource dataSource) {
        return of(dataSource, "default");
    }

    /**
     * The store of the tracker named {@code tracker} (1 to 200 characters): trackers of one name share their
     * state, trackers of other names in the same tables do not see it. Creates the tracker's row if missing.
     *
     * @param dataSource the database, its schema migrated
     * @param tracker the tracker's name
     * @return the store
     * @throws IllegalArgumentException when the name is empty or longer than 200 characters
     * @throws IllegalStateException when the database cannot be reached
     */
    public static PostgresTrackerStore of(DataSource dataSource, String tracker) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(tracker, "tracker");
        if (tracker.isEmpty() || tracker.length() > 200) {
            throw new IllegalArgumentException("tracker must have 1 to 200 characters, had " + tracker.length());
        }
        PostgresTrackerStore s = new PostgresTrackerStore(dataSource, tracker);
        s.autocommit(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO tracker_state (tracker) VALUES (?) ON CONFLICT DO NOTHING")) {
                p.setString(1, tracker);
                p.executeUpdate();
            }
            return null;
        });
        return s;
    }

    /**
     * The tracker's name.
     *
     * @return the name
     */
    public String tracker() {
        return tracker;
    }

    @FunctionalInterface
    private interface Sql<T> {
        T run(Connection c) throws SQLException;
    }

    @Override
    public <T> T update(Function<Transaction, T> work) {
        Objects.requireNonNull(work, "work");
        return transaction(false, c -> {
            Step step = new Step(c, true);
            T result = work.apply(step);
            step.save();
            return result;
        });
    }

    @Override
    public <T> T read(Function<Transaction, T> work) {
        Objects.requireNonNull(work, "work");
        return transaction(true, c -> work.apply(new Step(c, false)));
    }

    private <T> T transaction(boolean readOnly, Sql<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (readOnly) {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                c.setReadOnly(true);
            } else {
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            } finally {
                if (readOnly) {
                    c.setReadOnly(false);
                }
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private <T> T autocommit(Sql<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            return work.run(c);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** An instant as PostgreSQL's {@code timestamptz} takes it (kept to the microsecond). */
    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private TrackerStoreException failed(SQLException e) {
        String hint = "42P01".equals(e.getSQLState()) ? "; maybe run PostgresSchema.migrate on the connections' schema first"
                : "; nothing of the step was kept";
        return new TrackerStoreException("the PostgreSQL tracker store of " + Echo.quote(tracker) + " failed (SQL state "
                + e.getSQLState() + "): " + e.getMessage() + hint, e);
    }

    /** One transaction's view: the tracker's state row, locked and kept in fields for an update, saved at its end. */
    private final class Step implements Transaction {
        private final Connection c;
        private final boolean writes;
        private long revision;
        private long nextSequence;
        private long wholeBelow;
        private long tombstones;
        private long applied;
        private boolean changed;
        /** The notices of the step, batched; null while there are none. */
        private PreparedStatement outbox;
        /** The order updates of the step, batched, and their ids in order; null while there are none. */
        private PreparedStatement updates;
        private final List<String> updated = new ArrayList<>();

        Step(Connection c, boolean writes) throws SQLException {
            this.c = c;
            this.writes = writes;
            try (PreparedStatement p = c.prepareStatement("SELECT revision, next_sequence, whole_below, tombstones, applied"
                    + " FROM tracker_state WHERE tracker = ?" + (writes ? " FOR UPDATE" : ""))) {
                p.setString(1, tracker);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("tracker " + Echo.quote(tracker) + " has no row in tracker_state;"
                                + " build the store with PostgresTrackerStore.of");
                    }
                    revision = r.getLong(1);
                    nextSequence = r.getLong(2);
                    wholeBelow = r.getLong(3);
                    tombstones = r.getLong(4);
                    applied = r.getLong(5);
                }
            }
            if (writes && tombstones >= TOMBSTONES) {
                dropTombstones();
            }
        }

        private void dropTombstones() throws SQLException {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM tracker_order WHERE tracker = ? AND data IS NULL")) {
                p.setString(1, tracker);
                p.executeUpdate();
            }
            wholeBelow = revision;
            tombstones = 0;
            changed = true;
        }

        void save() throws SQLException {
            if (!changed) {
                return;
            }
            flush();
            if (updates != null) {
                updates.close();
            }
            if (outbox != null) {
                try (PreparedStatement p = outbox) {
                    p.executeBatch();
                }
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE tracker_state SET revision = ?, next_sequence = ?,"
                    + " whole_below = ?, tombstones = ?, applied = ? WHERE tracker = ?")) {
                p.setLong(1, revision);
                p.setLong(2, nextSequence);
                p.setLong(3, wholeBelow);
                p.setLong(4, tombstones);
                p.setLong(5, applied);
                p.setString(6, tracker);
                p.executeUpdate();
            }
        }

        private void writing() {
            if (!writes) {
                throw new IllegalStateException("a read step must not write");
            }
            changed = true;
        }

        @Override
        public long revision() {
            return revision;
        }

        @Override
        public Changes changesSince(long since) {
            flush();
            boolean whole = since < 0 || since < wholeBelow;
            String sql = whole
                    ? "SELECT order_id, sequence, data FROM tracker_order WHERE tracker = ? AND data IS NOT NULL ORDER BY sequence"
                    : "SELECT order_id, sequence, data FROM tracker_order WHERE tracker = ? AND revision > ? ORDER BY sequence";
            List<StoredOrder> put = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, tracker);
                if (!whole) {
                    p.setLong(2, since);
                }
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        byte[] data = r.getBytes(3);
                        if (data == null) {
                            removed.add(r.getString(1));
                        } else {
                            put.add(new StoredOrder(r.getLong(2), TrackerCodec.readOrder(data)));
                        }
                    }
                }
            } catch (SQLException e) {
                throw failed(e);
            }
            return new Changes(revision, whole, put, removed);
        }

        @Override
        public long put(TrackedOrder order) {
            Objects.requireNonNull(order, "order");
            writing();
            flush();
            long sequence = nextSequence;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO tracker_order (tracker, order_id, sequence, revision, data)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (tracker, order_id) DO UPDATE SET revision = EXCLUDED.revision,"
                    + " data = EXCLUDED.data, sequence = CASE WHEN tracker_order.data IS NULL THEN EXCLUDED.sequence"
                    + " ELSE tracker_order.sequence END RETURNING sequence")) {
                p.setString(1, tracker);
                p.setString(2, order.id());
                p.setLong(3, sequence);
                p.setLong(4, revision + 1);
                p.setBytes(5, TrackerCodec.write(order));
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    long kept = r.getLong(1);
                    revision++;
                    if (kept == sequence) {
                        nextSequence++;
                    }
                    return kept;
                }
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public void update(TrackedOrder order) {
            Objects.requireNonNull(order, "order");
            writing();
            try {
                if (updates == null) {
                    updates = c.prepareStatement("UPDATE tracker_order SET data = ?, revision = ?"
                            + " WHERE tracker = ? AND order_id = ? AND data IS NOT NULL");
                }
                updates.setBytes(1, TrackerCodec.write(order));
                updates.setLong(2, ++revision);
                updates.setString(3, tracker);
                updates.setString(4, order.id());
                updates.addBatch(); // sent before the step's next read, or with its last writes
                updated.add(order.id());
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        /** Sends the batched updates; an order that was not followed fails the step. */
        private void flush() {
            if (updated.isEmpty()) {
                return;
            }
            try {
                int[] counts = updates.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        throw new IllegalStateException("order " + Echo.quote(updated.get(i)) + " is not followed: it cannot be updated");
                    }
                }
                updated.clear();
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public boolean remove(String orderId) {
            Objects.requireNonNull(orderId, "orderId");
            writing();
            flush();
            try (PreparedStatement p = c.prepareStatement("UPDATE tracker_order SET data = NULL, revision = ?"
                    + " WHERE tracker = ? AND order_id = ? AND data IS NOT NULL")) {
                p.setLong(1, revision + 1);
                p.setString(2, tracker);
                p.setString(3, orderId);
                if (p.executeUpdate() == 0) {
                    return false;
                }
                revision++;
                tombstones++;
                return true;
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public boolean applied(String eventId) {
            Objects.requireNonNull(eventId, "eventId");
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM tracker_applied WHERE tracker = ? AND event_id = ?")) {
                p.setString(1, tracker);
                p.setString(2, eventId);
                try (ResultSet r = p.executeQuery()) {
                    return r.next();
                }
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public boolean markApplied(String eventId, Instant at) {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(at, "at");
            writing();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO tracker_applied (tracker, event_id, applied_at)"
                    + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                p.setString(1, tracker);
                p.setString(2, eventId);
                p.setObject(3, utc(at));
                if (p.executeUpdate() == 0) {
                    return false;
                }
                applied++;
                return true;
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public int forgetApplied(Instant before, long keep) {
            Objects.requireNonNull(before, "before");
            if (keep < 0) {
                throw new IllegalArgumentException("keep must be >= 0, was " + keep);
            }
            writing();
            try {
                int forgotten;
                try (PreparedStatement p = c.prepareStatement("DELETE FROM tracker_applied WHERE tracker = ? AND applied_at < ?")) {
                    p.setString(1, tracker);
                    p.setObject(2, utc(before));
                    forgotten = p.executeUpdate();
                }
                applied = Math.max(0, applied - forgotten);
                if (applied > keep) {
                    try (PreparedStatement p = c.prepareStatement("DELETE FROM tracker_applied WHERE tracker = ? AND sequence IN"
                            + " (SELECT sequence FROM tracker_applied WHERE tracker = ? ORDER BY sequence LIMIT ?)")) {
                        p.setString(1, tracker);
                        p.setString(2, tracker);
                        p.setLong(3, applied - keep);
                        int more = p.executeUpdate();
                        forgotten += more;
                        applied -= more;
                    }
                }
                return forgotten;
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public void enqueue(PromiseNotice notice, Instant at) {
            Objects.requireNonNull(notice, "notice");
            Objects.requireNonNull(at, "at");
            writing();
            try {
                if (outbox == null) {
                    outbox = c.prepareStatement("INSERT INTO tracker_outbox (tracker, key, notice, due)"
                            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
                }
                outbox.setString(1, tracker);
                outbox.setString(2, notice.key());
                outbox.setBytes(3, TrackerCodec.write(notice));
                outbox.setObject(4, utc(at));
                outbox.addBatch(); // sent with the step's last writes, in save()
            } catch (SQLException e) {
                throw failed(e);
            }
        }
    }

    private static final String NOTICE_COLUMNS = "sequence, notice, heard, attempts, due, claimed_until";

    @Override
    public List<PendingNotice> claim(Instant now, int max, Duration lease) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lease, "lease");
        if (max < 1) {
            throw new IllegalArgumentException("max must be >= 1, was " + max);
        }
        return transaction(false, c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE tracker_outbox o SET claimed_until = ? FROM"
                    + " (SELECT key FROM tracker_outbox WHERE tracker = ? AND due <= ? AND (claimed_until IS NULL"
                    + " OR claimed_until <= ?) ORDER BY sequence LIMIT ? FOR UPDATE SKIP LOCKED) claimed"
                    + " WHERE o.tracker = ? AND o.key = claimed.key RETURNING o.sequence, o.notice, o.heard, o.attempts,"
                    + " o.due, o.claimed_until")) {
                p.setObject(1, utc(now.plus(lease)));
                p.setString(2, tracker);
                p.setObject(3, utc(now));
                p.setObject(4, utc(now));
                p.setInt(5, max);
                p.setString(6, tracker);
                return notices(p);
            }
        });
    }

    /** The notices a statement returns ({@link #NOTICE_COLUMNS}), oldest first. */
    private static List<PendingNotice> notices(PreparedStatement p) throws SQLException {
        List<long[]> order = new ArrayList<>();
        List<PendingNotice> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                OffsetDateTime claimed = r.getObject(6, OffsetDateTime.class);
                out.add(new PendingNotice(TrackerCodec.readNotice(r.getBytes(2)), r.getLong(3), r.getInt(4),
                        r.getObject(5, OffsetDateTime.class).toInstant(), Optional.ofNullable(claimed).map(OffsetDateTime::toInstant)));
                order.add(new long[] {r.getLong(1), out.size() - 1});
            }
        }
        order.sort(Comparator.comparingLong(x -> x[0]));
        List<PendingNotice> sorted = new ArrayList<>(out.size());
        for (long[] o : order) {
            sorted.add(out.get((int) o[1]));
        }
        return sorted;
    }

    @Override
    public int delivered(Collection<String> keys) {
        Objects.requireNonNull(keys, "keys");
        if (keys.isEmpty()) {
            return 0;
        }
        String[] array = keys.toArray(new String[0]);
        for (String k : array) {
            Objects.requireNonNull(k, "key");
        }
        return autocommit(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM tracker_outbox WHERE tracker = ? AND key = ANY (?)")) {
                p.setString(1, tracker);
                p.setArray(2, c.createArrayOf("text", array));
                return p.executeUpdate();
            }
        });
    }

    @Override
    public void retry(String key, long heard, int attempts, Instant next) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(next, "next");
        autocommit(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE tracker_outbox SET heard = ?, attempts = ?, due = ?,"
                    + " claimed_until = NULL WHERE tracker = ? AND key = ?")) {
                p.setLong(1, heard);
                p.setInt(2, attempts);
                p.setObject(3, utc(next));
                p.setString(4, tracker);
                p.setString(5, key);
                return p.executeUpdate();
            }
        });
    }

    @Override
    public List<PendingNotice> pending() {
        return transaction(true, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + NOTICE_COLUMNS
                    + " FROM tracker_outbox WHERE tracker = ? ORDER BY sequence")) {
                p.setString(1, tracker);
                return notices(p);
            }
        });
    }
}
