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

import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.Reservation;
import io.promiseengine.live.WindowState;
import io.promiseengine.model.Method;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Captures in chosen windows, window events and releases on real threads at once (docs/EVENTS.md, "Delivery
 * windows"): two threads capture SCHEDULED orders in random windows of {@link WindowEventsTest}'s network (3 drops a
 * window), one applies window cancellations and capacity changes, one closes orders through the tracker and
 * releases others behind its back. Afterwards every followed order holds one drop of the window its promise names,
 * the drops held in each window are exactly the followed orders' and within its capacity, and an order not followed
 * holds nothing. Fixed seeds; no timing is asserted.
 */
class TrackerWindowsConcurrencyTest {

    private static final long SEED = 1717;
    private static final Instant ORDERED = Instant.parse("2026-09-17T08:00:00Z");
    private static final int CAPTURE_THREADS = 2;
    private static final int CAPTURES_PER_THREAD = 120;
    private static final int EVENTS = 60;

    private static Order order(String id) {
        return Order.of(id, QuoteRequest.builder(ORDERED, Destination.postalCode("75015")).line("A", 1)
                .methods(Method.SCHEDULED).maxWindows(10).build());
    }

    @Test
    void capturesWindowEventsAndReleasesOnSeveralThreadsKeepEveryDropExact() throws Exception {
        PromiseEngine engine = PromiseEngine.builder(WindowEventsTest.network(1_000, 1_000, 3))
                .clock(Clock.fixed(ORDERED, ZoneOffset.UTC)).build();
        PromiseTracker tracker = PromiseTracker.builder(engine).build();
        List<Instant> windows = engine.quote(order("probe")).options().get(0).windows().stream()
                .map(DeliveryWindow::start).toList();
        assertThat(windows).hasSize(10);
        Set<String> ids = ConcurrentHashMap.newKeySet();
        List<String> captured = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger finished = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CAPTURE_THREADS + 2);
        CyclicBarrier go = new CyclicBarrier(CAPTURE_THREADS + 2);

