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
package io.promiseengine.postgres.regressions;

import io.promiseengine.live.LiveStoreContract;
import io.promiseengine.live.MutableClock;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.postgres.PostgresPromiseEngine;
import io.promiseengine.postgres.PostgresSchema;
import io.promiseengine.postgres.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.promiseengine.live.LiveStoreContract.NOW;
import static io.promiseengine.live.LiveStoreContract.plan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 (races), the flaky {@code PostgresStoreContractTest.aLapsedHoldsUnitsCanBeReservedAgainByAnotherOrder}:
 * at the hold's expiry, another order's reservation of its units was refused (STOCK_SHORT). A reservation counted
 * every hold its positions' rows counted, and left lapsed holds to sweeps: the engine's sweep before the
 * transaction skips an order another transaction has locked ({@code pg_try_advisory_xact_lock}), so when the
 * change feed's thread was sweeping the same hold (its order locked, its rows not yet), the reservation locked the
 * rows first and counted the lapsed hold; and a node whose next expiry did not know another node's hold yet did
 * not sweep at all. Now a reservation gives back, in its own transaction, the holds lapsed by its {@code now} on
 * what it takes, waiting for the order lock of a sweep that holds one ({@code LiveTransaction.lapsedOn}).
 *
 * <p>Deterministic: a {@link MutableClock}; the change feeds' listeners kept out ({@link GatedDataSource}); the
 * other thread's sweep paused after it locked the lapsed order, before it locks the rows, and resumed once the
 * reservation has answered (the code before the fix: refused) or waits for that order's lock (the fix), as
 * {@code pg_locks} shows.
 */
class ReserveAfterAnExpiryRacingTheSweepTest {

    /** {@code PgTransaction.ORDER_LOCK}: the first int of the orders' advisory locks. */
    private static final int ORDER_LOCK = 0x50524F4D;

    private String schema;
    private DataSource plain;
    private GatedDataSource gated;

    @BeforeEach
    void migrate() {
        schema = TestDatabase.freshSchema("pe_reserveracing");
        plain = TestDatabase.dataSource(schema);
        PostgresSchema.migrate(plain);
        gated = new GatedDataSource(plain);
    }

    @AfterEach
    void drop() {
        gated.resume.countDown();
        TestDatabase.drop(schema);
    }

    @Test
    void aReserveAtTheExpiryIsNotRefusedWhileAnotherThreadSweepsTheLapsedHold() throws Exception {
        gated.pauseBefore = "FOR UPDATE"; // the sweeper's row locks: it holds the lapsed order's lock by then
        String lapsing = "o1-" + schema; // its lock's key is looked for in pg_locks: unique to this run
        MutableClock clock = new MutableClock(NOW);
        try (PromiseEngine engine = engine(clock)) {
            assertThat(engine.reserve(lapsing, plan("wh", "LAST:1"), Duration.ofSeconds(10)).isReserved()).isTrue();
            clock.advance(Duration.ofSeconds(10)); // the hold lapses at its expiry, included
            Thread sweeper = new Thread(() -> engine.stock("store", "A"), "sweeper"); // a read sweeps once an expiry has come
            sweeper.start();
            AtomicReference<ReservationResult> result = new AtomicReference<>();
            Thread reserver = new Thread(() -> result.set(engine.reserve("o2", plan("wh", "LAST:1"))), "reserver");
            try {
                assertThat(gated.paused.await(30, TimeUnit.SECONDS)).as("the sweeper locked the lapsed order").isTrue();
                reserver.start();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (reserver.isAlive() && !waitsForTheOrderLock(lapsing) && System.nanoTime() < deadline) {
                    reserver.join(5); // until it has answered or waits for the sweeper
                }
            } finally {
                gated.resume.countDown();
                reserver.join(30_000);
                sweeper.join(30_000);
            }
            assertThat(result.get()).as("o2's reservation at the expiry of o1's hold").isNotNull();
            assertThat(result.get().isReserved()).as("o2 reserved: %s", result.get()).isTrue();
            assertThat(engine.stock("wh", "LAST").held()).isEqualTo(1);
            assertThat(engine.reservation(lapsing)).isEmpty();
            assertThat(engine.reservation("o2")).isPresent();
        }
    }

    @Test
    void aReserveAtTheExpiryIsNotRefusedForAnotherNodesHoldThisNodeHasNotHeardOf() {
        MutableClock clock = new MutableClock(NOW);
        try (PromiseEngine node1 = engine(clock); PromiseEngine node2 = engine(clock)) {
            assertThat(node2.reserve("o1", plan("wh", "LAST:1"), Duration.ofSeconds(10)).isReserved()).isTrue();
            clock.advance(Duration.ofSeconds(10));
            // node 1's next expiry does not know o1's (no change feed): it does not sweep before its transaction
            ReservationResult r = node1.reserve("o2", plan("wh", "LAST:1"));
            assertThat(r.isReserved()).as("o2 reserved on node 1: %s", r).isTrue();
            assertThat(node1.stock("wh", "LAST").held()).isEqualTo(1);
            assertThat(node2.reservation("o1")).isEmpty();
            assertThat(node2.stock("wh", "LAST").held()).isEqualTo(1);
        }
    }

    @Test
    void aReplaceAtTheExpiryIsNotRefusedForAnotherNodesHoldThisNodeHasNotHeardOf() {
        MutableClock clock = new MutableClock(NOW);
        try (PromiseEngine node1 = engine(clock); PromiseEngine node2 = engine(clock)) {
            assertThat(node1.reserve("o3", plan("store", "B:1"), Duration.ofHours(1)).isReserved()).isTrue();
            assertThat(node2.reserve("o1", plan("wh", "LAST:1"), Duration.ofSeconds(10)).isReserved()).isTrue();
            clock.advance(Duration.ofSeconds(10));
            ReservationResult r = node1.replace("o3", plan("wh", "LAST:1"));
            assertThat(r.isReserved()).as("o3 replaced on node 1: %s", r).isTrue();
            assertThat(node1.stock("wh", "LAST").held()).isEqualTo(1);
            assertThat(node1.stock("store", "B").held()).isZero();
            assertThat(node2.reservation("o1")).isEmpty();
        }
    }

    /** Whether a transaction waits for the order lock of {@code orderId} (as PostgreSQL's lock table shows). */
    private boolean waitsForTheOrderLock(String orderId) {
        try (Connection c = plain.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                     + " AND NOT granted AND classid = ?::oid AND objid = hashtext(?)::oid AND objsubid = 2")) {
            p.setLong(1, ORDER_LOCK);
            p.setString(2, orderId);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private PromiseEngine engine(MutableClock clock) {
        return PostgresPromiseEngine.builder(gated).initialNetwork(LiveStoreContract.network()).clock(clock)
                .holdFor(Duration.ofMinutes(30)).poll(Duration.ofMillis(100)).build();
    }
}
