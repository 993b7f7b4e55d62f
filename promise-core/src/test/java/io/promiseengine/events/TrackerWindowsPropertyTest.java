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

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.Reservation;
import io.promiseengine.live.WindowState;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.Service;
import io.promiseengine.model.WindowZone;
import io.promiseengine.plan.Order;
import io.promiseengine.plan.PlannedShipment;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec 4.7 under the tracker (docs/EVENTS.md, "Delivery windows"): on the generator's networks with windows, SCHEDULED
 * orders captured in random windows, then a seeded sequence of events (windows cancelled, window capacities cut or
 * raised, stock counted again, origins closed). After every event, every order the tracker follows holds exactly
 * one drop, of the window its promise and plan name, which its origin makes ({@code readyAt + leadTime <= start});
 * the engine's drops held in each window are exactly the tracked orders' and never over the window's capacity; an
 * order moved never moves to an earlier window; an order no longer followed holds nothing. Fixed seeds; a failure
 * names its seed, {@code -Dwindows.seed=N} replays one.
 */
class TrackerWindowsPropertyTest {

    private static final int SEEDS = 60;
    private static final int ORDERS = 14;
    private static final int EVENTS = 16;

    @Test
    void afterAnyWindowEventsEveryScheduledOrderHoldsOneDropOfAWindowItsOriginMakesWithinCapacity() {
        Long replay = Long.getLong("windows.seed");
        int captured = 0;
        int moved = 0;
        for (long seed = replay == null ? 1 : replay; seed <= (replay == null ? SEEDS : replay); seed++) {
            try {
                int[] n = run(seed);
                captured += n[0];
                moved += n[1];
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("failing seed " + seed + " (replay with -Dwindows.seed=" + seed + "): "
                        + e.getMessage(), e);
            }
        }
        System.out.println("TrackerWindowsPropertyTest: " + captured + " orders captured in windows, " + moved
                + " moved to another window or origin");
        if (replay == null) {
            assertThat(captured).as("orders captured").isGreaterThan(SEEDS * 3);
            assertThat(moved).as("orders moved").isGreaterThan(SEEDS);
        }
    }

    /** One seed: {captured, moved}. */
    private static int[] run(long seed) {
        NetworkGenerator g = new NetworkGenerator(seed);
        Network network = g.withWindows(g.network());
        Random rnd = new Random(seed * 7919 + 13);
        Instant base = g.request().at();
        PromiseEngine engine = PromiseEngine.builder(network).clock(Clock.fixed(base, ZoneOffset.UTC)).build();
        PromiseTracker tracker = PromiseTracker.builder(engine).build();
        Set<String> ever = new HashSet<>();
        int captured = 0;
        for (int i = 0; i < ORDERS; i++) {
            QuoteRequest r = g.request();
            QuoteRequest scheduled = new QuoteRequest(base.plusSeconds(rnd.nextInt(3600)), r.destination(), r.lines(),
                    r.confidence(), EnumSet.of(Method.SCHEDULED), true, List.of(), false, 1, false, 8);
            Order order = Order.of("o-" + i, scheduled);
            List<PromiseOption> options = engine.quote(order).options();
            if (options.isEmpty()) {
                continue;
            }
            PromiseOption option = options.get(rnd.nextInt(options.size()));
            DeliveryWindow window = option.windows().get(rnd.nextInt(option.windows().size()));
            if (tracker.capture(order, option, window) instanceof CaptureResult.Captured) {
                ever.add(order.id());
                captured++;
            }
        }
        Map<String, Instant> before = held(tracker);
        check(network, engine, tracker, ever, "after the captures");
        int moved = 0;
        for (int e = 0; e < EVENTS; e++) {
            List<TrackedOrder> orders = tracker.orders();
            if (orders.isEmpty()) {
                break;
            }
            TrackedOrder target = orders.get(rnd.nextInt(orders.size()));
            Reservation.WindowHold h = target.reservation().windows().get(0);
            PlannedShipment s = target.fulfilment().shipments().get(0);
            Instant at = base.plusSeconds(3600 + e * 600L);
            String id = "ev-" + e;
            PromiseEvent event = switch (rnd.nextInt(5)) {
                case 0 -> new WindowCancelled(id, at, h.service(), h.zone(), h.window());
                case 1, 2 -> new WindowCapacityChanged(id, at, h.service(), h.zone(), h.window(), rnd.nextInt(3));
                case 3 -> StockCorrected.onHand(id, at, s.from(), s.lines().get(0).sku(), rnd.nextInt(3));
                default -> {
                    LocalDate day = s.startAt().atZone(s.zone()).toLocalDate();
                    yield new LocationClosed(id, at, s.from(), day, day.plusDays(1 + rnd.nextInt(2)));
                }
            };
            EventOutcome out = tracker.apply(event);
            moved += out.replanned().size() + out.changed().size();
            String context = "after " + event;
            check(network, engine, tracker, ever, context);
            Map<String, Instant> after = held(tracker);
            for (Map.Entry<String, Instant> x : after.entrySet()) {
                assertThat(x.getValue()).as(context + ": " + x.getKey() + " never moves to an earlier window")
                        .isAfterOrEqualTo(before.get(x.getKey()));
            }
            before = after;
        }
        return new int[] {captured, moved};
    }

