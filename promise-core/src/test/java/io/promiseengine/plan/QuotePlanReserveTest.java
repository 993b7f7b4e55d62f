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

import io.promiseengine.fixtures.GeneratedRules;
import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.model.Network;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quote followed at once by plan and reserve always succeeds and keeps the quoted date: on generated
 * networks and rule sets, a run of orders each quoted, planned for one of its options and reserved, the
 * stock and slots they hold accumulating, so later orders are quoted on what the earlier ones left.
 */
class QuotePlanReserveTest {

    @Test
    void aQuoteFollowedByPlanAndReserveAlwaysSucceedsAndKeepsTheDate() {
        int reserved = 0;
        for (long seed = 1; seed <= 300; seed++) {
            NetworkGenerator gen = new NetworkGenerator(seed);
            Network network = gen.network();
            Random rnd = gen.random();
            RuleSet rules = rnd.nextBoolean() ? RuleSet.none() : GeneratedRules.generate(network, rnd);
            PromiseEngine engine = PromiseEngine.builder(network).clock(PlannerExhaustiveTest.CLOCK).rules(rules).build();
            for (int i = 0; i < 6; i++) {
                Order order = Order.of("o-" + seed + "-" + i, gen.request());
                Quote quote = engine.quote(order);
                if (quote.options().isEmpty()) {
                    continue;
                }
                PromiseOption option = quote.options().get(rnd.nextInt(quote.options().size()));
                PlanResult plan = engine.planner().plan(order, option);
                String context = "seed " + seed + " order " + i + " " + option.method() + " " + option.service().or(option::location).orElseThrow();
                assertThat(plan.isPlanned()).as(context + ": %s", plan).isTrue();
                Fulfilment f = plan.fulfilment().orElseThrow();
                assertThat(f.date()).as(context).isEqualTo(option.date());
                assertThat(f.promisedAt()).isEqualTo(option.promisedAt());
                ReservationResult r = engine.reserve(order.id(), f);
                assertThat(r.isReserved()).as(context + ": %s", r).isTrue();
                reserved++;
            }
        }
        assertThat(reserved).isGreaterThan(500);
    }
}
