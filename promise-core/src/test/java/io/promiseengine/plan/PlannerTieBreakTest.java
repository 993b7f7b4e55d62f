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
package io.promiseengine.plan;

import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Collection;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.StockLevel;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without scores every plan costs 0 and spec 4.3's tie-break decides: two warehouses alike in all but their
 * distance to the customer, the farther one with the smaller id, so only the distance can pick the nearer
 * (a case the generated networks never isolate; found by mutation testing, docs/TESTING.md).
 */
class PlannerTieBreakTest {

    @Test
    void atEqualCostShipmentsAndConfidenceTheNearerOriginIsChosen() {
        Network network = Network.builder(ZoneId.of("Europe/Paris"))
                .location(Location.builder("a-far", LocationKind.WAREHOUSE, Position.of(45.75, 4.85)).build())
                .location(Location.builder("b-near", LocationKind.WAREHOUSE, Position.of(48.80, 2.30)).build())
                .stock(StockLevel.of("a-far", "A", 5))
                .stock(StockLevel.of("b-near", "A", 5))
                .service(HomeDeliveryService.builder("std", "Standard").origins("kind:WAREHOUSE")
                        .collections(Collection.of("MON-SAT", "17:00")).deliveryDays("MON-SAT").deliverBy("18:00")
                        .lanes(new Lane("", "", MassFunction.of(1, 1.0))).price("4.90").build())
                .build();
        PromiseEngine engine = PromiseEngine.builder(network).rules(RuleSet.none())
                .clock(java.time.Clock.fixed(Instant.parse("2026-09-17T08:00:00Z"), java.time.ZoneOffset.UTC)).build();
        Order order = Order.of("o", QuoteRequest.builder(Instant.parse("2026-09-17T08:00:00Z"),
                Destination.position(Position.of(48.85, 2.35))).methods(Method.HOME_DELIVERY).line("A", 1).build());
        PromiseOption option = engine.quote(order).options().get(0);
        Fulfilment f = engine.planner().plan(order, option).fulfilment().orElseThrow();
        assertThat(f.shipments()).extracting(PlannedShipment::from).containsExactly("b-near");
        assertThat(f.cost()).isZero();
    }
}