        List<Future<int[]>> capturers = new ArrayList<>();
        for (int t = 0; t < CAPTURE_THREADS; t++) {
            int thread = t;
            capturers.add(pool.submit(() -> {
                Random rnd = new Random(SEED + thread);
                go.await();
                int[] counts = new int[2]; // captured, refused
                try {
                    capture(engine, tracker, rnd, thread, ids, captured, counts);
                } finally {
                    finished.incrementAndGet(); // even when it fails: the events thread stops waiting
                }
                return counts;
            }));
        }
        Future<int[]> events = pool.submit(() -> {
            Random rnd = new Random(SEED + 7);
            go.await();
            int[] counts = new int[2]; // moved, lost
            for (int i = 0; i < EVENTS; i++) {
                while (captured.size() < 3 * i && finished.get() < CAPTURE_THREADS) {
                    Thread.onSpinWait(); // spread the events over the captures (a pace, not a timing)
                }
                Instant window = windows.get(rnd.nextInt(windows.size()));
                List<TrackedOrder> now = tracker.orders();
                if (!now.isEmpty() && rnd.nextInt(3) > 0) { // mostly a window some order holds
                    window = now.get(rnd.nextInt(now.size())).reservation().windows().get(0).window();
                }
                Instant at = ORDERED.plusSeconds(60L * i);
                PromiseEvent event = rnd.nextInt(6) == 0 ? new WindowCancelled("ev-" + i, at, "vans", "75", window)
                        : new WindowCapacityChanged("ev-" + i, at, "vans", "75", window, rnd.nextInt(5));
                EventOutcome out = tracker.apply(event);
                for (PromiseChange c : out.changed()) {
                    counts[c.promise().isPresent() ? 0 : 1]++;
                }
            }
            return counts;
        });
        Future<int[]> releases = pool.submit(() -> {
            Random rnd = new Random(SEED + 9);
            go.await();
            int[] counts = new int[2]; // closed, released behind the tracker's back
            while (!done.get()) {
                String id;
                synchronized (captured) {
                    id = captured.isEmpty() ? null : captured.get(rnd.nextInt(captured.size()));
                }
                if (id == null) {
                    Thread.onSpinWait();
                    continue;
                }
                if (rnd.nextInt(4) == 0) {
                    counts[1] += engine.release(id) ? 1 : 0;
                } else {
                    counts[0] += tracker.close(id) ? 1 : 0;
                }
                if (counts[0] + counts[1] >= 60) {
                    break;
                }
            }
            return counts;
        });
        int capturedCount = 0;
        int refused = 0;
        for (Future<int[]> c : capturers) {
            int[] n = c.get(120, TimeUnit.SECONDS);
            capturedCount += n[0];
            refused += n[1];
        }
        int[] ev = events.get(120, TimeUnit.SECONDS);
        done.set(true);
        int[] rel = releases.get(30, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        System.out.println("TrackerWindowsConcurrencyTest seed " + SEED + ": captured " + capturedCount + ", refused "
                + refused + ", moved " + ev[0] + ", lost " + ev[1] + ", closed " + rel[0] + ", released outside " + rel[1]);

        Map<Reservation.WindowHold, Integer> drops = new HashMap<>();
        Set<String> followed = new HashSet<>();
        for (TrackedOrder t : tracker.orders()) {
            followed.add(t.id());
            assertThat(t.reservation().windows()).as(t.id()).hasSize(1);
            Reservation.WindowHold h = t.reservation().windows().get(0);
            assertThat(engine.reservation(t.id()).orElseThrow().holdsTheSameAs(t.reservation())).as(t.id()).isTrue();
            assertThat(t.promise().windows()).singleElement().satisfies(w -> assertThat(w.start()).isEqualTo(h.window()));
            assertThat(t.fulfilment().window().orElseThrow().start()).isEqualTo(h.window());
            drops.merge(h, 1, Integer::sum);
        }
        Set<Instant> looked = new HashSet<>(windows);
        drops.keySet().forEach(h -> looked.add(h.window()));
        for (Instant w : looked) {
            WindowState state = engine.window("vans", "75", w);
            int mine = drops.getOrDefault(new Reservation.WindowHold("vans", "75", w), 0);
            assertThat(state.held()).as("drops held in %s", w).isEqualTo(mine);
            assertThat((long) state.load() + state.held()).as("within the capacity of %s", w).isLessThanOrEqualTo(state.capacity());
        }
        for (String id : ids) {
            if (!followed.contains(id)) {
                assertThat(engine.reservation(id)).as("%s is not followed and holds nothing", id).isEmpty();
            }
        }
        assertThat(capturedCount).as("captures while events applied").isGreaterThan(100);
        assertThat(ev[0]).as("orders moved by the events").isGreaterThan(20);
        assertThat(rel[0]).as("orders closed meanwhile").isPositive();
    }

    private static void capture(PromiseEngine engine, PromiseTracker tracker, Random rnd, int thread, Set<String> ids,
                                List<String> captured, int[] counts) {
        for (int i = 0; i < CAPTURES_PER_THREAD; i++) {
            Order order = order("c" + thread + "-" + i);
            ids.add(order.id());
            List<PromiseOption> options = engine.quote(order).options();
            if (options.isEmpty()) {
                continue; // every window full or cancelled for now
            }
            PromiseOption option = options.get(0);
            DeliveryWindow window = option.windows().get(rnd.nextInt(option.windows().size()));
            CaptureResult r = tracker.capture(order, option, window);
            if (r instanceof CaptureResult.Captured c) {
                assertThat(c.tracked().reservation().windows()).singleElement()
                        .satisfies(h -> assertThat(h.window()).isEqualTo(window.start()));
                captured.add(order.id());
                counts[0]++;
            } else {
                // the window filled or was cut between the quote and the capture
                assertThat(engine.reservation(order.id())).as("%s refused but holding", order.id()).isEmpty();
                counts[1]++;
            }
        }
    }
}
