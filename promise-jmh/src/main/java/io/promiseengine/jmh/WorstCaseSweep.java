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
package io.promiseengine.jmh;

import io.promiseengine.json.NetworkDocument;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Location;
import io.promiseengine.model.Network;
import io.promiseengine.plan.AllocationPlanner;
import io.promiseengine.plan.Order;
import io.promiseengine.plan.PlanResult;
import io.promiseengine.model.StockLevel;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.rules.RuleSet;
import io.promiseengine.rules.builtin.BuiltInRules;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The cost of the largest carts, request by request (issue 14: the worst valid request must stay bounded): for
 * carts of 1 to 30 distinct skus and {@code maxShipments} 1 to 10, the largest CPU time of one quote (all
 * methods, with order-by) among {@code count} carts, after a warm-up pass over every cart. Two networks:
 * {@code demo}, the France demo network ({@code examples/networks/france-demo.json}, 26 locations) with 100 more
 * skus each stocked at a third of its locations (5 units), carts of those skus ordered on a Wednesday afternoon
 * to five cities, confidence 0.9; {@code stores}, {@link FranceNetwork} at 1,000 stores, its own carts (skus by
 * popularity) and as many carts of tail skus (drawn uniformly, held by few stores), confidence 0.95.
 *
 * <p>{@code java -cp promise-jmh/target/benchmarks.jar io.promiseengine.jmh.WorstCaseSweep stores 8}
 * (network, carts per size; CPU time of the quoting thread, so a shared machine inflates it little).
 *
 * <p>{@code ... WorstCaseSweep plan 4 [budget]}: the planner's worst case (issue 14: a bounded cost for every plan):
 * the {@code stores} carts (4 by popularity and 4 of tail skus per size, for every size and {@code maxShipments}
 * above), each quoted, then every option planned with {@code AllocationPlanner.plan} (no rule set: every plan costs
 * 0 and spec 4.3's order decides, the case where the bounds cut least); the largest CPU time of one plan, the mean,
 * and how many plans stopped at the budget ({@code PromiseEngine.Builder.planBudget}, its default unless given),
 * after a warm-up pass planning every option once.
 *
 * <p>{@code ... WorstCaseSweep quality 4 [lines...]}: what a plan stopped at the default budget gives up. The
 * {@code stores} carts of 13, 14 and 16 lines (or those given) with {@code maxShipments} 2 and 3, under a rule set of 5 per shipment and 0.1 per km
 * ({@code BuiltInRules.costPerShipment}, {@code costPerKm}); every option whose plan stops at the budget is planned
 * again without one (at most 20 s, else counted as not finished; {@code -Dquality.maxShipments=N} for that one only,
 * {@code -Dquality.popularSeed=S} for {@code count} carts by popularity only, {@code FranceNetwork.quotes}' seed
 * {@code S + maxShipments})
 * and the two compared (each costlier plan printed with the cheapest): the same fulfilment, the same
 * cost but another (spec 4.3 tie-break) choice, or costlier, with the mean and largest relative excess of cost.
 */
public final class WorstCaseSweep {

    static final int[] LINES = {1, 2, 4, 8, 12, 16, 20, 25, 30};
    static final int[] SHIPMENTS = {1, 2, 3, 5, 10};

    private WorstCaseSweep() {
    }

    public static void main(String[] args) throws IOException {
        String which = args.length > 0 ? args[0] : "stores";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        if (which.equals("plan")) {
            plans(count, args.length > 2 ? Long.parseLong(args[2]) : 0);
            return;
        }
        if (which.equals("quality")) {
            int[] sizes = {13, 14, 16};
            if (args.length > 2) {
                sizes = new int[args.length - 2];
                for (int i = 2; i < args.length; i++) {
                    sizes[i - 2] = Integer.parseInt(args[i]);
                }
            }
            quality(count, sizes);
            return;
        }
        Network network = which.equals("demo") ? demoWithManySkus() : FranceNetwork.generate(1000, 42);
        PromiseCalculator calculator = PromiseCalculator.of(network);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<QuoteRequest[]> all = new ArrayList<>();
        for (int shipments : SHIPMENTS) {
            for (int lines : LINES) {
                all.add(which.equals("demo") ? demoCarts(count, lines, shipments) : storeCarts(count, lines, shipments));
            }
        }
        for (QuoteRequest[] carts : all) {
            for (QuoteRequest q : carts) {
                calculator.quote(q); // warm-up
            }
        }
        long overall = 0;
        for (QuoteRequest[] carts : all) {
            long worst = 0;
            long total = 0;
            int split = 0;
            for (QuoteRequest q : carts) {
                long t0 = cpu.getCurrentThreadCpuTime();
                Quote quote = calculator.quote(q);
                long spent = cpu.getCurrentThreadCpuTime() - t0;
                worst = Math.max(worst, spent);
                total += spent;
                for (PromiseOption o : quote.options()) {
                    split += o.shipments().size() > 1 ? 1 : 0;
                }
            }
            overall = Math.max(overall, worst);
            System.out.printf("%s lines=%d maxShipments=%d carts=%d worst=%.1f ms mean=%.1f ms split options=%d%n", which,
                    carts[0].lines().size(), carts[0].maxShipments(), carts.length, worst / 1e6,
                    total / 1e6 / carts.length, split);
        }
        System.out.printf("%s worst of all: %.1f ms CPU%n", which, overall / 1e6);
    }

    /** The planner's sweep: every option of every cart planned, worst and mean CPU per plan, plans stopped. */
    private static void plans(int count, long budget) {
        PromiseEngine.Builder b = PromiseEngine.builder(FranceNetwork.generate(1000, 42))
                .clock(Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC));
        PromiseEngine engine = (budget > 0 ? b.planBudget(budget) : b).build();
        AllocationPlanner planner = engine.planner();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Order[]> all = new ArrayList<>();
        for (int shipments : SHIPMENTS) {
            for (int lines : LINES) {
                QuoteRequest[] carts = storeCarts(count, lines, shipments);
                Order[] orders = new Order[carts.length];
                for (int i = 0; i < carts.length; i++) {
                    orders[i] = Order.of("o-" + lines + "-" + shipments + "-" + i, carts[i]);
                }
                all.add(orders);
            }
        }
        List<List<PromiseOption>> options = new ArrayList<>();
        for (Order[] orders : all) {
            for (Order o : orders) {
                options.add(engine.quote(o).options());
                for (PromiseOption p : options.get(options.size() - 1)) {
                    planner.plan(o, p); // warm-up
                }
            }
        }
        long overall = 0;
        int k = 0;
        for (Order[] orders : all) {
            long worst = 0;
            long total = 0;
            int planned = 0;
            int stopped = 0;
            int split = 0;
            for (Order o : orders) {
                for (PromiseOption p : options.get(k)) {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    PlanResult r = planner.plan(o, p);
                    long spent = cpu.getCurrentThreadCpuTime() - t0;
                    worst = Math.max(worst, spent);
                    total += spent;
                    planned++;
                    stopped += r.budgetReached() ? 1 : 0;
                    split += r.fulfilment().map(f -> f.shipments().size() > 1 ? 1 : 0).orElse(0);
                }
                k++;
            }
            overall = Math.max(overall, worst);
            System.out.printf("plan lines=%d maxShipments=%d plans=%d worst=%.1f ms mean=%.1f ms split=%d stopped=%d%n",
                    orders[0].lines().size(), orders[0].request().maxShipments(), planned, worst / 1e6,
                    total / 1e6 / Math.max(1, planned), split, stopped);
        }
        System.out.printf("plan worst of all: %.1f ms CPU%n", overall / 1e6);
    }

    /** {@code quality}: plans stopped at the default budget against the search without one (see the class's doc). */
    private static void quality(int count, int[] sizes) {
        Network network = FranceNetwork.generate(1000, 42);
        RuleSet rules = RuleSet.builder("per-shipment-and-km").score(BuiltInRules.costPerShipment(new BigDecimal("5")))
                .score(BuiltInRules.costPerKm(new BigDecimal("0.1"))).build();
        Clock clock = Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC);
        PromiseEngine budgeted = PromiseEngine.builder(network).clock(clock).rules(rules).build();
        PromiseEngine free = PromiseEngine.builder(network).clock(clock).rules(rules).planBudget(Long.MAX_VALUE).build();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            for (int lines : sizes) {
                for (int shipments : Integer.getInteger("quality.maxShipments", 0) > 0
                        ? new int[] {Integer.getInteger("quality.maxShipments", 0)} : new int[] {2, 3}) {
                    Long popularSeed = Long.getLong("quality.popularSeed");
                    QuoteRequest[] carts = popularSeed == null ? storeCarts(count, lines, shipments)
                            : FranceNetwork.quotes(count, lines, shipments, popularSeed + shipments);
                    int stopped = 0;
                    int identical = 0;
                    int otherTie = 0;
                    int costlier = 0;
                    int unfinished = 0;
                    double excess = 0;
                    double largest = 0;
                    for (int i = 0; i < carts.length; i++) {
                        Order order = Order.of("q-" + lines + "-" + shipments + "-" + i, carts[i]);
                        for (PromiseOption option : budgeted.quote(order).options()) {
                            PlanResult best = budgeted.planner().plan(order, option);
                            if (!best.budgetReached()) {
                                continue;
                            }
                            stopped++;
                            Future<PlanResult> search = executor.submit(() -> free.planner().plan(order, option));
                            PlanResult exact;
                            try {
                                exact = search.get(20, TimeUnit.SECONDS);
                            } catch (TimeoutException | InterruptedException | ExecutionException e) {
                                search.cancel(true);
                                unfinished++;
                                continue;
                            }
                            if (best.fulfilment().isEmpty() || exact.fulfilment().isEmpty()) {
                                unfinished++;
                                continue;
                            }
                            BigDecimal found = best.fulfilment().get().cost();
                            BigDecimal least = exact.fulfilment().get().cost();
                            if (best.fulfilment().equals(exact.fulfilment())) {
                                identical++;
                            } else if (found.compareTo(least) == 0) {
                                otherTie++;
                            } else {
                                costlier++;
                                System.out.printf("costlier %s %s: found %s, cheapest %s%n", order.id(), option.method(),
                                        shipments(best.fulfilment().get()), shipments(exact.fulfilment().get()));
                                double over = least.signum() == 0 ? 0 : found.subtract(least).doubleValue() / least.doubleValue();
                                excess += over;
                                largest = Math.max(largest, over);
                            }
                        }
                    }
                    int compared = identical + otherTie + costlier;
                    System.out.printf("quality lines=%d maxShipments=%d stopped=%d compared=%d identical=%d same-cost=%d "
                            + "costlier=%d mean-excess=%.1f%% largest-excess=%.1f%% not-finished=%d%n", lines, shipments,
                            stopped, compared, identical, otherTie, costlier, compared == 0 ? 0 : 100 * excess / compared,
                            100 * largest, unfinished);
                }
            }
        } finally {
            executor.shutdownNow();
        }
    }

    /** A fulfilment's shipments in short: origin, lines, distance and cost, then the total. */
    private static String shipments(io.promiseengine.plan.Fulfilment f) {
        StringBuilder sb = new StringBuilder();
        for (io.promiseengine.plan.PlannedShipment s : f.shipments()) {
            sb.append(s.from()).append(' ').append(s.lines().size()).append(" lines ")
                    .append(String.format("%.1f km", s.distanceKm())).append(" cost ").append(s.cost().toPlainString())
                    .append("; ");
        }
        return sb.append("total ").append(f.cost().toPlainString()).toString();
    }

    /** The demo network with skus X000..X099, each stocked (5 units) at a third of the locations. */
    static Network demoWithManySkus() throws IOException {
        Path file = Path.of("examples/networks/france-demo.json");
        if (!Files.exists(file)) {
            file = Path.of("../examples/networks/france-demo.json");
        }
        Network demo = NetworkDocument.read(file);
        List<StockLevel> stock = new ArrayList<>(demo.stock());
        SplittableRandom random = new SplittableRandom(7);
        for (int s = 0; s < 100; s++) {
            for (Location l : demo.locations()) {
                if (random.nextInt(3) == 0) {
                    stock.add(new StockLevel(l.id(), String.format("X%03d", s), 5, 0, 0));
                }
            }
        }
        return demo.withInventory(stock, demo.supply(), demo.load());
    }

    private static QuoteRequest[] demoCarts(int count, int lines, int shipments) {
        SplittableRandom random = new SplittableRandom(lines * 31L + shipments);
        QuoteRequest[] out = new QuoteRequest[count];
        for (int i = 0; i < count; i++) {
            QuoteRequest.Builder q = QuoteRequest.builder(Instant.parse("2026-09-16T14:45:00Z"),
                    Destination.postalCode(WorstCaseBenchmark.POSTAL_CODES.get(i % 5))).confidence(0.9).maxShipments(shipments);
            for (int s : distinct(lines, 100, 0, random)) {
                q.line(String.format("X%03d", s), 1);
            }
            out[i] = q.build();
        }
        return out;
    }

    /** {@code count} carts by popularity, then {@code count} carts of tail skus (ranks 2,000 to 50,000). */
    static QuoteRequest[] storeCarts(int count, int lines, int shipments) {
        QuoteRequest[] popular = FranceNetwork.quotes(count, lines, shipments, 1000 + lines);
        SplittableRandom random = new SplittableRandom(lines * 31L + shipments);
        QuoteRequest[] out = new QuoteRequest[2 * count];
        for (int i = 0; i < count; i++) {
            out[i] = popular[i];
            QuoteRequest.Builder q = QuoteRequest.builder(popular[i].at(), popular[i].destination())
                    .confidence(0.95).maxShipments(shipments);
            for (int s : distinct(lines, FranceNetwork.SKUS - 2_000, 2_000, random)) {
                q.line(String.format("SKU-%05d", s + 1), 1);
            }
            out[count + i] = q.build();
        }
        return out;
    }

    private static int[] distinct(int n, int range, int offset, SplittableRandom random) {
        java.util.TreeSet<Integer> drawn = new java.util.TreeSet<>();
        while (drawn.size() < n) {
            drawn.add(offset + random.nextInt(range));
        }
        return drawn.stream().mapToInt(Integer::intValue).toArray();
    }
}
