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
package io.promiseengine.postgres;

import io.promiseengine.live.LiveStoreContract;
import io.promiseengine.live.MutableClock;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.model.StockLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.promiseengine.live.LiveStoreContract.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lost connections and an unreachable database: nothing lost, nothing held twice, the feed catches up. */
class FaultTest {

    private static LiveTables tables;
    private FaultyDataSource faulty;
    private final List<PromiseEngine> engines = new ArrayList<>();

    @BeforeAll
    static void createTables() {
        tables = new LiveTables("pe_fault");
    }

    @AfterAll
    static void dropTables() {
        tables.close();
    }

    @BeforeEach
    void clear() {
        tables.clear();
        faulty = new FaultyDataSource(tables.dataSource(), tables.dataSource());
    }

    @AfterEach
    void closeEngines() {
        faulty.unreachable.set(false);
        engines.forEach(PromiseEngine::close);
    }

    private PromiseEngine node(javax.sql.DataSource ds, Duration retryFor) {
        PromiseEngine e = PostgresPromiseEngine.builder(ds).initialNetwork(LiveStoreContract.network())
                .clock(new MutableClock(LiveStoreContract.NOW)).poll(Duration.ofMillis(100)).retryFor(retryFor).build();
        engines.add(e);
        return e;
    }

    private long heldInDatabase(String location, String sku) {
        return tables.queryLong("SELECT coalesce(sum(held), 0) FROM promise_stock WHERE location = '" + location
                + "' AND sku = '" + sku + "'");
    }

    /** The holds the reservations' rows add up to: an oracle computed by the database, not by the engine. */
    private long heldByReservations(String location, String sku) {
        return tables.queryLong("SELECT coalesce(sum(u), 0) FROM promise_reservation r,"
                + " unnest(r.stock_locations, r.stock_skus, r.stock_units) AS h(l, s, u) WHERE l = '" + location
                + "' AND s = '" + sku + "'");
    }

    @Test
    void aCommitWhoseAcknowledgementIsLostIsReportedOnceAndHeldOnce() {
        PromiseEngine engine = node(faulty, Duration.ofSeconds(10));
        faulty.loseAcknowledgements.set(1);
        ReservationResult r = engine.reserve("o1", plan("wh", "LAST:1"));
        assertThat(faulty.injected.get()).isEqualTo(1);
        assertThat(r).isInstanceOfSatisfying(ReservationResult.Reserved.class, ok -> assertThat(ok.repeated()).isFalse());
        assertThat(engine.reserve("o1", plan("wh", "LAST:1")))
                .isInstanceOfSatisfying(ReservationResult.Reserved.class, ok -> assertThat(ok.repeated()).isTrue());
        assertThat(heldInDatabase("wh", "LAST")).isEqualTo(1).isEqualTo(heldByReservations("wh", "LAST"));
        assertThat(engine.stock("wh", "LAST").held()).isEqualTo(1);
    }

    @Test
    void aConnectionKilledInsideAReservationLosesNothingAndHoldsNothingTwice() {
        PromiseEngine engine = node(faulty, Duration.ofSeconds(10));
        faulty.terminateBeforeCommit.set(2); // killed twice in a row, then it goes through
        ReservationResult r = engine.reserve("o1", plan("store", "A:2,B:1", "wh", "A:1"));
        assertThat(faulty.injected.get()).isEqualTo(2);
        assertThat(r.isReserved()).isTrue();
        assertThat(heldInDatabase("store", "A")).isEqualTo(2).isEqualTo(heldByReservations("store", "A"));
        assertThat(heldInDatabase("wh", "A")).isEqualTo(1);
        assertThat(tables.queryLong("SELECT held FROM promise_slot")).isEqualTo(1);
        assertThat(engine.stock("store", "A").held()).isEqualTo(2);
        // a stock move (not idempotent by itself) killed before its commit is applied exactly once
        faulty.terminateBeforeCommit.set(1);
        engine.adjustOnHand("wh", "A", 5);
        assertThat(tables.queryLong("SELECT on_hand FROM promise_stock WHERE location = 'wh' AND sku = 'A'")).isEqualTo(9);
        faulty.loseAcknowledgements.set(1);
        engine.adjustOnHand("wh", "A", 5);
        assertThat(tables.queryLong("SELECT on_hand FROM promise_stock WHERE location = 'wh' AND sku = 'A'")).isEqualTo(14);
    }

