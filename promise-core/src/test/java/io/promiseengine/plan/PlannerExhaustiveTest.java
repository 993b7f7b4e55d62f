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
import io.promiseengine.model.Location;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.OrderLine;
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
 * <p>The oracle prices every assignment itself, from the generated prices ({@link GeneratedRules.Generated}) and
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
            GeneratedRules.Generated prices = GeneratedRules.generated(network, gen.random());
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
                Optional<Candidate> best = exhaustiveBest(planner, prices, order, option, network);
                Optional<BigDecimal> exhaustive = best.map(Candidate::cost);
                String context = "seed " + seed + " option " + option.method() + " " + option.service().or(option::location).orElseThrow();
                assertThat(result.isPlanned()).as(context).isEqualTo(exhaustive.isPresent());
                // the quote's own allocation keeps the promise, so a plan always exists
                assertThat(result.isPlanned()).as(context + ": %s", result).isTrue();
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
                Map<String, String> chosen = new HashMap<>();
                f.shipments().forEach(s -> s.lines().forEach(l -> chosen.put(l.sku(), s.from())));
                assertThat(chosen).as(context + ": the cheapest map, ties broken as spec 4.3 breaks them")
                        .isEqualTo(best.get().originBySku());
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

    /** One map of skus to origins that keeps the promise, with what the test computes of it. */
    record Candidate(Map<String, String> originBySku, BigDecimal cost, int shipments, double confidence, long metres,
                     List<String> origins, List<List<String>> skus) implements Comparable<Candidate> {

        /** Cheapest, then as spec 4.3 breaks ties: fewer shipments, higher confidence, shorter, smaller ids, skus. */
        @Override
        public int compareTo(Candidate o) {
            int c = cost.compareTo(o.cost);
            c = c != 0 ? c : Integer.compare(shipments, o.shipments);
            c = c != 0 ? c : Double.compare(o.confidence, confidence);
            c = c != 0 ? c : Long.compare(metres, o.metres);
            c = c != 0 ? c : compareLists(origins, o.origins);
            for (int i = 0; c == 0 && i < skus.size(); i++) {
                c = compareLists(skus.get(i), o.skus.get(i));
            }
            return c;
        }

        private static int compareLists(List<String> a, List<String> b) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = a.get(i).compareTo(b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        }
    }

    /**
     * The best map of skus to locations that the planner says keeps the promise (only feasibility and the joint
     * confidence are asked of it), priced and ordered by the test; empty when none keeps it.
     */
    static Optional<Candidate> exhaustiveBest(AllocationPlanner planner, GeneratedRules.Generated prices, Order order,
                                              PromiseOption option, Network network) {
        List<Line> lines = order.request().lines();
        List<Location> locations = network.locations();
        int n = locations.size();
        int total = (int) Math.pow(n, lines.size());
        Candidate best = null;
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
            Optional<Fulfilment> f = planner.evaluate(order, option, origins);
            if (f.isEmpty()) {
                continue;
            }
            BigDecimal cost = BigDecimal.ZERO;
            double km = 0;
            List<List<String>> skus = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : skusByOrigin.entrySet()) {
                cost = cost.add(shipmentCost(prices, network, order, option, e.getKey(), e.getValue()));
                Position to = destination(network, order, option);
                km += to == null ? 0 : haversineKm(network.location(e.getKey()).orElseThrow().position(), to);
                List<String> sorted = new ArrayList<>(e.getValue());
                java.util.Collections.sort(sorted);
                skus.add(sorted);
            }
            Candidate cand = new Candidate(origins, cost, skusByOrigin.size(), f.get().confidence(), Math.round(km * 1000),
                    new ArrayList<>(skusByOrigin.keySet()), skus);
            if (best == null || cand.compareTo(best) < 0) {
                best = cand;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The collect store's position, or the destination's (its own or its postal code's); null without one. */
    private static Position destination(Network network, Order order, PromiseOption option) {
        return option.method() == Method.COLLECT
                ? network.location(option.location().orElseThrow()).orElseThrow().position()
                : order.request().destination().position()
                        .orElse(network.postalCodes().get(order.request().destination().postalCode()));
    }

    /**
     * What the generated rule set charges for a shipment of these skus from this origin, computed here: the
     * origin's fixed cost, the cost per km on the haversine distance (to the collect store, or to the
     * destination: 0 without a position) rounded to the metre, and each line's cost at the origin.
     */
    static BigDecimal shipmentCost(GeneratedRules.Generated prices, Network network, Order order, PromiseOption option,
                                   String origin, List<String> skus) {
        Location from = network.location(origin).orElseThrow();
        Position to = destination(network, order, option);
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
