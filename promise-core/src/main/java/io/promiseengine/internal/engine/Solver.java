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
import io.promiseengine.internal.time.TimePoints;
import io.promiseengine.model.Band;
import io.promiseengine.model.Lane;
import io.promiseengine.model.MassFunction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Solves one target at one order instant: builds the candidate plans of every block of the cart (spec
 * 4.3 home delivery, 4.4 click and collect, 4.5 courier) and lets the {@link Allocator} choose.
 */
final class Solver {

    private final QuoteContext ctx;
    private final Target target;
    private final long orderAt;
    private final long horizon;
    private final long lastKey;
    /**
     * Candidates by block, computed without bounds: the lists of the blocks {@code masks[0 .. maskCount)} (a few
     * per solver, looked up in turn; made on first use: a probe may never ask).
     */
    private List<Plan>[] byMask;
    private int[] masks;
    private int maskCount;
    /** For order-by probes: the solver at the original order instant and the largest key kept; else null. */
    private final Solver original;
    private final long keepUpTo;
    private final LongMap<long[]> missed;
    private final ProbePlans probePlans;
    /** What the solvers of this target on a listing page share ({@link PageTarget}), or null. */
    private final PageTarget page;

    Solver(QuoteContext ctx, Target target, long orderAt) {
        this(ctx, target, orderAt, null, 0, null, null, null);
    }

    /**
     * The solver of a listing page's cart at the page's order instant ({@code ctx.orderAt()}), taking what does not
     * depend on the sku from {@code page}, which the page's solvers of the target share.
     */
    Solver(QuoteContext ctx, PageTarget page) {
        this(ctx, page.target, ctx.orderAt(), null, 0, null, null, page);
    }

    /**
     * What a listing page's solvers of one target share at the page's order instant, whatever the cart: the eligible
     * and candidate origins, the last key, whether the target is bounded, and the references to the page's own
     * structures its solvers would otherwise look up in {@link QuoteContext#oneLinePlans} one by one (the origin
     * order, the plans of origins available now, the class bounds); each set by the first solver that computes it.
     * Made once per target by the page; none of it depends on the cart's line (the contexts of
     * {@link QuoteContext#withLines} share the destination, the order instant, the confidence and those maps).
     */
    static final class PageTarget {
        final Target target;
        private boolean lastKeyKnown;
        private long lastKey;
        private int[] origins;
        private int[] candidateOrigins;
        private int bounded;
        private OriginOrder order;
        private LongMap<Plan> availableNow;
        private long[] classAt;
        private long[] classBounds;

        PageTarget(Target target) {
            this.target = target;
        }
    }

    /**
     * A probe at a later order instant: only sites whose plan for a block reached the confidence by
     * {@code keepUpTo} at the original instant are considered, since a later order never makes a site's
     * plan earlier (spec invariant 1, shipment by shipment), when {@code keepUpTo} is at most the original's
     * {@link #lastKey()}. Past it (a collect or courier date on the horizon's own date, whose last second is after
     * the horizon) every site is planned: a site whose plan ended after the original horizon had none there, and
     * a later order, whose horizon is later, may have it.
     */
    Solver(QuoteContext ctx, Target target, long orderAt, Solver original, long keepUpTo) {
        this(ctx, target, orderAt, original, keepUpTo, null);
    }

    /**
     * A probe that also skips the sites {@code missed} knows to miss {@code keepUpTo} for a block at an
     * instant at or before this one ({@code site << 32 | mask} to that instant), and records the ones it
     * finds: valid only where a later order never makes a site's plan earlier and no horizon cuts a plan
     * short, which the caller checks.
     */
    Solver(QuoteContext ctx, Target target, long orderAt, Solver original, long keepUpTo, LongMap<long[]> missed) {
        this(ctx, target, orderAt, original, keepUpTo, missed, null);
    }

    /**
     * As above, taking the plans of the origins from {@code probePlans} (what the order-by's earlier probes
     * learnt; null to plan every origin at this instant), under the same conditions.
     */
    Solver(QuoteContext ctx, Target target, long orderAt, Solver original, long keepUpTo, LongMap<long[]> missed,
           ProbePlans probePlans) {
        this(ctx, target, orderAt, original, keepUpTo, missed, probePlans, null);
    }

    private Solver(QuoteContext ctx, Target target, long orderAt, Solver original, long keepUpTo, LongMap<long[]> missed,
                   ProbePlans probePlans, PageTarget page) {
        this.page = page;
        this.probePlans = probePlans;
        this.missed = missed;
        this.original = original;
        this.keepUpTo = keepUpTo;
        this.ctx = ctx;
        this.target = target;
        this.orderAt = orderAt;
        this.horizon = orderAt + QuoteContext.HORIZON_SECONDS;
        if (page != null && page.lastKeyKnown) {
            this.lastKey = page.lastKey;
        } else {
            this.lastKey = target.homeDelivery() != null
                    ? ctx.lastDeliveryDay(target.homeDelivery(), horizon) : horizon;
            if (page != null) {
                page.lastKey = lastKey;
                page.lastKeyKnown = true;
            }
        }
    }

    /** Whether an allocation reaches the confidence at a key {@code <= key}. */
    boolean reachesBy(long key) {
        if (ctx.anyUnknownSku) {
            return false;
        }
        return new Allocator(ctx.lineCount, ctx.maxShipments, ctx.confidence, this::candidates, ctx.rules != null).reachesBy(key);
    }

    /**
     * {@link Allocator#coverBy}: a cover reaching the confidence at a key {@code <= key}, or null. Without a rule set.
     *
     * <p>A probe with {@link ProbePlans} first searches the plans its origins had at the latest start the order-by's
     * probes know at or before this one ({@link ProbePlans#optimistic}: as probable at every key as the plan of this
     * instant, or more, and planned by none of them): no cover there is no cover at all (a cover's product only grows
     * with its plans' probabilities); a cover there whose shipments' plans of this instant, planned then, still reach
     * the confidence together is a cover ({@link ProbePlans#holds}). Otherwise the origins are planned at this instant
     * and searched again.
     */
    int[] coverBy(long key) {
        if (ctx.anyUnknownSku) {
            return null;
        }
        if (probePlans != null && original != null) {
            optimistic = true;
            int[] cover;
            try {
                cover = new Allocator(ctx.lineCount, ctx.maxShipments, ctx.confidence, this::candidates, false).coverBy(key);
            } finally {
                optimistic = false;
            }
            maskCount = 0;
            if (cover == null || probePlans.holds(this, cover)) {
                return cover;
            }
        }
        return new Allocator(ctx.lineCount, ctx.maxShipments, ctx.confidence, this::candidates, false).coverBy(key);
    }

    /** Whether {@link #allCandidates} hands out {@link ProbePlans#optimistic} plans (during {@link #coverBy}'s first search). */
    private boolean optimistic;

    long lastKey() {
        return lastKey;
    }

    long orderAt() {
        return orderAt;
    }

    /**
     * The best allocation, or null. Best first (issue 14): an allocation's key is at or after the own key of
     * each of its shipments (the allocator starts at the latest of them, and a shipment short of the confidence
     * alone keeps the joint product short of it too), so the allocations of key at most {@code T} are made of
     * plans of own key at most {@code T} only, and so are all their ties. The allocator is run on those plans,
     * origins taken in the order of a lower bound of their own key ({@link #ownKeyBound}) and planned only when
     * the bound is at most {@code T}; an answer of key at most {@code T} is then the answer over every origin.
     * Otherwise {@code T} grows: to the key found, which the full search can only improve on, or else to the
     * next bound of an origin not planned yet.
     */
    Allocation solve() {
        if (ctx.anyUnknownSku) {
            return null;
        }
        if (original != null || !bounded()) {
            if (ctx.page && original == null && ctx.lineCount == 1 && ctx.maxShipments == 1 && ctx.rules == null) {
                // a listing page's one-line cart: one shipment, the best plan of every origin, no sorted list
                Plan best = bestOfAll(ctx.fullMask);
                return best == null ? null : Allocator.allocation(new Plan[] {best}, ctx.confidence);
            }
            return new Allocator(ctx.lineCount, ctx.maxShipments, ctx.confidence, this::candidates, ctx.rules != null).solve();
        }
        if (ctx.lineCount == 1) {
            // a one-line cart (a listing page's, or a quote's): one shipment, the best plan of the walk in bound order
            Pool whole = pool(ctx.fullMask);
            if (whole.shared != null) {
                Plan best = whole.bestSingle();
                return best == null ? null : Allocator.allocation(new Plan[] {best}, ctx.confidence);
            }
        }
        long limit = firstLimit();
        // with several lines and shipments, the first limit is the largest of the lines' smallest bounds: a key at or
        // before the earliest own key of that line's plans, which lets the allocator see that one origin shipping the
        // whole cart by then is the answer without planning the lines
        long linesFloor = ctx.lineCount > 1 && ctx.maxShipments > 1 ? limit : Long.MIN_VALUE;
        while (true) {
            long upTo = limit;
            Allocation a = new Allocator(ctx.lineCount, ctx.maxShipments, ctx.confidence,
                    m -> candidatesUpTo(m, upTo)).withLinesFloor(linesFloor).solve();
            if (limit == Long.MAX_VALUE || (a != null && a.key() <= limit)) {
                return a;
            }
            long next = nextBound(limit);
            limit = a != null ? a.key() : next;
        }
    }

    /**
     * For a listing page's one-line cart: the plan of the one shipment of {@link #solve}'s allocation, null for none,
     * without the allocation. {@link #solve} makes it of this plan alone ({@link Allocator#allocation}), whose key is
     * the plan's own key (never {@link OpenCalendar#NONE} here): the page compares its targets by that key and makes
     * the allocation of the best target of each method only.
     */
    Plan pageSingle() {
        if (!(ctx.page && original == null && ctx.lineCount == 1 && ctx.maxShipments == 1 && ctx.rules == null
                && orderAt == ctx.orderAt())) {
            throw new IllegalStateException("not a listing page's one-line cart at its order instant");
        }
        if (ctx.anyUnknownSku) {
            return null;
        }
        // solve()'s two ways for such a cart: every origin when not bounded, else the walk of the page's order
        return !bounded() ? bestOfAll(ctx.fullMask) : pool(ctx.fullMask).bestSingle();
    }

    /** At most this many eligible origins are all planned at once, without bounds (a small network). */
    private static final int FEW_ORIGINS = 32;

    /**
     * {@link #FEW_ORIGINS}, which only tests change (package-private, set and restored by the test that needs it):
     * {@link Integer#MAX_VALUE} plans every origin at once on any network, so that the bounded best-first path can be
     * compared with the plain search of every candidate ({@code BoundedPathMatchesPlainTest}).
     */
    static volatile int fewOrigins = FEW_ORIGINS;

    /**
     * A listing page's one-line cart walks the page's order of a target's origins from one holder of its sku to the next
     * ({@code Pool.held}) when its stock table has at most a {@code FEW_HOLDERS}-th as many entries as the order has
     * origins; otherwise it tests the order's positions one by one (a popular sku holds most of them).
     */
    private static final int FEW_HOLDERS = 8;

