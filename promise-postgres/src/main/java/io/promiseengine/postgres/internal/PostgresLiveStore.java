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

import io.promiseengine.json.NetworkDocument;
import io.promiseengine.live.Reservation;
import io.promiseengine.live.spi.LiveChanges;
import io.promiseengine.live.spi.LiveReplica;
import io.promiseengine.live.spi.LiveState;
import io.promiseengine.live.spi.LiveStore;
import io.promiseengine.live.spi.LiveTransaction;
import io.promiseengine.live.spi.SlotPosition;
import io.promiseengine.live.spi.StockPosition;
import io.promiseengine.live.spi.WindowPosition;
import io.promiseengine.model.Network;
import io.promiseengine.model.SlotLoad;
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.Supply;
import io.promiseengine.postgres.PostgresSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The live state in PostgreSQL, shared by every engine on the same tables. Writes are checked in the
 * database's transactions ({@link PgTransaction}); each engine's snapshot follows every commit through the
 * change feed ({@code promise_change}, gap-free sequence numbers): the writer applies its own change before
 * returning, and a listener thread applies the others' on their {@code NOTIFY}, on a poll when
 * notifications stop, and after a reconnection (a catch-up read of every change since the last one applied;
 * a full reload when those changes were pruned).
 */
public final class PostgresLiveStore implements LiveStore {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresLiveStore.class);

    /** The store's settings. */
    public record Settings(DataSource dataSource, Optional<Network> initialNetwork, Clock clock, Duration poll,
                           Duration retryFor, Duration changeRetention) {
        public Settings {
            Objects.requireNonNull(dataSource, "dataSource");
            Objects.requireNonNull(initialNetwork, "initialNetwork");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(poll, "poll");
            Objects.requireNonNull(retryFor, "retryFor");
            Objects.requireNonNull(changeRetention, "changeRetention");
        }
    }

    private final Settings settings;
    private final DataSource ds;
    private LiveReplica replica;
    /** Serializes the replica's updates; guards {@link #applied}. */
    private final ReentrantLock feedLock = new ReentrantLock();
    private long applied;
    private volatile long nextExpiry = Long.MAX_VALUE;
    private volatile boolean closed;
    private Thread listener;
    private volatile Connection listening;
    /** Networks this store published, by version, so the snapshot reuses them instead of reading their document. */
    private final Map<Long, Network> ownNetworks = new ConcurrentHashMap<>();
    private long lastPrune;

    public PostgresLiveStore(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ds = settings.dataSource();
    }

    @Override
    public void open(LiveReplica replica) {
        this.replica = Objects.requireNonNull(replica, "replica");
        int latest = PostgresSchema.latestVersion();
        if (!PostgresSchema.appliedVersions(ds).contains(1)) {
            throw new IllegalStateException("the database has no promise tables (promise_schema_version lacks version 1 of "
                    + latest + "); maybe call PostgresSchema.migrate(dataSource) first");
        }
        retrying("initialize the database", c -> {
            initialize(c);
            return null;
        });
        retrying("load the live state", c -> {
            reload(c);
            return null;
        });
        listener = new Thread(this::listen, "promise-postgres-feed");
        listener.setDaemon(true);
        listener.start();
    }

    /** Puts the initial network with its stock, supply and load into an empty database (once, whatever the nodes). */
    private void initialize(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try {
            try (PreparedStatement p = c.prepareStatement("SELECT seq FROM promise_sequence WHERE id = 1 FOR UPDATE")) {
                p.executeQuery().close();
            }
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM promise_network"); ResultSet r = p.executeQuery()) {
                r.next();
                if (r.getLong(1) > 0) {
                    c.rollback();
                    return;
                }
            }
            Network network = settings.initialNetwork().orElseThrow(() -> new IllegalStateException(
                    "the database has no network version yet; maybe give the first one with initialNetwork(network)"));
            PgTransaction tx = new PgTransaction(c);
            Map<StockPosition.Key, StockPosition> stock = new HashMap<>();
            for (StockLevel s : network.stock()) {
                stock.put(new StockPosition.Key(s.location(), s.sku()),
                        new StockPosition(s.location(), s.sku(), s.onHand(), s.reserved(), s.safety(), 0, List.of()));
            }
            List<Supply> supply = network.supply();
            for (int i = 0; i < supply.size(); i++) {
                Supply s = supply.get(i);
                StockPosition.Key k = new StockPosition.Key(s.location(), s.sku());
                StockPosition p = stock.getOrDefault(k, StockPosition.empty(s.location(), s.sku()));
                List<StockPosition.SupplyLine> lines = new ArrayList<>(p.supply());
                lines.add(new StockPosition.SupplyLine("supply[" + i + "]", s.quantity(), s.arrives().getEpochSecond()));
                stock.put(k, new StockPosition(p.location(), p.sku(), p.onHand(), p.reserved(), p.safety(), 0, lines));
            }
            Map<SlotPosition.Key, SlotPosition> slots = new HashMap<>();
            for (SlotLoad l : network.load()) {
                SlotPosition.Key k = new SlotPosition.Key(l.location(), l.slot().getEpochSecond());
                SlotPosition s = slots.getOrDefault(k, SlotPosition.empty(k.location(), k.slotStart()));
                slots.put(k, new SlotPosition(k.location(), k.slotStart(),
                        (int) Math.min(Integer.MAX_VALUE, (long) s.load() + l.orders()), 0, -1));
            }
            Rows.insertAll(c, stock.values(), slots.values()); // in bulk: a network may have millions of positions
            Map<WindowPosition.Key, WindowPosition> windows = new java.util.TreeMap<>();
            for (io.promiseengine.model.WindowLoad l : network.windowLoad()) {
                WindowPosition.Key k = new WindowPosition.Key(l.service(), l.zone(), l.window().getEpochSecond());
                WindowPosition w = windows.getOrDefault(k, WindowPosition.empty(k));
                windows.put(k, new WindowPosition(k.service(), k.zone(), k.windowStart(),
                        (int) Math.min(Integer.MAX_VALUE, (long) w.load() + l.orders()), 0, -1));
            }
            for (WindowPosition w : windows.values()) {
                Rows.write(c, w);
            }
            tx.publish(new LiveChanges.NetworkVersion(1, network)); // every node loads all at start: no keys in the change
            tx.flush();
            c.commit();
            LOG.info("initialized the promise tables with a network of {} locations", network.locations().size());
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    @Override
    public <T> T transact(Function<LiveTransaction, T> work) {
        long deadline = System.nanoTime() + settings.retryFor().toNanos();
        long backoff = 5;
        for (int attempt = 1; ; attempt++) {
            PgTransaction tx = null;
            boolean committing = false;
            T result = null;
            try (Connection c = ds.getConnection()) {
                try {
                    c.setAutoCommit(false);
                    tx = new PgTransaction(c);
                    result = work.apply(tx);
                    long seq = tx.flush();
                    tx.published().ifPresent(v -> ownNetworks.put(v.version(), v.network()));
                    committing = true;
                    c.commit();
                    committing = false;
                    if (seq > 0) {
                        applyOwn(c, tx, seq);
                    } else if (tx.swept) {
                        // a sweep that found nothing, maybe because another thread's sweep committed first and is
                        // not applied yet: apply what is committed, and learn the next expiry in that same
                        // snapshot, so that no read sees the later expiry with the holds still counted
                        catchUp(c);
                    }
                    return result;
                } catch (SQLException | RuntimeException e) {
                    quietRollback(c);
                    throw e;
                }
            } catch (Sql.Failure f) {
                if (!retry(f.cause, attempt, deadline)) {
                    throw new IllegalStateException("PostgreSQL refused the engine's transaction: " + f.cause.getMessage(), f.cause);
                }
            } catch (SQLException e) {
                if (committing && Sql.connectionLost(e)) {
                    // the commit may or may not have happened: the change row tells
                    UnknownOutcome outcome = new UnknownOutcome(tx.id);
                    if (retrying("learn whether a commit happened", outcome::committed)) {
                        retrying("catch up", c -> {
                            catchUp(c);
                            return null;
                        });
                        return result;
                    }
                }
                if (!retry(e, attempt, deadline)) {
                    throw new IllegalStateException("PostgreSQL refused the engine's transaction: " + e.getMessage(), e);
                }
            }
            sleep(backoff);
            backoff = Math.min(1000, backoff * 2);
        }
    }

    /** Whether a transaction id committed. */
    private record UnknownOutcome(java.util.UUID id) {
        boolean committed(Connection c) throws SQLException {
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM promise_change WHERE tx_id = ?")) {
                p.setObject(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next();
                }
            }
        }
    }

    private boolean retry(SQLException e, int attempt, long deadline) {
        if (closed || !Sql.retryable(e) || System.nanoTime() > deadline) {
            return false;
        }
        if (attempt == 1 || attempt % 10 == 0) {
            LOG.debug("retrying a transaction after: {} ({})", e.getMessage(), e.getSQLState());
        }
        return true;
    }

    /** Runs a read or a small write on a connection, again after a connection failure until {@code retryFor} has passed. */
    private <T> T retrying(String what, Sql.Work1<T> work) {
        long deadline = System.nanoTime() + settings.retryFor().toNanos();
        long backoff = 5;
        for (int attempt = 1; ; attempt++) {
            try (Connection c = ds.getConnection()) {
                return work.run(c);
            } catch (Sql.Failure f) {
                if (!retry(f.cause, attempt, deadline)) {
                    throw new IllegalStateException("cannot " + what + " on PostgreSQL: " + f.cause.getMessage(), f.cause);
                }
            } catch (SQLException e) {
                if (!retry(e, attempt, deadline)) {
                    throw new IllegalStateException("cannot " + what + " on PostgreSQL: " + e.getMessage(), e);
                }
            }
            sleep(backoff);
            backoff = Math.min(1000, backoff * 2);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for PostgreSQL", e);
        }
    }

    private static void quietRollback(Connection c) {
        try {
            if (!c.isClosed() && !c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is gone: so is the transaction
        }
    }

    /**
     * Applies a writer's own committed change before its call returns, as written, without reading it back:
     * the rows were locked until the commit, so what it wrote is what was committed. When other changes were
     * committed just before it and are not applied yet, the snapshot shows this change first and those a moment
     * later (the feed's catch-up reads the current rows of every change after the last applied, this one
     * included); never an image older than what the snapshot has, since a catch-up that read a snapshot with a
     * later change also read this one (numbers are in commit order) and {@code applied} is then past it.
     */
    private void applyOwn(Connection c, PgTransaction tx, long seq) throws SQLException {
        feedLock.lock();
        try {
            if (applied < seq) {
                LiveChanges changes = tx.changes();
                changes.network().ifPresent(v -> ownNetworks.remove(v.version()));
                replica.apply(changes);
                if (applied == seq - 1) {
                    applied = seq;
                }
                nextExpiry = Math.min(nextExpiry, tx.earliestExpiryWritten());
            }
            if (tx.swept) {
                nextExpiry = nextExpiry(c);
            }
        } finally {
            feedLock.unlock();
        }
    }

    /**
     * Reads every change after the last applied, in one REPEATABLE READ snapshot (the changes and the rows they
     * name, so a reservation's holds are applied whole), and applies them; a full reload when changes were pruned.
     */
    void catchUp(Connection c) throws SQLException {
        feedLock.lock();
        boolean autoCommit = c.getAutoCommit();
        try {
            c.setAutoCommit(false);
            try {
                do {
                    snapshot(c);
                } while (catchUpOnce(c)); // more than one batch of changes
            } finally {
                quietRollback(c);
                c.setAutoCommit(autoCommit);
            }
        } finally {
            feedLock.unlock();
        }
    }

    private static final int BATCH = 5_000;

    /** Starts a read-only transaction on one snapshot (the connection's isolation setting is left alone). */
    private static void snapshot(Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        }
    }

    /** One batch; true when there may be more. */
    private boolean catchUpOnce(Connection c) throws SQLException {
        Set<StockPosition.Key> stock = new LinkedHashSet<>();
        Set<SlotPosition.Key> slots = new LinkedHashSet<>();
        Set<WindowPosition.Key> windows = new LinkedHashSet<>();
        long network = 0;
        long first = 0;
        long last = applied;
        int n = 0;
        try (PreparedStatement p = c.prepareStatement("SELECT seq, stock_locations, stock_skus, slot_locations, slot_starts,"
                + " network_version, window_services, window_zones, window_starts FROM promise_change WHERE seq > ?"
                + " ORDER BY seq LIMIT " + BATCH)) {
            p.setLong(1, applied);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    n++;
                    last = r.getLong(1);
                    if (first == 0) {
                        first = last;
                    }
                    String[] locations = (String[]) r.getArray(2).getArray();
                    String[] skus = (String[]) r.getArray(3).getArray();
                    for (int i = 0; i < locations.length; i++) {
                        stock.add(new StockPosition.Key(locations[i], skus[i]));
                    }
                    String[] slotLocations = (String[]) r.getArray(4).getArray();
                    Long[] starts = (Long[]) r.getArray(5).getArray();
                    for (int i = 0; i < slotLocations.length; i++) {
                        slots.add(new SlotPosition.Key(slotLocations[i], starts[i]));
                    }
                    long v = r.getLong(6);
                    if (!r.wasNull()) {
                        network = Math.max(network, v);
                    }
                    String[] services = (String[]) r.getArray(7).getArray();
                    String[] zones = (String[]) r.getArray(8).getArray();
                    Long[] windowStarts = (Long[]) r.getArray(9).getArray();
                    for (int i = 0; i < services.length; i++) {
                        windows.add(new WindowPosition.Key(services[i], zones[i], windowStarts[i]));
                    }
                }
            }
        }
        if (n == 0) {
            long expiry = nextExpiry(c); // in the snapshot that shows every change applied: the replica's own
            c.commit();
            nextExpiry = expiry;
            return false;
        }
        if (first != applied + 1) {
            LOG.info("changes {} to {} were pruned before this engine read them: reloading the live state", applied + 1, first - 1);
            reloadIn(c);
            return false;
        }
        Optional<LiveChanges.NetworkVersion> version = Optional.empty();
        if (network > 0) {
            version = Optional.of(currentNetwork(c));
        }
        List<StockPosition> stockImages = new ArrayList<>(Rows.stock(c, stock, false).values());
        List<SlotPosition> slotImages = new ArrayList<>(Rows.slots(c, slots, false).values());
        List<WindowPosition> windowImages = new ArrayList<>(Rows.windows(c, windows, false).values());
        long expiry = nextExpiry(c);
        c.commit();
        replica.apply(new LiveChanges(stockImages, slotImages, windowImages, version));
        applied = last;
        nextExpiry = expiry;
        return n == BATCH;
    }

    private LiveChanges.NetworkVersion currentNetwork(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT version, document FROM promise_network ORDER BY version DESC LIMIT 1");
             ResultSet r = p.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("the database has no network version");
            }
            long version = r.getLong(1);
            Network own = ownNetworks.remove(version);
            return new LiveChanges.NetworkVersion(version, own != null ? own : NetworkDocument.read(r.getString(2)));
        }
    }

    private static long nextExpiry(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT min(expires_at) FROM promise_reservation WHERE expires_at IS NOT NULL");
             ResultSet r = p.executeQuery()) {
            r.next();
            long v = r.getLong(1);
            return r.wasNull() ? Long.MAX_VALUE : v;
        }
    }

    /** Reloads everything in one snapshot. */
    private void reload(Connection c) throws SQLException {
        feedLock.lock();
        try {
            c.setAutoCommit(false);
            try {
                snapshot(c);
                reloadIn(c);
            } finally {
                quietRollback(c);
                c.setAutoCommit(true);
            }
        } finally {
            feedLock.unlock();
        }
    }

    private void reloadIn(Connection c) throws SQLException {
        long seq;
        try (PreparedStatement p = c.prepareStatement("SELECT seq FROM promise_sequence WHERE id = 1"); ResultSet r = p.executeQuery()) {
            r.next();
            seq = r.getLong(1);
        }
        LiveState state = new LiveState(currentNetwork(c), Rows.allStock(c), Rows.allSlots(c), Rows.allWindows(c));
        long expiry = nextExpiry(c);
        c.commit();
        replica.reset(state);
        applied = seq;
        nextExpiry = expiry;
    }

    /** The listener thread: LISTEN, catch up on every notification and every poll, reconnect after a failure. */
    private void listen() {
        long backoff = 50;
        while (!closed) {
            try (Connection c = ds.getConnection()) {
                listening = c;
                c.setAutoCommit(true);
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("LISTEN " + PgTransaction.CHANNEL);
                }
                catchUp(c); // whatever happened while this engine was not listening
                backoff = 50;
                org.postgresql.PGConnection pg = c.unwrap(org.postgresql.PGConnection.class);
                while (!closed) {
                    pg.getNotifications((int) settings.poll().toMillis());
                    if (closed) {
                        break;
                    }
                    catchUp(c);
                    if (settings.clock().millis() >= nextExpiry) {
                        replica.lapse();
                    }
                    prune(c);
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    break;
                }
                LOG.warn("promise-postgres change feed interrupted ({}); reconnecting in {} ms", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    break;
                }
                backoff = Math.min(5_000, backoff * 2);
            } finally {
                listening = null;
            }
        }
    }

    /** Deletes the changes older than the retention, at most once a minute (by the engine's clock). */
    private void prune(Connection c) throws SQLException {
        long now = settings.clock().millis();
        if (now - lastPrune < 60_000) {
            return;
        }
        lastPrune = now;
        try (PreparedStatement p = c.prepareStatement("DELETE FROM promise_change WHERE committed_at < now() - ?::interval"
                + " AND seq < (SELECT seq FROM promise_sequence WHERE id = 1)")) {
            p.setString(1, settings.changeRetention().toMillis() + " milliseconds");
            p.executeUpdate();
        }
    }

    @Override
    public List<Reservation> reservations(String afterOrderId, int limit) {
        return retrying("list reservations", c -> {
            List<Reservation> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + Rows.RESERVATION_COLUMNS + " FROM promise_reservation"
                    + " WHERE order_id COLLATE \"C\" > ? ORDER BY order_id COLLATE \"C\" LIMIT ?")) {
                p.setString(1, afterOrderId);
                p.setInt(2, limit);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(Rows.reservation(r));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public long nextExpiry() {
        return nextExpiry;
    }

    @Override
    public boolean lapseOnQuote() {
        return false;
    }

    @Override
    public void close() {
        closed = true;
        Thread t = listener;
        if (t != null) {
            t.interrupt();
            try {
                t.join(settings.poll().toMillis() + 2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (t.isAlive()) {
                Connection c = listening;
                if (c != null) {
                    try {
                        c.close();
                    } catch (SQLException ignored) {
                        // closing to wake the listener
                    }
                }
            }
        }
    }

    /** The sequence number of the last change applied to the snapshot (for tests and staleness measures). */
    public long appliedSequence() {
        feedLock.lock();
        try {
            return applied;
        } finally {
            feedLock.unlock();
        }
    }
}
