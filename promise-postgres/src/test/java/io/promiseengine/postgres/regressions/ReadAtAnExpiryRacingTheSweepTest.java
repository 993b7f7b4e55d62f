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
import java.util.concurrent.atomic.AtomicInteger;

import static io.promiseengine.live.LiveStoreContract.NOW;
import static io.promiseengine.live.LiveStoreContract.plan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 (races), seen as a failure of {@code PostgresStoreContractTest.anExpiredHoldGivesItsDropBack} (held 2,
 * not 1, right after the expiry): a read ({@code stock}, {@code slot}, {@code window}) at a hold's expiry sweeps
 * first, and the sweep skipped an order another transaction had locked; when the change feed's thread was sweeping
 * the same hold (its order locked, its rows not yet), the read's sweep found nothing and the read counted the
 * lapsed hold. The sweeps that the engine's reads and writes run now wait for such an order
 * ({@code LiveTransaction.lapsedWaiting}), then read it again; the feed's own sweep still skips.
 *
 * <p>Deterministic, as {@link ReserveAfterAnExpiryRacingTheSweepTest}: the other thread's sweep paused before its
 * row locks, resumed once the read has answered (the code before the fix: held 1) or waits for the order's lock.
 */
class ReadAtAnExpiryRacingTheSweepTest {

    /** {@code PgTransaction.ORDER_LOCK}: the first int of the orders' advisory locks. */
    private static final int ORDER_LOCK = 0x50524F4D;

    private String schema;
    private DataSource plain;
    private GatedDataSource gated;

    @BeforeEach
    void migrate() {
        schema = TestDatabase.freshSchema("pe_readracing");
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
    void aReadAtTheExpiryDoesNotCountTheHoldAnotherThreadIsSweeping() throws Exception {
        gated.pauseBefore = "FOR UPDATE"; // the sweeper's row locks: it holds the lapsed order's lock by then
        String lapsing = "o1-" + schema;
        MutableClock clock = new MutableClock(NOW);
        try (PromiseEngine engine = engine(clock)) {
            assertThat(engine.reserve(lapsing, plan("wh", "LAST:1"), Duration.ofSeconds(10)).isReserved()).isTrue();
            clock.advance(Duration.ofSeconds(10));
            Thread sweeper = new Thread(() -> engine.stock("store", "A"), "sweeper");
            sweeper.start();
            AtomicInteger held = new AtomicInteger(-1);
            Thread reader = new Thread(() -> held.set(engine.stock("wh", "LAST").held()), "reader");
            try {
                assertThat(gated.paused.await(30, TimeUnit.SECONDS)).as("the sweeper locked the lapsed order").isTrue();
                reader.start();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (reader.isAlive() && !waitsForTheOrderLock(lapsing) && System.nanoTime() < deadline) {
                    reader.join(5); // until it has answered or waits for the sweeper
                }
            } finally {
                gated.resume.countDown();
                reader.join(30_000);
                sweeper.join(30_000);
            }
            assertThat(held.get()).as("units held read at the hold's expiry").isZero();
            assertThat(engine.stock("wh", "LAST").held()).isZero();
            assertThat(engine.reservation(lapsing)).isEmpty();
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