    @Test
    void aReservationWaitsForADatabaseThatComesBack() throws Exception {
        PromiseEngine engine = node(faulty, Duration.ofSeconds(20));
        faulty.unreachable.set(true);
        CompletableFuture<ReservationResult> r = CompletableFuture.supplyAsync(() -> engine.reserve("o1", plan("wh", "LAST:1")));
        Thread.sleep(700);
        assertThat(r).isNotDone();
        faulty.unreachable.set(false);
        assertThat(r.get(20, TimeUnit.SECONDS).isReserved()).isTrue();
        assertThat(heldInDatabase("wh", "LAST")).isEqualTo(1);
    }

    @Test
    void aDatabaseGoneLongerThanRetryForFailsTheCallAndChangesNothing() {
        PromiseEngine engine = node(faulty, Duration.ofMillis(300));
        faulty.unreachable.set(true);
        assertThatThrownBy(() -> engine.reserve("o1", plan("wh", "LAST:1")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("refused");
        faulty.unreachable.set(false);
        assertThat(heldInDatabase("wh", "LAST")).isZero();
        assertThat(engine.reservation("o1")).isEmpty();
        assertThat(engine.reserve("o1", plan("wh", "LAST:1")).isReserved()).isTrue();
    }

    @Test
    void theChangeFeedReconnectsAndCatchesUpWhatItMissed() throws Exception {
        PromiseEngine a = node(tables.dataSource(), Duration.ofSeconds(10));
        PGSimpleDataSource own = new PGSimpleDataSource();
        own.setURL(TestDatabase.url());
        own.setCurrentSchema(tables.schema);
        own.setApplicationName("pe-feed-b");
        PromiseEngine b = node(own, Duration.ofSeconds(10));
        a.setStock(StockLevel.of("wh", "A", 10));
        waitFor(() -> b.stock("wh", "A").onHand() == 10);
        try (Connection c = tables.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'pe-feed-b'");
        }
        for (int i = 0; i < 20; i++) {
            a.reserve("o" + i, plan("wh", "A:1"));
        }
        a.setStock(StockLevel.of("wh", "A", 30));
        waitFor(() -> b.stock("wh", "A").onHand() == 30 && b.stock("wh", "A").held() == 10);
    }

    @Test
    void aNodeWhoseMissedChangesWerePrunedReloadsItsWholeSnapshot() throws Exception {
        PromiseEngine a = node(tables.dataSource(), Duration.ofSeconds(10));
        PGSimpleDataSource own = new PGSimpleDataSource();
        own.setURL(TestDatabase.url());
        own.setCurrentSchema(tables.schema);
        own.setApplicationName("pe-gap-b");
        FaultyDataSource away = new FaultyDataSource(own, tables.dataSource());
        PromiseEngine b = node(away, Duration.ofSeconds(10));
        a.setStock(StockLevel.of("wh", "A", 10));
        waitFor(() -> b.stock("wh", "A").onHand() == 10);
        away.unreachable.set(true); // b's feed is cut off and cannot reconnect
        try (Connection c = tables.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'pe-gap-b'");
        }
        a.setStock(StockLevel.of("wh", "A", 20));
        a.reserve("o1", plan("wh", "A:3"));
        tables.update("DELETE FROM promise_change"); // pruned while b was away
        a.adjustOnHand("store", "B", 1);
        away.unreachable.set(false);
        waitFor(() -> b.stock("wh", "A").onHand() == 20 && b.stock("wh", "A").held() == 3
                && b.stock("store", "B").onHand() == 4);
    }

    @Test
    void quotesNeedNoDatabase() {
        PromiseEngine engine = node(faulty, Duration.ofSeconds(10));
        engine.reserve("o1", plan("store", "B:1"));
        var request = io.promiseengine.quote.QuoteRequest.builder(LiveStoreContract.START,
                        io.promiseengine.quote.Destination.position(io.promiseengine.model.Position.of(48.85, 2.35)))
                .line("B", 2).methods(io.promiseengine.model.Method.COLLECT).collectAt("store").build();
        faulty.unreachable.set(true);
        int failuresBefore = faulty.injected.get();
        for (int i = 0; i < 200; i++) {
            assertThat(engine.quote(request).options()).hasSize(1);
        }
        assertThat(engine.stock("store", "B").held()).isEqualTo(1);
        assertThat(faulty.injected.get()).as("connections asked for while quoting").isEqualTo(failuresBefore);
    }

    private static void waitFor(java.util.function.BooleanSupplier c) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!c.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(end);
            Thread.sleep(5);
        }
    }
}
