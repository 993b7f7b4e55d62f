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

import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.Supply;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.plan.Order;
import io.promiseengine.plan.PlanResult;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.quote.RejectReason;
import io.promiseengine.quote.Rejection;
import io.promiseengine.quote.Shipment;
import io.promiseengine.rules.RuleSet;
import io.promiseengine.rules.spi.LineCandidate;
import io.promiseengine.rules.spi.LineFilter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 item 15: a filter that looks at quantities saw the units available at the order instant, so supply
 * arriving before the shipment could start changed nothing for the quote but everything for an order placed
 * after the arrival (a later order got an earlier date; {@code quote(orderBy)} another date). Now a filter sees
 * the units available at the instant the preparation would start (docs/RULES-FORMAT.md).
 *
 * <p>By hand: a store open 09:00-20:00 (UTC) with a 1 h preparation holds 3 units of A now; 5 more arrive at
 * 16:00. The rule keeps 2 units at stores ({@code available - quantity >= 2}). A cart of 3 A to collect at
 * the store, ordered at 10:00: 3 - 3 = 1 < 2 refuses every start before 16:00; 8 - 3 = 5 allows it from 16:00
 * on. So the preparation starts at 16:00, is ready at 17:00, collectable at 17:00 the same day; an order at
 * u in [16:00, 19:00) starts at u and is ready by 20:00, the closing (ready at 20:00 is collectable only at
 * the next opening), so the order-by is 18:59:59.
 */
class KeepRuleWaitsForSupplyArrivingBeforeTheStartTest {

    private static final Instant TEN = Instant.parse("2026-09-17T10:00:00Z");
    private static final Instant ARRIVAL = Instant.parse("2026-09-17T16:00:00Z");

    /** Keeps 2 units at stores, and records the units each question was asked with. */
    private final List<Long> asked = new ArrayList<>();
    private final RuleSet keepTwo = RuleSet.builder("keep-2").filter(LineFilter.of("protect-store-stock", c -> {
        asked.add(c.available());
        return keeps(c, 2);
    })).build();

    private static boolean keeps(LineCandidate c, int keep) {
        return c.location().kind() != LocationKind.STORE || c.available() - c.line().quantity() >= keep;
    }

    private static Network network(int arriving) {
        return network(arriving, ARRIVAL);
    }

    private static Network network(int arriving, Instant arrives) {
        Network.Builder b = Network.builder(ZoneOffset.UTC)
                .location(Location.builder("store", LocationKind.STORE, Position.of(48.85, 2.35))
                        .hours(WeeklyHours.of("MON-SUN", "09:00-20:00"))
                        .preparation(Preparation.of(Duration.ofHours(1))).collect(true).build())
                .stock(StockLevel.of("store", "A", 3));
        if (arriving > 0) {
            b.supply(new Supply("store", "A", arriving, arrives));
        }
        return b.build();
    }

    private static Order order(Instant at) {
        return Order.of("o", QuoteRequest.builder(at, Destination.position(Position.of(48.86, 2.35)))
                .line("A", 3).methods(Method.COLLECT).collectAt("store").explain(true).build());
    }

    private static Optional<PromiseOption> collect(Quote q) {
        return q.options().stream().filter(o -> o.method() == Method.COLLECT).findFirst();
    }

    @Test
    void thePreparationStartsWhenTheSupplyLetsTheStoreKeepItsUnits() {
        PromiseEngine engine = PromiseEngine.builder(network(5)).rules(keepTwo).build();
        Quote q = engine.quote(order(TEN));
        assertThat(q.options()).hasSize(1);
        PromiseOption o = q.options().get(0);
        Shipment s = o.shipments().get(0);
        assertThat(s.from()).isEqualTo("store");
        assertThat(s.startAt()).isEqualTo(ARRIVAL);
        assertThat(s.readyAt()).isEqualTo(Instant.parse("2026-09-17T17:00:00Z"));
        assertThat(o.promisedAt()).isEqualTo(Instant.parse("2026-09-17T17:00:00Z"));
        assertThat(o.date()).isEqualTo(LocalDate.of(2026, 9, 17));
        assertThat(q.rejected()).isEmpty();
        // asked once at the order instant (3 units) and once at the arrival (8), never in between
        assertThat(asked).containsExactly(3L, 8L);
    }