    /**
     * {@link #FEW_HOLDERS}, which only tests change (package-private, set and restored by the test that needs it): 0
     * walks from holder to holder for every sku, {@link Integer#MAX_VALUE} never.
     */
    static volatile int fewHolders = FEW_HOLDERS;

    /**
     * Whether {@link #ownKeyBound} bounds anything for this target: home delivery or courier, without a rule
     * set, with more than {@link #FEW_ORIGINS} eligible origins (with fewer, planning them all costs less than
     * the bounds and the allocator's runs at growing limits: the demo network's big carts).
     */
    private boolean bounded() {
        if (bounded == 0) {
            if (page != null && page.bounded != 0) {
                bounded = page.bounded;
            } else {
                bounded = (target.homeDelivery() != null || target.courier() != null) && ctx.rules == null
                        && origins().length > fewOrigins ? 1 : -1;
                if (page != null) {
                    page.bounded = bounded;
                }
            }
        }
        return bounded > 0;
    }

    /** {@link #bounded()}, once known: 1 yes, -1 no, 0 not yet. */
    private int bounded;

    /**
     * The first limit tried: no allocation has a key before the smallest bound of some origin of each line
     * (of the whole cart when it ships as one).
     */
    private long firstLimit() {
        if (ctx.lineCount == 1 || ctx.maxShipments == 1) {
            return pool(ctx.fullMask).firstBound();
        }
        long limit = Long.MIN_VALUE;
        for (int line = 0; line < ctx.lineCount; line++) {
            limit = Math.max(limit, pool(1 << line).firstBound());
        }
        return limit;
    }

    /** The smallest bound above {@code limit} of an origin not planned yet in any block asked so far; MAX for none. */
    private long nextBound(long limit) {
        long next = Long.MAX_VALUE;
        for (int i = 0; i < poolCount; i++) {
            next = Math.min(next, pools[i].boundAfter(limit));
        }
        return next;
    }

    /** The plans of every origin that can ship a block alone, sorted by {@link Plan#ownKey} then origin id. */
    List<Plan> candidates(int mask) {
        return candidatesUpTo(mask, Long.MAX_VALUE);
    }

    /**
     * The plans of {@link #candidates} whose own key is at most {@code limit} (the same first plans, in the same
     * order), planning only the origins whose {@link #ownKeyBound} is at most {@code limit}.
     */
    List<Plan> candidatesUpTo(int mask, long limit) {
        if (original == null && bounded()) {
            return pool(mask).upTo(limit);
        }
        List<Plan> all = allCandidates(mask);
        if (limit == Long.MAX_VALUE || all.isEmpty() || all.get(all.size() - 1).ownKey <= limit) {
            return all;
        }
        int n = 0;
        while (all.get(n).ownKey <= limit) {
            n++;
        }
        return all.subList(0, n);
    }

    /**
     * How many origins may have a plan of the block of own key at most {@code limit}: on the bounded path, those
     * whose {@link #ownKeyBound} is at most it, counted without planning them (at least the size of
     * {@code candidatesUpTo(mask, limit)}); else the size of that list. For ordering work only.
     */
    int countUpTo(int mask, long limit) {
        if (original == null && bounded()) {
            return pool(mask).countUpTo(limit);
        }
        return candidatesUpTo(mask, limit).size();
    }

    /**
     * Whether {@link #missesAt} may know anything: a quote's first solve (not a probe) on the bounded path (home
     * delivery or courier, without a rule set, many origins), whose classes {@link #tieClassCount} numbers.
     */
    boolean walksClasses() {
        return original == null && bounded();
    }

