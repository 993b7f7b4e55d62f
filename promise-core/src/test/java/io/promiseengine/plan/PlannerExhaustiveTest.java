package io.promiseengine.plan;

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Location;
import io.promiseengine.model.Network;
import io.promiseengine.model.StockLevel;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner's branch and bound against exhaustive search: on hundreds of generated networks, requests and
 * rule sets, for every option quoted, the planner's cost is the minimum over every assignment of skus to
 * locations that keeps the promise, and it finds a plan exactly when one exists.
 */
class PlannerExhaustiveTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-17T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void plannerCostIsTheExhaustiveMinimum() {
        int compared = 0;
        int splits = 0;
        for (long seed = 1; seed <= 400; seed++) {
            NetworkGenerator gen = new NetworkGenerator(seed);
            Network network = gen.network();
            RuleSet rules = TestRules.generate(network, gen.random());
            PromiseEngine engine = PromiseEngine.builder(network).clock(CLOCK).rules(rules).build();
            if (seed % 2 == 0) {
                // more stock in more places: more candidates per block, so the bound is put to work
                for (Location l : network.locations()) {
                    for (String sku : NetworkGenerator.SKUS) {
                        if (gen.random().nextBoolean()) {
                            engine.setStock(StockLevel.of(l.id(), sku, 2 + gen.random().nextInt(4)));
                        }
                    }
                }
            }
            Order order = Order.of("o-" + seed, gen.request());
            Quote quote = engine.quote(order);
            AllocationPlanner planner = engine.planner();
            for (PromiseOption option : quote.options()) {
                PlanResult result = planner.plan(order, option);
                Optional<BigDecimal> exhaustive = exhaustiveMinimum(planner, order, option, network);
                String context = "seed " + seed + " option " + option.method() + " " + option.service() + option.location();
                assertThat(result.isPlanned()).as(context).isEqualTo(exhaustive.isPresent());
                // the quote's own allocation keeps the promise, so a plan always exists
                assertThat(result.isPlanned()).as(context + ": %s", result.reason()).isTrue();
                Fulfilment f = result.fulfilment().orElseThrow();
                assertThat(f.cost()).as(context).isEqualByComparingTo(exhaustive.get());
                assertThat(f.date()).isEqualTo(option.date());
                assertThat(f.confidence()).as(context).isGreaterThanOrEqualTo(order.request().confidence() - 1e-9);
                assertThat(f.shipments().size()).isLessThanOrEqualTo(rules.shipmentsAllowed(order.request().maxShipments()));
                for (PlannedShipment s : f.shipments()) {
                    assertThat(s.deliveryAt()).as(context).isBeforeOrEqualTo(option.promisedAt());
                }
                compared++;
                splits += f.shipments().size() > 1 ? 1 : 0;
            }
        }
        assertThat(compared).isGreaterThan(500);
        assertThat(splits).as("split plans compared").isGreaterThan(10);
    }

    /** The cheapest cost over every map of skus to locations, or empty when none keeps the promise. */
    static Optional<BigDecimal> exhaustiveMinimum(AllocationPlanner planner, Order order, PromiseOption option, Network network) {
        List<Line> lines = order.request().lines();
        List<Location> locations = network.locations();
        int n = locations.size();
        int total = (int) Math.pow(n, lines.size());
        BigDecimal best = null;
        for (int code = 0; code < total; code++) {
            Map<String, String> origins = new HashMap<>();
            int c = code;
            for (Line l : lines) {
                origins.put(l.sku(), locations.get(c % n).id());
                c /= n;
            }
            Optional<Fulfilment> f = planner.evaluate(order, option, origins);
            if (f.isPresent() && (best == null || f.get().cost().compareTo(best) < 0)) {
                best = f.get().cost();
            }
        }
        return Optional.ofNullable(best);
    }
}
