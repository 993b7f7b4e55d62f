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

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Location;
import io.promiseengine.model.Network;
import io.promiseengine.model.StockLevel;
import io.promiseengine.plan.AllocationPlanner;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner's branch and bound ({@link CostPlanner}: the least cost of the lines left, then shipments, exact
 * probability and distance on a tied cost) against the planner before issue 14 ({@link OldCostPlanner}), on the carts
 * where the bound cuts most: every request a big cart (5 to 12 lines, most of 8 or more) with {@code maxShipments}
 * up to 10, stock of every sku in most places (many candidates per block, many splits), the drawn rule sets of
 * {@link PlannerMatchesOldPlannerTest} (tied prices, no score one time in five, filters that are not monotone).
 * Plans compared as strings, for the quote's rule set and another, every option quoted.
 *
 * <p>Seeds {@code -Dplanner.bigFirstSeed} (default 24,800,001) to {@code + -Dplanner.bigSeeds} (default 300);
 * they are printed, and a difference names its seed and option.
 */
class PlannerBigCartsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-17T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void bigCartsPlanAsTheOldPlannerPlansThem() {
        long first = Long.getLong("planner.bigFirstSeed", 24_800_001L);
        int seeds = Integer.getInteger("planner.bigSeeds", 300);
        int compared = 0;
        int kept = 0;
        int splits = 0;
        int bigLines = 0;
        int saved = Solver.fewOrigins;
        try {
            for (long seed = first; seed < first + seeds; seed++) {
                Solver.fewOrigins = seed % 2 == 0 ? 0 : saved;
                NetworkGenerator gen = new NetworkGenerator(seed, NetworkGenerator.Shape.split(1, 12, 10));
                Network network = gen.network();
                Random rnd = new Random(seed);
                RuleSet rules = PlannerMatchesOldPlannerTest.rules(network, rnd);
                PromiseEngine engine = PromiseEngine.builder(network).clock(CLOCK).rules(rules).build();
                for (Location l : network.locations()) {
                    for (String sku : NetworkGenerator.WIDE_SKUS) {
                        if (rnd.nextInt(4) != 0) {
                            engine.setStock(StockLevel.of(l.id(), sku, 2 + rnd.nextInt(4)));
                        }
                    }
                }
                Order order = Order.of("o-" + seed, gen.request());
                Quote quote = engine.quote(order);
                DefaultPromiseEngine e = (DefaultPromiseEngine) engine;
                RuleSet other = PlannerMatchesOldPlannerTest.rules(network, rnd);
                bigLines += order.lines().size() >= 8 ? 1 : 0;
                for (int run = 0; run < 2 * quote.options().size(); run++) {
                    PromiseOption option = quote.options().get(run / 2);
                    RuleSet planned = run % 2 == 0 ? rules : other;
                    AllocationPlanner now = engine.planner(planned);
                    AllocationPlanner old = new OldCostPlanner(() -> e.current().snapshot(), planned);
                    String context = "seed " + seed + " option " + option.method() + " "
                            + option.service().or(option::location).orElseThrow() + " under " + planned;
                    String answer = PlannerMatchesOldPlannerTest.answer(() -> now.plan(order, option));
                    assertThat(answer).as(context)
                            .isEqualTo(PlannerMatchesOldPlannerTest.answer(() -> old.plan(order, option)));
                    compared++;
                    kept += answer.startsWith("Planned") ? 1 : 0;
                    splits += answer.contains("Fulfilment") && answer.split("PlannedShipment\\[").length > 2 ? 1 : 0;
                }
            }
        } finally {
            Solver.fewOrigins = saved;
        }
        System.out.printf("PlannerBigCartsTest: seeds %d to %d (%d carts of 8 to 12 lines), %d options planned by both"
                + " (%d planned, %d splits), 0 differ%n", first, first + seeds - 1, bigLines, compared, kept, splits);
        assertThat(bigLines).as("carts of 8 lines or more").isGreaterThan(seeds / 4);
        assertThat(splits).as("split plans compared").isGreaterThan(seeds / 10);
    }
}
