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
import io.promiseengine.live.SlotState;
import io.promiseengine.live.StockState;
import io.promiseengine.model.Band;
import io.promiseengine.model.Collection;
import io.promiseengine.model.CourierService;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 3,000 open orders on a network of 4 warehouses and 6 Paris stores, then, on real threads at once: a seeded
 * burst of events of every kind applied by one thread, 2,000 more captures by two others (each also closing
 * some of its orders), and quotes on a fourth. Afterwards every followed order holds exactly what the engine
 * says it holds and no order the tracker left holds anything, the holds add up exactly to what the ledger
 * holds per location and sku and per slot, nothing is oversold, no slot is over its capacity, and every plan
 * keeps its order's (possibly new) promise. Seeds are fixed (the interleaving is the scheduler's).
 */
class TrackerConsistencyTest {

    private static final long SEED = 20260918L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant START = Instant.parse("2026-09-14T06:00:00Z"); // Monday 08:00
    private static final int ORDERS = 3_000;
    private static final int CAPTURE_THREADS = 2;
    private static final int CAPTURES_PER_THREAD = 1_000;
    private static final int EVENTS = 120;
    private static final int SKUS = 20;
    private static final String[] WAREHOUSES = {"wh-lille", "wh-lyon", "wh-marseille", "wh-bordeaux"};
    private static final String[] WAREHOUSE_CODES = {"59000", "69007", "13001", "33000"};
    private static final int STORES = 6;

