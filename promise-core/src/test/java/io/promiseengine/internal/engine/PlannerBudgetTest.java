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

import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Collection;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.OrderLine;
import io.promiseengine.model.Position;
import io.promiseengine.model.StockLevel;
import io.promiseengine.plan.AllocationPlanner;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.Order;
import io.promiseengine.plan.PlanResult;
import io.promiseengine.plan.PlannedShipment;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.rules.RuleSet;
import io.promiseengine.rules.spi.ShipmentScore;
import io.promiseengine.fixtures.NetworkGenerator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The planner's work budget (docs/PLANNER.md, "The planner's budget"): a 30-line cart that may split in up to 10
 * shipments stops at its budget, within a bounded count of steps, with a fulfilment that keeps the promise, flagged;
 * a budget large enough gives the exact answer (the unbudgeted search's, the old planner's), and one step less stops;
 * the same inputs give the same answer and the same work; the budget option is checked. And a score that fails
 * only for some blocks fails the plan only where the search asks such a block as a shipment, never in a bound.
 */
class PlannerBudgetTest {

    private static final Instant NOW = Instant.parse("2026-09-17T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final int WAREHOUSES = 10;

    /** {@code WAREHOUSES} warehouses each holding every sku {@code S00..S(skus-1)}, one home-delivery service. */
    private static Network network(int skus) {
        Network.Builder b = Network.builder(ZoneId.of("Europe/Paris"));
        for (int w = 0; w < WAREHOUSES; w++) {
            b.location(Location.builder("w" + w, LocationKind.WAREHOUSE, Position.of(44.0 + 0.4 * w, 1.0 + 0.3 * w)).build());
            for (int s = 0; s < skus; s++) {
                b.stock(StockLevel.of("w" + w, sku(s), 5));
            }
        }
        return b.service(std(MassFunction.of(1, 1.0)))
                .build();
    }

    /** The home-delivery service from the warehouses, its one lane's transit days {@code days}. */
    private static HomeDeliveryService std(MassFunction days) {
        return HomeDeliveryService.builder("std", "Standard").origins("kind:WAREHOUSE")
                .collections(Collection.of("MON-SAT", "17:00")).deliveryDays("MON-SAT").deliverBy("18:00")
                .lanes(new Lane("", "", days)).price("4.90").build();
    }

    private static String sku(int s) {
        return String.format("S%02d", s);
    }

    /**
     * Each sku cheapest at one warehouse ({@code s % WAREHOUSES}: 1, else 5), 2 per shipment: the cheapest plan splits
     * the cart in as many shipments as it may, which the search must prove among very many partitions.
     */
    private static RuleSet splitting() {
        return RuleSet.builder("splitting")
                .score(ShipmentScore.of("per-shipment", s -> BigDecimal.valueOf(2)))
                .score(ShipmentScore.of("per-line", s -> {
                    int w = Integer.parseInt(s.origin().id().substring(1));
                    BigDecimal total = BigDecimal.ZERO;
                    for (OrderLine l : s.lines()) {
                        total = total.add(BigDecimal.valueOf(Integer.parseInt(l.sku().substring(1)) % WAREHOUSES == w ? 1 : 5));
                    }
                    return total;
                }))
                .build();
    }

    private static Order order(int lines, int maxShipments) {
        QuoteRequest.Builder q = QuoteRequest.builder(NOW, Destination.position(Position.of(48.85, 2.35)))
                .methods(Method.HOME_DELIVERY).confidence(0.9).maxShipments(maxShipments);
        for (int s = 0; s < lines; s++) {
            q.line(sku(s), 1);
        }
        return Order.of("o-" + lines, q.build());
    }

    private static CostPlanner planner(PromiseEngine engine, RuleSet rules, long budget) {
        DefaultPromiseEngine e = (DefaultPromiseEngine) engine;
        return new CostPlanner(() -> e.current().snapshot(), rules, budget);
    }

    /** {@link #planner} without the local moves past the budget. */
    private static CostPlanner withoutMoves(PromiseEngine engine, RuleSet rules, long budget) {
        DefaultPromiseEngine e = (DefaultPromiseEngine) engine;
        return new CostPlanner(() -> e.current().snapshot(), rules, budget, false);
    }

    /** The map of skus to origins of a fulfilment. */
    private static Map<String, String> origins(Fulfilment f) {
        Map<String, String> map = new TreeMap<>();
        for (PlannedShipment s : f.shipments()) {
            for (OrderLine l : s.lines()) {
                map.put(l.sku(), s.from());
            }
        }
        return map;
    }

    @Test
    void aThirtyLineCartStopsAtItsBudgetWithAFulfilmentThatKeepsThePromise() {
        PromiseEngine engine = PromiseEngine.builder(network(30)).clock(CLOCK).rules(splitting()).build();
        Order order = order(30, 10);
        PromiseOption option = engine.quote(order).options().get(0);
        long budget = 200_000;
        CostPlanner planner = planner(engine, engine.rules(), budget);
        long[] work = new long[1];
        PlanResult result = planner.plan(order, option, work);

        assertThat(result.budgetReached()).isTrue();
        assertThat(result.toString()).endsWith(", budgetReached=true]");
        // past the budget by its share for local moves and by one block at most twice: its scan and its candidates
        long block = CostPlanner.BLOCK_STEPS + (long) CostPlanner.PLAN_STEPS * WAREHOUSES;
        assertThat(work[0]).isGreaterThan(budget)
                .isLessThanOrEqualTo(budget + budget / CostPlanner.POLISH_SHARE + 2 * block);
        Fulfilment f = result.fulfilment().orElseThrow();
        // it keeps the promise: evaluate (which has no budget) gives the same fulfilment for its map
        assertThat(planner.evaluate(order, option, origins(f))).contains(f);
        assertThat(f.shipments().size()).isLessThanOrEqualTo(10);
        assertThat(f.confidence()).isGreaterThanOrEqualTo(0.9);
        // at worst the promise's own allocation: never dearer than it
        Map<String, String> quoted = new TreeMap<>();
        option.shipments().forEach(s -> s.lines().forEach(l -> quoted.put(l.sku(), s.from())));
        Fulfilment own = planner.evaluate(order, option, quoted).orElseThrow();
        assertThat(f.cost()).isLessThanOrEqualTo(own.cost());
        // the search improved on it within the budget
        assertThat(f.cost()).isLessThan(own.cost());
    }

    /**
     * The splitting cart stopped at a budget far below the proof's: the local moves after the stop reach the cheapest
     * plan (each sku from its cheapest warehouse, ten shipments of three lines: 10 x 2 + 30 x 1 = 50), which the
     * search alone did not (its best cost 124), within their share of the budget.
     */
    @Test
    void theLocalMovesAfterTheStopReachTheCheapestPlanOfTheSplittingCart() {
        PromiseEngine engine = PromiseEngine.builder(network(30)).clock(CLOCK).rules(splitting()).build();
        Order order = order(30, 10);
        PromiseOption option = engine.quote(order).options().get(0);
        long budget = 200_000;
        long[] work = new long[1];
        PlanResult result = planner(engine, engine.rules(), budget).plan(order, option, work);

        assertThat(result.budgetReached()).isTrue();
        // the search alone stops with a dearer plan
        assertThat(withoutMoves(engine, engine.rules(), budget).plan(order, option).fulfilment().orElseThrow().cost())
                .isEqualByComparingTo("124");
        Fulfilment f = result.fulfilment().orElseThrow();
        assertThat(f.cost()).isEqualByComparingTo("50");
        assertThat(f.shipments()).hasSize(WAREHOUSES);
        for (PlannedShipment s : f.shipments()) {
            for (OrderLine l : s.lines()) {
                assertThat(s.from()).as(l.sku()).isEqualTo("w" + Integer.parseInt(l.sku().substring(1)) % WAREHOUSES);
            }
        }
        // the search alone stopped with a dearer plan: the moves found the cheapest within their share
        assertThat(work[0]).isLessThanOrEqualTo(budget + budget / CostPlanner.POLISH_SHARE
                + 2 * (CostPlanner.BLOCK_STEPS + (long) CostPlanner.PLAN_STEPS * WAREHOUSES));
    }

    /**
     * A thread interrupted while the local moves run (by a score of 0, at its first call after the search stopped)
     * stops the planning there with a {@link CancellationException}, its status kept, as the search itself does.
     */
    @Test
    void anInterruptDuringTheLocalMovesStopsThePlanning() {
        long[] calls = new long[1];
        long[] interruptAt = {Long.MAX_VALUE};
        RuleSet rules = RuleSet.builder("splitting-and-interrupting")
                .score(splitting().scores().get(0)).score(splitting().scores().get(1))
                .score(ShipmentScore.of("interrupting", sc -> {
                    if (++calls[0] == interruptAt[0]) {
                        Thread.currentThread().interrupt();
                    }
                    return BigDecimal.ZERO;
                }))
                .build();
        PromiseEngine engine = PromiseEngine.builder(network(30)).clock(CLOCK).rules(rules).build();
        Order order = order(30, 10);
        PromiseOption option = engine.quote(order).options().get(0);
        assertThat(withoutMoves(engine, rules, 200_000).plan(order, option).budgetReached()).isTrue();
        interruptAt[0] = calls[0] + 1; // the search alone scores calls[0] shipments; the moves price more
        calls[0] = 0;
        try {
            assertThatThrownBy(() -> planner(engine, rules, 200_000).plan(order, option))
                    .isInstanceOf(CancellationException.class).hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(calls[0]).isGreaterThanOrEqualTo(interruptAt[0]);
        } finally {
            Thread.interrupted();
        }
    }

    /**
     * A 14-line cart that a far warehouse ships whole (the promise's own allocation: one shipment, the same day) and
     * two near ones ship together (11 lines and 3), under 5 per shipment and 0.1 per km: no single line moved makes it
     * cheaper (each step costs a shipment more), the split of the block between the near warehouses does, and the
     * search alone stops long before it.
     */
    @Test
    void theLocalMovesSplitABlockBetweenTwoNearerOrigins() {
        Network.Builder b = Network.builder(ZoneId.of("Europe/Paris"));
        b.location(Location.builder("far", LocationKind.WAREHOUSE, Position.of(45.2, 2.35)).build());
        b.location(Location.builder("most", LocationKind.WAREHOUSE, Position.of(47.05, 2.35)).build());
        b.location(Location.builder("rest", LocationKind.WAREHOUSE, Position.of(48.58, 2.35)).build());
        for (int s = 0; s < 14; s++) {
            b.stock(StockLevel.of("far", sku(s), 5));
            b.stock(StockLevel.of(s < 11 ? "most" : "rest", sku(s), 5));
        }
        RuleSet rules = RuleSet.builder("per-shipment-and-km")
                .score(ShipmentScore.of("per-shipment", sc -> BigDecimal.valueOf(5)))
                .score(ShipmentScore.of("per-km", sc -> BigDecimal.valueOf(sc.distanceKm()).multiply(new BigDecimal("0.1"))))
                .build();
        PromiseEngine engine = PromiseEngine.builder(b.service(std(MassFunction.of(1, 1.0))).build()).clock(CLOCK)
                .rules(rules).build();
        Order order = order(14, 3);
        PromiseOption option = engine.quote(order).options().get(0);
        assertThat(option.shipments()).singleElement().satisfies(sh -> assertThat(sh.from()).isEqualTo("far"));

        PlanResult result = planner(engine, rules, 8_000).plan(order, option);
        PlanResult exact = planner(engine, rules, Long.MAX_VALUE).plan(order, option);

        assertThat(result.budgetReached()).isTrue();
        assertThat(exact.fulfilment().orElseThrow().shipments()).extracting(PlannedShipment::from)
                .containsExactly("most", "rest");
        // the search alone stops with the promise's own allocation
        assertThat(withoutMoves(engine, rules, 8_000).plan(order, option).fulfilment().orElseThrow().shipments())
                .extracting(PlannedShipment::from).containsExactly("far");
        assertThat(result.fulfilment()).isEqualTo(exact.fulfilment());
    }

    /**
     * Without scores every plan costs 0 and spec 4.3's order decides: the promise's own allocation is the best there
     * is, so the local moves after a stop, which take only a choice before the best in that order, leave it.
     */
    @Test
    void withoutScoresTheLocalMovesLeaveThePromisesOwnAllocation() {
        assertStopsAtThePromisesOwnAllocation(RuleSet.none(), 100_000);
    }

    @Test
    void aBudgetOfOneStepAnswersThePromisesOwnAllocation() {
        assertStopsAtThePromisesOwnAllocation(splitting(), 1);
    }

    /** The 30-line cart planned under {@code rules} with {@code budget} stops with the promise's own allocation. */
    private static void assertStopsAtThePromisesOwnAllocation(RuleSet rules, long budget) {
        PromiseEngine engine = PromiseEngine.builder(network(30)).clock(CLOCK).rules(rules).build();
        Order order = order(30, 10);
        PromiseOption option = engine.quote(order).options().get(0);
        CostPlanner planner = planner(engine, rules, budget);
        PlanResult result = planner.plan(order, option);
        Map<String, String> quoted = new TreeMap<>();
        option.shipments().forEach(s -> s.lines().forEach(l -> quoted.put(l.sku(), s.from())));
        assertThat(result.budgetReached()).isTrue();
        assertThat(result.fulfilment()).isEqualTo(planner.evaluate(order, option, quoted));
    }

    @Test
    void theSameInputsGiveTheSameAnswerAndTheSameWork() {
        String[] answers = new String[2];
        long[] works = new long[2];
        for (int run = 0; run < 2; run++) {
            PromiseEngine engine = PromiseEngine.builder(network(30)).clock(CLOCK).rules(splitting()).build();
            Order order = order(30, 10);
            PromiseOption option = engine.quote(order).options().get(0);
            long[] work = new long[1];
            answers[run] = planner(engine, engine.rules(), 150_000).plan(order, option, work).toString();
            works[run] = work[0];
        }
        assertThat(answers[1]).isEqualTo(answers[0]).contains("budgetReached=true");
        assertThat(works[1]).isEqualTo(works[0]);
    }

    @Test
    void aBudgetLargeEnoughGivesTheExactAnswerAndOneStepLessStops() {
        int stoppedAtOneLess = 0;
        int stoppedPlans = 0;
        int compared = 0;
        for (long seed = 26_500_001L; seed < 26_500_001L + 60; seed++) {
            NetworkGenerator gen = new NetworkGenerator(seed, NetworkGenerator.Shape.split(3, 9, 10));
            Network network = gen.network();
            PromiseEngine engine = PromiseEngine.builder(network).clock(CLOCK).build();
            for (Location l : network.locations()) {
                for (String sku : NetworkGenerator.WIDE_SKUS) {
                    if ((l.id().hashCode() + sku.hashCode() + seed) % 3 != 0) {
                        engine.setStock(StockLevel.of(l.id(), sku, 3));
                    }
                }
            }
            Order order = Order.of("o-" + seed, gen.request());
            Quote quote = engine.quote(order);
            DefaultPromiseEngine e = (DefaultPromiseEngine) engine;
            RuleSet rules = splitting(network);
            AllocationPlanner old = new OldCostPlanner(() -> e.current().snapshot(), rules);
            for (PromiseOption option : quote.options()) {
                if (option.method() == Method.SCHEDULED) {
                    continue;
                }
                long[] work = new long[1];
                String exact = planner(engine, rules, Long.MAX_VALUE).plan(order, option, work).toString();
                assertThat(exact).as("seed " + seed).isEqualTo(String.valueOf(old.plan(order, option)))
                        .doesNotContain("budgetReached");
                String enough = planner(engine, rules, work[0]).plan(order, option).toString();
                assertThat(enough).as("seed " + seed + ", a budget of the work it takes").isEqualTo(exact);
                assertThat(engine.planner(rules).plan(order, option).toString()).as("seed " + seed + ", the default budget")
                        .isEqualTo(exact);
                PlanResult less = planner(engine, rules, work[0] - 1).plan(order, option);
                assertThat(less.budgetReached()).as("seed " + seed + ", a step less").isTrue();
                stoppedAtOneLess++;
                // stopped, then the local moves: a fulfilment the search could choose, never cheaper than the exact
                PlanResult exactResult = planner(engine, rules, Long.MAX_VALUE).plan(order, option);
                for (long budget : new long[] {work[0] - 1, work[0] / 2, work[0] / 8}) {
                    Optional<Fulfilment> found = planner(engine, rules, budget).plan(order, option).fulfilment();
                    if (found.isPresent()) {
                        Fulfilment f = found.get();
                        assertThat(planner(engine, rules, Long.MAX_VALUE).evaluate(order, option, origins(f)))
                                .as("seed " + seed + ", budget " + budget).contains(f);
                        assertThat(f.cost()).as("seed " + seed + ", budget " + budget)
                                .isGreaterThanOrEqualTo(exactResult.fulfilment().orElseThrow().cost());
                        stoppedPlans++;
                    }
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(60);
        assertThat(stoppedAtOneLess).isEqualTo(compared);
        assertThat(stoppedPlans).isGreaterThan(compared);
    }

    @Test
    void cartsOfMoreThanTwelveLinesPlanWithoutABudgetAsTheOldPlannerPlansThem() {
        int compared = 0;
        int splits = 0;
        for (int lines = 13; lines <= 14; lines++) {
            // 4 warehouses, each sku at three of them: most blocks of many lines have no holder; 70 stores without
            // stock between the second and the third, so that the holders of a line span two words of bits
            Network.Builder b = Network.builder(ZoneId.of("Europe/Paris"));
            for (int w = 0; w < 4; w++) {
                for (int f = 0; w == 2 && f < 70; f++) {
                    b.location(Location.builder("f" + f, LocationKind.STORE, Position.of(43.0, 3.0 + 0.01 * f)).build());
                }
                b.location(Location.builder("w" + w, LocationKind.WAREHOUSE, Position.of(44.0 + 0.9 * w, 1.0 + 0.7 * w)).build());
                for (int s = 0; s < lines; s++) {
                    if ((s * 7 + w * 3 + lines) % 4 != 0) {
                        b.stock(StockLevel.of("w" + w, sku(s), 5));
                    }
                }
            }
            Network network = b.service(std(MassFunction.of(1, 0.5, 2, 0.5)))
                    .build();
            PromiseEngine engine = PromiseEngine.builder(network).clock(CLOCK).build();
            DefaultPromiseEngine e = (DefaultPromiseEngine) engine;
            {
                int maxShipments = 2; // the old planner takes seconds at 3
                Order order = order(lines, maxShipments);
                for (RuleSet rules : List.of(RuleSet.none(), splitting(network))) {
                    for (PromiseOption option : engine.quote(order).options()) {
                        String now = planner(engine, rules, Long.MAX_VALUE).plan(order, option).toString();
                        assertThat(now).as(lines + " lines, maxShipments " + maxShipments + " under " + rules.name())
                                .isEqualTo(String.valueOf(new OldCostPlanner(() -> e.current().snapshot(), rules).plan(order, option)));
                        compared++;
                        splits += now.split("PlannedShipment\\[").length > 2 ? 1 : 0;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(4);
        assertThat(splits).as("split plans compared").isGreaterThanOrEqualTo(2);
    }

    @Test
    void theWeakBoundsOfMoreThanTwelveLinesLeftCutNoBetterPlanWithoutASeed() {
        // 14 lines, no site holds them all: the best ships S00 from wz and the rest from ww (both near), which the
        // walk reaches last (S00 alone leaves 13 lines: the weak bounds), after a split from wx and wy (far)
        Network.Builder b = Network.builder(ZoneId.of("Europe/Paris"))
                .location(Location.builder("ww", LocationKind.WAREHOUSE, Position.of(48.80, 2.30)).build())
                .location(Location.builder("wx", LocationKind.WAREHOUSE, Position.of(43.30, 5.40)).build())
                .location(Location.builder("wy", LocationKind.WAREHOUSE, Position.of(45.70, 4.80)).build())
                .location(Location.builder("wz", LocationKind.WAREHOUSE, Position.of(48.90, 2.40)).build());
        for (int s = 0; s < 14; s++) {
            b.stock(StockLevel.of(s == 0 ? "wz" : "ww", sku(s), 5));
            b.stock(StockLevel.of(s == 13 ? "wy" : "wx", sku(s), 5));
        }
        Network network = b.service(std(MassFunction.of(1, 1.0)))
                .build();
        PromiseEngine engine = PromiseEngine.builder(network).clock(CLOCK).build();
        DefaultPromiseEngine e = (DefaultPromiseEngine) engine;
        Order order = order(14, 2);
        PromiseOption option = engine.quote(order).options().get(0);
        // the same option without its shipments: no seed, the search finds every best itself
        PromiseOption unseeded = new PromiseOption(option.method(), option.service(), option.location(), option.zone(),
                option.promisedAt(), option.date(), option.orderBy(), option.confidence(), option.price(),
                option.currency(), List.of(), option.windows());
        String exact = String.valueOf(new OldCostPlanner(() -> e.current().snapshot(), RuleSet.none()).plan(order, option));
        assertThat(exact).contains("from=wz").contains("from=ww");
        assertThat(planner(engine, RuleSet.none(), Long.MAX_VALUE).plan(order, unseeded).toString()).isEqualTo(exact);
        assertThat(planner(engine, RuleSet.none(), Long.MAX_VALUE).plan(order, option).toString()).isEqualTo(exact);
    }

    /** Per shipment from 0 to 3 by origin, per line 1 or 4: splits and ties. */
    private static RuleSet splitting(Network network) {
        return RuleSet.builder("drawn")
                .score(ShipmentScore.of("per-shipment", s -> BigDecimal.valueOf(Math.floorMod(s.origin().id().hashCode(), 4))))
                .score(ShipmentScore.of("per-line", s -> {
                    BigDecimal total = BigDecimal.ZERO;
                    for (OrderLine l : s.lines()) {
                        total = total.add(BigDecimal.valueOf((s.origin().id() + l.sku()).hashCode() % 2 == 0 ? 1 : 4));
                    }
                    return total;
                }))
                .build();
    }

    @Test
    void theBudgetOptionIsChecked() {
        Network network = network(2);
        assertThatThrownBy(() -> PromiseEngine.builder(network).planBudget(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("planBudget").hasMessageContaining("got 0");
        assertThatThrownBy(() -> PromiseEngine.builder(network).planBudget(-7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("planBudget").hasMessageContaining("-7");
        PromiseEngine one = PromiseEngine.builder(network).clock(CLOCK).planBudget(1).build();
        Order order = order(2, 2);
        PromiseOption option = one.quote(order).options().get(0);
        assertThat(one.planner().plan(order, option).budgetReached()).isTrue();
        PromiseEngine unbounded = PromiseEngine.builder(network).clock(CLOCK).planBudget(Long.MAX_VALUE).build();
        assertThat(unbounded.planner().plan(order, option).budgetReached()).isFalse();
        assertThat(PromiseEngine.builder(network).clock(CLOCK).build().planner().plan(order, option))
                .isEqualTo(unbounded.planner().plan(order, option));
    }

    // ---- scores that fail only for some blocks ----

    /** Three lines A, B, C at two warehouses; 1 for the whole cart, 10 for any other block, and {@code fails} on one block. */
    private static RuleSet failingOn(List<String> block, Supplier<BigDecimal> fails) {
        return RuleSet.builder("fails-on-" + block)
                .score(ShipmentScore.of("picky", s -> {
                    List<String> skus = s.lines().stream().map(OrderLine::sku).toList();
                    if (skus.equals(block)) {
                        return fails.get();
                    }
                    return BigDecimal.valueOf(skus.size() == 3 ? 1 : 10);
                }))
                .build();
    }

    private static String answer(Supplier<Object> call) {
        try {
            return String.valueOf(call.get());
        } catch (RuntimeException ex) {
            return ex.getClass().getName() + ": " + ex.getMessage();
        }
    }

    /** Warehouses w1 and w2, 5 units of each {@code location/sku} given, the home-delivery service. */
    private static Network twoWarehouses(String... stock) {
        Network.Builder b = Network.builder(ZoneId.of("Europe/Paris"))
                .location(Location.builder("w1", LocationKind.WAREHOUSE, Position.of(45.75, 4.85)).build())
                .location(Location.builder("w2", LocationKind.WAREHOUSE, Position.of(48.80, 2.30)).build());
        for (String s : stock) {
            b.stock(StockLevel.of(s.substring(0, s.indexOf('/')), s.substring(s.indexOf('/') + 1), 5));
        }
        return b.service(std(MassFunction.of(1, 1.0))).build();
    }

    @Test
    void aScoreFailingOnABlockTheSearchNeverAsksDoesNotFailThePlan() {
        Network network = twoWarehouses("w1/A", "w1/B", "w1/C", "w2/A", "w2/B", "w2/C");
        PromiseEngine engine = PromiseEngine.builder(network).clock(CLOCK).build();
        Order order = Order.of("o-abc", QuoteRequest.builder(NOW, Destination.position(Position.of(48.85, 2.35)))
                .methods(Method.HOME_DELIVERY).line("A", 1).line("B", 1).line("C", 1).maxShipments(3).build());
        PromiseOption option = engine.quote(order).options().get(0);
        DefaultPromiseEngine e = (DefaultPromiseEngine) engine;
        List<Supplier<BigDecimal>> failures = List.of(
                () -> {
                    throw new IllegalStateException("no price for C alone");
                },
                () -> null,
                () -> BigDecimal.valueOf(-1));
        for (Supplier<BigDecimal> fails : failures) {
            // C alone is priced by the lower bounds only (after A and B, or A alone, the cart already costs more)
            RuleSet rules = failingOn(List.of("C"), fails);
            String now = answer(() -> engine.planner(rules).plan(order, option));
            assertThat(now).startsWith("Planned[").contains("cost=1,")
                    .isEqualTo(answer(() -> new OldCostPlanner(() -> e.current().snapshot(), rules).plan(order, option)));
            // the whole cart is the search's first block: its failure fails the plan, as the old planner's did
            RuleSet whole = failingOn(List.of("A", "B", "C"), fails);
            String failed = answer(() -> engine.planner(whole).plan(order, option));
            assertThat(failed).doesNotStartWith("Planned")
                    .isEqualTo(answer(() -> new OldCostPlanner(() -> e.current().snapshot(), whole).plan(order, option)));
        }
        // C only at w2, A and B only at w1: every plan ships C alone, so the walk asks it and the failure fails the plan
        Network apart = twoWarehouses("w1/A", "w1/B", "w2/C");
        PromiseEngine split = PromiseEngine.builder(apart).clock(CLOCK).build();
        DefaultPromiseEngine se = (DefaultPromiseEngine) split;
        PromiseOption splitOption = split.quote(order).options().get(0);
        for (Supplier<BigDecimal> fails : failures) {
            RuleSet rules = failingOn(List.of("C"), fails);
            String failed = answer(() -> split.planner(rules).plan(order, splitOption));
            assertThat(failed).doesNotStartWith("Planned").doesNotStartWith("Unplanned")
                    .isEqualTo(answer(() -> new OldCostPlanner(() -> se.current().snapshot(), rules).plan(order, splitOption)));
        }
    }
}
