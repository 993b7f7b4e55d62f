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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The planner's search of a cart that may split is exponential in its lines (docs/LIMITS.md), so it stops when its
 * thread is interrupted: an OMS can plan on a thread of its own and interrupt it past a time limit. The status is
 * read at the first candidate and every 1,024th, so a thread interrupted before the call stops at once.
 */
class PlannerInterruptedTest {

    private static final Instant NOW = Instant.parse("2026-09-17T08:00:00Z");

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private static PromiseEngine engine() {
        Network network = Network.builder(ZoneId.of("Europe/Paris"))
                .location(Location.builder("w1", LocationKind.WAREHOUSE, Position.of(45.75, 4.85)).build())
                .location(Location.builder("w2", LocationKind.WAREHOUSE, Position.of(48.80, 2.30)).build())
                .stock(StockLevel.of("w1", "A", 5)).stock(StockLevel.of("w1", "B", 5))
                .stock(StockLevel.of("w2", "A", 5)).stock(StockLevel.of("w2", "B", 5))
                .service(HomeDeliveryService.builder("std", "Standard").origins("kind:WAREHOUSE")
                        .collections(Collection.of("MON-SAT", "17:00")).deliveryDays("MON-SAT").deliverBy("18:00")
                        .lanes(new Lane("", "", MassFunction.of(1, 1.0))).price("4.90").build())
                .build();
        return PromiseEngine.builder(network).rules(RuleSet.none()).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    private static Order order() {
        return Order.of("o-1", QuoteRequest.builder(NOW, Destination.position(Position.of(48.85, 2.35)))
                .methods(Method.HOME_DELIVERY).line("A", 1).line("B", 1).maxShipments(2).build());
    }

    @Test
    void anInterruptedThreadsPlanningStopsWithACancellationAndKeepsItsStatus() {
        PromiseEngine engine = engine();
        Order order = order();
        PromiseOption option = engine.quote(order).options().get(0);
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> engine.planner().plan(order, option))
                .isInstanceOf(CancellationException.class).hasMessageContaining("o-1").hasMessageContaining("interrupted");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void theSameOrderIsPlannedWhenTheThreadIsNotInterrupted() {
        PromiseEngine engine = engine();
        Order order = order();
        PromiseOption option = engine.quote(order).options().get(0);
        Fulfilment f = engine.planner().plan(order, option).fulfilment().orElseThrow();
        assertThat(f.shipments()).extracting(PlannedShipment::from).containsExactly("w2");
    }
}
