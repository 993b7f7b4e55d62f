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
package io.promiseengine.internal.engine;

import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Band;
import io.promiseengine.model.CourierService;
import io.promiseengine.model.MassFunction;
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
import io.promiseengine.quote.Shipment;
import io.promiseengine.rules.RuleSet;
import io.promiseengine.rules.spi.LineFilter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start search with a filter joined to the start condition (docs/RULES-FORMAT.md, "When a filter is
 * asked"): the start is the earliest instant that is open, within capacity, available and allowed, all at once.
 */
class RuleGateTest {

    /** Stores serve only while they hold an odd number of units: not monotone in the units available. */
    private static final RuleSet ODD = RuleSet.builder("odd").filter(LineFilter.of("odd-units",
            c -> c.location().kind() != LocationKind.STORE || c.available() % 2 == 1)).build();

    /**
     * 3 units (odd) at 10:00 while the store is closed until 12:00; 1 more at 11:00 (4, even: refused at the
     * opening); 1 more at 13:00 (5, odd). Allowed at 10:00 and open at 12:00 are not enough: the start is 13:00.
     */
    @Test
    void theStartIsAnInstantOpenAndAllowedAtOnce() {
        Network n = Network.builder(ZoneOffset.UTC)
                .location(Location.builder("store", LocationKind.STORE, Position.of(48.85, 2.35))
                        .hours(WeeklyHours.of("MON-SUN", "12:00-20:00"))
                        .preparation(Preparation.of(Duration.ofHours(1))).collect(true).build())
                .stock(StockLevel.of("store", "A", 3))
                .supply(new Supply("store", "A", 1, Instant.parse("2026-09-17T11:00:00Z")))
                .supply(new Supply("store", "A", 1, Instant.parse("2026-09-17T13:00:00Z")))
                .build();
        PromiseEngine engine = PromiseEngine.builder(n).rules(ODD).build();
        Order order = Order.of("o", QuoteRequest.builder(Instant.parse("2026-09-17T10:00:00Z"),
                Destination.position(Position.of(48.86, 2.35))).line("A", 1).methods(Method.COLLECT).collectAt("store").build());
        Shipment s = engine.quote(order).options().get(0).shipments().get(0);
        assertThat(s.startAt()).isEqualTo(Instant.parse("2026-09-17T13:00:00Z"));
        assertThat(s.readyAt()).isEqualTo(Instant.parse("2026-09-17T14:00:00Z"));
        // without the rule the store starts at its opening
        Shipment free = PromiseEngine.builder(n).build().quote(order).options().get(0).shipments().get(0);
        assertThat(free.startAt()).isEqualTo(Instant.parse("2026-09-17T12:00:00Z"));
    }

    /**
     * A courier from a warehouse (A and B) or a store holding only B (3 units, a keep-2 rule: refused at every
     * start). The warehouse ships the cart; the store is rejected for the line it holds, B, not for A.
     */
    @Test
    void explainNamesALineTheLocationHolds() {
        Network n = Network.builder(ZoneOffset.UTC)
                .location(Location.builder("wh", LocationKind.WAREHOUSE, Position.of(48.85, 2.36)).build())
                .location(Location.builder("store", LocationKind.STORE, Position.of(48.85, 2.35)).ship(true).build())
                .service(CourierService.builder("courier", "Coursier").origins("*")
                        .hours(WeeklyHours.of("MON-SUN", "09:00-21:00"))
                        .bands(new Band(50, MassFunction.of(30, 1.0))).price("9.90").build())
                .stock(StockLevel.of("wh", "A", 5)).stock(StockLevel.of("wh", "B", 5))
                .stock(StockLevel.of("store", "B", 3))
                .build();
        RuleSet keepTwo = RuleSet.builder("keep-2").filter(LineFilter.of("protect-store-stock",
                c -> c.location().kind() != LocationKind.STORE || c.available() - c.line().quantity() >= 2)).build();
        PromiseEngine engine = PromiseEngine.builder(n).rules(keepTwo).build();
        Quote q = engine.quote(Order.of("o", QuoteRequest.builder(Instant.parse("2026-09-17T10:00:00Z"),
                Destination.position(Position.of(48.86, 2.35))).line("A", 1).line("B", 3).methods(Method.COURIER)
                .maxShipments(2).explain(true).build()));
        assertThat(q.options()).hasSize(1);
        assertThat(q.options().get(0).shipments()).extracting(Shipment::from).containsExactly("wh");
        assertThat(q.rejected()).containsExactly(new Rejection(Method.COURIER, "courier", "store", RejectReason.RULE,
                "rule protect-store-stock excludes B at store"));
    }
}
