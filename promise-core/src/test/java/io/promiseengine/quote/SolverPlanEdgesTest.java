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
package io.promiseengine.quote;

import io.promiseengine.live.PromiseEngine;
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
import io.promiseengine.model.Selector;
import io.promiseengine.model.Supply;
import io.promiseengine.model.Transfer;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.model.WeeklyTimes;
import io.promiseengine.plan.Order;
import io.promiseengine.rules.RuleSet;
import io.promiseengine.rules.spi.LineFilter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The plans of one origin at their edges (issue 13, mutation testing of {@code Solver}): a preparation or a transfer
 * ending exactly at the horizon {@code H = t + 60 days} (spec 4 and 4.4), spec 4.4's tie of two routes from one
 * origin to one store (the earlier departure), a block waiting for a later line than another block of the same
 * origin, two transit values delivered on one date and values past the horizon's last delivery day (spec 4.3).
 * The answers are worked out by hand in the comments.
 *
 * <p>Every network is in UTC; the order is placed on Thursday 2026-09-17 at 10:00, so {@code H} is Monday
 * 2026-11-16 at 10:00. Every location is open every day 08:00-20:00.
 */
class SolverPlanEdgesTest {

    private static final Instant T = Instant.parse("2026-09-17T10:00:00Z");
    private static final Instant H = Instant.parse("2026-11-16T10:00:00Z");
    private static final Position HERE = Position.of(48.86, 2.35);
    private static final WeeklyHours DAY = WeeklyHours.of("MON-SUN", "08:00-20:00");

    private static Location store(String id, Duration preparation) {
        return Location.builder(id, LocationKind.STORE, Position.of(48.85, 2.35)).postalCode("75001").hours(DAY)
                .preparation(Preparation.of(preparation)).collect(true).build();
    }

    private static Location warehouse(String id, double lat) {
        return Location.builder(id, LocationKind.WAREHOUSE, Position.of(lat, 2.35)).postalCode("75001").hours(DAY)
                .preparation(Preparation.of(Duration.ofHours(1))).ship(true).build();
    }

    private static Transfer route(String from, String to, String departs, Duration duration) {
        return new Transfer(Selector.parse(from), List.of(Selector.parse(to)), WeeklyTimes.of("MON-SUN", departs), duration,
                Duration.ZERO);
    }

