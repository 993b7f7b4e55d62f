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
import io.promiseengine.model.Supply;
import io.promiseengine.model.WeeklyHours;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order-bys (spec 4.6) worked out by hand, one for each way the engine's search can end (issue 13, mutation testing
 * of the order-by): absent because one origin alone, a split, or a collect store still keeps the date at
 * {@code H = t + 60 days}; present and found by the split search (the split's bound, the singles' last instant when
 * no split reaches a second later, a bisection below the split's bound); present for collect on {@code H}'s date.
 * All in UTC (no DST), every location open all day unless said, home delivery {@code hd} collected every day at
 * 17:00 and delivered every day by 20:00 on a lane of one transit day, unless said.
 */
class OrderByByHandTest {

    private static final Position HERE = Position.of(48.86, 2.35);

    private static Location.Builder warehouse(String id, String postalCode, Duration prep) {
        return Location.builder(id, LocationKind.WAREHOUSE, Position.of(48.85, 2.34)).postalCode(postalCode).ship(true)
                .collect(false).hours(WeeklyHours.allDay()).preparation(Preparation.of(prep));
    }

    private static PromiseOption only(Network network, QuoteRequest request) {
        Quote q = PromiseCalculator.of(network).quote(request);
        assertThat(q.options()).hasSize(1);
        return q.options().get(0);
    }

    // --- absent: the date is kept at H -----------------------------------------------------------------------------

    /**
     * The only supply of A, 1 unit at {@code w}, arrives on Monday 2026-11-16 at 10:00. Home delivery {@code sameDay}
     * is collected every day at 18:00 and delivered by 18:00 on the lane's only value, 0 transit days (spec 4.3: on
     * {@code D0} itself when {@code shipAt} is not after {@code D0} at {@code deliverBy}). Ordered on 2026-09-17 at
     * 18:00, {@code H} is 2026-11-16 at 18:00: prepared at 10:00 (no duration), collected at 18:00 and delivered on
     * the 16th, whose 18:00 is {@code H} itself, so the option exists. Ordered at {@code H}, the parcel is ready
     * exactly at the 18:00 collection, which takes it, and still delivered on the 16th: the date is kept at
     * {@code H}, so there is no order-by. One line, so only one origin alone can keep it.
     */
    @Test
    void noOrderByWhenTheOnlyOriginStillShipsAtHForTheSameDate() {
        Network n = sameDayNetwork().location(warehouse("w", "75001", Duration.ZERO).build())
                .supply(new Supply("w", "A", 1, Instant.parse("2026-11-16T10:00:00Z"))).build();
        PromiseOption o = only(n, QuoteRequest.builder(Instant.parse("2026-09-17T18:00:00Z"), Destination.of("75011", HERE))
                .line("A", 1).methods(Method.HOME_DELIVERY).build());
        assertThat(o.date()).isEqualTo(LocalDate.parse("2026-11-16"));
        assertThat(o.promisedAt()).isEqualTo(Instant.parse("2026-11-16T18:00:00Z"));
        assertThat(o.orderBy()).isEmpty();
    }

    /**
     * As above, ordered an hour later, on 2026-09-17 at 19:00: {@code H} is 2026-11-16 at 19:00, the 16th is still the
     * last date delivered by {@code H} (18:00), and the parcel is still collected at 18:00 on the 16th. An order up to
     * 18:00:00 on the 16th is ready for that collection; one a second later waits for the 17th's. The order-by is
     * 18:00:00 on the 16th. The origin's last collection keeping the 16th is also the last before the original horizon,
     * so the calendar reading cannot see the next one and gives up, and the search bisects (issue 13: PIT's
     * {@code ProbePlans.lastKeeping} answering 0 there, without coverage before, made the order-by 1970-01-01).
     */
    @Test
    void anOrderByAtTheLastCollectionBeforeTheHorizon() {
        Network n = sameDayNetwork().location(warehouse("w", "75001", Duration.ZERO).build())
                .supply(new Supply("w", "A", 1, Instant.parse("2026-11-16T10:00:00Z"))).build();
        PromiseOption o = only(n, QuoteRequest.builder(Instant.parse("2026-09-17T19:00:00Z"), Destination.of("75011", HERE))
                .line("A", 1).methods(Method.HOME_DELIVERY).build());
        assertThat(o.date()).isEqualTo(LocalDate.parse("2026-11-16"));
        assertThat(o.orderBy()).contains(Instant.parse("2026-11-16T18:00:00Z"));
    }

    /**
     * Courier {@code c}: one band of 50 km delivering in 0 minutes, dispatch 08:00-20:00 every day. The only supply
     * of A, 1 unit at {@code w} (1.3 km away, no preparation time), arrives on Monday 2026-11-16 at 10:00. Ordered on
     * 2026-09-17 at 23:59:59, {@code H} is 2026-11-16 at 23:59:59, the last second of the option's date: dispatched at
     * 10:00 and delivered at once on the 16th. An order up to 19:59:59 on the 16th is dispatched at once; one at
     * 20:00 waits for the 17th's 08:00. The order-by is 19:59:59. The date's last key less the band's 0 minutes is
     * {@code H} itself, where the calendar reading gives up (its edge, "The live-state rows ..." in docs/TESTING.md),
     * and the search bisects (issue 13: PIT's {@code ProbePlans.lastKeeping} answering 0 there, without coverage
     * before, would make the order-by 1970-01-01).
     */
    @Test
    void aCourierOrderByOnADateEndingAtTheHorizon() {
        Network n = Network.builder(ZoneOffset.UTC).service(CourierService.builder("c", "Coursier").origins("*")
                        .hours(WeeklyHours.of("MON-SUN", "08:00-20:00")).bands(new Band(50, MassFunction.of(0, 1.0)))
                        .price("9.90").build())
                .location(warehouse("w", "75001", Duration.ZERO).build())
                .supply(new Supply("w", "A", 1, Instant.parse("2026-11-16T10:00:00Z"))).build();
        PromiseOption o = only(n, QuoteRequest.builder(Instant.parse("2026-09-17T23:59:59Z"), Destination.of("75011", HERE))
                .line("A", 1).methods(Method.COURIER).build());
        assertThat(o.date()).isEqualTo(LocalDate.parse("2026-11-16"));
        assertThat(o.promisedAt()).isEqualTo(Instant.parse("2026-11-16T10:00:00Z"));
        assertThat(o.orderBy()).contains(Instant.parse("2026-11-16T19:59:59Z"));
    }

    /**
     * As above with A arriving at {@code wa} and B at {@code wb} (no origin holds both), in two shipments at most:
     * only the split ships the cart, both shipments delivered on the 16th, and an order at {@code H} still is.
     */
    @Test
    void noOrderByWhenASplitStillShipsAtHForTheSameDate() {
        Network n = sameDayNetwork().location(warehouse("wa", "75001", Duration.ZERO).build())
                .location(warehouse("wb", "75001", Duration.ZERO).build())
                .supply(new Supply("wa", "A", 1, Instant.parse("2026-11-16T10:00:00Z")))
                .supply(new Supply("wb", "B", 1, Instant.parse("2026-11-16T10:00:00Z"))).build();
        PromiseOption o = only(n, QuoteRequest.builder(Instant.parse("2026-09-17T18:00:00Z"), Destination.of("75011", HERE))
                .line("A", 1).line("B", 1).maxShipments(2).methods(Method.HOME_DELIVERY).build());
        assertThat(o.shipments()).hasSize(2);
        assertThat(o.date()).isEqualTo(LocalDate.parse("2026-11-16"));
        assertThat(o.orderBy()).isEmpty();
    }

    /**
     * Click and collect at store {@code s} (open all day, no preparation time): A arrives there on 2026-11-16 at
     * 10:00 and is collectable then. Ordered on 2026-09-17 at 18:00, the date is the 16th, {@code H}'s own date;
     * ordered at {@code H} (18:00 on the 16th), it is collectable at once, on the same date: no order-by.
     */
    @Test
    void noOrderByForCollectOnTheHorizonsDateWhenTheStoreIsOpenAtH() {
        PromiseOption o = only(collectNetwork(WeeklyHours.allDay()), collectRequest());
        assertThat(o.date()).isEqualTo(LocalDate.parse("2026-11-16"));
        assertThat(o.promisedAt()).isEqualTo(Instant.parse("2026-11-16T10:00:00Z"));
        assertThat(o.orderBy()).isEmpty();
    }

    /**
     * The same store open 08:00-17:00 every day: an order up to 16:59:59 on the 16th is collectable at once, on the
     * 16th; one at 17:00 waits for the next opening, on the 17th. The order-by is 16:59:59, an hour before {@code H}.
     */
    @Test
    void collectOnTheHorizonsDateIsKeptUntilTheStoreCloses() {
        PromiseOption o = only(collectNetwork(WeeklyHours.of("MON-SUN", "08:00-17:00")), collectRequest());
        assertThat(o.date()).isEqualTo(LocalDate.parse("2026-11-16"));
        assertThat(o.orderBy()).contains(Instant.parse("2026-11-16T16:59:59Z"));
    }

    /**
     * The store {@code s} open 08:00-17:00 holding A now, ordered on Thursday 2026-09-17 at 16:59:59: collectable at
     * once, on the 17th; an order one second later, at 17:00, waits for Friday's opening, on the 18th. The order-by is
     * the order instant itself (issue 13: PIT's {@code orderBy} with the singles' search started at {@code t + 1}
     * instead of {@code t - 1} answered 17:00:00, a second too late).
     */
    @Test
    void anOrderByCanBeTheOrderInstantItself() {
        Network n = Network.builder(ZoneOffset.UTC)
                .location(Location.builder("s", LocationKind.STORE, HERE).postalCode("75011").ship(false).collect(true)
                        .hours(WeeklyHours.of("MON-SUN", "08:00-17:00")).preparation(Preparation.of(Duration.ZERO)).build())
                .stock("s", "A", 1).build();
        PromiseOption o = only(n, QuoteRequest.builder(Instant.parse("2026-09-17T16:59:59Z"), Destination.of("75011", HERE))
                .line("A", 1).methods(Method.COLLECT).collectAt(List.of("s")).build());
        assertThat(o.date()).isEqualTo(LocalDate.parse("2026-09-17"));
        assertThat(o.orderBy()).contains(Instant.parse("2026-09-17T16:59:59Z"));
    }

    /**
     * Ordered on Thursday 2026-09-17 at 10:00 for A alone: {@code w1} prepares in 1 hour and {@code w2} in 1 hour and
     * 1 second, both holding A, at one place, open all day, collected at 17:00 and delivered on Friday 18 (one transit
     * day). {@code w1} keeps Friday when ordered by 16:00:00, {@code w2} by 15:59:59: the order-by is the later of the
     * two, 16:00:00, whichever origin the search looks at first (issue 13: PIT's {@code orderBy} with the next origin
     * looked at from {@code single - 1} instead of {@code single + 1} took {@code w2}'s 15:59:59 after {@code w1}'s).
     */
    @Test
    void theOrderByIsTheLatestOfTheOriginsAloneEvenOneSecondApart() {
        Network n = oneDayNetwork(MassFunction.of(1, 1.0))
                .location(warehouse("w1", "75001", Duration.ofHours(1)).build())
                .location(warehouse("w2", "75001", Duration.ofHours(1).plusSeconds(1)).build())
                .stock("w1", "A", 5).stock("w2", "A", 5).build();
        PromiseOption o = only(n, QuoteRequest.builder(Instant.parse("2026-09-17T10:00:00Z"), Destination.of("75011", HERE))
                .line("A", 1).methods(Method.HOME_DELIVERY).build());
        assertThat(o.date()).isEqualTo(LocalDate.parse("2026-09-18"));
        assertThat(o.orderBy()).contains(Instant.parse("2026-09-17T16:00:00Z"));
    }

    // --- present: found by the split search ------------------------------------------------------------------------

    /**
     * Ordered on Thursday 2026-09-17 at 10:00 for A and B, two shipments at most, confidence 1. {@code w1} holds both
     * and prepares in 1 hour: ready by the 17:00 collection when started by 16:00, delivered on Friday 18. {@code w2}
     * holds A and {@code w3} B, each preparing in no time: ready by 17:00 when ordered by 17:00 (a parcel ready
     * exactly at a collection is collected). At 10:00 the option is {@code w1} alone (Friday, one shipment beats
     * two). From 16:00:01 only the split keeps Friday, until 17:00:00: the order-by is the split's, 17:00.
     */
    @Test
    void aSplitKeepsTheDateAfterTheOnlyOriginHoldingTheCartMissesIt() {
        Network n = oneDayNetwork(MassFunction.of(1, 1.0))
                .location(warehouse("w1", "75001", Duration.ofHours(1)).build())
                .location(warehouse("w2", "75001", Duration.ZERO).build())
                .location(warehouse("w3", "75001", Duration.ZERO).build())
                .stock("w1", "A", 5).stock("w1", "B", 5).stock("w2", "A", 5).stock("w3", "B", 5).build();
        PromiseOption o = only(n, splitRequest(1.0));
        assertThat(o.shipments()).extracting(Shipment::from).containsExactly("w1");
        assertThat(o.date()).isEqualTo(LocalDate.parse("2026-09-18"));
        assertThat(o.orderBy()).contains(Instant.parse("2026-09-17T17:00:00Z"));
    }

    /**
     * As above, but {@code w2} and {@code w3} are in 92100, whose lane (from "92") delivers in one day with
     * probability 0.92 and two days with 0.08; confidence 0.9. Each alone reaches 0.9 on Friday, so each line has an
     * origin keeping Friday until 17:00, but together 0.92 x 0.92 = 0.8464 falls short of it (spec 4.3: the product
     * over the shipments): no split ships on Friday, and the order-by is {@code w1}'s last start, 16:00.
     */
    @Test
    void aSplitWhoseLinesKeepTheDateOneByOneButNotTogetherLeavesTheSinglesLastInstant() {
        Network n = oneDayNetwork(MassFunction.of(1, 0.92, 2, 0.08))
                .location(warehouse("w1", "75001", Duration.ofHours(1)).build())
                .location(warehouse("w2", "92100", Duration.ZERO).build())
                .location(warehouse("w3", "92100", Duration.ZERO).build())
                .stock("w1", "A", 5).stock("w1", "B", 5).stock("w2", "A", 5).stock("w3", "B", 5).build();
        PromiseOption o = only(n, splitRequest(0.9));
        assertThat(o.shipments()).extracting(Shipment::from).containsExactly("w1");
        assertThat(o.date()).isEqualTo(LocalDate.parse("2026-09-18"));
        assertThat(o.orderBy()).contains(Instant.parse("2026-09-17T16:00:00Z"));
    }

    /**
     * As above, plus {@code w5} holding A and {@code w4} holding B in 75001 (probability 1 on Friday), each preparing
     * in 30 minutes: ready by 17:00 when started by 16:30. Line by line, Friday is kept until 17:00 ({@code w2},
     * {@code w3}); together, until 16:30 by {@code w5} and {@code w4}, and from 16:30:01 only {@code w2} with
     * {@code w3} (0.8464) or with a 0.92 and a late 1.0 shipment are left, which miss it. The order-by is 16:30,
     * below the line-by-line bound.
     */
    @Test
    void aSplitKeepsTheDateLessLongThanItsLinesOneByOne() {
        Network n = oneDayNetwork(MassFunction.of(1, 0.92, 2, 0.08))
                .location(warehouse("w1", "75001", Duration.ofHours(1)).build())
                .location(warehouse("w2", "92100", Duration.ZERO).build())
                .location(warehouse("w3", "92100", Duration.ZERO).build())
                .location(warehouse("w4", "75001", Duration.ofMinutes(30)).build())
                .location(warehouse("w5", "75001", Duration.ofMinutes(30)).build())
                .stock("w1", "A", 5).stock("w1", "B", 5).stock("w2", "A", 5).stock("w3", "B", 5)
                .stock("w4", "B", 5).stock("w5", "A", 5).build();
        PromiseOption o = only(n, splitRequest(0.9));
        assertThat(o.shipments()).extracting(Shipment::from).containsExactly("w1");
        assertThat(o.date()).isEqualTo(LocalDate.parse("2026-09-18"));
        assertThat(o.orderBy()).contains(Instant.parse("2026-09-17T16:30:00Z"));
    }

    /**
     * A, B and C in two shipments at most, confidence 1: {@code w1} alone holds A and B (1 hour of preparation) and
     * {@code w2} alone holds C (none). No origin holds the cart, and A and B cannot go apart (each origin prepares one
     * shipment), so the only split is {@code w1}'s block of A and B with {@code w2}'s C, delivered on Friday while
     * {@code w1} starts by 16:00. The order-by is 16:00: the split search must plan a block of two lines at its
     * probes, not only single lines.
     */
    @Test
    void aSplitWhoseShipmentHoldsTwoLinesKeepsTheDateWhileThatBlockDoes() {
        Network n = oneDayNetwork(MassFunction.of(1, 1.0))
                .location(warehouse("w1", "75001", Duration.ofHours(1)).build())
                .location(warehouse("w2", "75001", Duration.ZERO).build())
                .stock("w1", "A", 5).stock("w1", "B", 5).stock("w2", "C", 5).build();
        PromiseOption o = only(n, QuoteRequest.builder(Instant.parse("2026-09-17T10:00:00Z"), Destination.of("75011", HERE))
                .line("A", 1).line("B", 1).line("C", 1).maxShipments(2).confidence(1.0).methods(Method.HOME_DELIVERY)
                .build());
        assertThat(o.shipments()).extracting(Shipment::from).containsExactly("w1", "w2");
        assertThat(o.date()).isEqualTo(LocalDate.parse("2026-09-18"));
        assertThat(o.orderBy()).contains(Instant.parse("2026-09-17T16:00:00Z"));
    }

    private static QuoteRequest splitRequest(double confidence) {
        return QuoteRequest.builder(Instant.parse("2026-09-17T10:00:00Z"), Destination.of("75011", HERE))
                .line("A", 1).line("B", 1).maxShipments(2).confidence(confidence).methods(Method.HOME_DELIVERY).build();
    }

    /** Collected every day at 17:00, delivered every day by 20:00: one transit day, or {@code from92} from an origin in 92. */
    private static Network.Builder oneDayNetwork(MassFunction from92) {
        return Network.builder(ZoneOffset.UTC).service(HomeDeliveryService.builder("hd", "Colis").origins("*")
                .collections(Collection.of("MON-SUN", "17:00")).deliveryDays("MON-SUN").deliverBy("20:00")
                .lanes(new Lane("92", "", from92), new Lane("", "", MassFunction.of(1, 1.0))).price("4.90").build());
    }

    /** Collected every day at 18:00, delivered the same day by 18:00. */
    private static Network.Builder sameDayNetwork() {
        return Network.builder(ZoneOffset.UTC).service(HomeDeliveryService.builder("sameDay", "Le jour même").origins("*")
                .collections(Collection.of("MON-SUN", "18:00")).deliveryDays("MON-SUN").deliverBy("18:00")
                .lanes(new Lane("", "", MassFunction.of(0, 1.0))).price("9.90").build());
    }

    private static Network collectNetwork(WeeklyHours hours) {
        return Network.builder(ZoneOffset.UTC)
                .location(Location.builder("s", LocationKind.STORE, HERE).postalCode("75011").ship(false).collect(true)
                        .hours(hours).preparation(Preparation.of(Duration.ZERO)).build())
                .supply(new Supply("s", "A", 1, Instant.parse("2026-11-16T10:00:00Z"))).build();
    }

    private static QuoteRequest collectRequest() {
        return QuoteRequest.builder(Instant.parse("2026-09-17T18:00:00Z"), Destination.of("75011", HERE)).line("A", 1)
                .methods(Method.COLLECT).collectAt(List.of("s")).build();
    }
}
