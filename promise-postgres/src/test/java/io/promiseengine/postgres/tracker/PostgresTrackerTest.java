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

import io.promiseengine.events.CarrierDelayed;
import io.promiseengine.events.EventFixtures;
import io.promiseengine.events.EventOutcome;
import io.promiseengine.events.PromiseChange;
import io.promiseengine.events.PromiseTracker;
import io.promiseengine.events.StockCorrected;
import io.promiseengine.events.TrackedOrder;
import io.promiseengine.events.spi.TrackerStore;
import io.promiseengine.events.spi.TrackerStoreContract;
import io.promiseengine.live.MutableClock;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Method;
import io.promiseengine.model.StockLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.promiseengine.events.EventFixtures.EVENT;
import static io.promiseengine.events.EventFixtures.ORDERED;
import static io.promiseengine.events.EventFixtures.capture;
import static io.promiseengine.events.EventFixtures.network;
import static io.promiseengine.events.EventFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trackers on PostgreSQL as OMS nodes run them: one engine stands for the shared live state; each node has
 * its own tracker, store object and data source, on one tracker name. A restart recovers everything; an
 * event delivered to two nodes at once is applied once; the outbox is delivered once across nodes.
 */
class PostgresTrackerTest {

    @RegisterExtension
    static final TrackerSchema DB = new TrackerSchema("pe_tracker");
    private static final AtomicInteger NAMES = new AtomicInteger();
    private final MutableClock clock = new MutableClock(ORDERED);

    /** A node's store: its own data source on the test schema. */
    private static PostgresTrackerStore node(String name) {
        DataSource ds = DB.dataSource();
        return PostgresTrackerStore.of(ds, name);
    }

    private PromiseEngine engine() {
        return PromiseEngine.builder(network(StockLevel.of("store-paris", "TSHIRT", 5), StockLevel.of("wh-lyon", "TSHIRT", 5)))
                .clock(clock).build();
    }

