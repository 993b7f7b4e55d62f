package io.promiseengine.plan;

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Location;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner's branch and bound against exhaustive search: on hundreds of generated networks, requests and
 * rule sets, for every option quoted, the planner's cost is the minimum over every assignment of skus to
 * locations that keeps the promise, and it finds a plan exactly when one exists.
 *
 * <p>The oracle prices every assignment itself, from the generated prices ({@link TestRules.Generated}) and
 * its own haversine distance: only whether an assignment keeps the promise is asked of the planner
 * ({@link AllocationPlanner#evaluate}), never what it costs. So a planner that misprices a shipment (a
 * mutant adding 1000 x the site index to every cost) fails here, even though it would agree with itself.
 */
class PlannerExhaustiveTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-17T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void plannerCostIsTheExhaustiveMinimum() {
        int compared = 0;
        int splits = 0;
        int priced = 0;
        for (long seed = 1; seed <= 400; seed++) {
            NetworkGenerator gen = new NetworkGenerator(seed);
            Network network = gen.network();
            TestRules.Generated prices = TestRules.generated(network, gen.random());
            RuleSet rules = prices.rules();
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
                Optional<BigDecimal> exhaustive = exhaustiveMinimum(planner, prices, order, option, network);
                String context = "seed " + seed + " option " + option.method() + " " + option.service() + option.location();
                assertThat(result.isPlanned()).as(context).isEqualTo(exhaustive.isPresent());
                // the quote's own allocation keeps the promise, so a plan always exists
                assertThat(result.isPlanned()).as(context + ": %s", result.reason()).isTrue();
                Fulfilment f = result.fulfilment().orElseThrow();
                assertThat(f.cost()).as(context + ": the cheapest assignment, priced by the test").isEqualByComparingTo(exhaustive.get());
                BigDecimal sum = BigDecimal.ZERO;
                for (PlannedShipment s : f.shipments()) {
                    BigDecimal own = shipmentCost(prices, network, order, option, s.from(), skus(s));
                    assertThat(s.cost()).as(context + ": cost of the shipment from " + s.from()).isEqualByComparingTo(own);
                    sum = sum.add(own);
                    for (OrderLine l : s.lines()) {
                        assertThat(prices.excluded()).as(context + ": a line the rule set excludes").doesNotContain(s.from() + "/" + l.sku());
                    }
                    priced += own.signum() > 0 ? 1 : 0;
                }
                assertThat(f.cost()).as(context).isEqualByComparingTo(sum);
                List<String> origins = new ArrayList<>();
                f.shipments().forEach(s -> origins.add(s.from()));
                assertThat(origins).as(context + ": one shipment per origin, sorted by origin id").isSorted().doesNotHaveDuplicates();
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
        assertThat(priced).as("shipments with a positive cost").isGreaterThan(400);
    }

    /**
     * The cheapest cost, priced by {@link #shipmentCost}, over every map of skus to locations that the planner
     * says keeps the promise; empty when none does.
     */
    static Optional<BigDecimal> exhaustiveMinimum(AllocationPlanner planner, TestRules.Generated prices, Order order,
                                                  PromiseOption option, Network network) {
        List<Line> lines = order.request().lines();
        List<Location> locations = network.locations();
        int n = locations.size();
        int total = (int) Math.pow(n, lines.size());
        BigDecimal best = null;
        for (int code = 0; code < total; code++) {
            Map<String, String> origins = new HashMap<>();
            Map<String, List<String>> skusByOrigin = new TreeMap<>();
            int c = code;
            for (Line l : lines) {
                String origin = locations.get(c % n).id();
                origins.put(l.sku(), origin);
                skusByOrigin.computeIfAbsent(origin, k -> new ArrayList<>()).add(l.sku());
                c /= n;
            }
            if (planner.evaluate(order, option, origins).isEmpty()) {
                continue;
            }
            BigDecimal cost = BigDecimal.ZERO;
            for (Map.Entry<String, List<String>> e : skusByOrigin.entrySet()) {
                cost = cost.add(shipmentCost(prices, network, order, option, e.getKey(), e.getValue()));
            }
            if (best == null || cost.compareTo(best) < 0) {
                best = cost;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * What the generated rule set charges for a shipment of these skus from this origin, computed here: the
     * origin's fixed cost, the cost per km on the haversine distance (to the collect store, or to the
     * destination: 0 without a position) rounded to the metre, and each line's cost at the origin.
     */
    static BigDecimal shipmentCost(TestRules.Generated prices, Network network, Order order, PromiseOption option,
                                   String origin, List<String> skus) {
        Location from = network.location(origin).orElseThrow();
        Position to = option.method() == Method.COLLECT
                ? network.location(option.location()).orElseThrow().position()
                : order.request().destination().position()
                        .orElse(network.postalCodes().get(order.request().destination().postalCode()));
        long metres = to == null ? 0 : Math.round(haversineKm(from.position(), to) * 1000);
        BigDecimal cost = prices.perShipment().get(origin).add(prices.perKm().multiply(BigDecimal.valueOf(metres, 3)));
        for (String sku : skus) {
            cost = cost.add(prices.perLine().get(origin + "/" + sku));
        }
        return cost;
    }

    /** Spec 4.3: {@code 2R asin(sqrt(a))}, R = 6371.0088 km, written here from the formula. */
    static double haversineKm(Position a, Position b) {
        double p1 = Math.toRadians(a.lat());
        double p2 = Math.toRadians(b.lat());
        double dp = Math.toRadians(b.lat() - a.lat());
        double dl = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
    }

    private static List<String> skus(PlannedShipment s) {
        List<String> out = new ArrayList<>();
        for (OrderLine l : s.lines()) {
            out.add(l.sku());
        }
        return out;
    }
}
