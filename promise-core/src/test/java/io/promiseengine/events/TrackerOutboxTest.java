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
package io.promiseengine.events;

import io.promiseengine.events.spi.TrackerStore;
import io.promiseengine.live.MutableClock;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Method;
import io.promiseengine.model.StockLevel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
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

/** Notices go through the outbox: at least once, keyed, off the tracker's lock, retried, kept across a restart. */
class TrackerOutboxTest {

    private final MutableClock clock = new MutableClock(ORDERED);

    private PromiseEngine engine() {
        return PromiseEngine.builder(network(StockLevel.of("store-paris", "TSHIRT", 5))).clock(clock).build();
    }

    @Test
    void aSlowListenerDoesNotBlockReadsOnAnotherThread() throws Exception {
        PromiseEngine engine = engine();
        CountDownLatch inListener = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        PromiseTracker tracker = PromiseTracker.builder(engine).clock(clock).listener(c -> {
            inListener.countDown();
            try {
                letGo.await(10, TimeUnit.SECONDS); // a listener taking its time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).build();
        capture(engine, tracker, order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
        Thread applier = new Thread(() -> tracker.apply(CarrierDelayed.shift("ev-1", EVENT, "std", 1)));
        applier.start();
        assertThat(inListener.await(10, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        List<TrackedOrder> orders = tracker.orders();
        boolean applied = tracker.applied("ev-1");
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        letGo.countDown();
        applier.join(10_000);

        assertThat(orders).singleElement().satisfies(t -> assertThat(t.promise().date().getDayOfMonth()).isEqualTo(21));
        assertThat(applied).isTrue();
        assertThat(tookMillis).isLessThan(2_000);
    }

    @Test
    void aListenerThatThrowsHearsTheNoticeAgainAfterAnExponentialBackOffAndTheOthersHearItOnce() {
        PromiseEngine engine = engine();
        AtomicInteger failures = new AtomicInteger(3);
        List<String> first = new ArrayList<>();
        List<String> flaky = new ArrayList<>();
        PromiseTracker tracker = PromiseTracker.builder(engine).clock(clock).retries(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .listener(c -> first.add(c.key()))
                .listener(c -> {
                    if (failures.getAndDecrement() > 0) {
                        throw new IllegalStateException("mail server down");
                    }
                    flaky.add(c.key());
                }).build();
        capture(engine, tracker, order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY), "std");

        EventOutcome out = tracker.apply(CarrierDelayed.shift("ev-1", EVENT, "std", 1));
        String key = out.changed().get(0).key();
        assertThat(key).isEqualTo("change:4:ev-1:o-1");
        assertThat(first).containsExactly(key);
        assertThat(flaky).isEmpty();

        assertThat(tracker.deliver()).isZero(); // not due: 1 s back-off
        clock.advance(Duration.ofSeconds(1));
        assertThat(tracker.deliver()).isZero(); // second failure: 2 s
        clock.advance(Duration.ofMillis(1999));
        assertThat(tracker.deliver()).isZero();
        assertThat(failures.get()).isEqualTo(1);
        clock.advance(Duration.ofMillis(1));
        assertThat(tracker.deliver()).isZero(); // third failure: 4 s, capped at 3 s
        clock.advance(Duration.ofSeconds(3));
        assertThat(tracker.deliver()).isEqualTo(1);

        assertThat(first).containsExactly(key);
        assertThat(flaky).containsExactly(key);
        assertThat(tracker.deliver()).isZero();
    }

    @Test
    void noticesATrackerLeftUndeliveredAreDeliveredByTheNextTrackerOnTheStore() {
        PromiseEngine engine = engine();
        TrackerStore store = TrackerStore.inMemory();
        PromiseTracker crashed = PromiseTracker.builder(engine).store(store).clock(clock).listener(c -> {
            throw new IllegalStateException("the JVM dies before the mail leaves");
        }).build();
        capture(engine, crashed, order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
        crashed.apply(CarrierDelayed.shift("ev-1", EVENT, "std", 1));
        assertThat(store.pending()).hasSize(1);
        // the tracker is dropped without close(); a new one starts on the same store (and engine)

        List<PromiseChange> heard = new ArrayList<>();
        PromiseTracker restarted = PromiseTracker.builder(engine).store(store).clock(clock).listener(heard::add).build();
        clock.advance(Duration.ofSeconds(1));

        assertThat(restarted.deliver()).isEqualTo(1);
        assertThat(heard).singleElement().satisfies(c -> {
            assertThat(c.orderId()).isEqualTo("o-1");
            assertThat(c.cause().id()).isEqualTo("ev-1");
        });
        assertThat(restarted.orders()).extracting(TrackedOrder::id).containsExactly("o-1");
        assertThat(restarted.applied("ev-1")).isTrue();
        assertThat(restarted.apply(CarrierDelayed.shift("ev-1", EVENT, "std", 1)).repeated()).isTrue();
        assertThat(store.pending()).isEmpty();
    }

    @Test
    void aDeliveryThatDiedWithItsClaimIsTakenOverWhenTheLeaseLapses() throws Exception {
        PromiseEngine engine = engine();
        TrackerStore store = TrackerStore.inMemory();
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        PromiseTracker dying = PromiseTracker.builder(engine).store(store).clock(clock).deliveryLease(Duration.ofSeconds(30))
                .listener(c -> {
                    stuck.countDown();
                    try {
                        never.await(10, TimeUnit.SECONDS); // a node that hangs mid-delivery
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }).build();
        capture(engine, dying, order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
        Thread t = new Thread(() -> dying.apply(CarrierDelayed.shift("ev-1", EVENT, "std", 1)));
        t.start();
        assertThat(stuck.await(10, TimeUnit.SECONDS)).isTrue();

        List<PromiseChange> heard = Collections.synchronizedList(new ArrayList<>());
        PromiseTracker other = PromiseTracker.builder(engine).store(store).clock(clock).listener(heard::add).build();
        assertThat(other.deliver()).isZero(); // claimed by the hanging node
        clock.advance(Duration.ofSeconds(30));
        assertThat(other.deliver()).isEqualTo(1);
        never.countDown();
        t.join(10_000);

        assertThat(heard).extracting(PromiseChange::key).containsExactly("change:4:ev-1:o-1");
    }

    @Test
    void anExecutorDeliversAndCloseWaitsForTheDeliveryUnderWay() throws Exception {
        PromiseEngine engine = engine();
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            CountDownLatch heard = new CountDownLatch(1);
            List<String> threads = Collections.synchronizedList(new ArrayList<>());
            PromiseTracker tracker = PromiseTracker.builder(engine).clock(clock)
                    .deliverOn(executor, Duration.ofMillis(50)).listener(c -> {
                        threads.add(Thread.currentThread().getName());
                        heard.countDown();
                    }).build();
            capture(engine, tracker, order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY), "std");

            tracker.apply(CarrierDelayed.shift("ev-1", EVENT, "std", 1));

            assertThat(heard.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(threads).singleElement().isNotEqualTo(Thread.currentThread().getName());
            tracker.close();
            assertThat(executor.isShutdown()).isFalse();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> tracker.apply(CarrierDelayed.shift("ev-2", EVENT, "std", 1)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void theExecutorRetriesANoticeOnItsOwnOnceTheBackOffPassed() throws Exception {
        PromiseEngine engine = engine();
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            AtomicInteger failures = new AtomicInteger(1);
            CountDownLatch heard = new CountDownLatch(1);
            PromiseTracker tracker = PromiseTracker.builder(engine).clock(clock).deliverOn(executor, Duration.ofMillis(10))
                    .listener(c -> {
                        if (failures.getAndDecrement() > 0) {
                            throw new IllegalStateException("mail server down");
                        }
                        heard.countDown();
                    }).build();
            capture(engine, tracker, order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
            tracker.apply(CarrierDelayed.shift("ev-1", EVENT, "std", 1));

            assertThat(heard.await(300, TimeUnit.MILLISECONDS)).isFalse(); // failed once, waits for its back-off
            clock.advance(Duration.ofSeconds(1));

            assertThat(heard.await(10, TimeUnit.SECONDS)).isTrue(); // the poll found it due, no event needed
            tracker.close();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void appliedEventIdsAreKeptForTheCountGiven() {
        PromiseEngine engine = engine();
        PromiseTracker tracker = PromiseTracker.builder(engine).clock(clock).appliedEventIds(3, Duration.ofDays(1)).build();
        for (int i = 1; i <= 5; i++) {
            tracker.apply(StockCorrected.delta("ev-" + i, EVENT, "store-paris", "TSHIRT", 1));
        }

        assertThat(tracker.applied("ev-2")).isFalse();
        assertThat(tracker.applied("ev-3")).isTrue();
        assertThat(tracker.applied("ev-5")).isTrue();
        assertThat(tracker.apply(StockCorrected.delta("ev-1", EVENT, "store-paris", "TSHIRT", 1)).repeated()).isFalse();
        assertThat(engine.stock("store-paris", "TSHIRT").onHand()).isEqualTo(11); // forgotten ids apply again
    }

    @Test
    void appliedEventIdsAreKeptForTheAgeGivenByTheTrackersClock() {
        PromiseEngine engine = engine();
        PromiseTracker tracker = PromiseTracker.builder(engine).clock(clock).appliedEventIds(1_000, Duration.ofHours(1)).build();
        tracker.apply(StockCorrected.delta("ev-1", EVENT, "store-paris", "TSHIRT", 1));
        clock.advance(Duration.ofMinutes(30));
        tracker.apply(StockCorrected.delta("ev-2", EVENT, "store-paris", "TSHIRT", 1));
        clock.advance(Duration.ofMinutes(31));

        tracker.apply(StockCorrected.delta("ev-3", EVENT, "store-paris", "TSHIRT", 1));

        assertThat(tracker.applied("ev-1")).isFalse();
        assertThat(tracker.applied("ev-2")).isTrue();
        assertThat(tracker.applied("ev-3")).isTrue();
    }

    @Test
    void twoTrackersOnOneStoreFollowTheSameOrdersAndApplyAnEventOnce() {
        PromiseEngine engine = PromiseEngine.builder(network(StockLevel.of("store-paris", "TSHIRT", 5),
                StockLevel.of("wh-lyon", "TSHIRT", 5))).clock(clock).build();
        TrackerStore store = TrackerStore.inMemory();
        EventFixtures.Heard heardA = new EventFixtures.Heard();
        EventFixtures.Heard heardB = new EventFixtures.Heard();
        PromiseTracker a = PromiseTracker.builder(engine).store(store).clock(clock).listener(heardA).build();
        PromiseTracker b = PromiseTracker.builder(engine).store(store).clock(clock).listener(heardB).build();
        capture(engine, a, order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
        capture(engine, b, order("o-2", "TSHIRT", 1, Method.HOME_DELIVERY), "std");

        EventOutcome once = b.apply(StockCorrected.onHand("ev-1", EVENT, "store-paris", "TSHIRT", 1));
        EventOutcome twice = a.apply(StockCorrected.onHand("ev-1", EVENT, "store-paris", "TSHIRT", 1));

        assertThat(once.touched()).containsExactly("o-2", "o-1"); // b saw a's order
        assertThat(twice.repeated()).isTrue();
        assertThat(a.orders()).isEqualTo(b.orders());
        assertThat(a.order("o-2").orElseThrow().fulfilment().shipments().get(0).from()).isEqualTo("wh-lyon");
        assertThat(heardA.changes).isEmpty(); // delivered once, by the tracker that made it
        assertThat(heardB.changes).extracting(PromiseChange::orderId).containsExactly("o-2");
        assertThat(a.close("o-1")).isTrue();
        assertThat(b.order("o-1")).isEmpty();
        assertThat(b.close("o-1")).isFalse();
    }
}
