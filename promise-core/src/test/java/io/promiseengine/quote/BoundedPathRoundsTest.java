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
import io.promiseengine.model.Supply;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.plan.Order;
import io.promiseengine.rules.RuleSet;
import io.promiseengine.rules.spi.LineFilter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rounds of the bounded best-first search (more than 32 eligible origins, no rule set: docs/SEMANTICS.md,
 * "origins are planned best first") that {@code ManyOriginsQuoteTest} does not reach: a first limit below which
 * nothing is found, an origin whose bound is exactly the limit, an allocation found past the limit, a courier
 * origin exactly at a band's {@code maxKm}, and a rule set on such a network (which must not take that path). Issue
 * 13, mutation testing of {@code Solver}. Every answer is worked out by hand from spec 4.2, 4.3, 4.5 and 4.6 in the
 * comments.
 *
 * <p>The order is placed on Thursday 2026-09-17 at 10:00 UTC. Every network is in UTC; {@code pNN} are fillers
 * (36 or more, so that every network has more than 32 eligible origins), far from the destination (48.86 N 2.35
 * E) and slow.
 */
class BoundedPathRoundsTest {

    private static final Instant T = Instant.parse("2026-09-17T10:00:00Z");
    private static final Position HERE = Position.of(48.86, 2.35);
    private static final WeeklyHours DAY = WeeklyHours.of("MON-SUN", "08:00-20:00");

    private static Location warehouse(String id, Position at, WeeklyHours hours, Duration preparation) {
        return Location.builder(id, LocationKind.WAREHOUSE, at).postalCode("75001").ship(true).hours(hours)
                .preparation(Preparation.of(preparation)).build();
    }

    /** {@code count} fillers {@code p00}... about 20 km south of the destination, each 0.1 km farther than the last. */
    private static void fillers(Network.Builder b, int count, Duration preparation, String... skus) {
        for (int i = 0; i < count; i++) {
            String id = String.format("p%02d", i);
            b.location(warehouse(id, Position.of(48.68 - 0.001 * i, 2.35), DAY, preparation));
            for (String sku : skus) {
                b.stock(id, sku, 5);
            }
        }
    }

