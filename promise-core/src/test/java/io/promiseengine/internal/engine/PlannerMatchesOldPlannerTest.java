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
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Network;
import io.promiseengine.model.OrderLine;
import io.promiseengine.model.StockLevel;
import io.promiseengine.plan.AllocationPlanner;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.rules.RuleSet;
import io.promiseengine.rules.spi.LineFilter;
import io.promiseengine.rules.spi.ShipmentScore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner on the quote's partition search ({@link CostPlanner}: the solver's plans of each block, the
 * search and joint probability of {@link PartitionAllocator} and {@link Allocator#allocationAt}) against the planner
 * it replaced, kept here as the oracle ({@link OldCostPlanner}: its own candidates and branch and bound): on seeded
 * generated networks, carts of 1 to 9 lines with {@code maxShipments} 1 to 10, SCHEDULED services, and drawn rule
 * sets (the quote's and another, under which the option may not be kept; prices from a few values, so that costs tie; no score at all, so that every plan ties; filters excluding
 * pairs, a filter that is not monotone in the units available, none; a {@code maxShipments} or ship-complete
 * constraint), for every option quoted, {@code plan(order, option)} and {@code evaluate} of a few drawn maps give the
 * same answer, compared as strings (a {@link BigDecimal}'s scale included), or throw the same exception. Half the
 * seeds plan with the solver of a large network ({@link Solver#fewOrigins} 0: without a rule set's filters, the
 * plans of home delivery and courier come from the plans of their origins' classes).
 *
 * <p>Big carts, where the planner's lower bounds of the lines left cut most: every request a big cart (5 to 12 lines,
 * most of 8 or more) with {@code maxShipments} up to 10, every sku stocked in most locations (many candidates per
 * block, many splits), the same drawn rule sets; plans compared, no map evaluated.
 *
 * <p>Seeds {@code -Dplanner.firstSeed} (default 24,100,001) to {@code + -Dplanner.seeds} (default 1,500), big carts
 * {@code -Dplanner.bigFirstSeed} (default 24,800,001) to {@code + -Dplanner.bigSeeds} (default 300); they are
 * printed, and a difference names its seed and option.
 */
class PlannerMatchesOldPlannerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-17T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void theNewPlannerAnswersAsTheOldOne() {
        long first = Long.getLong("planner.firstSeed", 24_100_001L);
        int seeds = Integer.getInteger("planner.seeds", 1_500);
        int[] counts = compare(first, seeds, false);
        int compared = counts[0];
        int kept = counts[1];
        int splits = counts[2];
        int scheduled = counts[3];
        int evaluated = counts[4];
        System.out.printf("PlannerMatchesOldPlannerTest: seeds %d to %d, %d options planned by both (%d planned, %d splits,"
                + " %d SCHEDULED), %d maps evaluated alike (%d kept the promise), 0 differ%n", first, first + seeds - 1,
                compared, kept, splits, scheduled, compared * 3, evaluated);
        assertThat(compared).isGreaterThan(seeds / 2);
        assertThat(compared - kept).as("options no plan keeps under the other rule set").isGreaterThan(seeds / 100);
        assertThat(splits).as("split plans compared").isGreaterThan(seeds / 100);
        assertThat(evaluated).as("evaluated maps that keep the promise").isGreaterThan(seeds / 20);
    }

    @Test
    void bigCartsPlanAsTheOldPlannerPlansThem() {
        long first = Long.getLong("planner.bigFirstSeed", 24_800_001L);
        int seeds = Integer.getInteger("planner.bigSeeds", 300);
        int[] counts = compare(first, seeds, true);
        System.out.printf("PlannerMatchesOldPlannerTest big carts: seeds %d to %d (%d carts of 8 to 12 lines), %d options"
                + " planned by both (%d planned, %d splits), 0 differ%n", first, first + seeds - 1, counts[5], counts[0],
                counts[1], counts[2]);
        assertThat(counts[5]).as("carts of 8 lines or more").isGreaterThan(seeds / 4);
        assertThat(counts[2]).as("split plans compared").isGreaterThan(seeds / 10);
    }

    /**
     * Plans every option of each seed's quote with both planners, under the quote's rule set and another, and
     * (unless {@code big}) evaluates three drawn maps with both: the counts {compared, planned, splits, SCHEDULED,
     * maps kept, carts of 8 lines or more}.
     */
    private static int[] compare(long first, int seeds, boolean big) {
        int compared = 0;
        int kept = 0;
        int splits = 0;
        int evaluated = 0;
        int scheduled = 0;
        int bigLines = 0;
        int saved = Solver.fewOrigins;
        try {
            for (long seed = first; seed < first + seeds; seed++) {
                Solver.fewOrigins = seed % 2 == 0 ? 0 : saved;
                NetworkGenerator.Shape shape = big ? NetworkGenerator.Shape.split(1, 12, 10)
                        : NetworkGenerator.Shape.split(3, 9, 10);
                NetworkGenerator gen = new NetworkGenerator(seed, seed % 3 == 0 && !big ? shape.withWindows() : shape);
                Network network = gen.network();
                Random rnd = new Random(seed);
                RuleSet rules = rules(network, rnd);
                PromiseEngine engine = PromiseEngine.builder(network).clock(CLOCK).rules(rules).build();
                if (big || rnd.nextBoolean()) {
                    // more stock in more places: more candidates per block, more splits, more ties
                    for (Location l : network.locations()) {
                        for (String sku : NetworkGenerator.WIDE_SKUS) {
                            if (big ? rnd.nextInt(4) != 0 : rnd.nextBoolean()) {
                                engine.setStock(StockLevel.of(l.id(), sku, 2 + rnd.nextInt(4)));
                            }
                        }
                    }
                }
                Order order = Order.of("o-" + seed, gen.request());
                Quote quote = engine.quote(order);
                DefaultPromiseEngine e = (DefaultPromiseEngine) engine;
                // the quote's rule set (its own allocation keeps the promise), and another drawn one (which may not)
                RuleSet other = rules(network, rnd);
                bigLines += order.lines().size() >= 8 ? 1 : 0;
                for (int run = 0; run < 2 * quote.options().size(); run++) {
                    PromiseOption option = quote.options().get(run / 2);
                    RuleSet planned = run % 2 == 0 ? rules : other;
                    AllocationPlanner now = engine.planner(planned);
                    AllocationPlanner old = new OldCostPlanner(() -> e.current().snapshot(), planned);
                    String context = "seed " + seed + " option " + option.method() + " "
                            + option.service().or(option::location).orElseThrow() + " under " + planned;
                    String answer = answer(() -> now.plan(order, option));
                    assertThat(answer).as(context).isEqualTo(answer(() -> old.plan(order, option)));
                    compared++;
                    kept += answer.startsWith("Planned") ? 1 : 0;
                    splits += answer.contains("Fulfilment") && answer.split("PlannedShipment\\[").length > 2 ? 1 : 0;
                    scheduled += option.method() == io.promiseengine.model.Method.SCHEDULED ? 1 : 0;
                    for (int k = 0; k < (big ? 0 : 3); k++) {
                        Map<String, String> map = map(order, network, rnd);
                        String evaluation = answer(() -> now.evaluate(order, option, map));
                        assertThat(evaluation).as(context + " evaluate " + map)
                                .isEqualTo(answer(() -> old.evaluate(order, option, map)));
                        evaluated += evaluation.contains("Fulfilment") ? 1 : 0;
                    }
                }
            }
        } finally {
            Solver.fewOrigins = saved;
        }
        return new int[] {compared, kept, splits, scheduled, evaluated, bigLines};
    }

    /** The answer as a string, or the exception's class and message. */
    private static String answer(Supplier<Object> call) {
        try {
            return String.valueOf(call.get());
        } catch (RuntimeException ex) {
            return ex.getClass().getName() + ": " + ex.getMessage();
        }
    }

    /**
     * A drawn map of the cart's skus to origins: each to one location at random, or all to one, or a split of the
     * quote's kind (each sku to one of two locations).
     */
    private static Map<String, String> map(Order order, Network network, Random rnd) {
        List<Location> locations = network.locations();
        Map<String, String> map = new HashMap<>();
        int kind = rnd.nextInt(3);
        String a = locations.get(rnd.nextInt(locations.size())).id();
        String b = locations.get(rnd.nextInt(locations.size())).id();
        for (Line l : order.request().lines()) {
            map.put(l.sku(), kind == 0 ? a : kind == 1 ? (rnd.nextBoolean() ? a : b)
                    : locations.get(rnd.nextInt(locations.size())).id());
        }
        return map;
    }

    /**
     * A drawn rule set: no score one time in five (every plan costs 0), else per shipment, per km and per line from a
     * few values, two of them equal with different scales; filters excluding pairs, not monotone in the units
     * available (stores serving a line only while their units are odd), both, or none; sometimes a
     * {@code maxShipments} of 1 to 3 or ship complete.
     */
    private static RuleSet rules(Network network, Random rnd) {
        BigDecimal[] values = {BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("1.00"), new BigDecimal("2.5"),
            BigDecimal.valueOf(3)};
        RuleSet.Builder b = RuleSet.builder("drawn-" + rnd.nextInt(1000));
        int filters = rnd.nextInt(4);
        if ((filters & 1) != 0) {
            Set<String> excluded = new HashSet<>();
            for (Location l : network.locations()) {
                for (String sku : NetworkGenerator.WIDE_SKUS) {
                    if (rnd.nextInt(7) == 0) {
                        excluded.add(l.id() + "/" + sku);
                    }
                }
            }
            b.filter(LineFilter.of("excluded-pairs", c -> !excluded.contains(c.location().id() + "/" + c.line().sku())));
        }
        if ((filters & 2) != 0) {
            b.filter(LineFilter.of("stores-odd-units", c -> c.location().kind() != LocationKind.STORE
                    || (c.available() >= c.line().quantity() && c.available() % 2 == 1)));
        }
        if (rnd.nextInt(5) != 0) {
            Map<String, BigDecimal> perShipment = new HashMap<>();
            Map<String, BigDecimal> perLine = new HashMap<>();
            for (Location l : network.locations()) {
                perShipment.put(l.id(), values[rnd.nextInt(values.length)]);
                for (String sku : NetworkGenerator.WIDE_SKUS) {
                    perLine.put(l.id() + "/" + sku, values[rnd.nextInt(values.length)]);
                }
            }
            BigDecimal perKm = BigDecimal.valueOf(rnd.nextInt(3), 2);
            b.score(ShipmentScore.of("per-shipment", s -> perShipment.get(s.origin().id())));
            if (rnd.nextBoolean()) {
                b.score(ShipmentScore.of("per-km", s -> perKm.multiply(BigDecimal.valueOf(Math.round(s.distanceKm() * 1000), 3))));
            }
            b.score(ShipmentScore.of("per-line", s -> {
                BigDecimal total = BigDecimal.ZERO;
                for (OrderLine l : s.lines()) {
                    total = total.add(perLine.get(s.origin().id() + "/" + l.sku()));
                }
                return total;
            }));
        }
        int constraint = rnd.nextInt(8);
        if (constraint == 0) {
            b.maxShipments(1 + rnd.nextInt(3));
        } else if (constraint == 1) {
            b.shipComplete(true);
        }
        return b.build();
    }
}
