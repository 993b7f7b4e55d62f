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

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.model.Location;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.OrderLine;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.Service;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.rules.RuleSet;
import io.promiseengine.rules.spi.LineFilter;
import io.promiseengine.rules.spi.ShipmentScore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The planner's SCHEDULED case (docs/PLANNER.md, docs/SPEC.md 4.7) on generated networks with windows: for a
 * window picked at random among those an option lists, the plan is the cheapest origin under a rule set of
 * random per-location costs among the origins that make that window, where "makes" is read off the quote
 * itself, independently of the planner: an origin makes the window when a quote under a rule set that allows
 * that origin alone still offers the window from it. The plan then reserves.
 */
class PlannerWindowsTest {

    @Test
    void theCheapestOriginThatMakesTheChosenWindow() {
        int planned = 0;
        for (long seed = 1; seed <= 120; seed++) {
            NetworkGenerator gen = new NetworkGenerator(seed);
            Network network = gen.withWindows(gen.network());
            Random rnd = new Random(seed * 31 + 7);
            Map<String, BigDecimal> price = new HashMap<>();
            int n = 0;
            for (Location l : network.locations()) {
                price.put(l.id(), BigDecimal.valueOf(rnd.nextInt(1000) * 100L + n++, 2)); // distinct costs
            }
            RuleSet rules = RuleSet.builder("price").score(ShipmentScore.of("price", c -> price.get(c.origin().id()))).build();
            PromiseEngine engine = PromiseEngine.builder(network).clock(PlannerExhaustiveTest.CLOCK).rules(rules).build();
            for (int i = 0; i < 4; i++) {
                QuoteRequest r = gen.request();
                Order order = Order.of("o-" + seed + "-" + i, QuoteRequest.builder(r.at(), r.destination()).lines(r.lines())
                        .methods(Method.SCHEDULED).build());
                Quote quote = engine.quote(order);
                if (quote.options().isEmpty()) {
                    continue;
                }
                PromiseOption option = quote.options().get(rnd.nextInt(quote.options().size()));
                DeliveryWindow window = option.windows().get(rnd.nextInt(option.windows().size()));
                String context = "seed " + seed + " order " + i + " " + option.service() + " window " + window.start();
                String expected = null;
                for (Location l : network.locations()) {
                    RuleSet only = RuleSet.builder("only " + l.id())
                            .filter(LineFilter.of("only", c -> c.location().id().equals(l.id()))).build();
                    boolean makes = engine.quote(order, only).options().stream()
                            .filter(o -> o.service().equals(option.service()))
                            .flatMap(o -> o.windows().stream())
                            .anyMatch(w -> w.start().equals(window.start()) && w.from().equals(l.id()));
                    if (makes && (expected == null || price.get(l.id()).compareTo(price.get(expected)) < 0)) {
                        expected = l.id();
                    }
                }
                PlanResult plan = engine.planner().plan(order, option, window);
                assertThat(plan.isPlanned()).as(context + ": %s", plan).isTrue();
                Fulfilment f = plan.fulfilment().orElseThrow();
                assertThat(f.shipments()).as(context).hasSize(1);
                PlannedShipment s = f.shipments().get(0);
                assertThat(s.from()).as(context).isEqualTo(expected);
                assertThat(f.cost()).isEqualTo(price.get(expected));
                assertThat(f.promisedAt()).isEqualTo(window.end());
                assertThat(f.method()).isEqualTo(Method.SCHEDULED);
                assertThat(f.window()).isPresent();
                assertThat(f.window().get().start()).isEqualTo(window.start());
                assertThat(f.window().get().end()).isEqualTo(window.end());
                ScheduledService service = scheduled(network, option.service().orElseThrow());
                String zone = service.zones().get(service.zoneFor(order.request().destination().postalCode())).to();
                assertThat(f.window().get().zone()).isEqualTo(zone);
                long lead = service.zones().get(service.zoneFor(zone)).leadTime().getSeconds();
                assertThat(s.readyAt().plusSeconds(lead)).as(context).isBeforeOrEqualTo(window.start());
                assertThat(s.lines()).extracting(OrderLine::sku)
                        .containsExactlyElementsOf(order.request().lines().stream().map(l -> l.sku()).toList());
                ReservationResult reserved = engine.reserve(order.id(), f);
                assertThat(reserved.isReserved()).as(context + ": %s", reserved).isTrue();
                planned++;
            }
        }
        assertThat(planned).isGreaterThan(100);
    }

    private static ScheduledService scheduled(Network network, String id) {
        for (Service s : network.services()) {
            if (s.id().equals(id)) {
                return (ScheduledService) s;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void aWindowTheOptionDoesNotListOrAnotherMethodIsRefused() {
        NetworkGenerator gen = new NetworkGenerator(3);
        Network network = gen.withWindows(gen.network());
        PromiseEngine engine = PromiseEngine.builder(network).clock(PlannerExhaustiveTest.CLOCK).build();
        for (int i = 0; i < 20; i++) {
            Order order = Order.of("o" + i, gen.request());
            Quote quote = engine.quote(order);
            PromiseOption scheduled = quote.options().stream().filter(o -> o.method() == Method.SCHEDULED).findFirst().orElse(null);
            PromiseOption other = quote.options().stream().filter(o -> o.method() != Method.SCHEDULED).findFirst().orElse(null);
            if (scheduled == null || other == null) {
                continue;
            }
            DeliveryWindow first = scheduled.windows().get(0);
            DeliveryWindow shifted = new DeliveryWindow(first.start().plusSeconds(60), first.end(), first.from(), first.orderBy());
            assertThatThrownBy(() -> engine.planner().plan(order, scheduled, shifted))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not one the");
            assertThatThrownBy(() -> engine.planner().plan(order, other, first))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SCHEDULED promise");
            // the first window by default
            assertThat(engine.planner().plan(order, scheduled).fulfilment().orElseThrow().window().orElseThrow().start())
                    .isEqualTo(first.start());
            return;
        }
        throw new AssertionError("no order with a SCHEDULED option and another");
    }
}