    /** The window start each tracked order holds. */
    private static Map<String, Instant> held(PromiseTracker tracker) {
        Map<String, Instant> m = new HashMap<>();
        for (TrackedOrder t : tracker.orders()) {
            m.put(t.id(), t.reservation().windows().get(0).window());
        }
        return m;
    }

    private static void check(Network network, PromiseEngine engine, PromiseTracker tracker, Set<String> ever,
                              String context) {
        Map<Reservation.WindowHold, Integer> drops = new HashMap<>();
        Set<String> followed = new HashSet<>();
        for (TrackedOrder t : tracker.orders()) {
            String c = context + ", order " + t.id();
            followed.add(t.id());
            assertThat(t.reservation().windows()).as(c + ": one drop").hasSize(1);
            Reservation.WindowHold h = t.reservation().windows().get(0);
            Reservation inEngine = engine.reservation(t.id()).orElseThrow();
            assertThat(inEngine.holdsTheSameAs(t.reservation())).as(c + ": the engine holds what the tracker says").isTrue();
            drops.merge(h, 1, Integer::sum);
            var w = t.fulfilment().window().orElseThrow();
            assertThat(w.start()).as(c).isEqualTo(h.window());
            assertThat(w.zone()).as(c).isEqualTo(h.zone());
            assertThat(t.fulfilment().service()).as(c).isEqualTo(h.service());
            assertThat(t.promise().service()).as(c).contains(h.service());
            assertThat(t.promise().windows()).as(c + ": the promise names the window held").singleElement()
                    .satisfies(d -> {
                        assertThat(d.start()).isEqualTo(w.start());
                        assertThat(d.end()).isEqualTo(w.end());
                    });
            assertThat(t.promise().promisedAt()).as(c).isEqualTo(w.end());
            assertThat(t.fulfilment().shipments()).as(c + ": one drop from one origin").hasSize(1);
            PlannedShipment s = t.fulfilment().shipments().get(0);
            Duration lead = zone(network, h.service(), h.zone()).leadTime();
            assertThat(s.readyAt().plus(lead)).as(c + ": its origin " + s.from() + " makes the window").isBeforeOrEqualTo(w.start());
            assertThat(s.readyAt()).as(c).isAfterOrEqualTo(t.order().request().at());
        }
        for (Map.Entry<Reservation.WindowHold, Integer> d : drops.entrySet()) {
            Reservation.WindowHold h = d.getKey();
            WindowState state = engine.window(h.service(), h.zone(), h.window());
            assertThat(state.held()).as(context + ": drops held in " + h).isEqualTo(d.getValue());
            assertThat((long) state.load() + state.held()).as(context + ": within the capacity of " + h)
                    .isLessThanOrEqualTo(state.capacity());
        }
        for (String id : ever) {
            if (!followed.contains(id)) {
                assertThat(engine.reservation(id)).as(context + ": " + id + " left the tracker and holds nothing").isEmpty();
            }
        }
    }

    private static WindowZone zone(Network network, String service, String to) {
        for (Service s : network.services()) {
            if (s.id().equals(service)) {
                for (WindowZone z : ((ScheduledService) s).zones()) {
                    if (z.to().equals(to)) {
                        return z;
                    }
                }
            }
        }
        throw new AssertionError("no zone " + to + " of " + service);
    }
}
