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
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.quote.RejectReason;
import io.promiseengine.quote.Rejection;
import io.promiseengine.rules.RuleSet;
import io.promiseengine.rules.spi.LineFilter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: a filter that is not monotone with {@code maxShipments} above 1 made the quote throw
 * {@code IllegalStateException} (the split search took a block's start to be its latest line's, which only a
 * monotone filter guarantees). Seeds 6101491, 6103120, 6103580 and 6104156 of the differential test under rule
 * sets; this is the smallest such case.
 *
 * <p>By hand (docs/RULES-FORMAT.md, "When a filter is asked"): one store, open 09:00-20:00 with a 1 h
 * preparation, holds 1 B and 2 D at 10:00; one more of each arrives at 11:00. The filter lets the store serve
 * a sku only while it holds an odd number of units. A preparation starts when every filter allows every line
 * of the shipment: before 11:00 B (1) is allowed and D (2) refused, from 11:00 on B (2) is refused and D (3)
 * allowed, and nothing else arrives, so a cart of B 1 + D 1 never starts there as one shipment. Two shipments
 * need two origins (spec 4.3: each block prepared by a different origin) and there is one: no option, and the
 * store is rejected for the rule (the filters refuse at every instant a preparation could start).
 */
class OddUnitsFilterWithTwoShipmentsTest {

    private static final Instant TEN = Instant.parse("2026-09-17T10:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2026-09-17T11:00:00Z");

    private static final RuleSet ODD = RuleSet.builder("odd")
            .filter(LineFilter.of("odd-units", c -> c.available() % 2 == 1)).build();

    private static Network network() {
        return Network.builder(ZoneOffset.UTC)
                .location(Location.builder("store", LocationKind.STORE, Position.of(48.85, 2.35))
                        .hours(WeeklyHours.of("MON-SUN", "09:00-20:00"))
                        .preparation(Preparation.of(Duration.ofHours(1))).collect(true).build())
                .stock(StockLevel.of("store", "B", 1))
                .stock(StockLevel.of("store", "D", 2))
                .supply(new Supply("store", "B", 1, ELEVEN))
                .supply(new Supply("store", "D", 1, ELEVEN))
                .build();
    }

    private static Order cart(int maxShipments, String... skus) {
        QuoteRequest.Builder b = QuoteRequest.builder(TEN, Destination.position(Position.of(48.86, 2.35)));
        for (String sku : skus) {
            b.line(sku, 1);
        }
        return Order.of("o", b.methods(Method.COLLECT).collectAt("store").maxShipments(maxShipments).explain(true).build());
    }

    @Test
    void aCartTheFilterNeverAllowsTogetherHasNoOptionWithTwoShipmentsAllowed() {
        PromiseEngine engine = PromiseEngine.builder(network()).rules(ODD).build();
        Quote q = engine.quote(cart(2, "B", "D"));
        assertThat(q.options()).isEmpty();
        assertThat(q.rejected()).extracting(Rejection::method, Rejection::location, Rejection::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Method.COLLECT, "store", RejectReason.RULE));
    }

    @Test
    void theSameAnswerAsWithOneShipment() {
        PromiseEngine engine = PromiseEngine.builder(network()).rules(ODD).build();
        assertThat(engine.quote(cart(2, "B", "D")).options()).isEqualTo(engine.quote(cart(1, "B", "D")).options());
    }

    @Test
    void eachLineAloneStartsWhenTheFilterAllowsIt() {
        // the filter is asked: B starts at 10:00 (1 unit), D at 11:00 (3 units), so the store is no dead end
        PromiseEngine engine = PromiseEngine.builder(network()).rules(ODD).build();
        assertThat(engine.quote(cart(2, "B")).options().get(0).shipments().get(0).startAt()).isEqualTo(TEN);
        assertThat(engine.quote(cart(2, "D")).options().get(0).shipments().get(0).startAt()).isEqualTo(ELEVEN);
    }
}
