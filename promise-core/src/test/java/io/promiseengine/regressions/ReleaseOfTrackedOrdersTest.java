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

import io.promiseengine.events.CarrierDelayed;
import io.promiseengine.events.EventFixtures;
import io.promiseengine.events.PromiseTracker;
import io.promiseengine.events.StockCorrected;
import io.promiseengine.events.TrackedOrder;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.Reservation;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Method;
import io.promiseengine.model.StockLevel;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.PromiseOption;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 13: a plain {@code engine.release} of a tracked order left the tracker following an order
 * without a hold, and an event touching it could reserve for it again. Three real threads: one captures, one
 * releases tracked orders through the engine, one applies events that re-plan them (shelves found short,
 * carrier delays). At the end no released order holds anything or is followed, every followed order holds
 * what the tracker says, and the engine's held units are exactly the followed orders' holds. Seeded; the seed
 * is printed and {@code -Dregression.seed=N} replays the choices (not the interleaving).
 */
class ReleaseOfTrackedOrdersTest {

    @Test
    void anOrderReleasedInTheEngineIsNeverFollowedNorHeldAgain() throws Exception {
        long seed = Long.getLong("regression.seed", 1313L);
        System.out.println("ReleaseOfTrackedOrdersTest seed " + seed);
        PromiseEngine engine = EventFixtures.engine(EventFixtures.network(StockLevel.of("wh-lille", "TSHIRT", 400),
                StockLevel.of("wh-lyon", "TSHIRT", 400)));
        PromiseTracker tracker = PromiseTracker.builder(engine).build();
        Order template = EventFixtures.order("R-0", "TSHIRT", 1, Method.HOME_DELIVERY);
        PromiseOption std = engine.quote(template).options().stream()
                .filter(o -> o.service().equals(Optional.of("std"))).findFirst().orElseThrow();
        int orders = 300;
        Set<String> released = ConcurrentHashMap.newKeySet();
        List<Throwable> thrown = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        Random seeds = new Random(seed);
        long capturerSeed = seeds.nextLong();
        long releaserSeed = seeds.nextLong();
        long eventsSeed = seeds.nextLong();
        AtomicInteger captured = new AtomicInteger();
        Thread capturer = thread(go, thrown, () -> {
            Random r = new Random(capturerSeed);
            for (int i = 0; i < orders; i++) {
                tracker.capture(EventFixtures.order("R-" + i, "TSHIRT", 1 + r.nextInt(2), Method.HOME_DELIVERY), std);
                captured.incrementAndGet();
            }
        });
        Thread releaser = thread(go, thrown, () -> {
            Random r = new Random(releaserSeed);
            while (captured.get() < orders) {
                int upTo = captured.get();
                String id = "R-" + r.nextInt(Math.max(1, upTo));
                if (r.nextInt(4) == 0 && engine.reservation(id).map(Reservation::confirmed).orElse(false)
                        && engine.release(id)) {
                    released.add(id);
                }
                Thread.yield();
            }
        });
        Thread events = thread(go, thrown, () -> {
            Random r = new Random(eventsSeed);
            for (int i = 0; i < 60; i++) {
                if (i % 10 == 9) {
                    // the same transit again: every Lille order is looked at, none moves; released ones are forgotten
                    tracker.apply(CarrierDelayed.replace("ev-" + i, EventFixtures.EVENT, "std", MassFunction.of(1, 1.0))
                            .onLane("59", "75"));
                } else {
                    String at = r.nextBoolean() ? "wh-lille" : "wh-lyon";
                    int held = engine.stock(at, "TSHIRT").held();
                    tracker.apply(StockCorrected.onHand("ev-" + i, EventFixtures.EVENT, at, "TSHIRT",
                            Math.max(0, held - 1 - r.nextInt(3))));
                    tracker.apply(StockCorrected.onHand("ev-" + i + "-back", EventFixtures.EVENT, at, "TSHIRT", 400));
                }
            }
        });
        go.countDown();
        for (Thread t : List.of(capturer, releaser, events)) {
            t.join(TimeUnit.SECONDS.toMillis(60));
            assertThat(t.isAlive()).as("seed %d: %s still running", seed, t.getName()).isFalse();
        }

        assertThat(thrown).as("seed %d", seed).isEmpty();
        List<TrackedOrder> followed = tracker.orders();
        Set<String> followedIds = new HashSet<>();
        long heldByFollowed = 0;
        for (TrackedOrder t : followed) {
            followedIds.add(t.id());
            Reservation held = engine.reservation(t.id()).orElseThrow();
            assertThat(held.confirmed()).isTrue();
            assertThat(t.reservation().holdsTheSameAs(held)).as("seed %d order %s", seed, t.id()).isTrue();
            for (Reservation.StockHold h : held.stock()) {
                heldByFollowed += h.quantity();
            }
        }
        for (String id : released) {
            assertThat(followedIds).as("seed %d", seed).doesNotContain(id);
            assertThat(engine.reservation(id)).as("seed %d order %s", seed, id).isEmpty();
        }
        assertThat((long) engine.stock("wh-lille", "TSHIRT").held() + engine.stock("wh-lyon", "TSHIRT").held())
                .as("seed %d", seed).isEqualTo(heldByFollowed);
        System.out.println("ReleaseOfTrackedOrdersTest: " + released.size() + " released, " + followed.size() + " followed");
    }

    private static Thread thread(CountDownLatch go, List<Throwable> thrown, Runnable work) {
        Thread t = new Thread(() -> {
            try {
                go.await();
                work.run();
            } catch (Throwable e) {
                thrown.add(e);
            }
        });
        t.start();
        return t;
    }
}
