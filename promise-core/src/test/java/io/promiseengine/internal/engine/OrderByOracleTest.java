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
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.StockLevel;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order-by (spec 4.6) of every option of generated quotes against an oracle that knows nothing of how the
 * engine searches for it: the quote itself, asked again at later order instants without order-by (a fresh solve
 * at that instant: no {@code Feasibility}, no probe solver, no {@link ProbePlans}, no {@link ReadyBy}), and the
 * definition read literally. The option keeps its date at {@code u} when the quote at {@code u} has an option of
 * the same method and service (or collect store) with the same date. Absent when it keeps it at
 * {@code H = t + 60 days}; else the last second of the run of seconds from {@code t} that keep it, found by
 * bisection over {@code [t, H]} (a later order never gets an earlier date, invariant 1, so the run is a prefix;
 * each answer is also checked at a few seeded random instants inside it, so a hole in the prefix would show).
 *
 * <p>The same quotes are also made with {@link DefaultPromiseCalculator#withoutProbePlans()} (every probe plans
 * again and each origin's last instant is bisected rather than read from the calendars): the answers must be
 * identical. Networks from {@link NetworkGenerator} (its small networks: 2 to 5 locations, full slots, supply,
 * transfers, couriers, collect stores, other zones, DST nights), carts of 1 to 4 lines with {@code maxShipments}
 * 1 to 4, and with horizon edges (dates on {@code H}'s date, order-bys reaching {@code H}); and with every
 * home-delivery and courier target bounded ({@link Solver#fewOrigins} 0); and with the cart's skus arriving everywhere
 * about {@code H} (courier and collect dates on {@code H}'s own date). Fixed seeds ({@code -DorderBy.firstSeed} and
 * {@code -DorderBy.times} for more, fresh ones: {@link #firstSeed}, {@link #times}); a failure names its seed, the option and both answers. {@link OrderByRulesOracleTest} asks the same oracle under generated rule sets.
 */
class OrderByOracleTest {

    static final long HORIZON = 60L * 86_400;
    private static final int CASES = 200;
    private static final int EDGE_CASES = 140;
    private static final int SPARSE_CASES = 150;
    private static final int BOUNDED_CASES = 100;
    private static final int LATE_CASES = 120;
    /** maxShipments 1 to 4 for small carts (the default shape has 1 to 3). */
    static final NetworkGenerator.Shape SPLITS = new NetworkGenerator.Shape(NetworkGenerator.SKUS, 0, 4, 0, 4, 2);
    static final NetworkGenerator.Shape EDGES = SPLITS.withHorizonEdges();

    /**
     * The first seed of a property: its fixed one, or with {@code -DorderBy.firstSeed=S} fresh ones from {@code S} plus
     * the property's offset (0, 10,000, 20,000, 30,000 and 40,000: the five properties' runs do not overlap).
     */
    static long firstSeed(long fixed, long offset) {
        Long first = Long.getLong("orderBy.firstSeed");
        return first == null ? fixed : first + offset;
    }

    /**
     * How many times each property's number of seeds is run: 1, or {@code -DorderBy.times} (at most 9) with fresh
     * seeds, whose draws may reach fewer of the kinds of case the floors ask for than the fixed ones do.
     */
    static int times() {
        return Math.max(1, Math.min(9, Integer.getInteger("orderBy.times", 1)));
    }

    /** What the cases reached, so that a run that checks little fails. */
    private static final class Counts {
        int options;
        int absent;
        int split;
        int multiLineOrderBy;
        int splitSearched;
        int seedsWithOptions;
    }

    @Test
    void everyOptionsOrderByIsTheLastSecondKeepingItsDate_asTheQuoteItselfSays_withAndWithoutProbePlans() {
        Counts c = new Counts();
        for (long seed = firstSeed(13_000, 0), end = seed + CASES * times(); seed < end; seed++) {
            check(seed, SPLITS, c);
        }
        System.out.printf("OrderByOracleTest (splits): %d seeds with options, %d options, %d without order-by, "
                + "%d split at t, %d of 2+ lines with an order-by, %d of them with maxShipments 2+%n", c.seedsWithOptions,
                c.options, c.absent, c.split, c.multiLineOrderBy, c.splitSearched);
        assertThat(c.seedsWithOptions).as("seeds with options").isGreaterThanOrEqualTo(CASES * 3 / 4);
        assertThat(c.split).as("options split into 2+ shipments at t").isGreaterThanOrEqualTo(15);
        assertThat(c.splitSearched).as("options of 2+ lines and maxShipments 2+ with an order-by (the split search)")
                .isGreaterThanOrEqualTo(CASES / 2);
    }

    @Test
    void orderBysOfCartsThatFewOriginsHoldWhole_areDecidedBySplitsAsTheQuoteItselfSays() {
        Counts c = new Counts();
        for (long seed = firstSeed(13_300, 10_000), end = seed + SPARSE_CASES * times(); seed < end; seed++) {
            check(seed, SPLITS, true, c);
        }
        System.out.printf("OrderByOracleTest (sparse stock): %d seeds with options, %d options, %d without order-by, "
                + "%d split at t, %d with an order-by searched over splits%n", c.seedsWithOptions, c.options, c.absent,
                c.split, c.splitSearched);
        assertThat(c.seedsWithOptions).as("seeds with options").isGreaterThanOrEqualTo(SPARSE_CASES / 2);
        assertThat(c.split).as("options split into 2+ shipments at t").isGreaterThanOrEqualTo(SPARSE_CASES / 4);
    }

    @Test
    void orderBysAtTheHorizonsEdge_areAbsentExactlyWhenTheDateIsKeptAtH() {
        Counts c = new Counts();
        for (long seed = firstSeed(13_500, 20_000), end = seed + EDGE_CASES * times(); seed < end; seed++) {
            check(seed, EDGES, c);
        }
        System.out.printf("OrderByOracleTest (horizon edges): %d seeds with options, %d options, %d without order-by, "
                + "%d split at t%n", c.seedsWithOptions, c.options, c.absent, c.split);
        assertThat(c.seedsWithOptions).as("seeds with options").isGreaterThanOrEqualTo(EDGE_CASES / 3);
        assertThat(c.absent).as("options without order-by").isGreaterThanOrEqualTo(1);
    }

    /**
     * The first property's kind of case with every home-delivery and courier target bounded ({@link Solver#fewOrigins}
     * 0, as on networks of more than 32 origins): the search with {@link ProbePlans} off then asks each probe's bound
     * before its plan ({@code Feasibility.keeps}: a plan whose {@link Solver#ownKeyBound} is past the date's last key
     * is not made), and that bound is often exactly the last key of a date the plan still keeps (a preparation that
     * fits in the opening hours: the bound is the plan's own key). Seeds from 19,000,001.
     */
    @Test
    void orderBysOfBoundedTargets_areTheSameWithAndWithoutProbePlans_asTheQuoteItselfSays() {
        int saved = Solver.fewOrigins;
        Counts c = new Counts();
        try {
            Solver.fewOrigins = 0;
            for (long seed = firstSeed(19_000_001, 30_000), end = seed + BOUNDED_CASES * times(); seed < end; seed++) {
                check(seed, SPLITS, c);
            }
        } finally {
            Solver.fewOrigins = saved;
        }
        System.out.printf("OrderByOracleTest (bounded targets): %d seeds with options, %d options, %d without order-by, "
                + "%d split at t%n", c.seedsWithOptions, c.options, c.absent, c.split);
        assertThat(c.seedsWithOptions).as("seeds with options").isGreaterThanOrEqualTo(BOUNDED_CASES * 3 / 4);
        assertThat(c.options - c.absent).as("options with an order-by").isGreaterThanOrEqualTo(2 * BOUNDED_CASES);
    }

    /**
     * Dates on {@code H}'s own date decided by origins that the quote at {@code t} has no plan of: horizon-edge
     * networks whose cart skus are stocked nowhere and arrive at every location (1 to 3 units more than the line asks)
     * at a random instant from 8 hours before {@code H} to 2 hours after it, courier and collect asked. A courier or collect option dated on
     * {@code H}'s date is then searched without the shortcut, and origins whose delivery falls after {@code H} (no
     * plan at {@code t}) keep the date for later orders (regressions/CourierOrderByOnTheHorizonsDateTest). Seeds from
     * 19,000,201.
     */
    @Test
    void orderBysOnTheHorizonsDate_withSupplyArrivingAboutHAtEveryLocation_asTheQuoteItselfSays() {
        Counts c = new Counts();
        int onHsDate = 0;
        for (long seed = firstSeed(19_000_201, 40_000), end = seed + LATE_CASES * times(); seed < end; seed++) {
            NetworkGenerator g = new NetworkGenerator(seed, EDGES);
            Network network = g.network();
            QuoteRequest drawn = g.request();
            // courier and collect (without collectAt) need a destination placed: a position, or a postal code of the network
            if (drawn.destination().position().isEmpty() && !network.postalCodes().containsKey(drawn.destination().postalCode())) {
                continue;
            }
            QuoteRequest r = new QuoteRequest(drawn.at(), drawn.destination(), drawn.lines(), drawn.confidence(),
                    EnumSet.of(Method.COURIER, Method.COLLECT), true, drawn.collectAt(), drawn.collectAtGiven(),
                    drawn.maxShipments(), false, drawn.maxWindows());
            Random late = new Random(seed * 17 + 3);
            java.util.Set<String> cart = new java.util.HashSet<>();
            r.lines().forEach(l -> cart.add(l.sku()));
            List<StockLevel> stock = new ArrayList<>();
            for (StockLevel s : network.stock()) {
                if (!cart.contains(s.sku())) {
                    stock.add(s);
                }
            }
            List<io.promiseengine.model.Supply> supply = new ArrayList<>();
            for (io.promiseengine.model.Supply s : network.supply()) {
                if (!cart.contains(s.sku())) {
                    supply.add(s);
                }
            }
            Instant h = r.at().plusSeconds(HORIZON);
            for (io.promiseengine.model.Location l : network.locations()) {
                for (Line line : r.lines()) {
                    supply.add(new io.promiseengine.model.Supply(l.id(), line.sku(), line.quantity() + 1 + late.nextInt(3),
                            h.minusSeconds(8 * 3600).plusSeconds(late.nextInt(10 * 3600))));
                }
            }
            network = network.withInventory(stock, supply, network.load());
            int before = c.options;
            java.time.LocalDate hDate = java.time.LocalDate.ofInstant(h, network.zone());
            check(seed, network, r, c);
            DefaultPromiseCalculator calc = new DefaultPromiseCalculator(network);
            for (PromiseOption o : calc.quote(r).options()) {
                onHsDate += o.date().equals(hDate) && (o.method() == Method.COURIER || o.method() == Method.COLLECT) ? 1 : 0;
            }
            assertThat(c.options).isGreaterThanOrEqualTo(before);
        }
        System.out.printf("OrderByOracleTest (supply about H at every location): %d seeds with options, %d options, %d "
                + "without order-by, %d courier or collect options dated on H's date%n", c.seedsWithOptions, c.options,
                c.absent, onHsDate);
        assertThat(onHsDate).as("courier or collect options dated on H's date").isGreaterThanOrEqualTo(LATE_CASES / 4);
    }

    private static void check(long seed, NetworkGenerator.Shape shape, Counts c) {
        check(seed, shape, false, c);
    }

    /**
     * @param sparse whether to keep each stock row with probability 1/2 only, and make the cart 2 to 4 distinct skus
     *               in 2 to 4 shipments: fewer origins hold the whole cart, so more order-bys are decided by splits
     */
    private static void check(long seed, NetworkGenerator.Shape shape, boolean sparse, Counts c) {
        NetworkGenerator g = new NetworkGenerator(seed, shape);
        Network network = g.network();
        QuoteRequest r = g.request();
        if (sparse) {
            Sparse s = sparse(seed, network, r);
            network = s.network();
            r = s.request();
        }
        check(seed, network, r, c);
    }

    private static void check(long seed, Network network, QuoteRequest r, Counts c) {
        DefaultPromiseCalculator calc = new DefaultPromiseCalculator(network);
        Quote q = calc.quote(r);
        Quote without = calc.withoutProbePlans().quote(r);
        assertThat(without).as("seed %d: the quote with ProbePlans off", seed).isEqualTo(q);
        c.seedsWithOptions += q.options().isEmpty() ? 0 : 1;
        Random samples = new Random(seed);
        long t = r.at().getEpochSecond();
        for (PromiseOption o : q.options()) {
            Optional<Instant> expected = oracle(calc, r, RuleSet.none(), o, t, samples);
            assertThat(o.orderBy()).as("seed %d: the order-by of %s %s%s dated %s (cart %s, maxShipments %d, at %s)",
                    seed, o.method(), o.service().orElse(""), o.location().orElse(""), o.date(), r.lines(),
                    r.maxShipments(), r.at()).isEqualTo(expected);
            c.options++;
            c.absent += expected.isEmpty() ? 1 : 0;
            c.split += o.shipments().size() > 1 ? 1 : 0;
            c.multiLineOrderBy += r.lines().size() > 1 && expected.isPresent() ? 1 : 0;
            c.splitSearched += r.lines().size() > 1 && r.maxShipments() > 1 && expected.isPresent() ? 1 : 0;
        }
    }

    /** A network and a request made sparse. */
    record Sparse(Network network, QuoteRequest request) {
    }

    /**
     * Each stock row of {@code network} kept with probability 1/2, and the request's cart made 2 to 4 distinct skus
     * in 2 to 4 shipments, drawn from {@code seed}: fewer origins hold the whole cart, so more order-bys are decided by
     * splits.
     */
    static Sparse sparse(long seed, Network network, QuoteRequest r) {
        Random thin = new Random(seed * 31 + 7);
        List<StockLevel> stock = new ArrayList<>();
        for (StockLevel s : network.stock()) {
            if (thin.nextBoolean()) {
                stock.add(s);
            }
        }
        List<Line> lines = new ArrayList<>(r.lines());
        for (String sku : NetworkGenerator.SKUS) {
            if (lines.size() < 2 || (lines.size() < 4 && thin.nextInt(3) == 0)) {
                if (lines.stream().noneMatch(l -> l.sku().equals(sku))) {
                    lines.add(new Line(sku, 1));
                }
            }
        }
        return new Sparse(network.withInventory(stock, network.supply(), network.load()),
                new QuoteRequest(r.at(), r.destination(), lines, r.confidence(), r.methods(), r.methodsGiven(),
                        r.collectAt(), r.collectAtGiven(), 2 + thin.nextInt(3), r.explain(), r.maxWindows()));
    }

    /**
     * Spec 4.6 read literally, on quotes without order-by at later instants under the same rule set ({@link
     * RuleSet#none()} for none); also {@link OrderByRulesOracleTest}'s oracle.
     */
    static Optional<Instant> oracle(DefaultPromiseCalculator calc, QuoteRequest r, RuleSet rules, PromiseOption o, long t,
                                    Random samples) {
        long h = t + HORIZON;
        if (keeps(calc, r, rules, o, h)) {
            return Optional.empty();
        }
        long lo = t;
        long hi = h;
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (keeps(calc, r, rules, o, mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        // the run is a prefix: a second inside it that loses the date would make the bisection's answer wrong
        for (int i = 0; i < 2 && lo > t; i++) {
            long u = t + (long) (samples.nextDouble() * (lo - t));
            assertThat(keeps(calc, r, rules, o, u)).as("the date kept at %s, inside [t, %s]", Instant.ofEpochSecond(u),
                    Instant.ofEpochSecond(lo)).isTrue();
        }
        return Optional.of(Instant.ofEpochSecond(lo));
    }

    /**
     * Whether an order at {@code u} gets an option of the same method and service or store with the same date. The
     * request asks for that method alone (and that store alone for collect), without explain: each target is solved
     * on its own (spec 4: an option depends on its method, service or store, the cart, the destination and the
     * instant only, and under a rule set on its filters and {@code maxShipments}, the same for every target), so its
     * answer is the one of the full request, at a fraction of the cost.
     */
    private static boolean keeps(DefaultPromiseCalculator calc, QuoteRequest r, RuleSet rules, PromiseOption like, long u) {
        boolean collect = like.method() == Method.COLLECT;
        QuoteRequest one = new QuoteRequest(Instant.ofEpochSecond(u), r.destination(), r.lines(), r.confidence(),
                EnumSet.of(like.method()), true, collect ? List.of(like.location().orElseThrow()) : List.of(), collect,
                r.maxShipments(), false, r.maxWindows());
        Quote q = calc.quote(one, rules, Map.of(), false);
        for (PromiseOption o : q.options()) {
            if (o.method() == like.method() && o.service().equals(like.service())
                    && o.location().equals(like.location())) {
                return o.date().equals(like.date());
            }
        }
        return false;
    }
}
