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

import io.promiseengine.internal.time.OpenCalendar;
import io.promiseengine.internal.time.Slots;
import io.promiseengine.model.Echo;
import io.promiseengine.model.Method;
import io.promiseengine.model.OrderLine;
import io.promiseengine.plan.AllocationPlanner;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.Order;
import io.promiseengine.plan.PlanResult;
import io.promiseengine.plan.PlannedShipment;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.quote.Rejection;
import io.promiseengine.rules.RuleSet;
import io.promiseengine.rules.spi.ShipmentCandidate;
import io.promiseengine.rules.spi.ShipmentScore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * The planner: the candidate shipments of a block of lines are the quote's own: the {@link Solver}'s plans of the
 * block ({@link Solver#plansUpTo}: those the quote's candidates are made of, with the same availability,
 * preparation, slots, collections, lanes, bands and transfers and the same rule gates) that reach the order's
 * confidence alone by the promised key, priced by the rule set's scores. The search is the quote's partition search
 * ({@link PartitionAllocator#search}) with the planner's objective, a branch and bound: candidates cheapest first
 * (then most probable at the key, nearest, by origin id), a branch cut, with every later candidate of its block,
 * when no completion can beat or tie the best found in the planner's order (cost, then spec 4.3's order), by lower
 * bounds of the lines left ({@code Search.least}: least cost, blocks and distance; scores are {@code >= 0}), and a
 * candidate cut when its joint probability at the key falls below the confidence (factors are {@code <= 1}); a
 * complete choice is kept when its joint probability ({@link Allocator#allocationAt}) reaches the confidence and it is
 * cheaper, equal costs broken by spec 4.3's order. docs/PLANNER.md says why not the allocator's cover search.
 *
 * <p>The search has a work budget ({@link #budget}, steps counted, never a clock): it starts from the promise's own
 * allocation (the quote's shipments, priced, when they keep the promise) and, past the budget, answers the best found
 * so far, improved by local moves for at most a quarter of the budget more ({@code Search.polish}), flagged
 * ({@link PlanResult#budgetReached()}). Within the budget its answer is the exact one. The lower bounds
 * of more than {@link #BOUND_LINES} lines left are the weak ones (cost 0, one block, 0 km: no subset enumerated), and a
 * score that fails on a block fails the plan only where the search asks that block as a shipment, never in a bound.
 */
final class CostPlanner implements AllocationPlanner {

    /** {@code Search.admit} reads the thread's interrupt status when the candidates asked so far are 0 modulo 1,024. */
    private static final int INTERRUPT_CHECK_MASK = 1023;
    /** {@code Search.least}: no partition of the lines has a candidate for each block. */
    private static final Least NO_PARTITION = new Least(BigDecimal.ZERO, 0, 0);
    /** {@code Search.least} of no line. */
    private static final Least NOTHING = new Least(BigDecimal.ZERO, 0, 0);
    /** {@code Search.least} of more than {@link #BOUND_LINES} lines: any cost, one block at least, any distance. */
    private static final Least WEAK = new Least(BigDecimal.ZERO, 1, 0);
    /**
     * The most lines left whose lower bounds come from the subset DP (it prices every block of them, {@code 2^n}, and
     * combines them in {@code 3^n} steps); more lines left are bounded by {@link #WEAK}, which enumerates nothing.
     */
    static final int BOUND_LINES = 12;
    /**
     * Steps a block's pricing counts besides {@link #PLAN_STEPS} per candidate: the scan of the target's origins (one
     * step for a block that no site holds, known without the scan).
     */
    static final int BLOCK_STEPS = 64;
    /** Steps a block's pricing counts per candidate: its plan, exact probability, scores and place in the order. */
    static final int PLAN_STEPS = 16;
    /**
     * A search stopped at its budget then spends at most its budget divided by this more on local moves from the best
     * found ({@code Search.polish}).
     */
    static final int POLISH_SHARE = 4;
    /** {@code Search.indexOf}: the candidates compared by origin id per step counted. */
    static final int SCAN_STEP = 8;
    /** The default work budget of one plan, in steps (docs/LIMITS.md: about 66 ms of CPU at worst at 1,000 stores). */
    static final long DEFAULT_BUDGET = 1_000_000L;

    private static final Logger LOG = LoggerFactory.getLogger(CostPlanner.class);

    private final Supplier<Snapshot> snapshots;
    private final RuleSet rules;
    /** The steps one plan's search may take (docs/PLANNER.md, "The planner's budget"). */
    private final long budget;
    /** Whether a search stopped at its budget makes its local moves ({@code Search.polish}); false only in tests. */
    private final boolean polish;

    CostPlanner(Supplier<Snapshot> snapshots, RuleSet rules, long budget) {
        this(snapshots, rules, budget, true);
    }

    /** For tests: {@code polish} false stops at the budget without the local moves. */
    CostPlanner(Supplier<Snapshot> snapshots, RuleSet rules, long budget, boolean polish) {
        this.snapshots = snapshots;
        this.rules = rules;
        this.budget = budget;
        this.polish = polish;
    }

    /** The budget, checked: at least 1 step. */
    static long checkBudget(String field, long budget) {
        if (budget < 1) {
            throw new IllegalArgumentException(field + " must be at least 1 step, got " + budget
                    + "; Long.MAX_VALUE plans without a budget");
        }
        return budget;
    }

    @Override
    public RuleSet rules() {
        return rules;
    }

    @Override
    public PlanResult plan(Order order, PromiseOption promise) {
        return plan(order, promise, new long[1]);
    }

    /** {@link #plan(Order, PromiseOption)}, the steps its search took written to {@code work[0]} (for tests). */
    PlanResult plan(Order order, PromiseOption promise, long[] work) {
        Objects.requireNonNull(promise, "promise");
        if (promise.method() == Method.SCHEDULED) {
            return plan(order, promise, promise.windows().get(0));
        }
        Search s = new Search(snapshots.get(), order, promise, budget);
        s.seed(promise);
        boolean stopped = false;
        try {
            PartitionAllocator.search(s.ctx.lineCount, s.ctx.maxShipments, s);
        } catch (BudgetReached e) {
            stopped = true;
            if (polish) {
                s.polish(budget / POLISH_SHARE);
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("planning of order {} stopped at its budget of {} steps: {}", Echo.escape(order.id()), budget,
                        s.best == null ? "no allocation found" : "the best found costs " + s.best.cost.toPlainString()
                                + (s.best == s.seeded ? " (the promise's own allocation)" : ""));
            }
        }
        work[0] = s.work;
        if (s.best != null) {
            return new PlanResult.Planned(s.fulfilment(s.best), stopped);
        }
        List<Rejection> rejected = new ArrayList<>();
        Explainer.explain(s.ctx, s.target, s.solver, null, rejected);
        String reaching = order.request().confidence() + " by "
                + (s.target.keysAreDays() ? promise.date() : promise.promisedAt()) + " under rule set " + rules.name();
        return new PlanResult.Unplanned("no allocation of order " + order.id() + " within " + s.ctx.maxShipments
                + " shipment(s) " + (stopped ? "reaching " + reaching + " was found before the search stopped at its "
                + "budget of " + budget + " steps" : "reaches " + reaching),
                rejected, stopped);
    }

    @Override
    public PlanResult plan(Order order, PromiseOption promise, DeliveryWindow window) {
        return windowPlanner(order, promise).plan(order.id(), promise, WindowPlanner.listed(promise, window), null);
    }

    private WindowPlanner windowPlanner(Order order, PromiseOption promise) {
        Objects.requireNonNull(order, "order");
        if (Objects.requireNonNull(promise, "promise").method() != Method.SCHEDULED) {
            throw new IllegalArgumentException("a window is chosen for a SCHEDULED promise, not " + promise.method());
        }
        Snapshot snap = snapshots.get();
        QuoteContext ctx = context(snap, order);
        return new WindowPlanner(ctx, target(snap, promise), rules, order.lines(), order.request().at().getEpochSecond());
    }

    /** The order's quote context on one inventory version, its rules gate set, in space of its own. */
    private QuoteContext context(Snapshot snap, Order order) {
        QuoteRequest request = order.request();
        return QuoteContext.of(snap, request, snap.positionOf(request.destination()), rules, order.attributes(),
                QuoteContext.Space.OWN);
    }

    /**
     * What the rule set's scores charge for a shipment (each {@code >= 0}), its slot's load and capacity given
     * to the rules.
     */
    static BigDecimal cost(RuleSet rules, Snapshot snap, Target target, Snapshot.Site site, List<OrderLine> lines,
                           double distanceKm, long startAt, long readyAt) {
        int load = 0;
        int capacity = 0;
        if (site.slotSeconds > 0) {
            long slot = Slots.slotStart(startAt, site.zone, site.slotSeconds);
            load = snap.inventory.loadAt(site, slot);
            capacity = snap.inventory.capacityAt(site, slot);
        }
        ShipmentCandidate sc = new ShipmentCandidate(site.location, target.method(), target.serviceId(), target.storeId(),
                lines, distanceKm, Instant.ofEpochSecond(startAt), Instant.ofEpochSecond(readyAt), load, capacity);
        BigDecimal total = BigDecimal.ZERO;
        for (ShipmentScore score : rules.scores()) {
            BigDecimal c = Objects.requireNonNull(score.cost(sc), score.name());
            if (c.signum() < 0) {
                throw new IllegalStateException("score " + score.name() + " gave a negative cost " + c.toPlainString()
                        + " for " + site.id + "; scores must be >= 0");
            }
            total = total.add(c);
        }
        return total;
    }

    @Override
    public Optional<Fulfilment> evaluate(Order order, PromiseOption promise, Map<String, String> originBySku) {
        if (Objects.requireNonNull(promise, "promise").method() == Method.SCHEDULED) {
            java.util.Set<String> origins = new java.util.TreeSet<>();
            for (io.promiseengine.quote.Line l : order.request().lines()) {
                String origin = originBySku.get(l.sku());
                if (origin == null) {
                    throw new IllegalArgumentException("no origin given for sku " + Echo.quote(l.sku()));
                }
                origins.add(origin);
            }
            if (origins.size() != 1) {
                return Optional.empty(); // a SCHEDULED plan is one drop from one origin
            }
            return windowPlanner(order, promise).plan(order.id(), promise, promise.windows().get(0), origins.iterator().next())
                    .fulfilment();
        }
        Search s = new Search(snapshots.get(), order, promise, Long.MAX_VALUE);
        Map<String, Integer> masks = new java.util.TreeMap<>();
        for (int i = 0; i < s.ctx.lineCount; i++) {
            String origin = originBySku.get(s.ctx.lines.get(i).sku());
            if (origin == null) {
                throw new IllegalArgumentException("no origin given for sku " + Echo.quote(s.ctx.lines.get(i).sku()));
            }
            masks.merge(origin, 1 << i, (a, b) -> a | b);
        }
        Choice choice = s.choiceOf(masks, true);
        return choice == null ? Optional.empty() : Optional.of(s.fulfilment(choice));
    }

    /**
     * The candidates of a block, cheapest first, then by exact probability at the promised key (highest first), then
     * by distance, then by origin id; their costs and exact probabilities at the key. Or, when a score failed on one of
     * them ({@code failed}: what it threw, a null cost's {@link NullPointerException} or a negative cost's
     * {@link IllegalStateException}), the plans unsorted and unpriced.
     */
    private record Priced(List<Plan> plans, BigDecimal[] costs, BigDecimal[] exact, double leastKm, RuntimeException failed) {
    }

    /** The candidates of a block that no site holds ({@code Search.anyHolder}): none. */
    private static final Priced NO_HOLDER = new Priced(List.of(), new BigDecimal[0], new BigDecimal[0],
            Double.POSITIVE_INFINITY, null);

    /** The search's budget is spent: thrown by {@code Search.spend}, caught by {@link #plan}. */
    private static final class BudgetReached extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetReached() {
            super(null, null, false, false);
        }
    }

    /**
     * Lower bounds of what shipping a set of lines adds to a complete choice, each the least over the partitions of
     * the set into blocks that all have a candidate (origins may repeat, any number of blocks, no probability asked):
     * the sum of the blocks' cheapest costs, the number of blocks, the sum of the blocks' least distances.
     */
    private record Least(BigDecimal cost, int blocks, double km) {
    }

    /** A complete allocation that keeps the promise: its shipments sorted by origin id, their costs, the total. */
    private record Choice(Plan[] shipments, BigDecimal[] costs, BigDecimal cost, Allocation allocation) {
    }

    /**
     * One planning: the order's context on one inventory version, the target and the promised key; the planner's
     * objective in the partition search.
     */
    private final class Search implements PartitionAllocator.Objective {
        final Snapshot snap;
        final Order order;
        final PromiseOption promise;
        final QuoteContext ctx;
        final Target target;
        final Solver solver;
        final long key;
        final List<OrderLine> lines;
        final LongMap<Priced> byMask = new LongMap<>();
        Choice best;
        /** The promise's own allocation, priced, when it keeps the promise: the search's first best. */
        Choice seeded;
        /**
         * The steps this search may take, and those taken; {@link #spend} stops past {@link #limit} (the budget, then
         * the end of {@link #polish}) once armed.
         */
        private final long budget;
        private long limit;
        private long work;
        /** {@link #polish}: the line its next round of moves starts from. */
        private int cursor;
        private boolean armed;
        /** {@link #anyHolder}: per line of a cart of more than {@link #BOUND_LINES} lines, the sites holding it. */
        private long[][] holders;
        /** {@link #anyHolder}: per line, the indexes of the words of {@link #holders} that are not 0. */
        private int[][] heldWords;
        /** Candidates asked so far: the thread's interrupt status is read at the first and every 1,024th. */
        private int admitted;
        /** Per set of lines, {@link #least}. */
        final LongMap<Least> leastByMask = new LongMap<>();
        /**
         * Per depth of the search: the costs and exact probabilities of the block's candidates, the cost, exact
         * product and distance before it.
         */
        private final BigDecimal[][] costsAt;
        private final BigDecimal[][] exactAt;
        private final BigDecimal[] costBefore;
        private final BigDecimal[] productBefore;
        private final double[] kmBefore;
        /** The cost of each shipment chosen. */
        private final BigDecimal[] chosenCost;
        /** Scratch: the shipments of a complete choice by origin id. */
        private final int[] byOriginScratch;

        Search(Snapshot snap, Order order, PromiseOption promise, long budget) {
            this.snap = snap;
            this.budget = budget;
            this.limit = budget;
            this.order = Objects.requireNonNull(order, "order");
            this.promise = Objects.requireNonNull(promise, "promise");
            long t = order.request().at().getEpochSecond();
            this.ctx = context(snap, order);
            this.target = target(snap, promise);
            this.solver = new Solver(ctx, target, t);
            this.key = target.keyOf(promise);
            this.lines = order.lines();
            int depths = Math.max(1, Math.min(ctx.maxShipments, ctx.lineCount));
            costsAt = new BigDecimal[depths][];
            exactAt = new BigDecimal[depths][];
            costBefore = new BigDecimal[depths + 1];
            productBefore = new BigDecimal[depths + 1];
            kmBefore = new double[depths + 1];
            chosenCost = new BigDecimal[depths];
            byOriginScratch = new int[depths];
            costBefore[0] = BigDecimal.ZERO;
            productBefore[0] = BigDecimal.ONE;
        }

        /**
         * The shipments that can carry the block and reach the confidence alone by the key (the solver's candidates
         * of the block up to the key), cheapest first.
         */
        Priced priced(int mask) {
            Priced c = pricedOrFailed(mask);
            if (c.failed != null) {
                throw c.failed;
            }
            return c;
        }

        /**
         * {@link #priced}, or the block's plans with what a score threw on one of them ({@link Priced#failed}): the
         * bounds and the seed never fail the plan.
         */
        Priced pricedOrFailed(int mask) {
            if (!anyHolder(mask)) {
                spend(1);
                return NO_HOLDER; // not kept: the walk of a big cart asks millions of such blocks
            }
            Priced c = byMask.get(mask);
            if (c == null) {
                List<Plan> plans = ctx.anyUnknownSku ? List.of() : solver.plansUpTo(mask, key);
                spend(BLOCK_STEPS + (long) PLAN_STEPS * plans.size());
                double leastKm = Double.POSITIVE_INFINITY;
                for (Plan p : plans) {
                    leastKm = Math.min(leastKm, p.distanceKm);
                }
                BigDecimal[] costs = new BigDecimal[plans.size()];
                BigDecimal[] exact = new BigDecimal[plans.size()];
                Integer[] byCost = new Integer[plans.size()];
                for (int i = 0; i < costs.length; i++) {
                    try {
                        costs[i] = cost(plans.get(i));
                    } catch (RuntimeException e) {
                        c = new Priced(plans, null, null, leastKm, e);
                        byMask.put(mask, c);
                        return c;
                    }
                    exact[i] = plans.get(i).exactAt(key);
                    byCost[i] = i;
                }
                Arrays.sort(byCost, (a, b) -> {
                    int o = costs[a].compareTo(costs[b]);
                    if (o == 0) {
                        o = exact[b].compareTo(exact[a]);
                    }
                    if (o == 0) {
                        o = Double.compare(plans.get(a).distanceKm, plans.get(b).distanceKm);
                    }
                    return o != 0 ? o : plans.get(a).origin.compareTo(plans.get(b).origin);
                });
                List<Plan> sorted = new ArrayList<>(costs.length);
                BigDecimal[] sortedCosts = new BigDecimal[costs.length];
                BigDecimal[] sortedExact = new BigDecimal[costs.length];
                for (int i = 0; i < costs.length; i++) {
                    sorted.add(plans.get(byCost[i]));
                    sortedCosts[i] = costs[byCost[i]];
                    sortedExact[i] = exact[byCost[i]];
                }
                c = new Priced(sorted, sortedCosts, sortedExact, leastKm, null);
                byMask.put(mask, c);
            }
            return c;
        }

        /**
         * {@link Least} of the lines of {@code mask}: every complete choice's shipments of these lines are one
         * partition of them into blocks with a candidate each, each shipment costing at least its block's cheapest
         * and as far as its block's nearest; or {@link #NO_PARTITION} when there is no such partition (no complete
         * choice ships them).
         */
        Least least(int mask) {
            if (mask == 0) {
                return NOTHING;
            }
            if (Integer.bitCount(mask) > BOUND_LINES) {
                return WEAK;
            }
            Least least = leastByMask.get(mask);
            if (least == null) {
                BigDecimal cost = null;
                int blocks = Integer.MAX_VALUE;
                double km = Double.POSITIVE_INFINITY;
                int low = Integer.lowestOneBit(mask);
                int rest = mask & ~low;
                for (int sub = rest; ; sub = (sub - 1) & rest) {
                    spend(1);
                    Priced block = pricedOrFailed(low | sub);
                    if (!block.plans.isEmpty()) {
                        Least others = least(rest & ~sub);
                        if (others != NO_PARTITION) {
                            // a block whose pricing failed costs >= 0: the walk fails the plan if it asks it
                            BigDecimal c = (block.failed != null ? BigDecimal.ZERO : block.costs[0]).add(others.cost);
                            if (cost == null || c.compareTo(cost) < 0) {
                                cost = c;
                            }
                            blocks = Math.min(blocks, 1 + others.blocks);
                            km = Math.min(km, block.leastKm + others.km);
                        }
                    }
                    if (sub == 0) {
                        break;
                    }
                }
                least = cost == null ? NO_PARTITION : new Least(cost, blocks, km);
                leastByMask.put(mask, least);
            }
            return least;
        }

        private BigDecimal cost(Plan p) {
            return CostPlanner.cost(rules, snap, target, snap.sites[p.site], lines(p.mask), p.distanceKm, p.startAt(), p.readyAt());
        }

        List<OrderLine> lines(int mask) {
            List<OrderLine> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    out.add(lines.get(i));
                }
            }
            return out;
        }

        /**
         * Whether some site holds every line of the block ({@link QuoteContext#holds}), else no origin plans it: for
         * a cart of more than {@link #BOUND_LINES} lines, from each line's sites (bits over site indexes, read once),
         * so that the walk's blocks that no site holds cost no scan of the origins; true for smaller carts.
         */
        private boolean anyHolder(int mask) {
            if (ctx.lineCount <= BOUND_LINES) {
                return true;
            }
            if (holders == null) {
                int words = (snap.sites.length + 63) >>> 6;
                holders = new long[ctx.lineCount][words];
                for (int site = 0; site < snap.sites.length; site++) {
                    for (int held = ctx.holds(site); held != 0; held &= held - 1) {
                        holders[Integer.numberOfTrailingZeros(held)][site >>> 6] |= 1L << site;
                    }
                }
                heldWords = new int[ctx.lineCount][];
                for (int line = 0; line < ctx.lineCount; line++) {
                    int[] at = new int[words];
                    int n = 0;
                    for (int w = 0; w < words; w++) {
                        if (holders[line][w] != 0) {
                            at[n++] = w;
                        }
                    }
                    heldWords[line] = Arrays.copyOf(at, n);
                }
            }
            // the words where the block's line of fewest words has holders, each ANDed over the lines till it is 0
            int rarest = Integer.numberOfTrailingZeros(mask);
            for (int rest = mask & (mask - 1); rest != 0; rest &= rest - 1) {
                int line = Integer.numberOfTrailingZeros(rest);
                if (heldWords[line].length < heldWords[rarest].length) {
                    rarest = line;
                }
            }
            for (int w : heldWords[rarest]) {
                long all = holders[rarest][w];
                for (int rest = mask; rest != 0 && all != 0; rest &= rest - 1) {
                    all &= holders[Integer.numberOfTrailingZeros(rest)][w];
                }
                if (all != 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The complete choice sending each block of {@code masks} (lines by origin id, in id order) from that origin,
         * priced, when there are at most {@code maxShipments} of them, each origin has a plan of its block and the
         * choice keeps the promise ({@link #choice}); else null. A score failing on one of the blocks fails the call
         * when {@code strict} ({@code evaluate}), else gives null (the seed, which never fails the plan).
         */
        Choice choiceOf(Map<String, Integer> masks, boolean strict) {
            if (masks.isEmpty() || masks.size() > ctx.maxShipments) {
                return null;
            }
            Plan[] chosen = new Plan[masks.size()];
            BigDecimal[] costs = new BigDecimal[chosen.length];
            BigDecimal cost = BigDecimal.ZERO;
            int n = 0;
            for (Map.Entry<String, Integer> e : masks.entrySet()) {
                Priced block = pricedOrFailed(e.getValue());
                if (block.failed != null) {
                    if (strict) {
                        throw block.failed;
                    }
                    return null;
                }
                int i = 0;
                while (i < block.plans.size() && !block.plans.get(i).origin.equals(e.getKey())) {
                    i++;
                }
                if (i == block.plans.size()) {
                    return null;
                }
                chosen[n] = block.plans.get(i);
                costs[n] = block.costs[i];
                cost = cost.add(costs[n++]);
            }
            return choice(chosen, costs, n, cost, null);
        }

        /** Counts {@code steps} of work; past the budget, once the search has started, stops it. */
        private void spend(long steps) {
            work += steps;
            if (work > limit && armed) {
                throw new BudgetReached();
            }
        }

        /**
         * Starts the search from the promise's own allocation: its shipments, each from its origin with its lines,
         * priced, when they are one of the search's complete choices and keep the promise (else no seed). The steps
         * it takes count, but the seed never stops for them: a valid answer exists whatever the budget.
         */
        void seed(PromiseOption promise) {
            Map<String, Integer> masks = new java.util.TreeMap<>();
            Map<String, Integer> lineOf = new HashMap<>();
            for (int i = 0; i < ctx.lineCount; i++) {
                lineOf.put(ctx.lines.get(i).sku(), i);
            }
            int covered = 0;
            for (io.promiseengine.quote.Shipment sh : promise.shipments()) {
                for (io.promiseengine.quote.Line l : sh.lines()) {
                    Integer i = lineOf.get(l.sku());
                    if (i == null || (covered & (1 << i)) != 0) {
                        armed = true;
                        return; // not a map of this cart's lines to origins
                    }
                    covered |= 1 << i;
                    masks.merge(sh.from(), 1 << i, (a, b) -> a | b);
                }
            }
            if (covered == (1 << ctx.lineCount) - 1) {
                seeded = choiceOf(masks, false);
                best = seeded;
            }
            armed = true;
        }

        /**
         * After the search stopped at its budget: improves the best found by local moves, for at most {@code extra}
         * more steps, taking the first move that gives a better choice in the planner's order (cost, then spec 4.3's)
         * and going on from it, till no move does or the steps are spent. The moves, in this order: one line moved to
         * another shipment's origin where it alone prices cheaper; a shipment's block sent from another origin that
         * prices it no dearer; one line sent from an origin of its own when fewer shipments than allowed; a block
         * split between an origin that can ship some of its lines and its own origin, or the rest's cheapest
         * ({@link #regroup}), when fewer shipments than allowed; two shipments merged at either's origin; one line
         * moved to another shipment's origin. Each choice is one the search could make ({@link #choiceOf}: it keeps the promise), so the
         * answer keeps it and costs at most the best found; deterministic, as the steps are counted.
         */
        void polish(long extra) {
            if (best == null || extra <= 0) {
                return;
            }
            limit = work > Long.MAX_VALUE - extra ? Long.MAX_VALUE : work + extra;
            try {
                while (improve()) {
                    // from the better choice
                }
            } catch (BudgetReached e) {
                // the best found so far stands
            }
        }

        /**
         * One round of {@link #polish}'s moves from the best, each kind of move over the lines starting where the
         * last better choice was found ({@link #cursor}): whether one gave a better choice, now the best.
         */
        private boolean improve() {
            Plan[] sh = best.shipments;
            int k = sh.length;
            int n = ctx.lineCount;
            if (moveLines(sh, true)) {
                return true;
            }
            for (int i = 0; i < k; i++) {
                Priced block = pricedOrFailed(sh[i].mask);
                if (block.failed != null) {
                    continue;
                }
                for (Plan other : block.plans) {
                    if (other.origin.equals(sh[i].origin)) {
                        break; // the later ones price the block no cheaper, or no better in the order
                    }
                    if (!used(sh, other.origin) && better(moved(sh, i, sh[i].mask, other.origin))) {
                        return true;
                    }
                }
            }
            if (k < ctx.maxShipments) {
                for (int t = 0; t < n; t++) {
                    int line = (cursor + t) % n;
                    int i = shipmentOf(sh, line);
                    if (sh[i].mask != 1 << line && splitOff(sh, i, 1 << line)) {
                        cursor = line + 1;
                        return true;
                    }
                }
                for (int i = 0; i < k; i++) {
                    if (sh[i].mask != (sh[i].mask & -sh[i].mask) && regroup(sh, i)) {
                        return true;
                    }
                }
            }
            for (int i = 0; i < k; i++) {
                for (int j = i + 1; j < k; j++) {
                    if (better(moved(sh, i, sh[i].mask, sh[j].origin)) || better(moved(sh, j, sh[j].mask, sh[i].origin))) {
                        return true;
                    }
                }
            }
            return moveLines(sh, false);
        }

        /**
         * {@link #polish}'s line moves: each line to another shipment's origin, from {@link #cursor} on; those where
         * the line alone prices cheaper at that origin than at its own when {@code promising}, else the others.
         */
        private boolean moveLines(Plan[] sh, boolean promising) {
            int n = ctx.lineCount;
            for (int t = 0; t < n; t++) {
                int line = (cursor + t) % n;
                int i = shipmentOf(sh, line);
                Priced alone = pricedOrFailed(1 << line);
                if (alone.failed != null) {
                    continue;
                }
                int own = indexOf(alone, sh[i].origin);
                for (int j = 0; j < sh.length; j++) {
                    if (j == i) {
                        continue;
                    }
                    int there = indexOf(alone, sh[j].origin);
                    boolean cheaper = there >= 0 && (own < 0 || alone.costs[there].compareTo(alone.costs[own]) < 0);
                    if (cheaper == promising && better(moved(sh, i, 1 << line, sh[j].origin))) {
                        cursor = line + 1;
                        return true;
                    }
                }
            }
            return false;
        }

        /** The shipment carrying {@code line}. */
        private int shipmentOf(Plan[] sh, int line) {
            int i = 0;
            while ((sh[i].mask & (1 << line)) == 0) {
                i++;
            }
            return i;
        }

        /**
         * {@link #polish}'s third move: {@code line} of shipment {@code i} sent from an origin of its own, the cheapest
         * first; the candidates are tried while the move's cost (the rest of the block still from its origin) is no
         * more than the best's, and the first better choice is taken.
         */
        private boolean splitOff(Plan[] sh, int i, int line) {
            Priced rest = pricedOrFailed(sh[i].mask & ~line);
            Priced alone = pricedOrFailed(line);
            if (rest.failed != null || alone.failed != null) {
                return false;
            }
            int at = indexOf(rest, sh[i].origin);
            if (at < 0) {
                return false;
            }
            // the cost without shipment i's block, with the rest of it from the same origin
            BigDecimal base = best.cost.subtract(best.costs[i]).add(rest.costs[at]);
            for (int c = 0; c < alone.plans.size(); c++) {
                spend(1);
                if (base.add(alone.costs[c]).compareTo(best.cost) > 0) {
                    return false; // dearer, and every later candidate no cheaper
                }
                String origin = alone.plans.get(c).origin;
                if (!used(sh, origin)) {
                    Map<String, Integer> masks = masksOf(sh);
                    masks.put(sh[i].origin, sh[i].mask & ~line);
                    masks.put(origin, line);
                    if (better(masks)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * {@link #polish}'s regrouping: shipment {@code i}'s block split in two, the lines that another origin can
         * ship alone (the cheapest and the next origin of each line alone, in line order) sent from it, the rest from
         * its own origin or from the cheapest origin of the rest not already shipping: a jump that single lines moved
         * one by one do not make when each step alone costs a shipment more.
         */
        private boolean regroup(Plan[] sh, int i) {
            int mask = sh[i].mask;
            for (int rest = mask; rest != 0; rest &= rest - 1) {
                Priced alone = pricedOrFailed(rest & -rest);
                if (alone.failed != null) {
                    continue;
                }
                for (int c = 0; c < Math.min(2, alone.plans.size()); c++) {
                    String origin = alone.plans.get(c).origin;
                    if (used(sh, origin) || firstOrigin(mask, rest & -rest, origin)) {
                        continue; // a shipment's origin, or tried for an earlier line
                    }
                    int taken = 0;
                    for (int lines = mask; lines != 0; lines &= lines - 1) {
                        Priced one = pricedOrFailed(lines & -lines);
                        if (one.failed == null && indexOf(one, origin) >= 0) {
                            taken |= lines & -lines;
                        }
                    }
                    int left = mask & ~taken;
                    if (left == 0) {
                        continue; // the whole block from another origin: the third move
                    }
                    Map<String, Integer> masks = masksOf(sh);
                    masks.put(sh[i].origin, left);
                    masks.put(origin, taken);
                    if (better(masks)) {
                        return true;
                    }
                    Priced others = pricedOrFailed(left);
                    if (others.failed != null) {
                        continue;
                    }
                    for (Plan p : others.plans) {
                        if (!p.origin.equals(origin) && !used(sh, p.origin)) {
                            masks.remove(sh[i].origin);
                            masks.put(p.origin, left);
                            if (better(masks)) {
                                return true;
                            }
                            break; // the cheapest for the rest only
                        }
                    }
                }
            }
            return false;
        }

        /**
         * Whether {@code origin} is among the first two origins alone of a line of {@code mask} before {@code line}
         * ({@link #regroup} tried it there).
         */
        private boolean firstOrigin(int mask, int line, String origin) {
            for (int rest = mask & (line - 1); rest != 0; rest &= rest - 1) {
                Priced alone = pricedOrFailed(rest & -rest);
                if (alone.failed != null) {
                    continue;
                }
                for (int c = 0; c < Math.min(2, alone.plans.size()); c++) {
                    if (alone.plans.get(c).origin.equals(origin)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Reads the thread's interrupt status at the first candidate asked and every 1,024th ({@link #stopIfInterrupted}).
         */
        private void checkInterrupt() {
            if ((admitted++ & INTERRUPT_CHECK_MASK) == 0) {
                stopIfInterrupted();
            }
        }

        /** Stops the planning with a {@link CancellationException} when the thread is interrupted (status kept). */
        private void stopIfInterrupted() {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("planning of order " + Echo.escape(order.id())
                        + " interrupted (the thread's interrupt status is kept)");
            }
        }

        /**
         * The position of {@code origin}'s plan among a block's candidates, or -1; the scan counts a step per
         * {@link #SCAN_STEP} candidates (and one), so that the local moves' scans of long lists are bounded too.
         */
        private int indexOf(Priced block, String origin) {
            spend(1 + block.plans.size() / SCAN_STEP);
            for (int c = 0; c < block.plans.size(); c++) {
                if (block.plans.get(c).origin.equals(origin)) {
                    return c;
                }
            }
            return -1;
        }

        /** Whether one of the shipments is from {@code origin}. */
        private boolean used(Plan[] sh, String origin) {
            for (Plan p : sh) {
                if (p.origin.equals(origin)) {
                    return true;
                }
            }
            return false;
        }

        /** The blocks of the shipments by origin. */
        private Map<String, Integer> masksOf(Plan[] sh) {
            Map<String, Integer> masks = new java.util.TreeMap<>();
            for (Plan p : sh) {
                masks.put(p.origin, p.mask);
            }
            return masks;
        }

        /** The shipments with the lines {@code lines} of shipment {@code i} sent from {@code origin} instead. */
        private Map<String, Integer> moved(Plan[] sh, int i, int lines, String origin) {
            Map<String, Integer> masks = masksOf(sh);
            int left = sh[i].mask & ~lines;
            if (left == 0) {
                masks.remove(sh[i].origin);
            } else {
                masks.put(sh[i].origin, left);
            }
            masks.merge(origin, lines, (a, b) -> a | b);
            return masks;
        }

        /**
         * Whether the choice of this map of blocks by origin keeps the promise and comes before the best in the
         * planner's order (cost, then spec 4.3's); if so it is the best.
         */
        private boolean better(Map<String, Integer> masks) {
            stopIfInterrupted(); // each call prices a choice: far rarer than the search's candidates
            spend((long) PLAN_STEPS * masks.size());
            Choice c = choiceOf(masks, false);
            if (c == null) {
                return false;
            }
            int o = c.cost.compareTo(best.cost);
            if (o < 0 || (o == 0 && c.allocation.compareTo(best.allocation) < 0)) {
                best = c;
                return true;
            }
            return false;
        }

        @Override
        public List<Plan> candidates(int depth, int block) {
            spend(1);
            Priced c = priced(block);
            costsAt[depth] = c.costs;
            exactAt[depth] = c.exact;
            return c.plans;
        }

        /*
         * A candidate is cut, and every later one of its block with it (STOP), when no complete choice through it can
         * beat or tie the best in the planner's order (cost, then spec 4.3's order at the promised key): with least
         * of the lines left, its cost is at least the cost so far plus the least cost; on a tie of that bound with the
         * best's cost, it has at least depth + 1 shipments plus the least blocks, a joint probability at most the
         * product so far (later factors are <= 1) and a distance at least the distance so far plus the least
         * distance. Later candidates of the
         * block are dearer, or as dear and no more probable, or as probable and no nearer (Priced's order), so
         * whatever cuts this one cuts them. A joint probability below the confidence cuts this candidate only.
         */
        @Override
        public int admit(int depth, int i, Plan p, int left) {
            checkInterrupt();
            spend(1);
            BigDecimal total = costBefore[depth].add(costsAt[depth][i]);
            Least rest = least(left);
            if (rest == NO_PARTITION) {
                return STOP; // the lines left cannot be shipped, whichever candidate this is
            }
            BigDecimal joint = productBefore[depth].multiply(exactAt[depth][i]);
            double km = kmBefore[depth] + p.distanceKm;
            if (best != null && cannotWin(total.add(rest.cost), depth + 1 + rest.blocks, joint, km + rest.km)) {
                return STOP;
            }
            if (!Plan.reaches(joint.doubleValue(), ctx.confidence)) {
                return SKIP; // later factors are <= 1
            }
            costBefore[depth + 1] = total;
            productBefore[depth + 1] = joint;
            kmBefore[depth + 1] = km;
            chosenCost[depth] = costsAt[depth][i];
            return TAKE;
        }

        /**
         * Whether every complete choice of at least this cost and number of shipments, at most this exact joint
         * probability and at least this distance (kilometres summed in the path's order) comes after the best.
         * The allocation's distance is its kilometres summed in origin order, rounded to metres: a path's sum
         * differs from it by far less than half a metre, so only a sum over one metre beyond the best's cuts.
         */
        private boolean cannotWin(BigDecimal cost, int shipments, BigDecimal joint, double km) {
            int c = cost.compareTo(best.cost);
            if (c != 0) {
                return c > 0;
            }
            c = Integer.compare(shipments, best.allocation.shipments());
            if (c != 0) {
                return c > 0;
            }
            c = joint.compareTo(best.allocation.exactConfidence());
            if (c != 0) {
                return c < 0;
            }
            return km * 1000 > best.allocation.distanceMetres() + 1;
        }

        /**
         * A complete choice: kept when it keeps the promise and is cheaper than the best, or as cheap and before it in
         * spec 4.3's order. Its cost is the path's (a sum of exact decimals, the same in any order); a choice
         * dearer than the best is left before its allocation is made.
         */
        @Override
        public void complete(Plan[] chosen, int count) {
            spend(count);
            BigDecimal cost = costBefore[count];
            if (best == null || cost.compareTo(best.cost) <= 0) {
                Choice c = choice(chosen, chosenCost, count, cost, best);
                if (c != null) {
                    best = c;
                }
            }
        }

        /**
         * The allocation of these shipments, of this total cost, if it keeps the promise (joint probability as the
         * quote computes it, {@link Allocator#allocationAt}) and is better than {@code than} (null: any), else null.
         */
        Choice choice(Plan[] chosen, BigDecimal[] costs, int count, BigDecimal cost, Choice than) {
            // by origin id (insertion: at most maxShipments)
            int[] byOrigin = byOriginScratch.length >= count ? byOriginScratch : new int[count];
            for (int i = 0; i < count; i++) {
                int j = i;
                for (; j > 0 && chosen[byOrigin[j - 1]].origin.compareTo(chosen[i].origin) > 0; j--) {
                    byOrigin[j] = byOrigin[j - 1];
                }
                byOrigin[j] = i;
            }
            Plan[] plans = new Plan[count];
            for (int i = 0; i < count; i++) {
                plans[i] = chosen[byOrigin[i]];
            }
            Allocation a = Allocator.allocationAt(plans, key, ctx.confidence);
            if (a == null || (than != null && cost.compareTo(than.cost) == 0 && a.compareTo(than.allocation) >= 0)) {
                return null;
            }
            BigDecimal[] shipmentCosts = new BigDecimal[count];
            for (int i = 0; i < count; i++) {
                shipmentCosts[i] = costs[byOrigin[i]];
            }
            return new Choice(plans, shipmentCosts, cost, a);
        }

        Fulfilment fulfilment(Choice c) {
            List<PlannedShipment> shipments = new ArrayList<>();
            for (int i = 0; i < c.shipments.length; i++) {
                Plan p = c.shipments[i];
                Snapshot.Site site = snap.sites[p.site];
                long delivery = target.promisedAt(p.ownKey, snap);
                shipments.add(new PlannedShipment(site.id, site.zone, lines(p.mask), Instant.ofEpochSecond(p.startAt()),
                        Instant.ofEpochSecond(p.readyAt()),
                        p.shipAt() == OpenCalendar.NONE ? Optional.empty() : Optional.of(Instant.ofEpochSecond(p.shipAt())),
                        Instant.ofEpochSecond(delivery), p.distanceKm, c.costs[i]));
            }
            return new Fulfilment(promise.method(), promise.service().orElse(""), promise.location().orElse(""), promise.promisedAt(), promise.date(),
                    c.allocation.confidence(), c.cost, shipments);
        }
    }

    /** The promise's service or collect store in this network version. */
    private static Target target(Snapshot snap, PromiseOption promise) {
        if (promise.method() == Method.COLLECT) {
            String store = promise.location().orElseThrow(); // present for click and collect
            Integer i = snap.siteIndex.get(store);
            if (i == null) {
                throw new IllegalArgumentException("the promise's collect store " + Echo.quote(store)
                        + " is not in the current network version");
            }
            return Target.collect(snap.sites[i]);
        }
        String service = promise.service().orElseThrow(); // present for home delivery and courier
        for (Snapshot.HomeDelivery hd : snap.homeDeliveries) {
            if (promise.method() == Method.HOME_DELIVERY && hd.service.id().equals(service)) {
                return Target.of(hd);
            }
        }
        for (Snapshot.Courier c : snap.couriers) {
            if (promise.method() == Method.COURIER && c.service.id().equals(service)) {
                return Target.of(c);
            }
        }
        for (WindowService w : snap.scheduled) {
            if (promise.method() == Method.SCHEDULED && w.service.id().equals(service)) {
                return Target.of(w);
            }
        }
        throw new IllegalArgumentException("the promise's service " + Echo.quote(service) + " (" + promise.method()
                + ") is not in the current network version");
    }
}