    private static Quote collect(Network network, Instant at, String... skus) {
        QuoteRequest.Builder b = QuoteRequest.builder(at, Destination.of("75011", HERE));
        for (String sku : skus) {
            b.line(sku, 1);
        }
        return PromiseCalculator.of(network).quote(b.methods(Method.COLLECT).collectAt("store").maxShipments(2).build());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Click and collect (spec 4.4)
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * {@code wh} (1 hour) holds A, ready at 11:00; two routes to {@code store}, received at once: one leaves at 12:00
     * and takes 4 hours, the other at 14:00 and takes 2. Both arrive at 16:00, collectable then (the store is open):
     * the same collectable instant, so the earlier departure, 12:00, whichever route is listed first.
     */
    @Test
    void twoRoutesArrivingTogether_theEarlierDepartureWhicheverIsListedFirst() {
        for (boolean earlyFirst : new boolean[] {true, false}) {
            Transfer early = route("wh", "store", "12:00", Duration.ofHours(4));
            Transfer late = route("wh", "store", "14:00", Duration.ofHours(2));
            Network.Builder b = Network.builder(ZoneOffset.UTC).location(store("store", Duration.ofHours(1)))
                    .location(warehouse("wh", 48.80)).stock("wh", "A", 5);
            b.transfer(earlyFirst ? early : late).transfer(earlyFirst ? late : early);
            Quote q = collect(b.build(), T, "A");
            assertThat(q.options()).as("early route listed first: %s", earlyFirst).hasSize(1);
            Shipment s = q.options().get(0).shipments().get(0);
            assertThat(s.from()).isEqualTo("wh");
            assertThat(s.shipAt()).as("early route listed first: %s", earlyFirst).contains(Instant.parse("2026-09-17T12:00:00Z"));
            assertThat(q.options().get(0).promisedAt()).isEqualTo(Instant.parse("2026-09-17T16:00:00Z"));
        }
    }

    /**
     * {@code wh} holds no A until one arrives on 2026-11-16 at 08:00: ready at 09:00, it leaves on the 09:00 route
     * and arrives after {@code travel}, received at once, collectable when the store is open. With 1 hour it arrives
     * at {@code H} exactly, collectable then: promised at {@code H}. One second more and it is past {@code H}: no
     * option (spec 4: at or before {@code H}).
     */
    @Test
    void aTransferArrivingExactlyAtTheHorizon() {
        for (int extra : new int[] {0, 1}) {
            Network network = Network.builder(ZoneOffset.UTC).location(store("store", Duration.ofHours(1)))
                    .location(warehouse("wh", 48.80))
                    .supply(new Supply("wh", "A", 1, Instant.parse("2026-11-16T08:00:00Z")))
                    .transfer(route("wh", "store", "09:00", Duration.ofHours(1).plusSeconds(extra))).build();
            Quote q = collect(network, T, "A");
            if (extra == 0) {
                assertThat(q.options()).hasSize(1);
                assertThat(q.options().get(0).promisedAt()).isEqualTo(H);
                assertThat(q.options().get(0).shipments().get(0).shipAt()).contains(Instant.parse("2026-11-16T09:00:00Z"));
            } else {
                assertThat(q.options()).isEmpty();
            }
        }
    }

    /**
     * The store holds no A until one arrives on 2026-11-16 at 09:00; it prepares in 1 hour, ready at {@code H}
     * exactly, and is open then: collectable at {@code H}. Arriving a second later, it is ready past {@code H}: no
     * option.
     */
    @Test
    void aPreparationReadyExactlyAtTheHorizon() {
        for (int extra : new int[] {0, 1}) {
            Network network = Network.builder(ZoneOffset.UTC).location(store("store", Duration.ofHours(1)))
                    .supply(new Supply("store", "A", 1, Instant.parse("2026-11-16T09:00:00Z").plusSeconds(extra))).build();
            Quote q = collect(network, T, "A");
            if (extra == 0) {
                assertThat(q.options()).hasSize(1);
                assertThat(q.options().get(0).promisedAt()).isEqualTo(H);
                assertThat(q.options().get(0).shipments().get(0).readyAt()).isEqualTo(H);
            } else {
                assertThat(q.options()).isEmpty();
            }
        }
    }

    /**
     * The store holds no B and no C: one B arrives on Friday 18 at 10:00, one C on Saturday 19 at 10:00. It is the
     * only origin, so B and C are one shipment (spec 4.3: one shipment per origin) that starts when both are there,
     * Saturday 10:00, ready and collectable at 11:00. (B alone would start on Friday: a plan of the origin for B must
     * not stand for the cart's.)
     */
    @Test
    void aBlockWaitingForALaterLineIsNotPlannedAsAnEarlierOne() {
        Network network = Network.builder(ZoneOffset.UTC).location(store("store", Duration.ofHours(1)))
                .supply(new Supply("store", "B", 1, Instant.parse("2026-09-18T10:00:00Z")))
                .supply(new Supply("store", "C", 1, Instant.parse("2026-09-19T10:00:00Z"))).build();
        Quote both = collect(network, T, "B", "C");
        assertThat(both.options()).hasSize(1);
        assertThat(both.options().get(0).shipments()).hasSize(1);
        assertThat(both.options().get(0).shipments().get(0).startAt()).isEqualTo(Instant.parse("2026-09-19T10:00:00Z"));
        assertThat(both.options().get(0).promisedAt()).isEqualTo(Instant.parse("2026-09-19T11:00:00Z"));
        Quote b = collect(network, T, "B");
        assertThat(b.options().get(0).promisedAt()).isEqualTo(Instant.parse("2026-09-18T11:00:00Z"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Home delivery: values on one date, and past the horizon's last delivery day (spec 4.3)
    // ---------------------------------------------------------------------------------------------------------------

    private static Network homeDelivery(String collection, MassFunction days, String... holders) {
        Network.Builder b = Network.builder(ZoneOffset.UTC);
        double lat = 48.80;
        for (String id : holders) {
            String[] parts = id.split("=");
            b.location(warehouse(parts[0], lat)).stock(parts[0], parts[1], 5);
            lat -= 0.01;
        }
        return b.service(HomeDeliveryService.builder("hd", "Colis").origins("*")
                .collections(Collection.of("MON-SUN", collection)).deliveryDays("MON-SUN").deliverBy("20:00")
                .lanes(new Lane("", "", days)).price("4.90").build()).build();
    }

    private static Quote home(Network network, double confidence, String... skus) {
        QuoteRequest.Builder b = QuoteRequest.builder(T, Destination.of("75011", HERE));
        for (String sku : skus) {
            b.line(sku, 1);
        }
        return PromiseCalculator.of(network).quote(b.methods(Method.HOME_DELIVERY).maxShipments(2).confidence(confidence).build());
    }

    /**
     * Collected at 21:00 (ready at 11:00), after the 20:00 {@code deliverBy}: 0 transit days deliver on the first
     * delivery day after Thursday, Friday, the same day as 1 transit day, and their masses add up (0.5 + 0.5). A alone
     * from {@code wa}: Friday at confidence 1. A from {@code wa} and B from {@code wb}: each 1 on Friday, so the
     * product is 1 on Friday (0.9 asked: 0.5 alone is short of it, 0.25 jointly too).
     */
    @Test
    void twoTransitValuesOnOneDateAddUp() {
        Network network = homeDelivery("21:00", MassFunction.of(0, 0.5, 1, 0.5), "wa=A", "wb=B");
        for (String[] cart : new String[][] {{"A"}, {"A", "B"}}) {
            Quote q = home(network, 0.9, cart);
            assertThat(q.options()).as("cart %s", List.of(cart)).hasSize(1);
            assertThat(q.options().get(0).shipments()).hasSize(cart.length);
            assertThat(q.options().get(0).promisedAt()).isEqualTo(Instant.parse("2026-09-18T20:00:00Z"));
            assertThat(q.options().get(0).confidence()).isEqualTo(1.0);
        }
    }

    /**
     * Collected on Thursday at 17:00 (ready 11:00): 1 transit day delivers on Friday 18 (0.4), 59 on Sunday 2026-11-15
     * (0.5), 61 on Tuesday 2026-11-17 (0.1). {@code H} is Monday 16 at 10:00, before that day's 20:00, so the last
     * delivery day within it is Sunday 15. At 0.9 the date is Sunday 15 exactly (0.4 + 0.5), the 61-day value left
     * out; at 0.95 no date reaches within the horizon: no option.
     */
    @Test
    void theHorizonsLastDeliveryDayAndAValuePastIt() {
        Network network = homeDelivery("17:00", MassFunction.of(1, 0.4, 59, 0.5, 61, 0.1), "wa=A");
        Quote q = home(network, 0.9, "A");
        assertThat(q.options()).hasSize(1);
        assertThat(q.options().get(0).promisedAt()).isEqualTo(Instant.parse("2026-11-15T20:00:00Z"));
        assertThat(q.options().get(0).confidence()).isCloseTo(0.9, within(1e-9));
        assertThat(home(network, 0.95, "A").options()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The order-by under a filter that is not monotone (the allocator's filtered search in the order-by's probes)
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * A rule set whose filter lets a location serve a sku only while it holds an odd number of units. {@code x}
     * (open 09:00-20:00, 1 hour) holds 1 B and 2 D, one more of each arriving at 11:00: before 11:00 it may ship B
     * alone (1 unit) and D alone from 11:00 (3 units), never the two together (docs/RULES-FORMAT.md, "When a filter is
     * asked"). {@code y} (open 09:00-20:00, 6 h 30) holds 1 B and 1 D, always allowed. Home delivery: collections at
     * 17:00, 1 day.
     *
     * <p>B and D, two shipments at most, ordered at 10:00: {@code y} ships both, ready 16:30, collected at 17:00,
     * delivered Friday; the split of B from {@code x} and D from {@code y} is also Friday, with one shipment more
     * (spec 4.3). The order-by (4.6): {@code y} is ready by 17:00 when it starts by 10:30; after that, D must come from
     * {@code y} (too late) or from {@code x}, which cannot also ship B: Friday is lost at 10:30:01. An order placed
     * between 10:30 and 11:00 still sees {@code x} ship B alone and D alone by Friday, but not together: the probes
     * must ask the allocator's filtered search, which knows a block's plan is not made of its lines' plans.
     */
    @Test
    void anOrderByUnderAFilterThatIsNotMonotone() {
        WeeklyHours open = WeeklyHours.of("MON-SUN", "09:00-20:00");
        Network network = Network.builder(ZoneOffset.UTC)
                .location(Location.builder("x", LocationKind.WAREHOUSE, Position.of(48.85, 2.35)).postalCode("75001")
                        .hours(open).preparation(Preparation.of(Duration.ofHours(1))).ship(true).build())
                .location(Location.builder("y", LocationKind.WAREHOUSE, Position.of(48.80, 2.35)).postalCode("75001")
                        .hours(open).preparation(Preparation.of(Duration.ofMinutes(390))).ship(true).build())
                .stock("x", "B", 1).stock("x", "D", 2).stock("y", "B", 1).stock("y", "D", 1)
                .supply(new Supply("x", "B", 1, Instant.parse("2026-09-17T11:00:00Z")))
                .supply(new Supply("x", "D", 1, Instant.parse("2026-09-17T11:00:00Z")))
                .service(HomeDeliveryService.builder("hd", "Colis").origins("*")
                        .collections(Collection.of("MON-SUN", "17:00")).deliveryDays("MON-SUN").deliverBy("20:00")
                        .lanes(new Lane("", "", MassFunction.of(1, 1.0))).price("4.90").build())
                .build();
        RuleSet odd = RuleSet.builder("odd").filter(LineFilter.of("odd-units", c -> c.available() % 2 == 1)).build();
        PromiseEngine engine = PromiseEngine.builder(network).rules(odd).build();
        Quote q = engine.quote(Order.of("o", QuoteRequest.builder(T, Destination.of("75011", HERE)).line("B", 1).line("D", 1)
                .maxShipments(2).methods(Method.HOME_DELIVERY).build()));
        assertThat(q.options()).hasSize(1);
        PromiseOption o = q.options().get(0);
        assertThat(o.shipments()).extracting(Shipment::from).containsExactly("y");
        assertThat(o.promisedAt()).isEqualTo(Instant.parse("2026-09-18T20:00:00Z"));
        assertThat(o.orderBy()).contains(Instant.parse("2026-09-17T10:30:00Z"));
    }

    /**
     * A rule set that lets every line through (so the order-by's probes ask the allocator's filtered search, which
     * plans blocks of lines). {@code ab} holds A and B, {@code c} holds C; both open 09:00-20:00 and prepare in 1 hour.
     * Home delivery: collections at 13:00, 1 day. A, B and C, two shipments at most, ordered at 10:00: no origin holds
     * the three, so the answer is {@code ab} shipping the block A+B and {@code c} shipping C, both ready at 11:00,
     * collected at 13:00, delivered Friday. The order-by (4.6): both are ready by 13:00 when they start by 12:00; at
     * 12:00:01 they miss it (Saturday). So Thursday 12:00: the probes between 10:00 and 12:00 keep Friday only through
     * the block A+B of {@code ab}, which they must not skip (a line of it missing the date is what lets a probe skip
     * a block, {@code Solver.aLineMissed}).
     */
    @Test
    void anOrderByUnderARuleSetKeptByABlockOfTwoLines() {
        WeeklyHours open = WeeklyHours.of("MON-SUN", "09:00-20:00");
        Network network = Network.builder(ZoneOffset.UTC)
                .location(Location.builder("ab", LocationKind.WAREHOUSE, Position.of(48.85, 2.35)).postalCode("75001")
                        .hours(open).preparation(Preparation.of(Duration.ofHours(1))).ship(true).build())
                .location(Location.builder("c", LocationKind.WAREHOUSE, Position.of(48.80, 2.35)).postalCode("75001")
                        .hours(open).preparation(Preparation.of(Duration.ofHours(1))).ship(true).build())
                .stock("ab", "A", 5).stock("ab", "B", 5).stock("c", "C", 5)
                .service(HomeDeliveryService.builder("hd", "Colis").origins("*")
                        .collections(Collection.of("MON-SUN", "13:00")).deliveryDays("MON-SUN").deliverBy("20:00")
                        .lanes(new Lane("", "", MassFunction.of(1, 1.0))).price("4.90").build())
                .build();
        RuleSet all = RuleSet.builder("all").filter(LineFilter.of("every-line", c -> true)).build();
        PromiseEngine engine = PromiseEngine.builder(network).rules(all).build();
        Quote q = engine.quote(Order.of("o", QuoteRequest.builder(T, Destination.of("75011", HERE)).line("A", 1).line("B", 1)
                .line("C", 1).maxShipments(2).methods(Method.HOME_DELIVERY).build()));
        assertThat(q.options()).hasSize(1);
        PromiseOption o = q.options().get(0);
        assertThat(o.shipments()).extracting(Shipment::from).containsExactlyInAnyOrder("ab", "c");
        assertThat(o.promisedAt()).isEqualTo(Instant.parse("2026-09-18T20:00:00Z"));
        assertThat(o.orderBy()).contains(Instant.parse("2026-09-17T12:00:00Z"));
    }

    /**
     * Lines kept by one origin alone up to the horizon, under a rule set: the split probes then never record a miss
     * of those lines there, and a probe asking a block of that origin must read "nothing recorded" as no miss
     * ({@code Solver.aLineMissed}). UTC, courier within 50 km in 0 minutes, every location and the courier open all
     * day, preparing in no time. Ordered on Thursday 2026-09-17 at 23:59:59, so the horizon is Monday 2026-11-16 at
     * 23:59:59, the last second of that date. {@code x} holds A and C and receives one B on 2026-11-16 at 10:00 and a
     * second one at 12:00; {@code y} receives one B at 10:00. The rule set refuses B where two or more are available
     * (at {@code x} from 12:00). A, B and C in two shipments at most: the answer ships at 10:00 on 2026-11-16 (nothing
     * has B before), that date; {@code x} alone keeps it for orders up to 11:59:59 that day, and A and C from
     * {@code x} with B from {@code y} (a block of two lines: the probes after 11:59:59 ask the allocator's filtered
     * search) keep it for every order up to the horizon (A and C ready at once, B at 10:00 or at once, dispatched
     * then, delivered by 23:59:59): the date holds through the horizon, so there is no order-by (spec 4.6).
     */
    @Test
    void anOrderByUnderARuleSetWithLinesKeptToTheHorizon() {
        WeeklyHours open = WeeklyHours.allDay();
        Network network = Network.builder(ZoneOffset.UTC)
                .location(Location.builder("x", LocationKind.WAREHOUSE, Position.of(48.85, 2.35)).postalCode("75001")
                        .hours(open).preparation(Preparation.of(Duration.ZERO)).ship(true).build())
                .location(Location.builder("y", LocationKind.WAREHOUSE, Position.of(48.80, 2.35)).postalCode("75001")
                        .hours(open).preparation(Preparation.of(Duration.ZERO)).ship(true).build())
                .stock("x", "A", 5).stock("x", "C", 5)
                .supply(new Supply("x", "B", 1, Instant.parse("2026-11-16T10:00:00Z")))
                .supply(new Supply("x", "B", 1, Instant.parse("2026-11-16T12:00:00Z")))
                .supply(new Supply("y", "B", 1, Instant.parse("2026-11-16T10:00:00Z")))
                .service(CourierService.builder("c", "Coursier").origins("*").hours(open)
                        .bands(new Band(50, MassFunction.of(0, 1.0))).price("9.90").build())
                .build();
        RuleSet fewB = RuleSet.builder("few-b")
                .filter(LineFilter.of("few-b", c -> !c.line().sku().equals("B") || c.available() < 2)).build();
        PromiseEngine engine = PromiseEngine.builder(network).rules(fewB).build();
        Quote q = engine.quote(Order.of("o", QuoteRequest.builder(Instant.parse("2026-09-17T23:59:59Z"),
                Destination.of("75011", HERE)).line("A", 1).line("B", 1).line("C", 1)
                .maxShipments(2).methods(Method.COURIER).build()));
        assertThat(q.options()).hasSize(1);
        PromiseOption o = q.options().get(0);
        assertThat(o.promisedAt()).isEqualTo(Instant.parse("2026-11-16T10:00:00Z"));
        assertThat(o.orderBy()).isEmpty();
    }
}
