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
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static io.promiseengine.live.LiveStoreContract.NOW;
import static io.promiseengine.live.LiveStoreContract.plan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 (reads racing the lapse of a hold), the PostgreSQL live store: a sweep that found nothing to give back,
 * because another sweep (another node's, or another thread's on this node) had just committed it, learnt the next
 * expiry from the database (no hold left: never) without applying that committed sweep; every read after it
 * counted the lapsed hold, as nothing told it to sweep, until the change feed caught up. Fixed in ab37ec2: the
 * swept-nothing branch catches up ({@code catchUp}), and a catch-up that finds no change learns the next expiry
 * in its own snapshot.
 *
 * <p>Deterministic: the clock is a {@link MutableClock} moved to the hold's expiry; the engines' change-feed
 * listeners are kept from connecting (their {@code getConnection} waits until the engine is closed), so nothing
 * but the engines' own calls applies a change; the other thread's sweep is paused right after its commit, before
 * it applies its own change. On the code before the fix both reads answer held 1; with it, 0.
 */
class ReadAfterASweepThatFoundNothingTest {

    private String schema;
    private DataSource plain;
    private GatedDataSource gated;

    @BeforeEach
    void migrate() {
        schema = TestDatabase.freshSchema("pe_sweptnothing");
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
    void aReadAfterASweepThatFoundNothingDoesNotCountTheHoldAnotherNodeSweptAway() {
        MutableClock clock = new MutableClock(NOW);
        try (PromiseEngine node1 = engine(clock)) {
            assertThat(node1.reserve("o1", plan("store", "B:1")).isReserved()).isTrue();
            clock.advance(Duration.ofMinutes(30)); // the hold lapses at its expiry, included
            try (PromiseEngine node2 = engine(clock)) {
                assertThat(node2.stock("store", "B").held()).as("node 2 sweeps the lapsed hold away").isZero();
            }
            // node 1 still counts the hold, knows it lapsed, sweeps, finds nothing: node 2's sweep took it
            assertThat(node1.stock("store", "B").held()).as("node 1's read after its sweep that found nothing").isZero();
            assertThat(node1.stock("store", "B").held()).as("and the read after it").isZero();
        }
    }

    @Test
    void aReadAfterASweepThatFoundNothingDoesNotCountTheHoldAnotherThreadIsGivingBack() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        try (PromiseEngine engine = engine(clock)) {
            assertThat(engine.reserve("o1", plan("store", "B:1")).isReserved()).isTrue();
            clock.advance(Duration.ofMinutes(30));
            Thread sweeper = new Thread(() -> engine.stock("wh", "A"), "sweeper"); // a read sweeps once an expiry has come
            sweeper.start();
            try {
                assertThat(gated.paused.await(30, TimeUnit.SECONDS)).as("the sweeper committed its sweep").isTrue();
                // the sweep is committed, not applied: this read sweeps too, and finds nothing
                assertThat(engine.stock("store", "B").held()).as("a read after a sweep that found nothing").isZero();
                assertThat(engine.stock("store", "B").held()).as("and the read after it").isZero();
            } finally {
                gated.resume.countDown();
                sweeper.join(30_000);
            }
            assertThat(engine.stock("store", "B").held()).isZero();
        }
    }

    private PromiseEngine engine(MutableClock clock) {
        return PostgresPromiseEngine.builder(gated).initialNetwork(LiveStoreContract.network()).clock(clock)
                .holdFor(Duration.ofMinutes(30)).poll(Duration.ofMillis(100)).build();
    }
}