    /**
     * Whether every origin holding the block is known to have a plan of it missing {@code keyLimit} (an own key after
     * it) for an order at {@code u}, a later instant than this solver's, without planning any: on the bounded path of
     * a quote's first solve (its pool walks the quote's {@link ClassOrder}) only, false elsewhere and whenever it is
     * not known. An origin whose bound at this instant is past {@code keyLimit} misses it here and so at every later
     * instant (a later order never makes a plan earlier); of the others, an origin whose block is available by this
     * instant is one of its class's ({@link #planClass}, its group in the class order), and its own key at {@code u}
     * is at least the class's bound from {@code u} ({@link #boundFrom}, which depends on the origin only through what
     * the class shares, {@link #classBound}), so a class whose bound from {@code u} is past {@code keyLimit}, or that
     * {@code classMissed} knows to miss it from an instant at or before {@code u} ({@link #tieClasses}; null for
     * none), decides its members without reading them; an origin where a line of the block is available only later is
     * bounded alone, from {@code max(u, available)}. A bound that finds no instant (a search cut at this solver's
     * horizon, which a solver at {@code u} might pass) proves nothing.
     *
     * @param missesAt per class, whether its bound from {@code u} is known past {@code keyLimit}: 0 not asked yet, 1
     *     past it, -1 not; read and written here, so that the blocks asked at one {@code u} bound each class once
     *     (at least {@link #tieClassCount()} entries)
     */
    boolean missesAt(int mask, long u, long keyLimit, long[] classMissed, int[] missesAt) {
        if (!walksClasses() || u < orderAt) {
            return false;
        }
        Pool p = pool(mask);
        if (!(p.shared instanceof ClassOrder classes)) {
            return false;
        }
        for (int i = 0; i < p.order.length && p.boundAt(i) <= keyLimit; i++) {
            int site = p.sites[(int) p.order[i]];
            long b = boundFrom(site, Math.max(u, ctx.availableAt(site, mask)), true);
            if (b == OpenCalendar.NONE || b <= keyLimit) {
                return false;
            }
        }
        int count = tieClassCount();
        for (int i = 0, size = classes.size(); i < size && classes.bound(i) <= keyLimit; ) {
            int g = classes.group(i);
            int end = classes.groupEnd(i);
            if (g < count) {
                if (classMissed != null && classMissed[g] <= u) {
                    i = end;
                    continue;
                }
                if (missesAt[g] == 0) {
                    long b = boundFrom(classes.site(i), u, true);
                    missesAt[g] = b != OpenCalendar.NONE && b > keyLimit ? 1 : -1;
                }
                if (missesAt[g] > 0) {
                    i = end;
                    continue;
                }
            }
            // the class may keep it: so may any of its members holding the block
            for (; i < end; i++) {
                if (p.qualifies(i)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * On a pool walking a shared order ({@link Pool#shared}: a listing page's, or a quote's first solve): the origins
     * that may have a plan of the block of own key at most {@code limit}, those whose {@link #ownKeyBound} is at most
     * it, in the order {@link #candidatesUpTo} would
     * plan them, without planning them (a superset of the origins of {@code candidatesUpTo(mask, limit)}); null
     * elsewhere. For an order-by of one origin alone, to which an origin without such a plan is one that misses the
     * date at every instant. With each origin its position in the page's order ({@link Reaching}).
     */
    Reaching originsUpTo(int mask, long limit) {
        if (original != null || !bounded()) {
            return null;
        }
        Pool p = pool(mask);
        return p.shared == null ? null : p.originsUpTo(limit);
    }

    /**
     * {@link #originsUpTo}'s origins, the first {@code size} entries, each given by its position in the page's order of
     * the target's origins ({@link OriginOrder}: {@code entries[i] >= 0}), or for an origin where the line is available
     * only later (the pool's own exceptions) by {@code ~site}. The page's carts share that order: an origin is at the
     * same position for each, so that what the page learns of it can be kept by position. {@code sites}: the site of
     * each, as the walk read it; {@code mask} and {@code orderAt}: the pool's block and the solver's order instant (an
     * origin at a position of the order holds the block, available then; an exception has it only later).
     */
    record Reaching(int[] entries, int[] sites, int size, OriginWalk order, int mask, long orderAt) {

        /** The site of origin {@code i}. */
        int site(int i) {
            return sites[i];
        }

        /** The position of origin {@code i} in the page's order, -1 for one of the pool's own exceptions. */
        int position(int i) {
            return Math.max(entries[i], -1);
        }

        /** How many origins the page's order has. */
        int orderSize() {
            return order.size();
        }
    }

    /**
     * {@link #tieClasses}'s class of one origin whose block is available at this solver's order instant, on the
     * bounded path: -1 for none.
     */
    int tieClass(int site) {
        return planClass(site);
    }

    /** Per block: the origins holding it in the order of their bound, those planned so far, and their plans. */
    private Pool[] pools;
    private int poolCount;

    private Pool pool(int mask) {
        // a few blocks per solver (the lines, the whole cart, the blocks of a cover): looked up in turn
        for (int i = 0; i < poolCount; i++) {
            if (pools[i].mask == mask) {
                return pools[i];
            }
        }
        if (pools == null) {
            pools = new Pool[8];
        } else if (poolCount == pools.length) {
            pools = Arrays.copyOf(pools, poolCount * 2);
        }
        Pool p = new Pool(mask);
        pools[poolCount++] = p;
        return p;
    }

    /**
     * The origins that may ship a block, ordered by {@link #ownKeyBound}, planned in that order as far as a limit
     * asks: every origin whose plan has an own key at most the limit is planned.
     *
     * <p>At the context's order instant the origins whose block is available then are walked in an order of the
     * target's origins shared by the solvers of the quote, skipping those that do not hold the block: on a listing
     * page the page's {@link OriginOrder} (made once for the page's carts), else the quote's {@link ClassOrder} (the
     * classes of origins by bound, their members read only as far as the limit reaches); only the origins where
     * the block is available later (the context's late sites) are bounded and sorted here, merged in by bound. At
     * another instant every origin holding the block is bounded and sorted here (ties by site index). Either way
     * the origins planned for a limit are exactly those whose bound is at most the limit, and the plans handed
     * out are sorted by own key and origin id, so they are the same.
     */
    private final class Pool {
        private final int mask;
        /** The shared order of the target's origins, or null (then {@link #order} has every origin holding the block). */
        private final OriginWalk shared;
        /** In {@link #shared}: every origin before this position is planned or does not qualify. */
        private int cursor;
        /** In {@link #shared}: the position of the first origin that qualifies, -1 until known. */
        private int first = -1;
        /**
         * {@code (bound - base) << 32 | index into sites}, ascending: {@code base} the smallest bound, a difference
         * past 31 bits lowered to {@link #FAR} (still a lower bound), no plan at all {@link #NEVER}. With
         * {@link #shared}, only the origins whose block is available after the order instant.
         */
        private final long[] order;
        private long base = Long.MAX_VALUE;
        private final int[] sites;
        private int planned;
        /**
         * The plans made that reach the confidence alone, the first {@link #plannedCount} of an array from the
         * context's scratch space ({@link QuoteContext#plans}; a larger one taken when full), sorted as
         * {@link Allocator#sortInPlace} orders them; null until the first.
         */
        private Plan[] plans;
        private int plannedCount;
        private long listLimit = Long.MIN_VALUE;
        private List<Plan> list;

        Pool(int mask) {
            this.mask = mask;
            this.shared = original != null || orderAt != ctx.orderAt() ? null
                    : ctx.page && ctx.lineCount == 1 ? originOrder() : classOrder();
            this.held = shared instanceof OriginOrder o && ctx.lineCount == 1 ? heldPositions(o) : null;
            int[] origins;
            int n;
            if (shared != null) {
                // the exceptions: origins holding the block where a line of it is available only later
                origins = new int[ctx.lateCount()];
                n = 0;
                for (int i = 0; i < origins.length; i++) {
                    int site = ctx.late(i);
                    if (shared.member(site) && (ctx.holds(site) & mask) == mask && ctx.availableAt(site, mask) > orderAt) {
                        origins[n++] = site;
                    }
                }
                if (ctx.lineCount > 1 && n > 1) {
                    // a site is in the late list once per line available there later: once here
                    Arrays.sort(origins, 0, n);
                    int distinct = 1;
                    for (int i = 1; i < n; i++) {
                        if (origins[i] != origins[distinct - 1]) {
                            origins[distinct++] = origins[i];
                        }
                    }
                    n = distinct;
                }
                origins = Arrays.copyOf(origins, n);
            } else {
                origins = candidateOrigins();
                n = 0;
                for (int site : origins) {
                    if ((ctx.holds(site) & mask) == mask) {
                        n++;
                    }
                }
            }
            sites = new int[n];
            order = new long[n];
            n = 0;
            for (int i = 0; i < origins.length && n < sites.length; i++) {
                int site = origins[i];
                if ((ctx.holds(site) & mask) == mask) {
                    long bound = ownKeyBound(site, mask);
                    sites[n] = site;
                    order[n] = bound; // for now
                    if (bound != OpenCalendar.NONE) {
                        base = Math.min(base, bound);
                    }
                    n++;
                }
            }
            for (int i = 0; i < n; i++) {
                long b = order[i] == OpenCalendar.NONE ? NEVER : Math.min(order[i] - base, FAR);
                order[i] = b << 32 | i;
            }
            Arrays.sort(order);
        }

        private long boundAt(int i) {
            long b = order[i] >>> 32;
            return b == NEVER ? Long.MAX_VALUE : base + b;
        }

        /**
         * On a listing page's order, for a sku whose stock table has few entries ({@link #fewHolders}): the positions in
         * the order of the origins that qualify (hold the line, available at the order instant), ascending, the first
         * {@link #heldCount}; the walks then go from one to the next instead of testing the order's positions one by
         * one. Null otherwise.
         */
        private final int[] held;
        private int heldCount;

        /**
         * {@link #held} for the page's order {@code o}, or null when the sku's table has more than a
         * {@link #fewHolders}-th of the order's size in entries (or the sku is unknown): every origin that qualifies is
         * an entry of the line's table (a site not in it holds nothing), so the table's entries mapped to their
         * positions in the order, those that qualify, are exactly the positions that qualify.
         */
        private int[] heldPositions(OriginOrder o) {
            StockTable table = ctx.shortestTable();
            if (table == null || (long) table.size() * fewHolders > o.size()) {
                return null;
            }
            int[] positions = o.positions();
            int[] out = new int[table.size()];
            int n = 0;
            for (int e = 0, size = table.size(); e < size; e++) {
                int site = table.site(e);
                int p = positions[site];
                if (p >= 0 && holdsNow(site)) {
                    out[n++] = p;
                }
            }
            Arrays.sort(out, 0, n);
            heldCount = n;
            return out;
        }

        /** Whether the origin at position {@code i} of {@link #shared} holds the block, available at the order instant. */
        private boolean qualifies(int i) {
            return holdsNow(shared.site(i));
        }

        /**
         * Whether the site holds the block, available at the order instant. With one line the availability alone says
         * it: a site not holding the line is available never ({@link QuoteContext#availableAt} of a block not held is
         * {@link Long#MAX_VALUE}); a block of several lines is first rejected by the held mask in one read.
         */
        private boolean holdsNow(int site) {
            return ctx.lineCount == 1 ? ctx.availableAt(site, mask) <= orderAt
                    : (ctx.holds(site) & mask) == mask && ctx.availableAt(site, mask) <= orderAt;
        }

        /**
         * The position of the first origin of {@link #shared} at or after {@code i} that qualifies; its size for none.
         * Its site in {@link #qualifying}.
         */
        private int nextQualifying(int i) {
            if (held != null) {
                int k = Arrays.binarySearch(held, 0, heldCount, i);
                k = k < 0 ? -k - 1 : k;
                if (k < heldCount) {
                    qualifying = shared.site(held[k]);
                    return held[k];
                }
                return Math.max(i, shared.size());
            }
            for (int size = shared.size(); i < size; i++) {
                int site = shared.site(i);
                if (holdsNow(site)) {
                    qualifying = site;
                    return i;
                }
            }
            return i;
        }

        /** The site at the position {@link #nextQualifying} last answered (when below the size). */
        private int qualifying;

        /** How many origins of the pool have a bound at most {@code limit} (read, not planned). */
        int countUpTo(long limit) {
            int n = 0;
            while (n < order.length && boundAt(n) <= limit) {
                n++;
            }
            if (shared != null) {
                for (int i = 0; i < shared.size() && shared.bound(i) <= limit; i++) {
                    n += qualifies(i) ? 1 : 0;
                }
            }
            return n;
        }

        long firstBound() {
            long b = order.length == 0 ? Long.MAX_VALUE : boundAt(0);
            if (shared != null) {
                if (first < 0) {
                    first = nextQualifying(0);
                }
                if (first < shared.size()) {
                    b = Math.min(b, shared.bound(first));
                }
            }
            return b;
        }

        long boundAfter(long limit) {
            long next = Long.MAX_VALUE;
            for (int i = planned; i < order.length; i++) {
                long b = boundAt(i);
                if (b > limit) {
                    next = b;
                    break;
                }
            }
            if (shared != null) {
                for (int i = nextQualifying(cursor); i < shared.size(); i = nextQualifying(i + 1)) {
                    long b = shared.bound(i);
                    if (b > limit) {
                        next = Math.min(next, b);
                        break;
                    }
                }
            }
            return next;
        }

        /**
         * The plan the allocator would choose for one shipment among this pool's ({@link Allocator#singleOrder}: own key,
         * then probability, distance and origin id), without the sorted lists of {@link #upTo}: the origins are planned
         * in the order of their bounds until a bound is past the best own key found (its origin, and every later one,
         * has a later own key, and no tie), as the solve's growing limits would plan them. The origins without a bound
         * (no plan) are planned only when no other has a plan, as {@link #upTo} does at the unlimited limit. Null when
         * no origin has a plan. Leaves the pool's walk where it was.
         *
         * <p>On the page's order ({@link OriginOrder#planned}) the walk starts from the best plan earlier carts made
         * whose origin this cart holds at the order instant (the same plan for every cart that does), then plans only
         * the origins of the order no cart planned, and the cart's own, up to its own key. The answer is the same: the
         * best over every origin of the cart with a plan is either among the plans the page kept, then the first of
         * them the cart holds, or not planned yet, its bound at most its own key and so at most the key of any plan the
         * walk holds, so it is planned.
         */
        Plan bestSingle() {
            // a listing page's order (a quote's one-line cart walks its own ClassOrder: nothing kept)
            OriginOrder page = shared instanceof OriginOrder o ? o : null;
            // the best of the plans earlier carts of the page made whose origin this cart holds at the order instant
            Plan best = null;
            for (int k = 0, n = page == null ? 0 : page.plannedCount(); k < n; k++) {
                int position = page.plannedPosition(k);
                if (qualifies(position)) {
                    best = plan(page.site(position), mask);
                    break;
                }
            }
            // then, in the order of their bounds up to its own key, the origins no cart planned and the cart's own
            int own = 0;
            int at = page == null ? nextQualifying(0) : nextNotPlanned(page, 0);
            boolean unbounded = false;
            int skip;
            // a quote's first solve walks a ClassOrder: what after() last compared (not kept by the pool: a page has many)
            Skips skips = page == null && shared instanceof ClassOrder ? new Skips() : null;
            while (own < order.length || at < shared.size()) {
                long ownBound = own < order.length ? boundAt(own) : Long.MAX_VALUE;
                long sharedBound = at < shared.size() ? shared.bound(at) : Long.MAX_VALUE;
                long bound = Math.min(ownBound, sharedBound);
                if (bound == Long.MAX_VALUE && !unbounded) {
                    if (best != null) {
                        break;
                    }
                    unbounded = true;
                } else if (!unbounded && best != null && bound > best.ownKey) {
                    break;
                }
                Plan p;
                if (own < order.length && (at >= shared.size() || ownBound < sharedBound)) {
                    p = plan(sites[(int) order[own++]], mask);
                } else if (skips != null && !unbounded && best != null && (skip = after(at, best, skips)) != 0) {
                    // after the best by its class's plan (the whole group), or by a lower bound of its distance: not planned
                    at = nextQualifying(skip > 0 ? ((ClassOrder) shared).groupEnd(at) : at + 1);
                    continue;
                } else {
                    p = plan(shared.site(at), mask);
                    if (unbounded || page == null) {
                        at = nextQualifying(at + 1);
                    } else {
                        page.planned(at, p);
                        at = nextNotPlanned(page, at + 1);
                    }
                }
                if (p != null && p.ownKey != OpenCalendar.NONE && (best == null || Allocator.singleOrder(p, best) < 0)) {
                    best = p;
                }
            }
            return best;
        }

        /**
         * Whether the plan of the origin at position {@code at} of {@link #shared} (a {@link ClassOrder}: a quote's
         * first solve), its block available at the order instant, comes after {@code best} in {@link
         * Allocator#singleOrder}, decided without planning it. The members of its group are of one class ({@link
         * #planClass}), whose plan ({@link #classPlans}) is at least as early and as probable as each member's own
         * ({@link #tieClasses}): a class plan after the best by own key or probability puts the whole group after it
         * (1: the walk skips to the group's end); one tying with it there puts the origin after it when its distance,
         * rounded to the metre, is surely above the best's (a lower bound of its distance, {@link BandBounds#lower},
         * {@link BandBounds#pastMetres}; -1: the origin alone is skipped). 0 when that is not known
         * (the origin is then planned).
         */
        private int after(int at, Plan best, Skips skips) {
            if (classPlans == null || exclusions != null) {
                return 0;
            }
            ClassOrder classes = (ClassOrder) shared;
            int c = classes.group(at);
            Plan t = c < tieClassCount() ? classPlans[c] : null; // a courier's last group: out of every band
            if (t == null || t == NO_PLAN) {
                return 0;
            }
            if (t != skips.classPlan || best != skips.best) {
                skips.classPlan = t;
                skips.best = best;
                int order = Long.compare(t.ownKey, best.ownKey);
                if (order == 0) {
                    order = best.exactAt(best.ownKey).compareTo(t.exactAt(t.ownKey));
                }
                skips.compared = order;
            }
            if (skips.compared != 0) {
                return skips.compared > 0 ? 1 : 0;
            }
            if (ctx.destination == null) {
                return 0;
            }
            if (best != skips.pastBest) {
                skips.pastBest = best;
                skips.pastTerm = distanceBounds().pastMetres(best.distanceKm);
            }
            return distanceBounds().lower(classes.site(at)) > skips.pastTerm ? -1 : 0;
        }

        /**
         * The position of the first origin of the page's order at or after {@code i} that qualifies and that no cart
         * of the page planned; its size for none.
         */
        private int nextNotPlanned(OriginOrder page, int i) {
            if (held != null) {
                // from one qualifying position to the next, until one no cart planned
                i = nextQualifying(i);
                while (i < shared.size() && page.notPlanned(i) != i) {
                    i = nextQualifying(i + 1);
                }
                return i;
            }
            i = page.notPlanned(i);
            while (i < shared.size() && !qualifies(i)) {
                i = page.notPlanned(i + 1);
            }
            return i;
        }

        /** {@link Solver#originsUpTo}: the walk of {@link #upTo} as far as {@code limit}, without planning or moving on. */
        Reaching originsUpTo(long limit) {
            // in the context's scratch space (the knowledge of one search: a page's, or a quote's)
            int[] out = ctx.ints(64);
            int[] outSites = ctx.ints(64);
            int n = 0;
            int own = 0;
            int at = nextQualifying(0);
            while (true) {
                long ownBound = own < order.length ? boundAt(own) : Long.MAX_VALUE;
                long sharedBound = at < shared.size() ? shared.bound(at) : Long.MAX_VALUE;
                int entry;
                int site;
                if (ownBound < sharedBound && ownBound <= limit) {
                    site = sites[(int) order[own++]];
                    entry = ~site;
                } else if (sharedBound <= limit && sharedBound != Long.MAX_VALUE) {
                    entry = at;
                    site = qualifying;
                    at = nextQualifying(at + 1);
                } else {
                    break;
                }
                if (n == out.length || n == outSites.length) {
                    out = grown(out, n);
                    outSites = grown(outSites, n);
                }
                out[n] = entry;
                outSites[n++] = site;
            }
            return new Reaching(out, outSites, n, shared, mask, orderAt);
        }

        /** An array of the context's space twice as long as {@code n}, holding the first {@code n} entries of {@code a}. */
        private int[] grown(int[] a, int n) {
            int[] b = ctx.ints(2 * n);
            System.arraycopy(a, 0, b, 0, n);
            return b;
        }

        List<Plan> upTo(long limit) {
            if (list != null && limit == listLimit) {
                return list;
            }
            while (true) {
                // the next origin by bound: the exceptions' or the page order's (ties: the page's first)
                int site;
                long bound;
                boolean fromShared;
                if (shared != null) {
                    cursor = nextQualifying(cursor);
                }
                boolean sharedLeft = shared != null && cursor < shared.size();
                long sharedBound = sharedLeft ? shared.bound(cursor) : Long.MAX_VALUE;
                if (planned < order.length && (!sharedLeft || boundAt(planned) < sharedBound)) {
                    site = sites[(int) order[planned]];
                    bound = boundAt(planned);
                    fromShared = false;
                } else if (sharedLeft) {
                    site = shared.site(cursor);
                    bound = sharedBound;
                    fromShared = true;
                } else {
                    break;
                }
                if (limit != Long.MAX_VALUE && bound > limit) {
                    break;
                }
                Plan p = plan(site, mask);
                if (fromShared) {
                    cursor++;
                } else {
                    planned++;
                }
                if (p != null && p.ownKey != OpenCalendar.NONE) {
                    add(p);
                }
            }
            int n = 0;
            while (n < plannedCount && plans[n].ownKey <= limit) {
                n++;
            }
            // a copy: a later, larger limit adds plans to the pool, not to a list already handed out
            list = n == 0 ? List.of() : Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(plans, n)));
            listLimit = limit;
            return list;
        }

        /**
         * Adds a plan reaching the confidence alone, in its place by own key then origin id ({@link
         * Allocator#sortInPlace}'s order: a total order on the pool's plans, one per origin): the plans come nearly in
         * that order (by bound, a lower bound of the own key), so the place is usually the end.
         */
        private void add(Plan p) {
            if (plans == null) {
                plans = ctx.plans(16);
            } else if (plannedCount == plans.length) {
                Plan[] larger = ctx.plans(2 * plannedCount);
                System.arraycopy(plans, 0, larger, 0, plannedCount);
                plans = larger;
            }
            int j = plannedCount++;
            for (; j > 0; j--) {
                Plan q = plans[j - 1];
                if (Allocator.candidateOrder(q, p, ctx.snap) < 0) {
                    break;
                }
                plans[j] = q;
            }
            plans[j] = p;
        }
    }

    /**
     * The page's order of this target's candidate origins by their bound at the order instant ({@link OriginOrder}),
     * made by the first cart of the page that asks and kept in {@link QuoteContext#oneLinePlans}: the bound of an
     * origin available at the order instant is its class's ({@link #classBound}), which depends on the destination,
     * the instant and the confidence only.
     */
    private OriginOrder originOrder() {
        if (page != null && page.order != null) {
            return page.order;
        }
        OriginOrderOf key = new OriginOrderOf(target);
        OriginOrder o = (OriginOrder) ctx.oneLinePlans.get(key);
        if (o == null) {
            int[] origins = candidateOrigins();
            long[] bounds = new long[origins.length];
            handOvers = new HandOvers(ctx.longs(3 * HandOvers.SIZE, 0));
            for (int i = 0; i < origins.length; i++) {
                bounds[i] = classBound(origins[i]);
            }
            handOvers = null;
            o = new OriginOrder(origins, bounds, ctx.snap.sites.length);
            ctx.oneLinePlans.put(key, o);
        }
        if (page != null) {
            page.order = o;
        }
        return o;
    }

    /** The key of a target's {@link OriginOrder} in {@link QuoteContext#oneLinePlans}. */
    private record OriginOrderOf(Target target) {
    }

    /**
     * This solver's order of the target's candidate origins by class ({@link ClassOrder}), made by the first pool that
     * asks and kept for the others: each class's bound is computed once ({@link #classBound}, for its first member),
     * the classes sorted. For home delivery the members of a class are read only up to the first that holds a line of
     * the cart: a class without one is left out ({@link ClassOrder#LEFT_OUT}: no pool has its members), unbounded
     * (unless the context reads the lines' availability site by site). For a courier the classes are taken at each
     * band: the candidate origins near the destination that hold a line of the cart (no pool has the others), read in
     * the spatial index's order and sorted, are grouped by class and band (from bounds of the distance, {@link
     * BandBounds}, or the distance); those out of every band make a group without a plan.
     */
    private ClassOrder classOrder() {
        ClassOrder o = classOrder;
        if (o == null) {
            int[] grouped;
            int[] start;
            long[] bounds;
            Snapshot.HomeDelivery hd = target.homeDelivery();
            int count;
            int[] members = null;
            int memberCount = 0;
            // the arrays in the context's scratch space: kept until the quote is over, as this order is
            if (hd != null) {
                grouped = hd.classSites;
                start = hd.classStart;
                count = hd.classCount;
                bounds = ctx.longs(count, 0);
                if (!ctx.readsLazily()) {
                    // a class none of whose members holds a line is left out: not bounded, not walked (its members would
                    // never qualify for a pool); read until its first holder
                    for (int g = 0; g < count; g++) {
                        int i = start[g];
                        while (i < start[g + 1] && ctx.holds(grouped[i]) == 0) {
                            i++;
                        }
                        if (i == start[g + 1]) {
                            bounds[g] = ClassOrder.LEFT_OUT;
                        }
                    }
                }
            } else {
                Snapshot.Courier c = target.courier();
                // the candidate origins that hold a line, ascending: read from the origins near the destination in any
                // order, and those few sorted, unless the candidates are known (or are every eligible origin)
                boolean known = candidateOriginsCache != null || page != null || ctx.destination == null;
                int[] near = known ? candidateOrigins() : ctx.originsNearAnyOrder(c);
                int[] sites = ctx.ints(near.length);
                int n = 0;
                for (int site : near) {
                    if (ctx.holds(site) != 0) {
                        sites[n++] = site;
                    }
                }
                if (!known) {
                    Arrays.sort(sites, 0, n);
                }
                members = sites;
                memberCount = n;
                List<Band> bands = c.service.bands();
                count = c.classCount * bands.size() + 1; // the last: out of every band
                int[] group = ctx.ints(n);
                // the band of most origins is decided by bounds of their distance, without it (BandBounds): the exact
                // distance only when the bounds straddle a band edge (a plan computes its origin's when it needs it)
                BandBounds bounded = ctx.destination == null ? null : distanceBounds();
                for (int i = 0; i < n; i++) {
                    int band = -1;
                    if (bounded != null) {
                        band = bounded.band(sites[i]);
                        if (band == BandBounds.UNDECIDED) {
                            band = bandIndex(bands, ctx.distanceToDestination(sites[i]));
                        }
                    }
                    group[i] = band < 0 ? count - 1 : c.classOf[sites[i]] * bands.size() + band;
                }
                start = ctx.ints(count + 1);
                grouped = Snapshot.groupByClass(sites, n, group, count, start, ctx.ints(n), ctx.ints(count));
                bounds = ctx.longs(count, 0);
                bounds[count - 1] = OpenCalendar.NONE;
            }
            handOvers = new HandOvers(ctx.longs(3 * HandOvers.SIZE, 0));
            for (int g = 0; g < count; g++) {
                if (start[g + 1] > start[g] && (hd != null || g < count - 1) && bounds[g] != ClassOrder.LEFT_OUT) {
                    bounds[g] = classBound(grouped[start[g]]);
                }
            }
            handOvers = null;
            o = new ClassOrder(grouped, start, bounds, count, hd != null ? hd.eligible : null, members, memberCount,
                    ctx.longs(count, 0), ctx.ints(count));
            classOrder = o;
        }
        return o;
    }

    /** {@link #classOrder()}, once made. */
    private ClassOrder classOrder;

    /** {@link Pool}'s sentinel for an origin without a plan, and the largest difference of bounds it keeps. */
    private static final long NEVER = Integer.MAX_VALUE;
    private static final long FAR = Integer.MAX_VALUE - 1;

    /**
     * A lower bound of the own key of {@link #plan(int, int)} at this solver's order instant (null plans count
     * as {@link OpenCalendar#NONE}); {@link Long#MIN_VALUE} when there is none for this target. For home
     * delivery without a rule set: the preparation starts at an open instant at or after the earliest start
     * and takes at least its working time in seconds, so the parcel is collected no earlier than the first
     * collection at or after {@code nextOpen(earliest start) + preparation}; each delivery date is a
     * non-decreasing function of the collection instant ({@link QuoteContext#homeDeliveryDates}), so the date
     * of the lane's first value reaching the confidence, from that collection, bounds the own key. For a
     * courier the same way: dispatched no earlier than the first open instant of its hours at or after that
     * instant, plus the band's first value reaching the confidence.
     */
    long ownKeyBound(int site, int mask) {
        if (!bounded()) {
            return Long.MIN_VALUE;
        }
        long from = earliestStart(site, mask);
        if (from == Long.MAX_VALUE) {
            return OpenCalendar.NONE;
        }
        if (from == orderAt) {
            return classBound(site);
        }
        return boundFrom(site, from);
    }

    /**
     * {@link #ownKeyBound(int, int)} of a site whose block is available at this solver's order instant: the bound of
     * its class ({@link Snapshot.HomeDelivery#classOf}; for a courier, its class at its band), computed for the first
     * origin of the class asked at this instant and kept for the others. The bound depends on the origin only through
     * the open calendar, the preparation time, the collection schedule, the zone and the lane (courier: the band),
     * which the origins of a class share, and on the instant; origins available later (supply) are bounded one by
     * one. The bounds are kept by the solver at the original order instant, so that the order-by's probes at one
     * instant (a solver per origin) share them too.
     */
    private long classBound(int site) {
        int c;
        if (target.courier() != null) {
            if (ctx.destination == null) {
                return OpenCalendar.NONE;
            }
            int band = band(site);
            if (band < 0) {
                return OpenCalendar.NONE;
            }
            int cls = target.courier().classOf[site];
            c = cls < 0 ? -1 : cls * target.courier().service.bands().size() + band;
        } else {
            c = target.homeDelivery().classOf[site];
        }
        if (c < 0) {
            return boundFrom(site, orderAt); // not an eligible origin: no class
        }
        Solver keeper = original != null ? original : this;
        if (keeper.classAt == null && keeper.page != null && keeper.page.classAt != null) {
            keeper.classAt = keeper.page.classAt;
            keeper.classBounds = keeper.page.classBounds;
        }
        if (keeper.classAt == null) {
            // shared by the contexts of a listing page's carts (same instant, destination, confidence and limit)
            ClassBoundsOf key = new ClassBoundsOf(target);
            long[][] shared = (long[][]) ctx.oneLinePlans.get(key);
            if (shared == null) {
                int n = tieClassCount();
                shared = new long[][] {ctx.longs(n, Long.MIN_VALUE), ctx.longs(n, 0)};
                ctx.oneLinePlans.put(key, shared);
            }
            keeper.classAt = shared[0];
            keeper.classBounds = shared[1];
            if (keeper.page != null) {
                keeper.page.classAt = shared[0];
                keeper.page.classBounds = shared[1];
            }
        }
        if (keeper.classAt[c] != orderAt) {
            keeper.classBounds[c] = boundFrom(site, orderAt);
            keeper.classAt[c] = orderAt;
        }
        return keeper.classBounds[c];
    }

    /**
     * Per class, the order instant of the last bound {@link #classBound} computed ({@link Long#MIN_VALUE} for none)
     * and that bound; null until the first. Kept in {@link QuoteContext#oneLinePlans} under {@link ClassBoundsOf}, so
     * that the solvers of one context, and of the contexts a listing page makes with {@link QuoteContext#withLines},
     * share them: a bound depends on the cart only through the instant the lines are available, which the class
     * path asks to be the order instant.
     */
    private long[] classAt;
    private long[] classBounds;

    /** The key of a target's class bounds in {@link QuoteContext#oneLinePlans}. */
    private record ClassBoundsOf(Target target) {
    }

    /** The index of the first band reaching the distance ({@link QuoteContext#band}), or -1. */
    private static int bandIndex(List<Band> bands, double km) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).maxKm() >= km) {
                return i;
            }
        }
        return -1;
    }

    /** {@link #ownKeyBound(int, int)} of a site whose preparation may start at {@code from}, computed for it alone. */
    long boundFrom(int site, long from) {
        return boundFrom(site, from, false);
    }

    /**
     * {@link #boundFrom(int, long)}, or with {@code working} the own key of a preparation starting at the first open
     * instant at or after {@code from} (its class's plan, {@link #classPlans}, when the start's slot is not full): the
     * preparation's time counted in working time ({@link OpenCalendar#addWorkingTime}) instead of added to the start,
     * a bound as low as the origin's own key still (a full slot only starts it later), and as high as the bound or
     * higher.
     */
    private long boundFrom(int site, long from, boolean working) {
        Snapshot.Site s = ctx.snap.sites[site];
        if (target.courier() != null) {
            if (ctx.destination == null) {
                return OpenCalendar.NONE;
            }
            int b = band(site);
            if (b < 0) {
                return OpenCalendar.NONE;
            }
            Band band = target.courier().service.bands().get(b);
            long dispatch = working ? handOverOf(s, null, from, true) : handOver(s, null, from);
            if (dispatch == OpenCalendar.NONE) {
                return OpenCalendar.NONE;
            }
            MassFunction minutes = band.minutes();
            return dispatch + 60L * minutes.value(firstReaching(minutes));
        }
        Snapshot.HomeDelivery hd = target.homeDelivery();
        Lane lane = ctx.lane(hd, site);
        if (lane == null) {
            return OpenCalendar.NONE;
        }
        long ship = working ? handOverOf(s, hd.collections[site], from, true) : handOver(s, hd.collections[site], from);
        if (ship == OpenCalendar.NONE) {
            return OpenCalendar.NONE;
        }
        MassFunction days = lane.days();
        int value = days.value(firstReaching(days));
        return ctx.homeDeliveryDateShared(hd, value, ship, s.offsets);
    }

    /**
     * {@link #boundFrom}'s first instant the carrier may take a parcel of a site whose preparation may start at
     * {@code from}: the first collection ({@code collections}, home delivery) or the courier's first dispatch instant
     * (null) at or after the first open instant at or after {@code from} plus the preparation time;
     * {@link OpenCalendar#NONE} for none. It depends on the site only through its open calendar, its preparation time
     * and its collection schedule, which most origins share with many others (the classes of a service differ by
     * their zone and lane group too): while an order of the classes bounds them ({@link #handOvers}), the answers are
     * kept by those and read again.
     */
    private long handOver(Snapshot.Site s, TimePoints collections, long from) {
        HandOvers kept = handOvers;
        if (kept == null) {
            return handOverOf(s, collections, from, false);
        }
        for (int i = 0; i < kept.count; i++) {
            if (kept.of[2 * i] == s.open && kept.of[2 * i + 1] == collections && kept.at[3 * i] == s.prepSeconds
                    && kept.at[3 * i + 1] == from) {
                return kept.at[3 * i + 2];
            }
        }
        long at = handOverOf(s, collections, from, false);
        int i = kept.count < HandOvers.SIZE ? kept.count++ : (int) (kept.next++ % HandOvers.SIZE);
        kept.of[2 * i] = s.open;
        kept.of[2 * i + 1] = collections;
        kept.at[3 * i] = s.prepSeconds;
        kept.at[3 * i + 1] = from;
        kept.at[3 * i + 2] = at;
        return at;
    }

    /**
     * {@link #handOver}, computed; with {@code working}, from the preparation's end in working time
     * ({@link #boundFrom(int, long, boolean)}).
     */
    private long handOverOf(Snapshot.Site s, TimePoints collections, long from, boolean working) {
        long open = s.open.nextOpen(from, ctx.limit);
        if (open == OpenCalendar.NONE) {
            return OpenCalendar.NONE;
        }
        long ready = working ? s.open.addWorkingTime(open, s.prepSeconds, ctx.limit) : open + s.prepSeconds;
        if (ready == OpenCalendar.NONE) {
            return OpenCalendar.NONE;
        }
        return collections != null ? collections.next(ready, horizon)
                : target.courier().dispatch.nextOpen(ready, horizon);
    }

    /**
     * The answers of {@link #handOver} kept while {@link #classOrder} or {@link #originOrder} bounds the classes (set
     * there and cleared after, so that the solvers that bound origins one by one allocate nothing for it); null
     * otherwise.
     */
    private HandOvers handOvers;

    /** The last {@link #SIZE} answers of {@link #handOver}: per answer its calendar and collections, and its preparation time, instant and answer. */
    private static final class HandOvers {
        static final int SIZE = 8;
        final Object[] of = new Object[2 * SIZE];
        final long[] at;
        int count;
        long next;

        /** @param at space for {@code 3 * SIZE} longs (the context's) */
        HandOvers(long[] at) {
            this.at = at;
        }
    }

    /** The index of the first value whose cumulative mass reaches the confidence (the last one at worst). */
    private int firstReaching(MassFunction mf) {
        int j = 0;
        while (j < mf.size() - 1 && !Plan.reaches(mf.cumulative(j), ctx.confidence)) {
            j++;
        }
        return j;
    }


    /**
     * The plan the allocator would choose for one shipment of the block among the plans of every origin
     * ({@link Allocator#singleOrder}), without sorting them as {@link #allCandidates} does; null for none.
     */
    private Plan bestOfAll(int mask) {
        Plan best = null;
        for (int site : candidateOrigins()) {
            if ((ctx.holds(site) & mask) == mask) {
                Plan p = plan(site, mask);
                if (p != null && p.ownKey != OpenCalendar.NONE && (best == null || Allocator.singleOrder(p, best) < 0)) {
                    best = p;
                }
            }
        }
        return best;
    }

    /** The plans of every origin that can ship a block alone, computed without bounds. */
    private List<Plan> allCandidates(int mask) {
        List<Plan> c = null;
        for (int i = 0; i < maskCount && c == null; i++) {
            c = masks[i] == mask ? byMask[i] : null;
        }
        if (c == null && original != null && keepUpTo <= original.lastKey) {
            List<Plan> kept = original.candidatesUpTo(mask, keepUpTo);
            // at most one plan per plan kept: one list of that size, sorted in place (Allocator.sorted's order)
            List<Plan> plans = new ArrayList<>(kept.size());
            for (Plan before : kept) {
                long key = ((long) before.site << 32) | mask;
                long[] missedAt = missed == null ? null : missed.get(key);
                if ((missedAt != null && missedAt[0] <= orderAt) || aLineMissed(before.site, mask)) {
                    continue;
                }
                // a bound past keepUpTo is a plan past it: no need to plan it
                Plan p = optimistic ? probePlans.optimistic(this, before.site, mask, before)
                        : probePlans != null ? probePlans.plan(this, before.site, mask, before)
                        : ownKeyBound(before.site, mask) > keepUpTo ? null : plan(before.site, mask);
                // a plan reaching the confidence alone only after keepUpTo is in no allocation a probe accepts
                if (p != null && p.ownKey <= keepUpTo) {
                    plans.add(p);
                } else if (missed != null) {
                    if (missedAt == null) {
                        long[] at = ctx.small();
                        at[0] = orderAt;
                        missed.put(key, at);
                    } else {
                        missedAt[0] = orderAt;
                    }
                }
            }
            plans.removeIf(p -> p.ownKey == OpenCalendar.NONE);
            Allocator.sortInPlace(plans, ctx.snap);
            c = plans;
            keep(mask, c);
        }
        if (c == null) {
            c = sortedPlans(mask);
            keep(mask, c);
        }
        return c;
    }

    /** Keeps the candidates of a block in {@link #byMask}. */
    @SuppressWarnings("unchecked")
    private void keep(int mask, List<Plan> c) {
        if (byMask == null) {
            byMask = new List[4];
            masks = new int[4];
        } else if (maskCount == masks.length) {
            byMask = Arrays.copyOf(byMask, 2 * maskCount);
            masks = Arrays.copyOf(masks, 2 * maskCount);
        }
        byMask[maskCount] = c;
        masks[maskCount++] = mask;
    }

    /**
     * {@code Allocator.sorted(plansUpTo(mask, Long.MAX_VALUE), snap)} in one list of the size it needs: the plans of
     * every origin holding the block (in the same order, so asked alike) that reach the confidence alone, sorted.
     */
    private List<Plan> sortedPlans(int mask) {
        int holding = 0;
        for (int site : candidateOrigins()) {
            if ((ctx.holds(site) & mask) == mask) {
                holding++;
            }
        }
        List<Plan> plans = new ArrayList<>(holding);
        for (int site : candidateOrigins()) {
            if ((ctx.holds(site) & mask) == mask) {
                Plan p = plan(site, mask);
                if (p != null && p.ownKey != OpenCalendar.NONE) {
                    plans.add(p);
                }
            }
        }
        Allocator.sortInPlace(plans, ctx.snap);
        return plans;
    }

    /**
     * The plans of every origin that can ship a block alone with an own key at most {@code limit} ({@link
     * Long#MAX_VALUE}: every plan, those that never reach the confidence alone included), planned at once without
     * bounds and left in the order of the origins: the plans of {@link #candidatesUpTo}, for a caller that asks each
     * block once at one limit and orders them itself (the planner, {@link CostPlanner}, cheapest first).
     */
    List<Plan> plansUpTo(int mask, long limit) {
        List<Plan> plans = new ArrayList<>();
        for (int site : candidateOrigins()) {
            if ((ctx.holds(site) & mask) == mask) {
                Plan p = plan(site, mask);
                if (p != null && p.ownKey <= limit) {
                    plans.add(p);
                }
            }
        }
        return plans;
    }

    /**
     * Whether {@link #missed} knows that one line of a block alone misses {@code keepUpTo} at the site at an
     * instant at or before this one: then so does the block, whose plan waits for its latest line and
     * reaches the confidence no earlier than the plan of any of its lines alone.
     */
    private boolean aLineMissed(int site, int mask) {
        if (missed == null || Integer.bitCount(mask) == 1) {
            return false;
        }
        for (int rest = mask; rest != 0; rest &= rest - 1) {
            long[] at = missed.get(((long) site << 32) | Integer.lowestOneBit(rest));
            if (at != null && at[0] <= orderAt) {
                return true;
            }
        }
        return false;
    }

    private int[] candidateOriginsCache;

    /**
     * The origins that may have a plan: {@link #origins()}, less, for a courier, those the spatial index puts
     * out of reach of every band (they have no plan, spec 4.5).
     */
    private int[] candidateOrigins() {
        if (candidateOriginsCache == null) {
            if (page != null && page.candidateOrigins != null) {
                candidateOriginsCache = page.candidateOrigins;
            } else {
                candidateOriginsCache = target.courier() != null && ctx.destination != null
                        ? ctx.originsNear(target.courier()) : origins();
                if (page != null) {
                    page.candidateOrigins = candidateOriginsCache;
                }
            }
        }
        return candidateOriginsCache;
    }

    private int[] originsCache;

    /** The eligible origins of the target, by site index. */
    int[] origins() {
        if (originsCache == null && page != null && page.origins != null) {
            originsCache = page.origins;
        }
        if (originsCache == null) {
            if (target.store() != null) {
                // the store, then each route's origin once, in the order of the routes (without boxing)
                List<Snapshot.Route> routes = ctx.snap.routesTo.get(target.store().index);
                int[] sites = new int[1 + routes.size()];
                sites[0] = target.store().index;
                int n = 1;
                for (int r = 0, size = routes.size(); r < size; r++) {
                    int from = routes.get(r).from();
                    int i = 0;
                    while (i < n && sites[i] != from) {
                        i++;
                    }
                    if (i == n) {
                        sites[n++] = from;
                    }
                }
                originsCache = n == sites.length ? sites : Arrays.copyOf(sites, n);
            } else {
                originsCache = target.homeDelivery() != null ? target.homeDelivery().origins : target.courier().origins;
            }
            if (page != null) {
                page.origins = originsCache;
            }
        }
        return originsCache;
    }

    /**
     * How many times this solver was asked for a plan ({@link #plan(int, int)}, whether computed or shared): the work
     * of its search, which tests pin ({@code BoundedPathWorkTest}: the bounded path plans only the origins its limit
     * reaches). A plain count, read by tests only.
     */
    long plansAsked;

    /** The plan of a site shipping a block, or null when it cannot within the horizon. */
    @SuppressWarnings("unchecked")
    Plan plan(int site, int mask) {
        plansAsked++;
        if (ctx.lineCount != 1 || ctx.rules != null || orderAt != ctx.orderAt()) {
            return computePlan(site, mask);
        }
        // a one-line cart's plan depends on the line only through the instant it is available at the site
        long available = ctx.availableAt(site, mask);
        if (available == Long.MIN_VALUE) {
            // available now, the usual case: by site, in this target's map (looked up once per solver; on a listing page
            // once per target of the page, its PageTarget)
            if (availableNow == null) {
                availableNow = page != null ? page.availableNow : null;
                if (availableNow == null) {
                    availableNow = (LongMap<Plan>) ctx.oneLinePlans.computeIfAbsent(target, k -> new LongMap<Plan>(64));
                    if (page != null) {
                        page.availableNow = availableNow;
                    }
                }
            }
            Plan p = availableNow.get(site);
            if (p == null) {
                // kept here only: the solver's own map of plans by site and latest line would hold it twice
                p = planOfBlock(site, mask);
                availableNow.put(site, p == null ? NO_PLAN : p);
            }
            return p == NO_PLAN ? null : p;
        }
        OneLine key = new OneLine(target, site, available);
        Plan p = (Plan) ctx.oneLinePlans.get(key);
        if (p == null) {
            p = computePlan(site, mask);
            ctx.oneLinePlans.put(key, p == null ? NO_PLAN : p);
        }
        return p == NO_PLAN ? null : p;
    }

    /** The shared plans of one-line carts whose line is available now, by site, for this solver's target. */
    private LongMap<Plan> availableNow;

    private record OneLine(Target target, int site, long available) {
    }

    private static final Plan NO_PLAN = new Plan(-1, "", 0, List.of(), 0, 0, 0, 0, new long[0], new double[0],
            new BigDecimal[0], 1.0);

    /**
     * Plans of this solver by site and the line whose availability the block waits for ({@code site * 32 +
     * line}, or {@code site * 32 + NOW} when every line is available at the order instant; {@link #NO_PLAN} for none): a block's plan depends on its lines only through the instant the
     * last of them is available at the site, so the blocks of a cart share the plans of an origin.
     */
    private LongMap<Plan> byLatestLine;

    /**
     * Under a rule set, plans of this solver by site then start instant ({@link #NO_PLAN} for none): a filter's
     * answer joins the start condition line by line, so the latest line alone no longer decides a block's plan,
     * but its start still does.
     */
    private LongMap<LongMap<Plan>> byStart;
    /** The slot of {@link #byLatestLine} for a block whose lines are all available at the order instant. */
    private static final int NOW = 31;

    private Plan computePlan(int site, int mask) {
        if (ctx.rules != null) {
            return ruledPlan(site, mask);
        }
        int latest = -1;
        long avail = Long.MIN_VALUE;
        for (int i = 0; i < ctx.lineCount; i++) {
            if ((mask & (1 << i)) != 0) {
                long at = ctx.available(site, i);
                if (latest < 0 || at > avail) {
                    latest = i;
                    avail = at;
                }
            }
        }
        // every line already available at the order instant starts the same preparation: one plan for all of them
        long key = (long) site * 32 + (avail <= orderAt ? NOW : latest);
        // a block's plan is its latest line's with the block's lines: planned with them the first time (no copy)
        if (firstPlan == null) {
            // the first plan of a solver is kept aside: a probe often plans one block of one origin, and needs no map
            Plan computed = planOfBlock(site, mask);
            firstPlan = computed == null ? NO_PLAN : computed;
            firstKey = key;
            return relabelled(firstPlan, site, mask);
        }
        if (key == firstKey) {
            return relabelled(firstPlan, site, mask);
        }
        if (byLatestLine == null) {
            // a probe plans a few origins, a bounded first solve those whose bound is in reach; else every origin holding a line
            byLatestLine = ctx.longMap(original != null ? 8 : bounded() ? 128
                    : Math.min(origins().length, 4096) * Math.min(ctx.lineCount, 4));
        }
        Plan shared = byLatestLine.get(key);
        if (shared == null) {
            Plan computed = planOfBlock(site, mask);
            shared = computed == null ? NO_PLAN : computed;
            byLatestLine.put(key, shared);
        }
        return relabelled(shared, site, mask);
    }

    /** The first plan {@link #computePlan} made (or {@link #NO_PLAN}), null before; and its key in {@link #byLatestLine}'s terms. */
    private Plan firstPlan;
    private long firstKey;

    /** A shared plan (or {@link #NO_PLAN}) for the block of a mask: itself, or a copy naming the block's lines. */
    Plan relabelled(Plan shared, int site, int mask) {
        if (shared == NO_PLAN || shared.mask == mask) {
            return shared == NO_PLAN ? null : shared;
        }
        // every plan of a context is made at its confidence: the shared plan's own key is the copy's
        return shared.forOrigin(site, shared.origin, mask, ctx.sortedSkus(mask), shared.distanceKm);
    }

    /** The plan of a site shipping a block under a rule set, shared with the blocks starting at the same instant. */
    private Plan ruledPlan(int site, int mask) {
        long from = earliestStart(site, mask);
        if (from == Long.MAX_VALUE) {
            return excluded(site, mask, Exclusion.NEVER_AVAILABLE);
        }
        Exclusion unreachable = reach(site);
        if (unreachable != null) {
            return excluded(site, mask, unreachable);
        }
        Readiness prep = ctx.rules.prepare(ctx, target, site, mask, from);
        if (!prep.prepared()) {
            return excluded(site, mask, refused(prep, from));
        }
        if (exclusions != null) {
            // recording: each block decided by its own steps, not shared with the blocks starting at the same instant
            return planOfPreparation(site, mask, from, prep);
        }
        if (byStart == null) {
            byStart = ctx.longMap(8);
        }
        LongMap<Plan> plans = byStart.get(site);
        if (plans == null) {
            plans = ctx.longMap(8);
            byStart.put(site, plans);
        }
        Plan shared = plans.get(prep.start());
        if (shared == null) {
            Plan computed = planOfPreparation(site, mask, from, prep);
            shared = computed == null ? NO_PLAN : computed;
            plans.put(prep.start(), shared);
        }
        return relabelled(shared, site, mask);
    }

    /**
     * The plan of a site shipping a block without a rule set, computed; on the bounded path, for an origin whose
     * block is available at this solver's order instant, taken from its class's plan when it has one
     * ({@link #classPlan}): in the first solve and in the order-by's probes alike (a probe at a later instant plans
     * with the same calendars, slot loads and search limit, {@link QuoteContext#limit}, for every origin of a class).
     */
    private Plan planOfBlock(int site, int mask) {
        long from = earliestStart(site, mask);
        if (from == Long.MAX_VALUE) {
            return excluded(site, mask, Exclusion.NEVER_AVAILABLE);
        }
        int c = from == orderAt && bounded() ? planClass(site) : -1;
        // a class with a plan is reachable (the same lane or band for each origin); not taken while recording
        // exclusions (a class's NO_PLAN keeps no reason): the site's own steps decide, with the same answer
        if (c >= 0 && classPlans != null && classPlans[c] != null && exclusions == null
                && (classOpen[c] == OpenCalendar.NONE || ctx.startsAt(site, classOpen[c]))) {
            Plan t = classPlans[c];
            return t == NO_PLAN ? null : t.forOrigin(site, ctx.snap.sites[site].id, mask, ctx.sortedSkus(mask),
                    ctx.distanceToDestination(site));
        }
        Exclusion unreachable = reach(site);
        if (unreachable != null) {
            return excluded(site, mask, unreachable);
        }
        Readiness prep = ctx.prepare(site, from);
        Plan p = planOfPreparation(site, mask, from, prep);
        if (c >= 0) {
            classPlan(c, site, from, prep, p);
        }
        return p;
    }

    /**
     * Per class of origins at this solver's order instant ({@link #planClass}), a plan of one of its origins whose
     * block is available then and whose preparation started at the first open instant at or after it
     * ({@link #NO_PLAN} for no plan, null while none is known), and that instant ({@link OpenCalendar#NONE} for a
     * calendar closed up to the limit). The plan of an origin depends on it only through the open calendar and
     * preparation time (the same instant of start, and so of readiness), the collection schedule, the zone and the
     * lane (courier: the band), which the origins of a class share, and, for the start, the slot load: an origin of
     * the class whose slot at that instant is not full starts then too, and its plan is the class's with its own
     * site, id and distance.
     */
    private Plan[] classPlans;
    private long[] classOpen;

    /** Keeps the plan of a site of class {@code c} as its class's when its preparation started at the first open instant. */
    private void classPlan(int c, int site, long from, Readiness prep, Plan p) {
        if (classPlans == null) {
            int n = tieClassCount();
            classPlans = ctx.plans(n);
            classOpen = ctx.longs(n, 0);
        }
        if (classPlans[c] != null) {
            return;
        }
        long open = ctx.snap.sites[site].open.nextOpen(from, ctx.limit);
        if (open == OpenCalendar.NONE || (prep.prepared() && prep.start() == open)) {
            // closed up to the limit (no plan for any origin of the class), or started at the first open instant
            classPlans[c] = p == null ? NO_PLAN : p;
            classOpen[c] = open;
        }
    }

    /**
     * Per position of {@code sites}: the class ({@link #planClass}) of an origin whose block is available at this
     * solver's order instant, -1 for the others and for every origin under a rule set (a rule may refuse one origin of
     * a class and not another) or for a target without classes (click and collect); null when no position has one.
     * On the bounded path only (so that {@code BoundedPathMatchesPlainTest}'s plain search shares none of it). For
     * such an origin and an order at any instant {@code u} from this one on, the plan of the class at {@code u} (a
     * preparation starting at the class calendar's first open instant at or after {@code u}) is at least as probable
     * at every key as the origin's own (its slot there may be full, and a later start is never more probable: each
     * step of a plan is a "first instant at or after"), and it is the origin's own when that slot is not full
     * ({@link #startsFirst}): a miss of the date by such an origin at {@code u} is a miss by every origin of the class.
     */
    int[] tieClasses(int[] sites, int mask) {
        return tieClasses(sites, mask, null);
    }

    /**
     * {@link #tieClasses(int[], int)} of {@code sites}, the origins of {@code reaching} ({@link #originsUpTo}, null
     * for none) in its order: an origin at a position of a quote's {@link ClassOrder} takes its class from its group
     * there (the group of a courier origin is its class at its band, as {@link #planClass} numbers them, that of an
     * origin out of every band the last, which is no class), without its band looked up again.
     */
    int[] tieClasses(int[] sites, int mask, Reaching reaching) {
        if (!bounded()) {
            // under a rule set, click and collect, or few origins
            return null;
        }
        ClassOrder walk = reaching != null && reaching.order() instanceof ClassOrder o ? o : null;
        int count = walk != null ? tieClassCount() : 0;
        // a walk of this block at this instant read each origin's availability: one at a position of the order has
        // the block available at the instant, one of the pool's exceptions only later (not looked up again)
        boolean read = walk != null && reaching.mask() == mask && reaching.orderAt() == orderAt;
        int[] classes = null;
        for (int i = 0; i < sites.length; i++) {
            int c = -1;
            int at = walk != null ? reaching.position(i) : -1;
            if (read ? at >= 0 : ctx.availableAt(sites[i], mask) <= orderAt) {
                if (at >= 0) {
                    int g = walk.group(at);
                    c = g < count ? g : -1;
                } else {
                    c = planClass(sites[i]);
                }
            }
            if (c >= 0 && classes == null) {
                classes = new int[sites.length];
                Arrays.fill(classes, 0, i, -1);
            }
            if (classes != null) {
                classes[i] = c;
            }
        }
        return classes;
    }

    /** How many classes {@link #planClass} numbers (those of {@link #classBound}, {@link #classPlans}, {@link #tieClasses}). */
    int tieClassCount() {
        return target.courier() != null
                ? target.courier().classCount * target.courier().service.bands().size()
                : target.homeDelivery().classCount;
    }

    /**
     * Whether the preparation of a site for an order at {@code u}, its block available by then, starts at the first
     * open instant of its calendar at or after {@code u} (its slot there is not full), or no instant is open up to
     * the search limit (no origin of its class has a plan then): either way its plan at {@code u}, or the lack of one,
     * is its class's ({@link #tieClasses}).
     */
    boolean startsFirst(int site, long u) {
        long open = ctx.snap.sites[site].open.nextOpen(u, ctx.limit);
        return open == OpenCalendar.NONE || ctx.startsAt(site, open);
    }

    /** The class of a site for {@link #classPlans} (courier: its class at its band), -1 for none. */
    private int planClass(int site) {
        if (target.courier() != null) {
            int cls = target.courier().classOf[site];
            if (cls < 0 || ctx.destination == null) {
                return -1;
            }
            List<Band> bands = target.courier().service.bands();
            int band = band(site);
            return band < 0 ? -1 : cls * bands.size() + band;
        }
        return target.homeDelivery() != null ? target.homeDelivery().classOf[site] : -1;
    }

    /**
     * A courier's band of a site (the index of the first band reaching its distance to the destination, -1 for none),
     * read from its distance when already computed, or on a listing page (whose carts share the distances: each is
     * computed once per page), else from {@link #distanceBounds} when they decide it, else from the distance: a
     * quote computes a distance only for a site near a band edge (and for those an answer or a tie reads).
     */
    private int band(int site) {
        double known = ctx.page ? ctx.distanceToDestination(site) : ctx.knownDistanceToDestination(site);
        if (!Double.isNaN(known)) {
            return bandIndex(target.courier().service.bands(), known);
        }
        int band = distanceBounds().band(site);
        return band != BandBounds.UNDECIDED ? band : bandIndex(target.courier().service.bands(), ctx.distanceToDestination(site));
    }

    /**
     * Cheap bounds of the distances to the destination ({@link BandBounds}; a courier's bands, none for another method),
     * made on first use and kept in {@link QuoteContext#oneLinePlans} under {@link DistanceBoundsOf} (shared by the
     * solvers of the context, and of a listing page's carts, which have one destination), and by the solver at the
     * original order instant for its probes. The destination is not null.
     */
    private BandBounds distanceBounds() {
        Solver keeper = original != null ? original : this;
        if (keeper.distanceBounds == null) {
            DistanceBoundsOf key = new DistanceBoundsOf(target);
            BandBounds b = (BandBounds) ctx.oneLinePlans.get(key);
            if (b == null) {
                b = new BandBounds(target.courier() != null ? target.courier().service.bands() : List.of(),
                        ctx.destination, ctx.snap.places);
                ctx.oneLinePlans.put(key, b);
            }
            keeper.distanceBounds = b;
        }
        return keeper.distanceBounds;
    }

    /**
     * What {@link Pool#after} last compared during one walk of {@code bestSingle}: a class's plan against the best
     * ({@code compared}, {@link Allocator#singleOrder}'s sign on own key and probability), and the best whose rounded
     * metres {@code pastTerm} is ({@link BandBounds#pastMetres}).
     */
    private static final class Skips {
        Plan classPlan;
        Plan best;
        int compared;
        Plan pastBest;
        double pastTerm;
    }

    /** {@link #distanceBounds()}, once made. */
    private BandBounds distanceBounds;

    /** The key of a target's {@link #distanceBounds()} in {@link QuoteContext#oneLinePlans}. */
    private record DistanceBoundsOf(Target target) {
    }

    /**
     * The plan of a site shipping a block whose preparation, asked from {@code from}, is {@code prep}
     * ({@link QuoteContext#prepare}'s answer, or {@link RuleGate#prepare}'s).
     */
    private Plan planOfPreparation(int site, int mask, long from, Readiness prep) {
        if (!prep.prepared()) {
            return excluded(site, mask, refused(prep, from));
        }
        if (prep.ready() > horizon) {
            return excluded(site, mask, Exclusion.NOT_READY);
        }
        Plan p = switch (target.method()) {
            case HOME_DELIVERY -> homeDelivery(site, mask, prep.start(), prep.ready());
            case COURIER -> courier(site, mask, prep.start(), prep.ready());
            case COLLECT -> collect(site, mask, prep.start(), prep.ready());
            // spec 4.7 has its own search, WindowSearch, which decides from the ready instant
            case SCHEDULED -> excluded(site, mask, Exclusion.NONE);
        };
        if (p != null && exclusions != null) {
            exclusions.put(key(site, mask), p.ownKey == OpenCalendar.NONE ? Exclusion.SHORT : Exclusion.NONE);
        }
        return p;
    }

    /**
     * The checks that do not depend on time: a lane (home delivery, {@link Exclusion#NO_LANE}), a band (courier,
     * {@link Exclusion#OUT_OF_RANGE}, also without a destination); null when the site passes them. The one place these
     * are decided: planning asks it before the preparation, explain for every origin (one that holds nothing too).
     */
    Exclusion reach(int site) {
        if (target.homeDelivery() != null) {
            return ctx.lane(target.homeDelivery(), site) == null ? Exclusion.NO_LANE : null;
        }
        if (target.courier() != null) {
            return ctx.destination == null
                    || QuoteContext.band(target.courier().service.bands(), ctx.distanceToDestination(site)) == null
                    ? Exclusion.OUT_OF_RANGE : null;
        }
        return null;
    }

    /**
     * Why a site has no plan for a block (explain, spec 3), as the solver decides it step by step: what the site is
     * ({@link #reach}), when the block is available, its preparation (spec 4.2, under a rule set with the filters),
     * then the method's own step (a collection, a dispatch, a route to the store), then the confidence. {@link #NONE}
     * for a plan reaching the confidence within the horizon (SCHEDULED: a preparation ready by it, the window search
     * deciding the rest).
     */
    enum Exclusion {
        /** No lane from the site to the destination (home delivery, spec 4.3). */
        NO_LANE,
        /** No band reaches the site's distance, or the destination has no position (courier, spec 4.5). */
        OUT_OF_RANGE,
        /** A line of the block is never available at the site. */
        NEVER_AVAILABLE,
        /** The rule set's filters refuse the lines at every instant a preparation could start. */
        RULE,
        /** Closed the whole time the preparation looked at. */
        CLOSED,
        /** Open, but every preparation slot full. */
        NO_CAPACITY,
        /** Not ready by the horizon: the preparation ends past it, or the lines arrive after it. */
        NOT_READY,
        /** No collection between the ready instant and the horizon (home delivery). */
        NO_COLLECTION,
        /** The courier does not dispatch between the ready instant and the horizon. */
        NO_DISPATCH,
        /** The store cannot have the block collectable by the horizon (click and collect). */
        NOT_COLLECTABLE,
        /** A plan, short of the confidence within the horizon. */
        SHORT,
        /** Not excluded. */
        NONE
    }

    /**
     * Per {@link #key} of a block at a site, why the solver gave it no plan ({@link Exclusion#NONE} when it gave one
     * reaching the confidence), recorded where each step decides it; null unless an explained quote asked for it
     * ({@link #recordExclusions}), so that a quote without {@code explain} records nothing.
     */
    private LongMap<Exclusion> exclusions;

    /** Records, from now on, why each block this solver plans has no plan ({@link #exclusion}): for explain. */
    void recordExclusions() {
        if (exclusions == null) {
            exclusions = new LongMap<>();
        }
    }

    /**
     * Why the site has no plan for the block ({@link Exclusion#NONE}: it has one reaching the confidence), read from
     * what this solver recorded when it planned the block. A block it did not decide itself (its best-first walk
     * stopped before the site, the block took the plan of another block of the site waiting for the same line, or of
     * the site's class, or explain asks for a block no allocation needs) is decided now by the same steps, planning it
     * at this solver's instant without the shared plans, which records its reason: no step is written twice.
     */
    Exclusion exclusion(int site, int mask) {
        recordExclusions();
        long key = key(site, mask);
        Exclusion e = exclusions.get(key);
        if (e == null) {
            if (ctx.rules != null) {
                ruledPlan(site, mask);
            } else {
                planOfBlock(site, mask);
            }
            e = exclusions.get(key);
        }
        return e;
    }

    /** What this solver recorded for the block at the site, without deciding it (null: nothing); for tests. */
    Exclusion recorded(int site, int mask) {
        return exclusions == null ? null : exclusions.get(key(site, mask));
    }

    private static long key(int site, int mask) {
        return (long) site << 32 | mask;
    }

    /** Records why the block has no plan at the site when recording ({@link #exclusions}); null, the plan it has. */
    private Plan excluded(int site, int mask, Exclusion why) {
        if (exclusions != null) {
            exclusions.put(key(site, mask), why);
        }
        return null;
    }

    /** The exclusion of a refused preparation asked from {@code from}: a rule's, or past the horizon when the lines arrive after it. */
    private Exclusion refused(Readiness prep, long from) {
        return switch (prep.refusal()) {
            case RULE -> Exclusion.RULE;
            case CLOSED -> from > horizon ? Exclusion.NOT_READY : Exclusion.CLOSED;
            case NO_CAPACITY -> from > horizon ? Exclusion.NOT_READY : Exclusion.NO_CAPACITY;
            case BEYOND -> Exclusion.NOT_READY;
        };
    }

    /**
     * The start and ready instants of a site's preparation for a block at this order instant (spec 4.2, with
     * the rule set's filters joined to the start condition), as {@link QuoteContext#prepare} answers; null
     * when the block is never available there.
     */
    Readiness preparation(int site, int mask) {
        long from = earliestStart(site, mask);
        if (from == Long.MAX_VALUE) {
            return null;
        }
        return prepare(site, mask, from);
    }

    private Readiness prepare(int site, int mask, long from) {
        return ctx.rules == null ? ctx.prepare(site, from) : ctx.rules.prepare(ctx, target, site, mask, from);
    }

    /** The first instant a preparation of the block may start at the site, availability only (MAX never). */
    long earliestStart(int site, int mask) {
        long avail = ctx.availableAt(site, mask);
        return avail == Long.MAX_VALUE ? avail : Math.max(orderAt, avail);
    }

    long horizon() {
        return horizon;
    }

    private Plan homeDelivery(int site, int mask, long start, long ready) {
        Snapshot.HomeDelivery hd = target.homeDelivery();
        long shipAt = hd.collections[site].next(ready, horizon);
        if (shipAt == OpenCalendar.NONE) {
            return excluded(site, mask, Exclusion.NO_COLLECTION);
        }
        Lane lane = ctx.lane(hd, site);
        if (lane == null) {
            return excluded(site, mask, Exclusion.NO_LANE);
        }
        MassFunction days = lane.days();
        long[] dates = ctx.homeDeliveryDates(hd, days, shipAt, ctx.snap.sites[site].offsets);
        return plan(site, mask, ctx.distanceToDestination(site), start, ready, shipAt, days, dates, lastKey);
    }

    private Plan courier(int site, int mask, long start, long ready) {
        Snapshot.Courier c = target.courier();
        if (ctx.destination == null) {
            return excluded(site, mask, Exclusion.OUT_OF_RANGE);
        }
        double km = ctx.distanceToDestination(site);
        Band band = QuoteContext.band(c.service.bands(), km);
        if (band == null) {
            return excluded(site, mask, Exclusion.OUT_OF_RANGE);
        }
        long dispatch = c.dispatch.nextOpen(ready, horizon);
        if (dispatch == OpenCalendar.NONE) {
            return excluded(site, mask, Exclusion.NO_DISPATCH);
        }
        MassFunction minutes = band.minutes();
        long[] arrivals = new long[minutes.size()];
        for (int i = 0; i < arrivals.length; i++) {
            arrivals[i] = dispatch + 60L * minutes.value(i);
        }
        return plan(site, mask, km, start, ready, dispatch, minutes, arrivals, horizon);
    }

    private Plan collect(int site, int mask, long start, long ready) {
        Snapshot.Site store = target.store();
        long collectable;
        long shipAt;
        if (site == store.index) {
            collectable = store.open.nextOpen(ready, horizon);
            shipAt = OpenCalendar.NONE;
        } else {
            // spec 4.4: earliest collectable, then earliest departure, then first listed
            collectable = OpenCalendar.NONE;
            shipAt = OpenCalendar.NONE;
            List<Snapshot.Route> routes = ctx.snap.routesTo.get(store.index);
            for (int i = 0, size = routes.size(); i < size; i++) {
                Snapshot.Route r = routes.get(i);
                if (r.from() != site) {
                    continue;
                }
                long dep = r.departures().next(ready, horizon);
                if (dep == OpenCalendar.NONE || dep + r.durationSeconds() > horizon) {
                    continue;
                }
                long received = store.open.addWorkingTime(dep + r.durationSeconds(), r.receivingSeconds(), horizon);
                if (received == OpenCalendar.NONE) {
                    continue;
                }
                long at = store.open.nextOpen(received, horizon);
                if (at != OpenCalendar.NONE && (at < collectable || (at == collectable && dep < shipAt))) {
                    collectable = at;
                    shipAt = dep;
                }
            }
        }
        if (collectable == OpenCalendar.NONE) {
            return excluded(site, mask, Exclusion.NOT_COLLECTABLE);
        }
        double km = ctx.snap.sites[site].location.position().distanceKm(store.location.position());
        return new Plan(site, ctx.snap.sites[site].id, mask, ctx.sortedSkus(mask), km, start, ready, shipAt,
                new long[] {collectable}, CERTAIN, CERTAIN_EXACT, ctx.confidence);
    }

    /** A click and collect plan's distribution: certain at its one key (arrays shared by those plans, never written). */
    private static final double[] CERTAIN = {1.0};
    private static final BigDecimal[] CERTAIN_EXACT = {BigDecimal.ONE};

    /**
     * A plan whose i-th value of the mass function arrives at {@code keys[i]} (non-decreasing): the
     * probability at a key is the cumulative mass through the last value arriving then (values arriving
     * the same day add up); keys past {@code last} are out of the horizon and left out.
     */
    private Plan plan(int site, int mask, double km, long start, long ready, long shipAt, MassFunction mf, long[] keys, long last) {
        if (keys.length > 0 && keys[keys.length - 1] <= last && strictlyAscending(keys)) {
            // the usual case: every value its own key within the horizon, the mass function's cumulative arrays as
            // they are (shared by the quote's plans of that function, never written), the keys array the plan's own
            QuoteContext.Cumulative c = ctx.cumulative(mf);
            return new Plan(site, ctx.snap.sites[site].id, mask, ctx.sortedSkus(mask), km, start, ready, shipAt,
                    keys, c.cum(), c.exact(), ctx.confidence);
        }
        long[] k = new long[keys.length];
        double[] cum = new double[keys.length];
        BigDecimal[] exact = new BigDecimal[keys.length];
        int n = 0;
        for (int i = 0; i < keys.length && keys[i] <= last; i++) {
            if (n == 0 || k[n - 1] != keys[i]) {
                n++;
            }
            k[n - 1] = keys[i];
            cum[n - 1] = mf.cumulative(i);
            exact[n - 1] = mf.exactCumulative(i);
        }
        if (n < keys.length) {
            k = Arrays.copyOf(k, n);
            cum = Arrays.copyOf(cum, n);
            exact = Arrays.copyOf(exact, n);
        }
        return new Plan(site, ctx.snap.sites[site].id, mask, ctx.sortedSkus(mask), km, start, ready, shipAt,
                k, cum, exact, ctx.confidence);
    }

    private static boolean strictlyAscending(long[] keys) {
        for (int i = 1; i < keys.length; i++) {
            if (keys[i] <= keys[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