    private static List<String> from(PromiseOption o) {
        return o.shipments().stream().map(s -> s.from() + "=" + s.lines().stream().map(Line::sku).toList()).toList();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Home delivery: a first limit below which nothing is found, and an origin bounded exactly at the next limit.
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Home delivery {@code hd}: collections every day at 11:00, delivered every day by 20:00, one lane of 1 transit
     * day. {@code a-split} (48.80 N) is open 08:00-10:15 and 10:45-20:00 and prepares in 1 hour; {@code z-near}
     * (48.85 N, nearer) is open 08:00-20:00 and prepares in 2 hours; both hold A. {@code a-split} alone holds B. 37
     * fillers hold A and prepare in 30 hours. The network lists {@code a-split}, then the fillers, then
     * {@code z-near}.
     *
     * <p>The bounds (a preparation started at the first open instant and lasting its working time, the first
     * collection after that, plus 1 day): {@code a-split} 10:00 + 1 h = 11:00, collected Thursday 11:00, Friday;
     * {@code z-near} 12:00, collected Friday 11:00, Saturday; a filler Friday 16:00 (10 h on Thursday, 20 h more),
     * collected Saturday, Sunday. The plans: {@code a-split} works 10:00-10:15 and 10:45-11:30, ready at 11:30,
     * collected Friday 11:00, delivered Saturday, a day after its bound; {@code z-near} Saturday, as bounded; a filler
     * works 10 h on Thursday, 12 h on Friday and 8 h on Saturday: ready Saturday 16:00, collected Sunday, Monday.
     */
    private static Network splitHours() {
        Network.Builder b = Network.builder(ZoneOffset.UTC);
        b.location(warehouse("a-split", Position.of(48.80, 2.35), WeeklyHours.of("MON-SUN", "08:00-10:15", "10:45-20:00"),
                Duration.ofHours(1)));
        b.stock("a-split", "A", 5).stock("a-split", "B", 5);
        fillers(b, 37, Duration.ofHours(30), "A");
        b.location(warehouse("z-near", Position.of(48.85, 2.35), DAY, Duration.ofHours(2)));
        b.stock("z-near", "A", 5);
        b.service(HomeDeliveryService.builder("hd", "Colis").origins("*")
                .collections(Collection.of("MON-SUN", "11:00")).deliveryDays("MON-SUN").deliverBy("20:00")
                .lanes(new Lane("", "", MassFunction.of(1, 1.0))).price("4.90").build());
        return b.build();
    }

    /**
     * A: the first limit is {@code a-split}'s bound, Friday, and its plan is Saturday: nothing is found at the first
     * limit. The next bound is {@code z-near}'s, Saturday, exactly its plan's date: at that limit both deliver on
     * Saturday, one shipment each at confidence 1, and {@code z-near} is nearer (spec 4.3). Leaving out the origin
     * bounded exactly at the limit would answer {@code a-split}; stopping at the first limit, nothing.
     *
     * <p>The order-by (4.6): Saturday is kept while some origin is ready by Friday's 11:00 collection. {@code z-near}
     * must start by Friday 09:00; {@code a-split} started at Friday 09:30 works 09:30-10:15 and 10:45-11:00 (1 h), ready
     * at 11:00 exactly, collected; at 09:30:01 it is ready at 11:00:01. So Friday 09:30.
     */
    @Test
    void nothingBelowTheFirstLimit_thenTheNearerOriginBoundedExactlyAtTheNext() {
        Quote q = PromiseCalculator.of(splitHours()).quote(QuoteRequest.builder(T, Destination.of("75011", HERE))
                .line("A", 1).methods(Method.HOME_DELIVERY).build());
        assertThat(q.options()).hasSize(1);
        PromiseOption o = q.options().get(0);
        assertThat(from(o)).containsExactly("z-near=[A]");
        assertThat(o.promisedAt()).isEqualTo(Instant.parse("2026-09-19T20:00:00Z"));
        assertThat(o.shipments().get(0).shipAt()).contains(Instant.parse("2026-09-18T11:00:00Z"));
        assertThat(o.orderBy()).contains(Instant.parse("2026-09-18T09:30:00Z"));
    }

    /**
     * B: only {@code a-split} holds it. The first limit (its bound, Friday) finds nothing and no origin is left to
     * plan: the limit grows to the end, and the answer is {@code a-split}'s plan, Saturday.
     */
    @Test
    void nothingBelowTheFirstLimit_andNoOtherHolder() {
        Quote q = PromiseCalculator.of(splitHours()).quote(QuoteRequest.builder(T, Destination.of("75011", HERE))
                .line("B", 1).methods(Method.HOME_DELIVERY).build());
        assertThat(q.options()).hasSize(1);
        assertThat(from(q.options().get(0))).containsExactly("a-split=[B]");
        assertThat(q.options().get(0).promisedAt()).isEqualTo(Instant.parse("2026-09-19T20:00:00Z"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Courier: an allocation found past the limit, and a distance exactly at a band's maxKm.
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Courier {@code c}, dispatch every day 08:00-20:00, one band of 50 km: 30 minutes with 0.96, 90 minutes with
     * 0.04. Confidence 0.95. {@code q1} holds A, {@code q2} holds B, both prepare in 1 hour; {@code s} holds A and B
     * and prepares in 2 hours; 37 fillers hold A and B and prepare in 8 hours (all open 08:00-20:00).
     *
     * <p>A and B, two shipments at most. {@code q1} and {@code q2} are ready at 11:00: 0.96 at 11:30 each, which
     * reaches 0.95 alone, and 1 at 12:30. {@code s} is ready at 12:00: 0.96 at 12:30. The first limit is the
     * larger of the lines' smallest bounds, 11:30; below it only {@code q1} (A) and {@code q2} (B) reach alone, and
     * together they reach only at 12:30 (0.96 x 0.96 = 0.9216 at 11:30): an allocation past the limit. At 12:30
     * {@code s} ships the cart in one shipment (0.96), which beats two (spec 4.3: fewer shipments at the same date).
     * Accepting the allocation found past the first limit would answer {@code q1} and {@code q2}.
     */
    @Test
    void anAllocationFoundPastTheLimitIsNotTheAnswer() {
        Network.Builder b = Network.builder(ZoneOffset.UTC);
        b.location(warehouse("q1", Position.of(48.85, 2.35), DAY, Duration.ofHours(1))).stock("q1", "A", 5);
        b.location(warehouse("q2", Position.of(48.84, 2.35), DAY, Duration.ofHours(1))).stock("q2", "B", 5);
        b.location(warehouse("s", Position.of(48.83, 2.35), DAY, Duration.ofHours(2))).stock("s", "A", 5).stock("s", "B", 5);
        fillers(b, 37, Duration.ofHours(8), "A", "B");
        b.service(CourierService.builder("c", "Coursier").origins("*").hours(DAY)
                .bands(new Band(50, MassFunction.of(30, 0.96, 90, 0.04))).price("9.90").build());
        Quote q = PromiseCalculator.of(b.build()).quote(QuoteRequest.builder(T, Destination.of("75011", HERE))
                .line("A", 1).line("B", 1).maxShipments(2).confidence(0.95).methods(Method.COURIER).build());
        assertThat(q.options()).hasSize(1);
        PromiseOption o = q.options().get(0);
        assertThat(from(o)).containsExactly("s=[A, B]");
        assertThat(o.promisedAt()).isEqualTo(Instant.parse("2026-09-17T12:30:00Z"));
        assertThat(o.confidence()).isEqualTo(0.96);
    }

    /**
     * Courier {@code c}, dispatch every day 08:00-20:00, two bands: up to {@code edge} km (the distance from
     * {@code n-edge} to the destination, 5.56 km, taken from {@link Position#distanceKm}) 30 minutes, up to 50 km
     * 120 minutes. {@code m-in} (2.2 km away) prepares in 1 h 30; {@code k-far} (17.8 km away, listed before
     * {@code n-edge}) and {@code n-edge} in 1 hour; 37 fillers about 20 km away in 8 hours; all hold A and open
     * 08:00-20:00.
     *
     * <p>{@code n-edge} is at exactly the first band's {@code maxKm}, so in that band (spec 4.5: the first band whose
     * {@code maxKm} is at or above the distance): ready 11:00, delivered 11:30. {@code m-in}: ready 11:30, 12:00.
     * {@code k-far}, in the second band: 13:00. A filler: ready 18:00, delivered 20:00. So {@code n-edge} at 11:30,
     * though {@code m-in} is nearer. {@code k-far} and {@code n-edge} share a class of origins (calendar, preparation
     * time); taken in the second band, {@code n-edge} would get {@code k-far}'s bound, 13:00, past {@code m-in}'s
     * 12:00, and {@code m-in} would answer.
     */
    @Test
    void aCourierOriginExactlyAtABandsMaxKmIsInThatBand() {
        Position edgeAt = Position.of(48.81, 2.35);
        double edge = edgeAt.distanceKm(HERE);
        Network.Builder b = Network.builder(ZoneOffset.UTC);
        b.location(warehouse("m-in", Position.of(48.84, 2.35), DAY, Duration.ofMinutes(90))).stock("m-in", "A", 5);
        b.location(warehouse("k-far", Position.of(48.70, 2.35), DAY, Duration.ofHours(1))).stock("k-far", "A", 5);
        b.location(warehouse("n-edge", edgeAt, DAY, Duration.ofHours(1))).stock("n-edge", "A", 5);
        fillers(b, 37, Duration.ofHours(8), "A");
        b.service(CourierService.builder("c", "Coursier").origins("*").hours(DAY)
                .bands(new Band(edge, MassFunction.of(30, 1.0)), new Band(50, MassFunction.of(120, 1.0))).price("9.90").build());
        Quote q = PromiseCalculator.of(b.build()).quote(QuoteRequest.builder(T, Destination.of("75011", HERE))
                .line("A", 1).methods(Method.COURIER).build());
        assertThat(q.options()).hasSize(1);
        assertThat(from(q.options().get(0))).containsExactly("n-edge=[A]");
        assertThat(q.options().get(0).promisedAt()).isEqualTo(Instant.parse("2026-09-17T11:30:00Z"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // A rule set on a network of more than 32 origins: the plain search, with the allocator's filtered search.
    // ---------------------------------------------------------------------------------------------------------------

    private static final RuleSet ODD = RuleSet.builder("odd")
            .filter(LineFilter.of("odd-units", c -> c.available() % 2 == 1)).build();

    /**
     * {@code OddUnitsFilterWithTwoShipmentsTest}'s case by home delivery from 40 origins. {@code w} (open
     * 09:00-20:00, 1 hour) holds 1 B and 2 D at 10:00, one more of each at 11:00; the filter lets a location serve a
     * sku only while it holds an odd number of units, so B starts at 10:00 (1 unit), D at 11:00 (3 units), and the
     * two together never (docs/RULES-FORMAT.md, "When a filter is asked"). The 39 fillers hold nothing. With two
     * shipments allowed there is still one origin, so no option for B and D; B alone is collected at 17:00 (ready
     * 11:00) and delivered Friday.
     */
    @Test
    void aRuleSetOnMoreThan32OriginsKeepsThePlainSearch() {
        Network.Builder b = Network.builder(ZoneOffset.UTC);
        b.location(warehouse("w", Position.of(48.85, 2.35), WeeklyHours.of("MON-SUN", "09:00-20:00"), Duration.ofHours(1)));
        b.stock("w", "B", 1).stock("w", "D", 2);
        b.supply(new Supply("w", "B", 1, Instant.parse("2026-09-17T11:00:00Z")));
        b.supply(new Supply("w", "D", 1, Instant.parse("2026-09-17T11:00:00Z")));
        fillers(b, 39, Duration.ofHours(1));
        b.service(HomeDeliveryService.builder("hd", "Colis").origins("*")
                .collections(Collection.of("MON-SUN", "17:00")).deliveryDays("MON-SUN").deliverBy("20:00")
                .lanes(new Lane("", "", MassFunction.of(1, 1.0))).price("4.90").build());
        PromiseEngine engine = PromiseEngine.builder(b.build()).rules(ODD).build();
        Quote both = engine.quote(Order.of("o", QuoteRequest.builder(T, Destination.of("75011", HERE)).line("B", 1).line("D", 1)
                .maxShipments(2).methods(Method.HOME_DELIVERY).build()));
        assertThat(both.options()).isEmpty();
        Quote alone = engine.quote(Order.of("o", QuoteRequest.builder(T, Destination.of("75011", HERE)).line("B", 1)
                .methods(Method.HOME_DELIVERY).build()));
        assertThat(alone.options()).hasSize(1);
        assertThat(alone.options().get(0).shipments().get(0).startAt()).isEqualTo(T);
        assertThat(alone.options().get(0).promisedAt()).isEqualTo(Instant.parse("2026-09-18T20:00:00Z"));
        assertThat(alone.options().get(0).shipments().get(0).shipAt()).isEqualTo(Optional.of(Instant.parse("2026-09-17T17:00:00Z")));
    }
}
