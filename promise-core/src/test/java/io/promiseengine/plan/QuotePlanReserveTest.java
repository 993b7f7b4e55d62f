package io.promiseengine.plan;

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
            RuleSet rules = rnd.nextBoolean() ? RuleSet.none() : TestRules.generate(network, rnd);
            PromiseEngine engine = PromiseEngine.builder(network).clock(PlannerExhaustiveTest.CLOCK).rules(rules).build();
            for (int i = 0; i < 6; i++) {
                Order order = Order.of("o-" + seed + "-" + i, gen.request());
                Quote quote = engine.quote(order);
                if (quote.options().isEmpty()) {
                    continue;
                }
                PromiseOption option = quote.options().get(rnd.nextInt(quote.options().size()));
                PlanResult plan = engine.planner().plan(order, option);
                String context = "seed " + seed + " order " + i + " " + option.method() + " " + option.service() + option.location();
                assertThat(plan.isPlanned()).as(context + ": %s", plan.reason()).isTrue();
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
