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
 * Issue 14 (found by the differential test under rule sets, rules seeds 6100129, 6100155, 6100930 and 6100983): a
 * line whose units arrive only after the search's limit (120 days after the order instant, the latest horizon of
 * an order-by probe) made a quote with {@code explain} throw {@code IllegalStateException: the filters allow every
 * line of mask 1 at site 0}. The rule gate's steps end at the limit, so at the first instant the lines are there (the
 * late arrival) they answered with the last step before it, a refusal; the explanation then asked the filter itself
 * at that instant, which saw the arrival and allowed, and found no refusing filter. No preparation starts past the
 * limit, whatever the filters say: the location is rejected as it is without rules, never with {@code RULE}.
 *
 * <p>By hand: a store with no unit of A, 5 arriving 121 days after the order; a rule keeping 2 units at stores; a
 * cart of 3 A: refused at the order instant (0 - 3 < 2), allowed at the arrival (5 - 3 = 2).
 */
class RuleGateStockArrivingAfterTheSearchLimitTest {

    private static final Instant AT = Instant.parse("2026-09-17T10:00:00Z");
    private static final RuleSet KEEP_TWO = RuleSet.builder("keep-2").filter(LineFilter.of("protect-store-stock",
            c -> c.location().kind() != LocationKind.STORE || c.available() - c.line().quantity() >= 2)).build();

    private static Network network() {
        return Network.builder(ZoneOffset.UTC)
                .location(Location.builder("store", LocationKind.STORE, Position.of(48.85, 2.35))
                        .hours(WeeklyHours.of("MON-SUN", "09:00-20:00"))
                        .preparation(Preparation.of(Duration.ofHours(1))).collect(true).build())
                .supply(new Supply("store", "A", 5, AT.plus(Duration.ofDays(121))))
                .build();
    }

    private static Order order() {
        return Order.of("o", QuoteRequest.builder(AT, Destination.position(Position.of(48.86, 2.35)))
                .line("A", 3).methods(Method.COLLECT).collectAt("store").explain(true).build());
    }

    @Test
    void explainRejectsTheStoreAsWithoutRulesWhenItsUnitsArriveAfterTheSearchLimit() {
        Quote ruled = PromiseEngine.builder(network()).rules(KEEP_TWO).build().quote(order());
        Quote plain = PromiseEngine.builder(network()).build().quote(order());
        assertThat(ruled.options()).isEmpty();
        assertThat(ruled.rejected()).extracting(Rejection::location).containsExactly("store");
        assertThat(ruled.rejected()).extracting(Rejection::reason).doesNotContain(RejectReason.RULE);
        assertThat(ruled.rejected()).isEqualTo(plain.rejected());
    }

    @Test
    void theFilterIsNeverAskedPastTheSearchLimit() {
        java.util.List<Long> asked = new java.util.ArrayList<>();
        RuleSet recording = RuleSet.builder("recording").filter(LineFilter.of("record", c -> {
            asked.add(c.available());
            return true;
        })).build();
        Quote q = PromiseEngine.builder(network()).rules(recording).build().quote(order());
        assertThat(q.options()).isEmpty();
        assertThat(asked).doesNotContain(5L);
    }
}
