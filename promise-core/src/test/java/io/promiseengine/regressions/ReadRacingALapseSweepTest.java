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
package io.promiseengine.regressions;

import io.promiseengine.internal.engine.EngineProbe;
import io.promiseengine.live.MutableClock;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Method;
import io.promiseengine.model.Position;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import static io.promiseengine.live.LiveStoreContract.NOW;
import static io.promiseengine.live.LiveStoreContract.VANS;
import static io.promiseengine.live.LiveStoreContract.WINDOW;
import static io.promiseengine.live.LiveStoreContract.WINDOW_END;
import static io.promiseengine.live.LiveStoreContract.network;
import static io.promiseengine.live.LiveStoreContract.plan;
import static io.promiseengine.live.LiveStoreContract.windowNetwork;
import static io.promiseengine.live.LiveStoreContract.windowPlan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 (capture and reads racing the lapse of a hold), the in-memory live engine: a read racing an expiry
 * sweep could count the hold the sweep was giving back. The sweep's commit set the store's next expiry (no hold
 * left: never) before it published the ledger without the hold; a lock-free read in between saw that its clock
 * was before the next expiry, did not sweep, and read the ledger still counting the lapsed hold. Fixed by each
 * published version carrying the earliest expiry of the holds its own ledger counts ({@code Version.lapsesAt},
 * {@code DefaultPromiseEngine.unlapsed}).
 *
 * <p>Deterministic: the clock is a {@link MutableClock} moved to the hold's expiry; the sweeping thread is paused
 * by {@link EngineProbe#beforePublish} at the exact point (next expiry written, ledger not yet published); the
 * read runs then, and the sweep resumes once the read has answered or waits for the sweep's lock. On the code
 * before the fix the read answers at once with the hold counted; with the fix it waits for the sweep and counts
 * nothing.
 */
class ReadRacingALapseSweepTest {

    @Test
    void aStockReadDuringASweepsCommitDoesNotCountTheHoldItGivesBack() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        try (PromiseEngine engine = PromiseEngine.builder(network()).clock(clock).holdFor(Duration.ofMinutes(30)).build()) {
            assertThat(engine.reserve("o1", plan("store", "B:1")).isReserved()).isTrue();
            assertThat(engine.stock("store", "B").held()).isEqualTo(1);
            clock.advance(Duration.ofMinutes(30)); // the hold lapses at its expiry, included

            int held = duringASweepsCommit(engine, () -> engine.stock("store", "B").held());

            assertThat(held).as("held, read while the sweep gives the lapsed hold back").isZero();
            assertThat(engine.stock("store", "B").held()).isZero();
        }
    }

    @Test
    void aQuoteDuringASweepsCommitDoesNotCountTheHoldItGivesBack() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        try (PromiseEngine engine = PromiseEngine.builder(network()).clock(clock).holdFor(Duration.ofMinutes(30)).build()) {
            QuoteRequest request = QuoteRequest.builder(Instant.parse("2026-09-17T12:10:00Z"),
                    Destination.position(Position.of(48.85, 2.35))).line("B", 3).methods(Method.COLLECT).collectAt("store").build();
            assertThat(engine.reserve("o1", plan("store", "B:1")).isReserved()).isTrue();
            assertThat(engine.quote(request).options()).as("3 B with 1 of 3 held").isEmpty();
            clock.advance(Duration.ofMinutes(30));

            int options = duringASweepsCommit(engine, () -> engine.quote(request).options().size());

            assertThat(options).as("options for all 3 B, quoted while the sweep gives the lapsed hold back").isEqualTo(1);
        }
    }

    @Test
    void aWindowReadDuringASweepsCommitDoesNotCountTheDropItGivesBack() throws Exception {
        // engine.window kept the pattern of the code before the fix (found by this test, issue 13)
        MutableClock clock = new MutableClock(NOW);
        try (PromiseEngine engine = PromiseEngine.builder(windowNetwork()).clock(clock).holdFor(Duration.ofMinutes(30)).build()) {
            assertThat(engine.reserve("o1", windowPlan("wh", "W:1", WINDOW, WINDOW_END, "75")).isReserved()).isTrue();
            assertThat(engine.window(VANS, "75", WINDOW).held()).isEqualTo(1);
            clock.advance(Duration.ofMinutes(30));

            int held = duringASweepsCommit(engine, () -> engine.window(VANS, "75", WINDOW).held());

            assertThat(held).as("drops held, read while the sweep gives the lapsed drop back").isZero();
        }
    }

    /**
     * Sweeps the lapsed holds on a thread of its own, paused in its commit between the store's next expiry and the
     * published ledger; runs {@code read} on another thread meanwhile; lets the sweep finish once the read has
     * answered or waits for the engine's lock; returns what the read answered.
     */
    private static <T> T duringASweepsCommit(PromiseEngine engine, Callable<T> read) throws Exception {
        CountDownLatch paused = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        EngineProbe.beforePublish(engine, () -> {
            if (Thread.currentThread().getName().equals("sweeper")) {
                paused.countDown();
                try {
                    assertThat(resume.await(30, TimeUnit.SECONDS)).as("the test resumes the sweep").isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        Thread sweeper = new Thread(() -> engine.stock("wh", "A"), "sweeper"); // any read sweeps once the clock is past an expiry
        sweeper.start();
        try {
            assertThat(paused.await(30, TimeUnit.SECONDS)).as("the sweep reaches its commit").isTrue();
            FutureTask<T> answer = new FutureTask<>(read);
            Thread reader = new Thread(answer, "reader");
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            // a condition, not a delay: the read answered (without the sweep), or it waits for the sweep's lock
            while (!answer.isDone() && !EngineProbe.waitsForTheLock(engine, reader)) {
                assertThat(System.nanoTime()).as("the read answers or waits for the sweep").isLessThan(deadline);
                Thread.onSpinWait();
            }
            resume.countDown();
            return answer.get(30, TimeUnit.SECONDS);
        } finally {
            resume.countDown();
            sweeper.join(30_000);
            EngineProbe.beforePublish(engine, () -> { });
        }
    }
}