    @Test
    void anOrderTheSecondBeforeTheArrivalStillStartsAtTheArrival() {
        PromiseEngine engine = PromiseEngine.builder(network(5)).rules(keepTwo).build();
        Shipment before = collect(engine.quote(order(ARRIVAL.minusSeconds(1)))).orElseThrow().shipments().get(0);
        Shipment at = collect(engine.quote(order(ARRIVAL))).orElseThrow().shipments().get(0);
        assertThat(before.startAt()).isEqualTo(ARRIVAL);
        assertThat(at.startAt()).isEqualTo(ARRIVAL);
    }

    @Test
    void theOrderByKeepsTheDateAndEndsWhereItChanges() {
        PromiseEngine engine = PromiseEngine.builder(network(5)).rules(keepTwo).build();
        PromiseOption o = collect(engine.quote(order(TEN))).orElseThrow();
        Instant by = Instant.parse("2026-09-17T18:59:59Z");
        assertThat(o.orderBy()).contains(by);
        PromiseOption atBy = collect(engine.quote(order(by))).orElseThrow();
        assertThat(atBy.date()).isEqualTo(o.date());
        assertThat(atBy.shipments().get(0).startAt()).isEqualTo(by);
        PromiseOption after = collect(engine.quote(order(by.plusSeconds(1)))).orElseThrow();
        assertThat(after.date()).isEqualTo(LocalDate.of(2026, 9, 18));
        // an order at 10:00 gets no later date than one after the arrival (invariant 1)
        assertThat(collect(engine.quote(order(ARRIVAL))).orElseThrow().date()).isEqualTo(o.date());
    }

    @Test
    void thePlannerStartsAtTheArrivalToo() {
        PromiseEngine engine = PromiseEngine.builder(network(5)).rules(keepTwo).build();
        PromiseOption o = collect(engine.quote(order(TEN))).orElseThrow();
        PlanResult plan = engine.planner().plan(order(TEN), o);
        assertThat(plan.fulfilment()).hasValueSatisfying(f -> {
            assertThat(f.shipments()).hasSize(1);
            assertThat(f.shipments().get(0).startAt()).isEqualTo(ARRIVAL);
        });
    }

    @Test
    void explainSaysRuleWhileTheStoreWouldGoBelowWhatItKeeps() {
        // without the arrival the store has 3 units at every instant, as it has the instant before 16:00
        PromiseEngine engine = PromiseEngine.builder(network(0)).rules(keepTwo).build();
        Quote q = engine.quote(order(TEN));
        assertThat(q.options()).isEmpty();
        assertThat(q.rejected()).containsExactly(new Rejection(Method.COLLECT, "", "store", RejectReason.RULE,
                "rule protect-store-stock excludes A at store"));
    }

    @Test
    void explainSaysRuleWhenTheArrivalIsTooSmallToKeepTheUnits() {
        // 3 + 1 = 4 units from 16:00: 4 - 3 = 1 < 2, refused before and after the arrival
        PromiseEngine engine = PromiseEngine.builder(network(1)).rules(keepTwo).build();
        Quote q = engine.quote(order(TEN));
        assertThat(q.options()).isEmpty();
        assertThat(q.rejected()).extracting(Rejection::reason).containsExactly(RejectReason.RULE);
        assertThat(asked).containsOnly(3L, 4L);
    }

    @Test
    void explainSaysRuleWhenTheArrivalComesAfterEveryInstantTheSearchLooksAt() {
        // the search looks for a start up to 120 days after the order instant (an order-by probe's horizon)
        PromiseEngine engine = PromiseEngine.builder(network(5, TEN.plus(Duration.ofDays(121)))).rules(keepTwo).build();
        Quote q = engine.quote(order(TEN));
        assertThat(q.options()).isEmpty();
        assertThat(q.rejected()).extracting(Rejection::reason).containsExactly(RejectReason.RULE);
        assertThat(asked).containsOnly(3L);
    }

    @Test
    void explainSaysBeyondTheHorizonWhenTheArrivalLiftsTheRuleTooLate() {
        // allowed from day 100, inside the search's reach: the preparation is possible, but not within 60 days
        PromiseEngine engine = PromiseEngine.builder(network(5, TEN.plus(Duration.ofDays(100)))).rules(keepTwo).build();
        Quote q = engine.quote(order(TEN));
        assertThat(q.options()).isEmpty();
        assertThat(q.rejected()).extracting(Rejection::reason).containsExactly(RejectReason.BEYOND_HORIZON);
    }
}
