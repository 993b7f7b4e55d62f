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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Finds the best allocation of a cart (spec 4.3 to 4.5): the lines split into at most {@code maxShipments}
 * blocks, never a line split, each block prepared by a different origin, minimising
 * {@link Allocation#compareTo}. Exact, by covers of the cart by origins rather than partitions of its lines
 * (docs/SEMANTICS.md, decision 10):
 *
 * <ul>
 *   <li>An origin's plan of a block is its plan of the block's line it can prepare last (the block waits for
 *       that line): {@link Solver} builds it so. The plans of one origin's lines alone are therefore a chain
 *       (a later one is at no key more probable), and at a key {@code K} the origin offers a few
 *       <em>levels</em>: taking every line whose plan alone is at least {@code t} probable at {@code K}, with
 *       probability {@code t}. An allocation reaching the confidence at {@code K} is a set of such levels of
 *       distinct origins covering the cart whose product reaches it (spec 4.3: the joint probability is the
 *       product of the shipments').</li>
 *   <li>Whether some allocation reaches the confidence by {@code K} does not decrease with {@code K}, so the
 *       allocation's key is found by a binary search over the keys of the plans, each step a depth-first
 *       search of covers (the uncovered line with the fewest levels first; bounds: lines no level covers
 *       together need distinct shipments, and the product of their best probabilities bounds the rest).
 *       A level whose lines another level covers at least as probably is left out: swapping it in (or merging
 *       it with the same origin's level) never lowers the product nor adds a shipment.</li>
 *   <li>At that key, the fewest shipments, then the largest exact product, by the same search; then, among
 *       every cover of that many levels and exactly that product (dominated levels included), the smallest
 *       distance sum (levels tried nearest first, a branch left when even the nearest origins for the rest
 *       cannot tie), and for each such cover the lines given origin by origin (in id order) so that the sorted
 *       sku lists are smallest, a line given to an origin only if the rest can still be covered with every
 *       origin keeping a line.</li>
 * </ul>
 *
 * <p>The work is polynomial in the origins for a fixed number of shipments and bounded by the cart (at most
 * 30 lines, {@link io.promiseengine.model.Limits}) otherwise; docs/LIMITS.md has the measured worst case.
 */
final class Allocator {

    /** A relative slack on products of at most 30 factors each within 1e-9 above 1 and rounded (bounds only). */
    private static final double SLACK = 1 + 1e-7;

    private final int lines;
    private final int maxShipments;
    private final double confidence;
    private final IntFunction<List<Plan>> candidates;
    /**
     * Whether a rule set's filters join the start condition: a filter that is not monotone can then start a
     * block later than its latest line (or never), and the cover search is checked against the blocks' own plans.
     */
    private final boolean filtered;
    /** Set when a cover's block has not the plan of its latest line (only when {@link #filtered}). */
    private boolean unrealised;

    /** Whether {@link #columns} ran, and whether every line has an origin. */
    private boolean prepared;
    private boolean possible;
    /**
     * The origins shipping some line alone, as columns, and the plan of each of their lines alone (or null): column
     * {@code c}'s plan of line {@code l} at {@code c * lines + l}, the first {@link #columns} columns.
     */
    private Plan[] single;
    private int columns;
    /** At most this many shipments: {@code maxShipments}, the lines, the origins. */
    private int most;
    /** Every key of the plans at or after the earliest at which each line has an origin, ascending. */
    private long[] keys;
    /** Per line, its sku. */
    private String[] skuOf;

    /**
     * @param lines the number of cart lines (bits of the masks)
     * @param maxShipments at most this many shipments
     * @param confidence the asked confidence
     * @param candidates for a block mask, the plans that ship it and reach the confidence alone, sorted by
     *                   {@link Plan#ownKey} then origin id (cached by the caller)
     */
    Allocator(int lines, int maxShipments, double confidence, IntFunction<List<Plan>> candidates) {
        this(lines, maxShipments, confidence, candidates, false);
    }

    /**
     * @param lines the number of cart lines (bits of the masks)
     * @param maxShipments at most this many shipments
     * @param confidence the asked confidence
     * @param candidates for a block mask, the plans that ship it and reach the confidence alone, sorted by
     *                   {@link Plan#ownKey} then origin id (cached by the caller)
     * @param filtered whether a rule set's filters join the start condition (issue 13: a filter that is not
     *                 monotone breaks the latest-line assumption, detected then answered by
     *                 {@link PartitionAllocator})
     */
    Allocator(int lines, int maxShipments, double confidence, IntFunction<List<Plan>> candidates, boolean filtered) {
        this.lines = lines;
        this.maxShipments = Math.min(maxShipments, lines);
        this.confidence = confidence;
        this.candidates = candidates;
        this.filtered = filtered;
    }

    /** Whether some allocation reaches the confidence at a key {@code <= key} (used by order-by probes). */
    boolean reachesBy(long key) {
        if (maxShipments == 1) {
            List<Plan> whole = candidates.apply((1 << lines) - 1);
            return !whole.isEmpty() && whole.get(0).ownKey <= key;
        }
        // the plans' probabilities at a key are those at the last of their keys before it: no need of the keys
        if (!columns()) {
            return false;
        }
        Levels levels = new Levels(key, true, null);
        boolean reachable = levels.reachable();
        levels.release();
        if (!reachable) {
            return false;
        }
        if (!filtered) {
            return true;
        }
        // a cover reaching by the key may have blocks the filters start later: the exact answer decides
        Allocation a = solve();
        return a != null && a.key() <= key;
    }

    /**
     * A cover reaching the confidence at a key {@code <= key}, as {@code {site, lines}} pairs (the lines a mask, one
     * pair per shipment, the masks disjoint and covering the cart), or null when none reaches it: the first cover
     * {@link #reachesBy}'s search finds. Without a rule set's filters (the order-by's walk over covers,
     * {@link ProbePlans#coverEnd}).
     */
    int[] coverBy(long key) {
        if (maxShipments == 1) {
            List<Plan> whole = candidates.apply((1 << lines) - 1);
            return whole.isEmpty() || whole.get(0).ownKey > key ? null : new int[] {whole.get(0).site, (1 << lines) - 1};
        }
        if (!columns()) {
            return null;
        }
        Levels levels = new Levels(key, true, null);
        int[] cover = levels.reachable() ? levels.firstCover : null;
        levels.release();
        return cover;
    }

    /** The best allocation, or null when none reaches the confidence. */
    Allocation solve() {
        if (maxShipments == 1) {
            return bestSingle(candidates.apply((1 << lines) - 1));
        }
        if (!filtered) {
            List<Plan> whole = oneOriginFirst();
            if (whole != null) {
                return bestSingle(whole);
            }
        }
        if (!prepare()) {
            return null;
        }
        // the reduced levels at the key of hi, kept: the answer's key is the last hi, whose levels are built once
        Levels atHi = new Levels(keys[keys.length - 1], true, null);
        if (!atHi.reachable()) {
            atHi.release();
            return null;
        }
        int lo = 0;
        int hi = keys.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Levels atMid = new Levels(keys[mid], true, null);
            if (atMid.reachable()) {
                hi = mid;
                atHi.release();
                atHi = atMid;
            } else {
                atMid.release();
                lo = mid + 1;
            }
        }
        long key = keys[lo];
        Levels reduced = atHi.searchedAgain();
        for (int k = 1; k <= most; k++) {
            if (reduced.maximise(k)) {
                Levels all = new Levels(key, false, reduced.bestExact);
                Allocation a = all.best(k, reduced.bestExact, reduced.bestProduct);
                all.release();
                reduced.release();
                if (unrealised) {
                    // issue 13: some block does not start when its latest line does (a filter that is not
                    // monotone); the covers bound the answer but are not it: each block's own plans decide
                    return new PartitionAllocator(lines, maxShipments, confidence, candidates).solve();
                }
                return a;
            }
        }
        throw new IllegalStateException("no allocation at the key the search found");
    }

    /**
     * The best allocation of one shipment among plans of the whole cart sorted by own key (spec 4.3 restricted to
     * one shipment: each origin's allocation is its plan alone, reaching the confidence at its own key); null for
     * none. The plans are compared as their allocations would be ({@link #singleOrder}) and the allocation is made
     * for the best only.
     */
    private Allocation bestSingle(List<Plan> whole) {
        Plan best = null;
        for (Plan p : whole) {
            if (best != null && p.ownKey > best.ownKey) {
                break; // sorted by own key
            }
            if (best == null || singleOrder(p, best) < 0) {
                best = p;
            }
        }
        return best == null ? null : allocation(new Plan[] {best}, confidence);
    }

    /**
     * The plans of the whole cart when one origin alone ships it at the earliest key any allocation can have, else
     * null. Every shipment of an allocation reaches the confidence alone by the allocation's key (a shipment short
     * of it keeps the exact product short of it), and each line is in a shipment whose plan reaches the confidence
     * no earlier than the line's earliest plan alone: so no allocation has a key before the earliest own key of
     * any one line's plans. When the earliest plan of the whole cart reaches it by then, its key is the answer's,
     * and one shipment is the fewest (spec 4.3), so the answer is the best of the whole cart's plans of that own
     * key: those {@link #bestSingle} compares, the ones the cover search would tie at that key. {@link #linesFloor}
     * (at most every line's earliest own key for some line) decides without the lines' plans when it can.
     */
    private List<Plan> oneOriginFirst() {
        List<Plan> whole = candidates.apply((1 << lines) - 1);
        if (whole.isEmpty()) {
            return null;
        }
        long first = whole.get(0).ownKey;
        if (first <= linesFloor && linesFloor != Long.MAX_VALUE) {
            return whole;
        }
        for (int line = 0; line < lines; line++) {
            List<Plan> c = candidates.apply(1 << line);
            if (!c.isEmpty() && c.get(0).ownKey >= first) {
                return whole;
            }
        }
        return null;
    }

    /**
     * A key at or before the earliest own key of the plans of some line ({@link Long#MIN_VALUE} when none is known):
     * the caller's lower bound, letting {@link #oneOriginFirst} decide without planning the lines.
     */
    private long linesFloor = Long.MIN_VALUE;

    /** Sets {@link #linesFloor}; returns this allocator. */
    Allocator withLinesFloor(long floor) {
        this.linesFloor = floor;
        return this;
    }

    /** The columns and the keys; false when some line has no origin. */
    private boolean prepare() {
        if (keys != null) {
            return keys.length > 0;
        }
        if (!columns()) {
            keys = new long[0];
            return false;
        }
        long lower = Long.MIN_VALUE;
        for (int line = 0; line < lines; line++) {
            lower = Math.max(lower, candidates.apply(1 << line).get(0).ownKey);
        }
        // gathered in the thread's space (nothing is called from this loop), the distinct keys copied out
        LevelSpace space = LevelSpace.OF_THREAD.get();
        long[] all = space.keys;
        int n = 0;
        for (int at = 0, size = columns * lines; at < size; at++) {
            Plan p = single[at];
            if (p != null) {
                for (long k : p.keys) {
                    if (k >= lower) {
                        if (n == all.length) {
                            all = Arrays.copyOf(all, Math.max(64, n * 2));
                            space.keys = all;
                        }
                        all[n++] = k;
                    }
                }
            }
        }
        Arrays.sort(all, 0, n);
        int d = 0;
        for (int i = 0; i < n; i++) {
            if (d == 0 || all[d - 1] != all[i]) {
                all[d++] = all[i];
            }
        }
        keys = Arrays.copyOf(all, d);
        return d > 0;
    }

    /** The origins shipping some line alone and their plans of each line alone; false when a line has none. */
    private boolean columns() {
        if (prepared) {
            return possible;
        }
        prepared = true;
        // columns in the order origins first appear, line by line
        @SuppressWarnings("unchecked")
        List<Plan>[] byLine = new List[lines];
        for (int line = 0; line < lines; line++) {
            List<Plan> c = candidates.apply(1 << line);
            if (c.isEmpty()) {
                return false;
            }
            byLine[line] = c;
        }
        // the row of each site in the thread's scratch index (no call out of this loop: nothing else uses it meanwhile)
        SiteRows bySite = SiteRows.OF_THREAD.get();
        int epoch = bySite.newEpoch();
        // the rows numbered in the order their sites first appear, line by line; then filled: column c's plan of
        // line l at c * lines + l, in one array (not one per column)
        int rows = 0;
        for (int line = 0; line < lines; line++) {
            List<Plan> c = byLine[line];
            for (int i = 0, size = c.size(); i < size; i++) {
                int site = c.get(i).site;
                if (bySite.row(epoch, site) < 0) {
                    bySite.put(epoch, site, rows++);
                }
            }
        }
        Plan[] inOrder = new Plan[rows * lines];
        skuOf = new String[lines];
        for (int line = 0; line < lines; line++) {
            List<Plan> c = byLine[line];
            skuOf[line] = c.get(0).sortedSkus.get(0);
            for (int i = 0, size = c.size(); i < size; i++) {
                Plan p = c.get(i);
                inOrder[bySite.row(epoch, p.site) * lines + line] = p;
            }
        }
        single = inOrder;
        columns = rows;
        most = Math.min(maxShipments, columns);
        possible = true;
        return true;
    }

    /**
     * Per-thread index of sites to the rows of {@link #columns}, valid for one epoch: no array of one entry per
     * site per allocator, nor a map.
     */
    private static final class SiteRows {
        static final ThreadLocal<SiteRows> OF_THREAD = ThreadLocal.withInitial(SiteRows::new);
        private int epoch;
        private int[] stamp = new int[0];
        private int[] row = new int[0];

        int newEpoch() {
            if (epoch == Integer.MAX_VALUE) {
                Arrays.fill(stamp, 0);
                epoch = 0;
            }
            return ++epoch;
        }

        /** The row of a site in this epoch, or -1. */
        int row(int e, int site) {
            return site < stamp.length && stamp[site] == e ? row[site] : -1;
        }

        void put(int e, int site, int at) {
            if (site >= stamp.length) {
                int n = Math.max(site + 1, Math.max(64, stamp.length * 2));
                stamp = Arrays.copyOf(stamp, n);
                row = Arrays.copyOf(row, n);
            }
            stamp[site] = e;
            row[site] = at;
        }
    }

    /**
     * The working arrays of {@link Levels#build}, one set per thread, grown as needed and kept: the levels found before
     * their sort, their order, and a column's distinct distributions; and the arrays of the levels kept
     * ({@link LevelArrays}), lent to each {@link Levels} until it is released.
     */
    private static final class LevelSpace {
        static final ThreadLocal<LevelSpace> OF_THREAD = ThreadLocal.withInitial(LevelSpace::new);
        int[] lvCol = new int[0];
        int[] lvMask = new int[0];
        double[] lvP = new double[0];
        BigDecimal[] lvExact = new BigDecimal[0];
        Plan[] seen = new Plan[0];
        double[] seenP = new double[0];
        BigDecimal[] seenExact = new BigDecimal[0];
        int[] seenMask = new int[0];
        private int[] idx = new int[0];
        int[] tmp = new int[0];
        /** {@link #prepare}'s keys of every plan, before they are sorted and made distinct. */
        long[] keys = new long[0];
        /** The arrays of levels given back ({@link Levels#release}), the first {@link #freeCount}, to be lent again. */
        private LevelArrays[] free = new LevelArrays[0];
        private int freeCount;

        /** Arrays of at least {@code levels} levels, {@code columns} columns and {@code lines} lines, as last left. */
        LevelArrays take(int levels, int columns, int lines, int depth) {
            LevelArrays a = freeCount > 0 ? free[--freeCount] : new LevelArrays();
            a.fit(levels, columns, lines, depth);
            return a;
        }

        void give(LevelArrays a) {
            if (freeCount == free.length) {
                free = Arrays.copyOf(free, Math.max(4, 2 * freeCount));
            }
            free[freeCount++] = a;
        }

        /** At least {@code levels} levels and {@code lines} distributions of a column. */
        void fit(int levels, int lines) {
            if (lvCol.length < levels) {
                lvCol = new int[levels];
                lvMask = new int[levels];
                lvP = new double[levels];
                lvExact = new BigDecimal[levels];
            }
            if (seen.length < lines) {
                seen = new Plan[lines];
                seenP = new double[lines];
                seenExact = new BigDecimal[lines];
                seenMask = new int[lines];
            }
        }

        /** Twice as many levels, those found so far kept. */
        void grow() {
            int n = lvCol.length * 2;
            lvCol = Arrays.copyOf(lvCol, n);
            lvMask = Arrays.copyOf(lvMask, n);
            lvP = Arrays.copyOf(lvP, n);
            lvExact = Arrays.copyOf(lvExact, n);
        }

        /** An order of at least {@code n} entries, and {@link #tmp} of as many. */
        int[] idx(int n) {
            if (idx.length < n) {
                idx = new int[n];
                tmp = new int[n];
            }
            return idx;
        }
    }

    /**
     * The arrays of one {@link Levels}, lent by the thread's {@link LevelSpace} while the levels are searched and
     * given back after ({@link Levels#release}), so that a quote's many levels reuse the same arrays. Each is as an
     * earlier borrower left it: {@link Levels} writes every entry it reads but {@code used}, {@code together},
     * {@code bestP} and {@code per}, set to zero here.
     */
    private static final class LevelArrays {
        int[] col = new int[0];
        int[] mask = new int[0];
        double[] p = new double[0];
        BigDecimal[] exact = new BigDecimal[0];
        double[] km = new double[0];
        int[][] byLine = new int[0][];
        int[] byLineCount = new int[0];
        int[] together = new int[0];
        double[] bestP = new double[0];
        int[] per = new int[0];
        boolean[] used = new boolean[0];
        int[] chosen = new int[0];

        void fit(int levels, int columns, int lines, int depth) {
            if (col.length < levels) {
                col = new int[levels];
                mask = new int[levels];
                p = new double[levels];
                exact = new BigDecimal[levels];
                km = new double[levels];
            }
            if (byLine.length < lines) {
                byLine = new int[lines][];
                byLineCount = new int[lines];
                together = new int[lines];
                bestP = new double[lines];
                per = new int[lines];
            }
            for (int line = 0; line < lines; line++) {
                if (byLine[line] == null || byLine[line].length < levels) {
                    byLine[line] = new int[levels];
                }
            }
            Arrays.fill(together, 0, lines, 0);
            Arrays.fill(bestP, 0, lines, 0);
            Arrays.fill(per, 0, lines, 0);
            if (used.length < columns) {
                used = new boolean[columns];
            } else {
                Arrays.fill(used, 0, columns, false);
            }
            if (chosen.length < depth) {
                chosen = new int[depth];
            }
        }
    }

    /**
     * The levels of every origin at one key: level {@code i} is origin column {@code col[i]} taking the lines of
     * {@code mask[i]} (those it ships alone at least {@code exact[i]} probably at the key), with that probability.
     */
    private final class Levels {
        final long key;
        int count;
        int[] col;
        int[] mask;
        double[] p;
        BigDecimal[] exact;
        double[] km;
        /** Per line, the levels covering it, in the order searched: the first {@code byLineCount[line]}. */
        int[][] byLine;
        int[] byLineCount;
        /** Per line, the lines some level covers with it; the best probability of a level covering it. */
        int[] together;
        double[] bestP;
        int widest;

        // the search
        private int limit;
        private boolean stopAtFirst;
        private boolean[] used;
        private int[] chosen;
        /** The arrays above, lent by the thread's {@link LevelSpace} until {@link #release}. */
        private LevelArrays arrays;
        boolean found;
        BigDecimal bestExact;
        double bestProduct;
        /** The first cover reaching the confidence that the search found, as {@link #coverBy} answers it; null before. */
        int[] firstCover;

        /**
         * @param reduce whether to leave out dominated levels
         * @param atLeast null, or the least probability of a level kept
         */
        Levels(long key, boolean reduce, BigDecimal atLeast) {
            this.key = key;
            build(reduce, atLeast);
        }

        /**
         * Gives this search's arrays back to the thread's space, for the next levels: these are not read after (their
         * arrays are dropped, so a read fails rather than sees another search's levels).
         */
        void release() {
            LevelSpace.OF_THREAD.get().give(arrays);
            arrays = null;
            col = null;
            mask = null;
            p = null;
            exact = null;
            km = null;
            byLine = null;
            byLineCount = null;
            together = null;
            bestP = null;
            used = null;
            chosen = null;
        }

        /** Levels at the key, without dominated ones when {@code reduce}, and none less probable than {@code atLeast}. */
        private void build(boolean reduce, BigDecimal atLeast) {
            // the working arrays in the thread's space (nothing called from here builds levels meanwhile)
            LevelSpace space = LevelSpace.OF_THREAD.get();
            space.fit(Math.max(8, columns), lines);
            int lvCount = 0;
            int[] lvCol = space.lvCol;
            int[] lvMask = space.lvMask;
            double[] lvP = space.lvP;
            BigDecimal[] lvExact = space.lvExact;
            // per column, its distinct distributions (plans of lines share theirs when they start alike)
            Plan[] seen = space.seen;
            double[] seenP = space.seenP;
            BigDecimal[] seenExact = space.seenExact;
            int[] seenMask = space.seenMask;
            for (int c = 0; c < columns; c++) {
                int n = 0;
                for (int line = 0; line < lines; line++) {
                    Plan s = single[c * lines + line];
                    if (s == null) {
                        continue;
                    }
                    int d = 0;
                    while (d < n && !alike(seen[d], s)) {
                        d++;
                    }
                    if (d == n) {
                        seen[n] = s;
                        seenP[n] = s.at(key);
                        seenExact[n] = null;
                        seenMask[n] = 0;
                        n++;
                    }
                    seenMask[d] |= 1 << line;
                }
                // most probable first; equal probabilities one level
                int kept = 0;
                for (int d = 0; d < n; d++) {
                    if (!Plan.reaches(seenP[d] * SLACK, confidence)) {
                        continue;
                    }
                    BigDecimal e = seen[d].exactAt(key);
                    double pd = seenP[d];
                    int md = seenMask[d];
                    int j = kept++;
                    for (; j > 0 && exactOrder(pd, e, seenP[j - 1], seenExact[j - 1]) > 0; j--) {
                        seenP[j] = seenP[j - 1];
                        seenExact[j] = seenExact[j - 1];
                        seenMask[j] = seenMask[j - 1];
                    }
                    seenP[j] = pd;
                    seenExact[j] = e;
                    seenMask[j] = md;
                }
                int m = 0;
                for (int d = 0; d < kept; d++) {
                    m |= seenMask[d];
                    if (d + 1 < kept && exactOrder(seenP[d + 1], seenExact[d + 1], seenP[d], seenExact[d]) == 0) {
                        continue;
                    }
                    if (atLeast != null && seenExact[d].compareTo(atLeast) < 0) {
                        break;
                    }
                    if (lvCount == lvCol.length) {
                        space.grow();
                        lvCol = space.lvCol;
                        lvMask = space.lvMask;
                        lvP = space.lvP;
                        lvExact = space.lvExact;
                    }
                    lvCol[lvCount] = c;
                    lvMask[lvCount] = m;
                    lvExact[lvCount] = seenExact[d];
                    lvP[lvCount] = seenP[d];
                    lvCount++;
                }
            }
            int[] idx = space.idx(lvCount);
            for (int i = 0; i < lvCount; i++) {
                idx[i] = i;
            }
            // most probable first, then widest: a level is dominated only by one before it
            mergeSort(idx, space.tmp, 0, lvCount, lvP, lvExact, lvMask);
            arrays = space.take(lvCount, columns, lines, Math.max(1, most));
            col = arrays.col;
            mask = arrays.mask;
            p = arrays.p;
            exact = arrays.exact;
            km = arrays.km;
            used = arrays.used;
            chosen = arrays.chosen;
            int n = 0;
            for (int at = 0; at < lvCount; at++) {
                int i = idx[at];
                int m = lvMask[i];
                if (reduce) {
                    boolean dominated = false;
                    for (int j = 0; j < n && !dominated; j++) {
                        dominated = (m & ~mask[j]) == 0;
                    }
                    if (dominated) {
                        continue;
                    }
                }
                col[n] = lvCol[i];
                mask[n] = m;
                p[n] = lvP[i];
                exact[n] = lvExact[i];
                km[n] = single[col[n] * lines + Integer.numberOfTrailingZeros(m)].distanceKm;
                n++;
            }
            count = n;
            together = arrays.together;
            bestP = arrays.bestP;
            int[] per = arrays.per;
            for (int i = 0; i < n; i++) {
                widest = Math.max(widest, Integer.bitCount(mask[i]));
                for (int rest = mask[i]; rest != 0; rest &= rest - 1) {
                    int line = Integer.numberOfTrailingZeros(rest);
                    together[line] |= mask[i];
                    bestP[line] = Math.max(bestP[line], p[i]);
                    per[line]++;
                }
            }
            byLine = arrays.byLine;
            byLineCount = arrays.byLineCount;
            for (int line = 0; line < lines; line++) {
                byLineCount[line] = per[line];
                per[line] = 0;
            }
            for (int i = 0; i < n; i++) {
                for (int rest = mask[i]; rest != 0; rest &= rest - 1) {
                    int line = Integer.numberOfTrailingZeros(rest);
                    byLine[line][per[line]++] = i;
                }
            }
        }

        /**
         * These levels with the state of a search forgotten ({@link #reachable}'s first cover, best product), as new
         * levels of the same key and arguments would be: the levels themselves are not changed by a search.
         */
        Levels searchedAgain() {
            found = false;
            bestExact = null;
            bestProduct = 0;
            firstCover = null;
            return this;
        }

        /** Whether some allocation of at most {@link #most} shipments reaches the confidence at the key. */
        boolean reachable() {
            if (most == 0) {
                return false;
            }
            limit = most;
            stopAtFirst = true;
            cover((1 << lines) - 1, 0, 1.0);
            return found;
        }

        /** Whether an allocation of at most {@code k} shipments reaches it; if so, the largest product is kept. */
        boolean maximise(int k) {
            limit = k;
            stopAtFirst = false;
            cover((1 << lines) - 1, 0, 1.0);
            return found;
        }

        /**
         * Bounds for covering the lines of {@code left} after {@code depth} levels of product {@code product}:
         * whether the search may go on.
         */
        private boolean promising(int left, int depth, double product, double floor) {
            int picked = 0;
            int apart = 0;
            double bound = product;
            for (int rest = left; rest != 0; rest &= rest - 1) {
                int line = Integer.numberOfTrailingZeros(rest);
                if (together[line] == 0) {
                    return false;
                }
                if ((together[line] & picked) == 0) {
                    picked |= 1 << line;
                    apart++;
                    bound *= bestP[line];
                }
            }
            int needed = Math.max(apart, (Integer.bitCount(left) + widest - 1) / widest);
            return depth + needed <= limit && Plan.reaches(bound * SLACK, confidence) && bound * SLACK >= floor;
        }

        /** The uncovered line covered by the fewest levels. */
        private int branchLine(int left) {
            int line = -1;
            for (int rest = left; rest != 0; rest &= rest - 1) {
                int l = Integer.numberOfTrailingZeros(rest);
                if (line < 0 || byLineCount[l] < byLineCount[line]) {
                    line = l;
                }
            }
            return line;
        }

        private void cover(int left, int depth, double product) {
            if (left == 0) {
                leaf(depth);
                return;
            }
            if ((stopAtFirst && found) || !promising(left, depth, product, found ? bestProduct : 0)) {
                return;
            }
            int line = branchLine(left);
            int[] levels = byLine[line];
            for (int at = 0, n = byLineCount[line]; at < n; at++) {
                int i = levels[at];
                if (used[col[i]]) {
                    continue;
                }
                used[col[i]] = true;
                chosen[depth] = i;
                cover(left & ~mask[i], depth + 1, product * p[i]);
                used[col[i]] = false;
                if (stopAtFirst && found) {
                    return;
                }
            }
        }

        private void leaf(int depth) {
            BigDecimal e = exact[chosen[0]];
            for (int i = 1; i < depth; i++) {
                e = e.multiply(exact[chosen[i]]);
            }
            double joint = depth == 1 ? p[chosen[0]] : e.doubleValue();
            if (!Plan.reaches(joint, confidence)) {
                return;
            }
            if (!found || e.compareTo(bestExact) > 0) {
                bestExact = e;
                bestProduct = depth == 1 ? p[chosen[0]] : joint;
            }
            if (!found) {
                // each level covers the lines left when it was chosen: those are its shipment's lines
                firstCover = new int[2 * depth];
                int covered = 0;
                for (int i = 0; i < depth; i++) {
                    int m = mask[chosen[i]] & ~covered;
                    covered |= m;
                    firstCover[2 * i] = single[col[chosen[i]] * lines + Integer.numberOfTrailingZeros(m)].site;
                    firstCover[2 * i + 1] = m;
                }
            }
            found = true;
        }

        // ---- the tie-breaks after the product: every cover of k levels with exactly that product ----

        private int shipments;
        private BigDecimal product;
        private Allocation best;
        private double nearest;

        /** The best allocation of {@code k} shipments of exact product {@code target} at the key (levels not reduced). */
        Allocation best(int k, BigDecimal target, double targetDouble) {
            shipments = k;
            product = target;
            bestProduct = targetDouble;
            nearest = Double.MAX_VALUE;
            for (int i = 0; i < count; i++) {
                nearest = Math.min(nearest, km[i]);
            }
            for (int line = 0; line < lines; line++) {
                // nearest first, equal distances in the order they were (a stable insertion sort, without boxing)
                int[] l = byLine[line];
                for (int i = 1; i < byLineCount[line]; i++) {
                    int v = l[i];
                    int j = i;
                    while (j > 0 && Double.compare(km[v], km[l[j - 1]]) < 0) {
                        l[j] = l[j - 1];
                        j--;
                    }
                    l[j] = v;
                }
            }
            limit = k;
            ties((1 << lines) - 1, 0, 1.0, 0.0);
            if (unrealised) {
                return null;
            }
            if (best == null) {
                throw new IllegalStateException("no cover of " + k + " shipments at the product the search found");
            }
            return best;
        }

        private void ties(int left, int depth, double prod, double kmSum) {
            if (unrealised) {
                return;
            }
            if (left == 0) {
                if (depth == shipments) {
                    tie();
                }
                return;
            }
            if (depth == shipments || !promising(left, depth, prod, bestProduct)) {
                return;
            }
            int line = branchLine(left);
            int[] levels = byLine[line];
            for (int at = 0, n = byLineCount[line]; at < n; at++) {
                int i = levels[at];
                double bound = kmSum + km[i] + (shipments - depth - 1) * nearest;
                if (best != null && bound * 1000 > best.distanceMetres() + 0.5 + 1e-6) {
                    break; // nearest first: no later level can tie
                }
                if (used[col[i]] || prod * p[i] * SLACK < bestProduct) {
                    continue;
                }
                used[col[i]] = true;
                chosen[depth] = i;
                ties(left & ~mask[i], depth + 1, prod * p[i], kmSum + km[i]);
                used[col[i]] = false;
            }
        }

        /** A cover of the right size: if its product is the one sought, the lines given and the allocation compared. */
        private void tie() {
            BigDecimal e = exact[chosen[0]];
            for (int i = 1; i < shipments; i++) {
                e = e.multiply(exact[chosen[i]]);
            }
            if (e.compareTo(product) != 0) {
                return;
            }
            Integer[] byId = new Integer[shipments];
            for (int i = 0; i < shipments; i++) {
                byId[i] = chosen[i];
            }
            Arrays.sort(byId, Comparator.comparing(i -> single[col[i] * lines + Integer.numberOfTrailingZeros(mask[i])].origin));
            int[] allowed = new int[shipments];
            for (int i = 0; i < shipments; i++) {
                allowed[i] = mask[byId[i]];
            }
            int[] blocks = smallestSkuLists(allowed);
            Plan[] plans = new Plan[shipments];
            for (int i = 0; i < shipments; i++) {
                plans[i] = planOf(col[byId[i]], blocks[i]);
                if (plans[i] == null) {
                    unrealised = true;
                    return;
                }
            }
            Allocation a = allocation(plans, confidence);
            if (a == null || a.key() != key || a.exactConfidence().compareTo(product) != 0) {
                if (filtered) {
                    unrealised = true;
                    return;
                }
                throw new IllegalStateException("the plan of a block is not that of its latest line");
            }
            if (best == null || a.compareTo(best) < 0) {
                best = a;
            }
        }
    }

    /**
     * Sorts level indexes {@code idx[from..to)} most probable first (exactly: a double is the exact value
     * rounded, so only equal doubles need the exact values), then widest; stable, like the sort it replaces.
     */
    private static void mergeSort(int[] idx, int[] tmp, int from, int to, double[] p, BigDecimal[] exact, int[] mask) {
        if (to - from < 12) {
            for (int i = from + 1; i < to; i++) {
                int v = idx[i];
                int j = i;
                while (j > from && levelOrder(v, idx[j - 1], p, exact, mask) < 0) {
                    idx[j] = idx[j - 1];
                    j--;
                }
                idx[j] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(idx, tmp, from, mid, p, exact, mask);
        mergeSort(idx, tmp, mid, to, p, exact, mask);
        if (levelOrder(idx[mid - 1], idx[mid], p, exact, mask) <= 0) {
            return;
        }
        System.arraycopy(idx, from, tmp, from, to - from);
        int a = from;
        int b = mid;
        for (int k = from; k < to; k++) {
            if (b >= to || (a < mid && levelOrder(tmp[a], tmp[b], p, exact, mask) <= 0)) {
                idx[k] = tmp[a++];
            } else {
                idx[k] = tmp[b++];
            }
        }
    }

    /**
     * The order of two exact probabilities given with their doubles (each the exact value rounded, as
     * {@link Plan#cum} is {@link Plan#exactCum()}'s): the doubles when they differ (rounding keeps the order), else the
     * exact values.
     */
    private static int exactOrder(double a, BigDecimal exactA, double b, BigDecimal exactB) {
        return a < b ? -1 : a > b ? 1 : exactA.compareTo(exactB);
    }

    private static int levelOrder(int a, int b, double[] p, BigDecimal[] exact, int[] mask) {
        int x = Double.compare(p[b], p[a]);
        if (x == 0) {
            x = exact[b].compareTo(exact[a]);
        }
        return x != 0 ? x : Integer.compare(Integer.bitCount(mask[b]), Integer.bitCount(mask[a]));
    }

    /** Whether two plans have the same distribution (the same arrays when they start alike). */
    private static boolean alike(Plan a, Plan b) {
        return (a.keys == b.keys && a.cum == b.cum && a.exactCum() == b.exactCum())
                || (Arrays.equals(a.keys, b.keys) && Arrays.equals(a.cum, b.cum) && Arrays.equals(a.exactCum(), b.exactCum()));
    }

    /**
     * The plan of origin column {@code c} for a block, checked against the plan of the block's latest line; null
     * when a rule set's filters refuse the block at the origin (only when {@link #filtered}).
     */
    private Plan planOf(int c, int block) {
        int site = -1;
        for (int line = 0; line < lines; line++) {
            Plan s = single[c * lines + line];
            if (s != null) {
                site = s.site;
                break;
            }
        }
        for (Plan p : candidates.apply(block)) {
            if (p.site == site) {
                return p;
            }
        }
        if (filtered) {
            return null;
        }
        throw new IllegalStateException("origin " + site + " ships each line of a block alone but not the block");
    }

    /**
     * Each line given to one of the origins (in id order, each allowed the lines of {@code allowed[i]}), every
     * origin keeping at least one, so that the origins' sorted sku lists are smallest in turn (a list is smaller
     * when its first differing sku is, or when it is a prefix of the other).
     */
    private int[] smallestSkuLists(int[] allowed) {
        int k = allowed.length;
        Integer[] bySku = new Integer[lines];
        for (int i = 0; i < lines; i++) {
            bySku[i] = i;
        }
        Arrays.sort(bySku, Comparator.comparing(i -> skuOf[i]));
        int[] blocks = new int[k];
        int left = (1 << lines) - 1;
        for (int o = 0; o < k; o++) {
            int block = 0;
            int after = 0; // positions in sku order at or after which a line may still join the block
            while (true) {
                if (block != 0 && completes(left & ~block, allowed, o + 1, 0)) {
                    break;
                }
                int pos = after;
                for (; pos < lines; pos++) {
                    int line = bySku[pos];
                    int bit = 1 << line;
                    if ((left & bit) == 0 || (allowed[o] & bit) == 0 || (block & bit) != 0) {
                        continue;
                    }
                    int open = 0;
                    for (int q = pos + 1; q < lines; q++) {
                        open |= 1 << bySku[q];
                    }
                    if (completes(left & ~block & ~bit, allowed, o + 1, open & allowed[o])) {
                        break;
                    }
                }
                if (pos == lines) {
                    throw new IllegalStateException("no way to give the lines to the origins of a cover");
                }
                block |= 1 << bySku[pos];
                after = pos + 1;
            }
            blocks[o] = block;
            left &= ~block;
        }
        return blocks;
    }

    /**
     * Whether the lines of {@code left} can be given to origins {@code from..} (each allowed {@code allowed[i]},
     * each keeping one line at least) or to the origin being filled (the lines of {@code open}).
     */
    private static boolean completes(int left, int[] allowed, int from, int open) {
        int reach = open;
        for (int i = from; i < allowed.length; i++) {
            reach |= allowed[i];
        }
        if ((left & ~reach) != 0) {
            return false;
        }
        // each later origin keeps a distinct line: a matching saturating them (augmenting paths)
        int[] lineOwner = new int[32];
        Arrays.fill(lineOwner, -1);
        for (int i = from; i < allowed.length; i++) {
            if (!augment(i, left & allowed[i], allowed, left, lineOwner, new boolean[32])) {
                return false;
            }
        }
        return true;
    }

    private static boolean augment(int origin, int choices, int[] allowed, int left, int[] lineOwner, boolean[] seen) {
        for (int rest = choices; rest != 0; rest &= rest - 1) {
            int line = Integer.numberOfTrailingZeros(rest);
            if (seen[line]) {
                continue;
            }
            seen[line] = true;
            int owner = lineOwner[line];
            if (owner < 0 || augment(owner, left & allowed[owner], allowed, left, lineOwner, seen)) {
                lineOwner[line] = origin;
                return true;
            }
        }
        return false;
    }

    /**
     * The allocation of the given shipments (spec 4.3): the first of their keys, at or after each reaches the
     * confidence alone, at which the exact product of their probabilities reaches it; null if none does.
     */
    static Allocation allocation(Plan[] shipments, double confidence) {
        Plan[] plans = shipments.clone();
        if (plans.length == 1 && plans[0].ownKey != OpenCalendar.NONE) {
            // one shipment with an own key: the first of its keys at or after it is the own key itself, where it reaches
            // the confidence alone (its probability there, cumulative, at least the first step's that reached it)
            Allocation a = allocationAt(plans, plans[0].ownKey, confidence);
            if (a != null) {
                return a;
            }
        }
        Arrays.sort(plans, (a, b) -> a.origin.compareTo(b.origin));
        long start = Long.MIN_VALUE;
        int total = 0;
        for (Plan p : plans) {
            start = Math.max(start, p.ownKey);
            total += p.keys.length;
        }
        long[] ks = new long[total];
        int n = 0;
        for (Plan p : plans) {
            for (long k : p.keys) {
                if (k >= start) {
                    ks[n++] = k;
                }
            }
        }
        Arrays.sort(ks, 0, n);
        for (int i = 0; i < n; i++) {
            if (i > 0 && ks[i] == ks[i - 1]) {
                continue;
            }
            Allocation a = allocationAt(plans, ks[i], confidence);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /**
     * The allocation of the given shipments, sorted by origin id, at one key if their joint probability reaches the
     * confidence there, else null: spec 4.3's joint probability, the exact product of the shipments' exact
     * probabilities at the key rounded once (one shipment: its own probability). {@link #allocation} asks it at
     * each key in turn; the planner at the promised key ({@link CostPlanner}).
     */
    static Allocation allocationAt(Plan[] byOrigin, long key, double confidence) {
        BigDecimal exact;
        if (byOrigin.length == 1) {
            exact = byOrigin[0].exactAt(key);
        } else {
            exact = BigDecimal.ONE;
            for (Plan p : byOrigin) {
                exact = exact.multiply(p.exactAt(key));
            }
        }
        double product = byOrigin.length == 1 ? byOrigin[0].at(key) : exact.doubleValue();
        if (!Plan.reaches(product, confidence)) {
            return null;
        }
        double km = 0;
        for (Plan p : byOrigin) {
            km += p.distanceKm;
        }
        return new Allocation(byOrigin, key, product, exact, Math.round(km * 1000));
    }

    /**
     * {@link Allocation#compareTo} of the allocations of two plans alone, of the same block and reaching the
     * confidence, without making them: a plan alone reaches the confidence at its own key, with its probability
     * there, over its own distance (spec 4.3: key, then confidence, then distance, then origin id; one shipment
     * each and the same skus).
     */
    static int singleOrder(Plan a, Plan b) {
        int c = Long.compare(a.ownKey, b.ownKey);
        if (c != 0) {
            return c;
        }
        // plans sharing their distribution (Plan.forOrigin) have the same probability at the same own key
        c = a.keys == b.keys && a.exactCum() == b.exactCum() ? 0 : b.exactAt(b.ownKey).compareTo(a.exactAt(a.ownKey));
        if (c != 0) {
            return c;
        }
        c = Long.compare(Math.round(a.distanceKm * 1000), Math.round(b.distanceKm * 1000));
        if (c != 0) {
            return c;
        }
        return a.origin.compareTo(b.origin);
    }

    /**
     * Sorts plans that all reach the confidence alone (no own key {@link io.promiseengine.internal.time.OpenCalendar#NONE})
     * in place, as {@link Allocator} expects its candidates: by own key, then the origin id's rank in the snapshot.
     */
    static void sortInPlace(List<Plan> plans, Snapshot snap) {
        plans.sort((a, b) -> candidateOrder(a, b, snap));
    }

    /** The order of {@link #sortInPlace}: by own key, then the origin id's rank in the snapshot. */
    static int candidateOrder(Plan a, Plan b, Snapshot snap) {
        return a.ownKey != b.ownKey ? Long.compare(a.ownKey, b.ownKey)
                : Integer.compare(snap.sites[a.site].idRank, snap.sites[b.site].idRank);
    }

    /**
     * Plans that reach the confidence alone, as {@link Allocator} expects its candidates: by own key, then origin id
     * (plans of no snapshot, e.g. built by hand).
     */
    static List<Plan> sorted(List<Plan> plans) {
        return sorted(plans, (a, b) -> a.origin.compareTo(b.origin));
    }

    private static List<Plan> sorted(List<Plan> plans, Comparator<Plan> byOrigin) {
        List<Plan> out = new ArrayList<>(plans.size());
        for (Plan p : plans) {
            if (p.ownKey != io.promiseengine.internal.time.OpenCalendar.NONE) {
                out.add(p);
            }
        }
        out.sort((a, b) -> a.ownKey != b.ownKey ? Long.compare(a.ownKey, b.ownKey) : byOrigin.compare(a, b));
        return out;
    }
}