    @Test
    void aTrackerBuiltAfterACrashBetweenTheEventAndTheDeliveryRecoversEverythingAndDeliversWhatWasPending() {
        String name = "crash-" + NAMES.incrementAndGet();
        PromiseEngine engine = engine();
        ScheduledExecutorService dies = Executors.newSingleThreadScheduledExecutor();
        List<PromiseChange> neverHeard = Collections.synchronizedList(new ArrayList<>());
        PromiseTracker before = PromiseTracker.builder(engine).store(node(name)).clock(clock)
                .deliverOn(dies, Duration.ofHours(1)).listener(neverHeard::add).build();
        capture(engine, before, order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
        capture(engine, before, order("o-2", "TSHIRT", 1, Method.COLLECT), "");
        List<TrackedOrder> followed = before.orders();
        dies.shutdownNow(); // the JVM dies: the event's step commits, its delivery never runs
        EventOutcome out = before.apply(CarrierDelayed.shift("ev-1", EVENT, "std", 1));
        assertThat(out.changed()).hasSize(1);
        assertThat(neverHeard).isEmpty();

        List<PromiseChange> heard = new ArrayList<>();
        PromiseTracker after = PromiseTracker.builder(engine).store(node(name)).clock(clock).listener(heard::add).build();

        assertThat(after.orders()).hasSize(2).extracting(TrackedOrder::id).containsExactly("o-1", "o-2");
        assertThat(after.order("o-2")).contains(followed.get(1));
        assertThat(after.order("o-1").orElseThrow().promise()).isEqualTo(out.changed().get(0).promise().orElseThrow());
        assertThat(after.applied("ev-1")).isTrue();
        assertThat(after.deliver()).isEqualTo(1);
        assertThat(heard).containsExactly(out.changed().get(0));
        assertThat(after.deliver()).isZero();
        assertThat(after.apply(CarrierDelayed.shift("ev-1", EVENT, "std", 1)).repeated()).isTrue();
        assertThat(heard).hasSize(1);
    }

    @Test
    void anEventDeliveredToTwoNodesAtOnceIsAppliedOnce() throws Exception {
        String name = "dup-" + NAMES.incrementAndGet();
        PromiseEngine engine = engine();
        Map<String, AtomicInteger> heard = new ConcurrentHashMap<>();
        PromiseTracker[] nodes = new PromiseTracker[2];
        for (int n = 0; n < 2; n++) {
            nodes[n] = PromiseTracker.builder(engine).store(node(name)).clock(clock)
                    .listener(c -> heard.computeIfAbsent(c.key(), k -> new AtomicInteger()).incrementAndGet()).build();
        }
        capture(engine, nodes[0], order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
        capture(engine, nodes[1], order("o-2", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
        int rounds = 12;
        int[] appliedBy = new int[2];
        List<Throwable> thrown = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier start = new CyclicBarrier(2);
        List<Thread> threads = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            int node = n;
            Thread t = new Thread(() -> {
                for (int i = 0; i < rounds; i++) {
                    try {
                        start.await(10, TimeUnit.SECONDS);
                        // one event in three re-promises both orders; the others move stock that nobody holds
                        EventOutcome o = nodes[node].apply(i % 3 == 0 ? CarrierDelayed.shift("ev-" + i, EVENT, "std", 1)
                                : StockCorrected.delta("ev-" + i, EVENT, "wh-lyon", "TSHIRT", 1));
                        if (!o.repeated()) {
                            appliedBy[node]++;
                        }
                    } catch (Throwable e) {
                        thrown.add(e);
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join(60_000);
        }
        nodes[0].deliver();
        nodes[1].deliver();

        assertThat(thrown).isEmpty();
        assertThat(appliedBy[0] + appliedBy[1]).isEqualTo(rounds);
        assertThat(engine.stock("wh-lyon", "TSHIRT").onHand()).isEqualTo(5 + rounds - 4); // 8 deltas of +1
        assertThat(heard).hasSize(2 * 4).allSatisfy((key, count) -> assertThat(count.get()).as(key).isEqualTo(1));
        assertThat(nodes[0].orders()).isEqualTo(nodes[1].orders());
        assertThat(node(name).pending()).isEmpty();
    }

    @Test
    void twoNodesDeliveringAtOnceDeliverEachNoticeOnce() throws Exception {
        String name = "outbox-" + NAMES.incrementAndGet();
        PromiseEngine engine = engine();
        TrackerStore store = node(name);
        store.update(tx -> {
            for (int i = 0; i < 40; i++) {
                tx.enqueue(TrackerStoreContract.change("o-" + i, TrackerStoreContract.everyEvent().get(i % 7), false), ORDERED);
            }
            return null;
        });
        Map<String, AtomicInteger> heard = new ConcurrentHashMap<>();
        List<PromiseTracker> nodes = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            nodes.add(PromiseTracker.builder(engine).store(node(name)).clock(clock)
                    .listener(c -> heard.computeIfAbsent(c.key(), k -> new AtomicInteger()).incrementAndGet()).build());
        }
        CyclicBarrier start = new CyclicBarrier(2);
        int[] delivered = new int[2];
        List<Thread> threads = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            int node = n;
            Thread t = new Thread(() -> {
                try {
                    start.await(10, TimeUnit.SECONDS);
                    delivered[node] = nodes.get(node).deliver();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join(60_000);
        }

        assertThat(delivered[0] + delivered[1]).isEqualTo(40);
        assertThat(heard).hasSize(40).allSatisfy((key, count) -> assertThat(count.get()).as(key).isEqualTo(1));
        assertThat(store.pending()).isEmpty();
    }

    @Test
    void aListenerThatThrowsHearsTheNoticeAgainAfterTheBackOff() {
        String name = "retry-" + NAMES.incrementAndGet();
        PromiseEngine engine = engine();
        AtomicInteger failures = new AtomicInteger(1);
        List<String> heard = new ArrayList<>();
        PromiseTracker tracker = PromiseTracker.builder(engine).store(node(name)).clock(clock)
                .retries(Duration.ofSeconds(10), Duration.ofMinutes(1)).listener(c -> {
                    if (failures.getAndDecrement() > 0) {
                        throw new IllegalStateException("mail server down");
                    }
                    heard.add(c.key());
                }).build();
        capture(engine, tracker, order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY), "std");

        tracker.apply(CarrierDelayed.shift("ev-1", EVENT, "std", 1));
        assertThat(node(name).pending()).singleElement().satisfies(p -> {
            assertThat(p.attempts()).isEqualTo(1);
            assertThat(p.due()).isEqualTo(ORDERED.plusSeconds(10));
        });
        clock.advance(Duration.ofSeconds(9));
        assertThat(tracker.deliver()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(tracker.deliver()).isEqualTo(1);

        assertThat(heard).containsExactly("change:4:ev-1:o-1");
    }
}