    @Test
    void eventsCapturesAndQuotesOnSeveralThreadsKeepTheLedgerExact() throws Exception {
        Random random = new Random(SEED);
        Network network = network(random);
        PromiseEngine engine = PromiseEngine.builder(network).clock(Clock.fixed(START, ZoneOffset.UTC)).build();
        PromiseTracker tracker = PromiseTracker.builder(engine).build();
        Set<Reservation.SlotHold> slotsSeen = ConcurrentHashMap.newKeySet();
        Set<String> ids = ConcurrentHashMap.newKeySet();

        int captured = 0;
        for (int i = 0; i < ORDERS; i++) {
            Order order = order(random, "o-" + i, START.plusSeconds(20L * i));
            ids.add(order.id());
            List<PromiseOption> options = engine.quote(order).options();
            if (options.isEmpty()) {
                continue;
            }
            CaptureResult r = tracker.capture(order, options.get(random.nextInt(options.size())));
            assertThat(r).as("capture of %s (seed %s)", order.id(), SEED).isInstanceOf(CaptureResult.Captured.class);
            slotsSeen.addAll(r.order().orElseThrow().reservation().slots());
            captured++;
        }
        assertThat(captured).isGreaterThan(2_700);

        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(CAPTURE_THREADS + 2);
        CyclicBarrier go = new CyclicBarrier(CAPTURE_THREADS + 2);
        Future<int[]> events = pool.submit(() -> {
            Random rnd = new Random(SEED + 1);
            go.await();
            int[] counts = new int[3]; // touched, replanned, changed
            Instant at = START.plus(Duration.ofDays(2));
            for (int i = 0; i < EVENTS; i++) {
                at = at.plusSeconds(60);
                EventOutcome out = tracker.apply(event(rnd, engine, tracker, "ev-" + i, at));
                counts[0] += out.touched().size();
                counts[1] += out.replanned().size();
                counts[2] += out.changed().size();
                for (String id : out.touched()) {
                    tracker.order(id).ifPresent(t -> slotsSeen.addAll(t.reservation().slots()));
                }
            }
            return counts;
        });
        List<Future<int[]>> capturers = new ArrayList<>();
        for (int t = 0; t < CAPTURE_THREADS; t++) {
            int thread = t;
            capturers.add(pool.submit(() -> {
                Random rnd = new Random(SEED + 2 + thread);
                go.await();
                int[] counts = new int[3]; // captured, refused, closed
                for (int i = 0; i < CAPTURES_PER_THREAD; i++) {
                    Order order = order(rnd, "c" + thread + "-" + i, START.plus(Duration.ofDays(1)).plusSeconds(30L * i));
                    ids.add(order.id());
                    List<PromiseOption> options = engine.quote(order).options();
                    if (options.isEmpty()) {
                        continue;
                    }
                    CaptureResult r = tracker.capture(order, options.get(rnd.nextInt(options.size())));
                    if (r.isCaptured()) {
                        assertThat(r).isInstanceOf(CaptureResult.Captured.class);
                        TrackedOrder o = r.order().get();
                        slotsSeen.addAll(o.reservation().slots());
                        assertThat(o.fulfilment().date()).as("plan of %s", o.id()).isBeforeOrEqualTo(o.promise().date());
                        counts[0]++;
                        if (rnd.nextInt(5) == 0) {
                            // a closed order gives everything back, unless an event already dropped it
                            String closing = "c" + thread + "-" + rnd.nextInt(i + 1);
                            counts[2] += tracker.close(closing) ? 1 : 0;
                        }
                    } else {
                        // the stock or slot went to another thread or an event between quote and capture
                        assertThat(((CaptureResult.Refused) r).detail()).as("why %s was not captured", order.id()).isNotEmpty();
                        assertThat(engine.reservation(order.id())).as("%s refused but holding", order.id()).isEmpty();
                        counts[1]++;
                    }
                }
                return counts;
            }));
        }
        Future<Integer> quotes = pool.submit(() -> {
            Random rnd = new Random(SEED + 9);
            go.await();
            int n = 0;
            while (!done.get()) {
                Order order = order(rnd, "q-" + n, START.plus(Duration.ofDays(1)).plusSeconds(rnd.nextInt(86_400)));
                for (PromiseOption o : engine.quote(order).options()) {
                    assertThat(o.confidence()).as("%s", o).isGreaterThanOrEqualTo(order.request().confidence() - 1e-9);
                    assertThat(o.promisedAt()).isAfter(order.request().at());
                }
                n++;
            }
            return n;
        });
        int[] ev = events.get(120, TimeUnit.SECONDS);
        int capturedLater = 0;
        int closed = 0;
        for (Future<int[]> c : capturers) {
            int[] counts = c.get(120, TimeUnit.SECONDS);
            capturedLater += counts[0];
            closed += counts[2];
        }
        done.set(true);
        int quoted = quotes.get(30, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        System.out.println("TrackerConsistencyTest seed " + SEED + ": touched " + ev[0] + ", re-planned " + ev[1]
                + ", promised again " + ev[2] + ", captured meanwhile " + capturedLater + ", closed " + closed
                + ", quotes meanwhile " + quoted);
        assertThat(ev[0]).as("orders touched").isGreaterThan(100);
        assertThat(ev[1]).as("orders re-planned").isPositive();
        assertThat(ev[2]).as("orders promised again").isPositive();
        assertThat(capturedLater).as("captures while events applied").isGreaterThan(700);
        assertThat(closed).as("orders closed while events applied").isGreaterThan(50);
        assertThat(quoted).as("quotes while events applied").isPositive();

        Map<String, Integer> stockHeld = new HashMap<>();
        Map<Reservation.SlotHold, Integer> slotHeld = new HashMap<>();
        Map<String, Integer> stockInTransit = new HashMap<>(); // gone with a shipment: never moved again
        Map<Reservation.SlotHold, Integer> slotInTransit = new HashMap<>();
        Set<String> followed = new HashSet<>();
        for (TrackedOrder t : tracker.orders()) {
            followed.add(t.id());
            Reservation r = engine.reservation(t.id()).orElseThrow();
            assertThat(r.holdsTheSameAs(t.reservation())).as("reservation of %s", t.id()).isTrue();
            assertThat(r.confirmed()).isTrue();
            assertThat(t.fulfilment().date()).as("plan of %s keeps its promise", t.id()).isBeforeOrEqualTo(t.promise().date());
            for (Reservation.StockHold h : r.stock()) {
                stockHeld.merge(h.location() + "/" + h.sku(), h.quantity(), Integer::sum);
                stockInTransit.merge(h.location() + "/" + h.sku(), t.inTransit() ? h.quantity() : 0, Integer::sum);
            }
            for (Reservation.SlotHold h : r.slots()) {
                slotHeld.merge(h, 1, Integer::sum);
                slotInTransit.merge(h, t.inTransit() ? 1 : 0, Integer::sum);
            }
        }
        for (String id : ids) {
            if (!followed.contains(id)) {
                assertThat(engine.reservation(id)).as("%s is not followed, yet holds", id).isEmpty();
            }
        }
        for (Location l : network.locations()) {
            for (int s = 0; s < SKUS; s++) {
                StockState st = engine.stock(l.id(), "SKU-" + s);
                assertThat(st.held()).as("held at %s", st).isEqualTo(stockHeld.getOrDefault(l.id() + "/SKU-" + s, 0));
                assertThat(st.available() + stockInTransit.getOrDefault(l.id() + "/SKU-" + s, 0))
                        .as("oversold at %s", st).isNotNegative();
            }
        }
        for (Reservation.SlotHold h : slotsSeen) {
            SlotState s = engine.slot(h.location(), h.slot());
            assertThat(s.held()).as("held in %s", s).isEqualTo(slotHeld.getOrDefault(h, 0));
            assertThat(s.load() + s.held() - slotInTransit.getOrDefault(h, 0)).as("over capacity: %s", s)
                    .isLessThanOrEqualTo(s.capacity());
        }
    }

    private static Network network(Random random) {
        Network.Builder b = Network.builder(PARIS);
        for (int d = 1; d <= 20; d++) {
            b.postalCode(String.format("750%02d", d), Position.of(48.83 + 0.005 * d, 2.28 + 0.006 * d));
        }
        for (int w = 0; w < WAREHOUSES.length; w++) {
            b.location(Location.builder(WAREHOUSES[w], LocationKind.WAREHOUSE, Position.of(44 + w, 2 + w))
                    .postalCode(WAREHOUSE_CODES[w]).preparation(Preparation.of(Duration.ofHours(1))).build());
            for (int s = 0; s < SKUS; s++) {
                b.stock(StockLevel.of(WAREHOUSES[w], "SKU-" + s, 300 + random.nextInt(400)));
            }
        }
        for (int i = 0; i < STORES; i++) {
            String id = "store-" + i;
            b.location(Location.builder(id, LocationKind.STORE, Position.of(48.84 + 0.01 * i, 2.30 + 0.01 * i))
                    .postalCode(String.format("750%02d", 1 + 3 * i)).hours(WeeklyHours.of("MON-SAT", "09:00-21:00"))
                    .preparation(Preparation.of(Duration.ofMinutes(20), Duration.ofHours(1), 6)).collect(true).ship(true)
                    .build());
            for (int s = 0; s < SKUS; s++) {
                b.stock(StockLevel.of(id, "SKU-" + s, random.nextInt(40)));
            }
        }
        return b.service(HomeDeliveryService.builder("std", "Colis Standard").origins("kind:WAREHOUSE", "kind:STORE")
                        .collections(Collection.of("MON-FRI", "12:00", "17:00"), Collection.of("SAT", "12:00"))
                        .deliveryDays("MON-SAT").deliverBy("18:00")
                        .lanes(new Lane("", "", MassFunction.of(2, 0.8, 3, 0.2)),
                                new Lane("59", "75", MassFunction.of(1, 0.9, 2, 0.1)),
                                new Lane("69", "75", MassFunction.of(1, 0.7, 2, 0.3)),
                                new Lane("75", "75", MassFunction.of(1, 0.95, 2, 0.05)))
                        .price("4.90").build())
                .service(HomeDeliveryService.builder("express", "Express").origins("kind:WAREHOUSE")
                        .collections(Collection.of("MON-FRI", "19:00")).deliveryDays("MON-FRI").deliverBy("13:00")
                        .lanes(new Lane("", "", MassFunction.of(1, 0.97, 2, 0.03))).price("12.50").build())
                .service(CourierService.builder("courier", "Coursier").origins("kind:STORE")
                        .hours(WeeklyHours.of("MON-SAT", "09:00-21:00"))
                        .bands(new Band(8, MassFunction.of(45, 0.6, 60, 0.3, 90, 0.1))).price("9.90").build())
                .build();
    }

    private static Order order(Random random, String id, Instant at) {
        QuoteRequest.Builder b = QuoteRequest.builder(at,
                        Destination.postalCode(String.format("750%02d", 1 + random.nextInt(20))))
                .confidence(random.nextBoolean() ? 0.9 : 0.95).maxShipments(1 + random.nextInt(2))
                .methods(Method.HOME_DELIVERY, random.nextBoolean() ? Method.COURIER : Method.COLLECT);
        int lines = 1 + random.nextInt(2);
        for (int l = 0; l < lines; l++) {
            b.line("SKU-" + random.nextInt(SKUS), 1 + random.nextInt(2));
        }
        return Order.of(id, b.build());
    }

    private static PromiseEvent event(Random random, PromiseEngine engine, PromiseTracker tracker, String id, Instant at) {
        String store = "store-" + random.nextInt(STORES);
        String sku = "SKU-" + random.nextInt(SKUS);
        int kind = random.nextInt(10);
        if (kind < 4) {
            String location = random.nextInt(3) == 0 ? WAREHOUSES[random.nextInt(WAREHOUSES.length)] : store;
            int onHand = engine.stock(location, sku).onHand();
            return StockCorrected.onHand(id, at, location, sku, onHand == 0 ? 0 : random.nextInt(onHand));
        }
        List<TrackedOrder> open = tracker.orders();
        TrackedOrder some = open.get(random.nextInt(open.size()));
        if (kind < 6) {
            Reservation.SlotHold slot = some.reservation().slots().isEmpty()
                    ? new Reservation.SlotHold(store, START.plus(Duration.ofHours(3 + random.nextInt(48))))
                    : some.reservation().slots().get(0);
            return new SlotCapacityChanged(id, at, slot.location(), slot.slot(), random.nextInt(4));
        }
        if (kind == 6) {
            LocalDate from = LocalDate.of(2026, 9, 14 + random.nextInt(6));
            return new LocationClosed(id, at, store, from, from.plusDays(1 + random.nextInt(2)));
        }
        if (kind == 7 && random.nextInt(3) == 0) { // rarer: a lane delay touches thousands of orders
            String[][] lanes = {{"59", "75"}, {"69", "75"}, {"75", "75"}};
            String[] lane = lanes[random.nextInt(lanes.length)];
            return random.nextInt(4) == 0 ? CarrierDelayed.shift(id, at, "courier", 30)
                    : CarrierDelayed.shift(id, at, "std", 1).onLane(lane[0], lane[1]);
        }
        return new ShipmentLate(id, at, some.id(), some.fulfilment().shipments().get(0).from(),
                some.promise().promisedAt().plus(Duration.ofHours(random.nextInt(60) - 12)));
    }
}
