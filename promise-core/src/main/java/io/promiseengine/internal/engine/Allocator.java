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
import java.util.List;
import java.util.function.IntFunction;

/**
 * Finds the best allocation of a cart (spec 4.3 to 4.5): the lines split into at most {@code maxShipments}
 * blocks, never a line split, each block prepared by a different origin, minimising
 * {@link Allocation#compareTo}. Exact, without enumerating every subset of origins:
 *
 * <ul>
 *   <li>a block is only formed if some origin can ship it alone at the confidence (a joint probability
 *       never exceeds any of its factors), and blocks are grown around the lowest unassigned line, so each
 *       partition is seen once;</li>
 *   <li>the joint key of a tuple is at least the largest key at which one of its shipments alone reaches
 *       the confidence; candidates are sorted by that key, so a search stops as soon as it cannot beat or
 *       tie the best allocation found;</li>
 *   <li>blocks are formed line by line among the origins that ship every line of the block alone, and a
 *       branch is left when bounds show that no allocation it can still produce is accepted or beats or ties
 *       the best: the earliest key, the largest product of probabilities at the key to reach (with the
 *       lines left for later blocks), the least number of blocks the lines left need (docs/SEMANTICS.md,
 *       decision 10).</li>
 * </ul>
 *
 * <p>The candidates must be those of origins planning a block as the engine does: an origin ships a block
 * only if it ships each of its lines alone, and its plan of a block is at no key more probable, nor reaches
 * the confidence earlier, than its plan of any of the block's lines alone (the block waits for its latest
 * line). Every bound relies on that, never on anything heuristic; the answer is the exhaustive search's.
 */
final class Allocator {

    private final int lines;
    private final int maxShipments;
    /**
     * At most this many blocks in a split: {@code maxShipments}, and no more than the origins shipping some
     * line alone (each shipment of an allocation is a different origin, which ships each of its lines alone).
     */
    private int most;
    private final double confidence;
    private final IntFunction<List<Plan>> candidates;
    private Allocation best;
    /** In feasibility mode, the largest key accepted; {@link Long#MIN_VALUE} when optimising. */
    private long acceptUpTo = Long.MIN_VALUE;

    /**
     * @param lines the number of cart lines (bits of the masks)
     * @param maxShipments at most this many shipments
     * @param confidence the asked confidence
     * @param candidates for a block mask, the plans that ship it and reach the confidence alone, sorted by
     *                   {@link Plan#ownKey} then origin id (cached by the caller)
     */
    Allocator(int lines, int maxShipments, double confidence, IntFunction<List<Plan>> candidates) {
        this.lines = lines;
        this.maxShipments = Math.min(maxShipments, lines);
        this.confidence = confidence;
        this.candidates = candidates;
    }

    /**
     * Whether some allocation reaches the confidence at a key {@code <= key}: stops at the first one found
     * (used by order-by probes).
     */
    boolean reachesBy(long key) {
        acceptUpTo = key;
        solve();
        return best != null && best.key() <= key;
    }

    private boolean done() {
        return acceptUpTo != Long.MIN_VALUE && best != null && best.key() <= acceptUpTo;
    }

    /** The best allocation, or null when none reaches the confidence. */
    Allocation solve() {
        int full = (1 << lines) - 1;
        search(new int[] {full}, 1);
        if (maxShipments > 1 && lines > 1 && !done() && linesPossible(full, mustReachBy(2))
                && blocksNeeded(full, mustReachBy(2)) <= most) {
            place(new int[most], 0, full);
        }
        return best;
    }

    /**
     * Every partition of the {@code remaining} lines into further blocks after {@code blocks[0..depth)}: the
     * next block holds the lowest remaining line and any subset of the others that some origin ships alone,
     * so each partition is seen once.
     */
    private void place(int[] blocks, int depth, int remaining) {
        int low = Integer.lowestOneBit(remaining);
        int lowLine = Integer.numberOfTrailingZeros(low);
        int[] cols = scratch(depth, 0);
        long[] own = ownRows[depth * (lines + 1)];
        int n = 0;
        for (int c = 0; c < siteCount; c++) {
            Plan alone = single[c][lowLine];
            if (alone != null) {
                own[n] = alone.ownKey;
                cols[n++] = c;
            }
        }
        extend(blocks, depth, remaining, low, remaining & ~low, n, 0, true);
    }

    /**
     * Decides the lines of {@code undecided} one by one (in or out of the block being formed), keeping the
     * origins ({@code n} columns of the scratch row {@code row}, with the key at which each reaches the
     * confidence for the block's lines alone) that ship every line of the block alone, and leaving a branch as
     * soon as no block containing {@code block} can be part of a winning allocation: no origin ships it, or
     * the bounds of its lines alone already lose (a bigger block is never earlier nor more probable at an
     * origin than its lines alone: its plan waits for the latest of them).
     */
    private void extend(int[] blocks, int depth, int remaining, int block, int undecided, int n, int row,
                        boolean grown) {
        if (done() || (grown && !blockPossible(blocks, depth, block, n, row))) {
            return;
        }
        if (undecided == 0) {
            formed(blocks, depth, remaining, block);
            return;
        }
        int high = Integer.highestOneBit(undecided);
        int line = Integer.numberOfTrailingZeros(high);
        int base = depth * (lines + 1);
        int[] from = rows[base + row];
        long[] ownFrom = ownRows[base + row];
        int[] into = scratch(depth, row + 1);
        long[] ownInto = ownRows[base + row + 1];
        int m = 0;
        for (int i = 0; i < n; i++) {
            Plan alone = single[from[i]][line];
            if (alone != null) {
                ownInto[m] = Math.max(ownFrom[i], alone.ownKey);
                into[m++] = from[i];
            }
        }
        if (m > 0) {
            extend(blocks, depth, remaining, block | high, undecided & ~high, m, row + 1, true);
        }
        // the same block and origins, without the line
        extend(blocks, depth, remaining, block, undecided & ~high, n, row, false);
    }

    /** A block whose lines are all decided: search the partition it completes, or place the rest after it. */
    private void formed(int[] blocks, int depth, int remaining, int block) {
        int after = remaining & ~block;
        if (after == 0) {
            if (depth > 0) {
                int[] partition = Arrays.copyOf(blocks, depth + 1);
                partition[depth] = block;
                search(partition, depth + 1);
            }
            return;
        }
        if (depth + 2 > most) {
            return;
        }
        List<Plan> c = candidates.apply(block);
        if (c.isEmpty() || !worthLooking(c.get(0).ownKey, depth + 2)) {
            return;
        }
        blocks[depth] = block;
        int shipments = depth + 1 + blocksNeeded(after, mustReachBy(depth + 2));
        if (shipments <= most && shipments > depth + 2) {
            // more shipments than assumed may have to reach the confidence earlier (a tie needs fewer of them)
            shipments = depth + 1 + blocksNeeded(after, mustReachBy(shipments));
        }
        if (shipments <= most && jointlyPossible(blocks, depth + 1, after, shipments)) {
            place(blocks, depth + 1, after);
        }
    }

    /**
     * A lower bound of the number of blocks the lines of {@code mask} need when each block must reach the
     * confidence alone by {@code key} (as every shipment of an allocation reaching it by then does): at least
     * the lines over the most one origin ships alone by then, and at least the number of lines of which no
     * two are shipped alone by then by one origin; {@link Integer#MAX_VALUE} when a line has no such origin.
     */
    private int blocksNeeded(int mask, long key) {
        shippableBy(key);
        int most = 0;
        for (int c = 0; c < siteCount; c++) {
            most = Math.max(most, Integer.bitCount(shippable[c] & mask));
        }
        if (most == 0) {
            return Integer.MAX_VALUE;
        }
        int count = Integer.bitCount(mask);
        int needed = (count + most - 1) / most;
        int apart = 0;
        int picked = 0;
        for (int rest = mask; rest != 0; rest &= rest - 1) {
            int line = Integer.numberOfTrailingZeros(rest);
            if (together[line] == 0) {
                return Integer.MAX_VALUE;
            }
            if ((together[line] & picked) == 0) {
                picked |= 1 << line;
                apart++;
            }
        }
        return Math.max(needed, apart);
    }

    private long shippableKey = Long.MIN_VALUE;
    /** Per origin column, the lines it ships alone reaching the confidence by {@link #shippableKey}. */
    private int[] shippable;
    /** Per line, the lines one origin ships with it (itself included) by {@link #shippableKey}; 0 for none. */
    private int[] together;
    /** The same for the key asked before (a search alternates between two keys). */
    private long otherShippableKey = Long.MIN_VALUE;
    private int[] otherShippable;
    private int[] otherTogether;

    private void shippableBy(long key) {
        if (shippable != null && shippableKey == key) {
            return;
        }
        columns();
        int[] h0 = otherShippable;
        int[] t0 = otherTogether;
        long k0 = otherShippableKey;
        otherShippable = shippable;
        otherTogether = together;
        otherShippableKey = shippableKey;
        shippable = h0;
        together = t0;
        shippableKey = key;
        if (shippable != null && k0 == key) {
            return;
        }
        if (shippable == null) {
            shippable = new int[siteCount];
            together = new int[lines];
        }
        java.util.Arrays.fill(together, 0);
        for (int c = 0; c < siteCount; c++) {
            int h = 0;
            for (int line = 0; line < lines; line++) {
                Plan alone = single[c][line];
                if (alone != null && alone.ownKey <= key) {
                    h |= 1 << line;
                }
            }
            shippable[c] = h;
            for (int rest = h; rest != 0; rest &= rest - 1) {
                together[Integer.numberOfTrailingZeros(rest)] |= h;
            }
        }
    }

    /**
     * Whether a block containing {@code block}, shipped by one of the origins of the scratch row, can still be
     * in an allocation that is accepted or beats or ties the best: bounds from the origins' plans of its lines
     * alone (the earliest key at which one origin reaches the confidence for all of them, and the largest
     * probability one origin has for all of them at the key the allocation must reach), with the blocks
     * before it.
     */
    private boolean blockPossible(int[] blocks, int depth, int block, int n, int row) {
        if (n == 0) {
            return false;
        }
        int base = depth * (lines + 1);
        int[] cols = rows[base + row];
        long[] own = ownRows[base + row];
        long earliest = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            earliest = Math.min(earliest, own[i]);
        }
        if (!worthLooking(earliest, depth + 1)) {
            return false;
        }
        long key = mustReachBy(depth + 1);
        double bound = 1.0;
        for (int i = 0; i < depth; i++) {
            bound *= largestAt(blocks[i], key);
        }
        if (!Plan.reaches(bound * SLACK, confidence)) {
            return false;
        }
        double[] at = singleAt(key);
        double largest = 0;
        for (int i = 0; i < n && !Plan.reaches(bound * largest * SLACK, confidence); i++) {
            int col = cols[i] * lines;
            double p = Double.MAX_VALUE;
            for (int rest = block; rest != 0; rest &= rest - 1) {
                p = Math.min(p, at[col + Integer.numberOfTrailingZeros(rest)]);
            }
            largest = Math.max(largest, p);
        }
        return Plan.reaches(bound * largest * SLACK, confidence);
    }

    private long singleKey = Long.MIN_VALUE;
    private double[] singleAt;
    private long otherSingleKey = Long.MIN_VALUE;
    private double[] otherSingleAt;

    /**
     * The probability of each origin's plan of each line alone at a key ({@code column * lines + line}), kept
     * for the last two keys.
     */
    private double[] singleAt(long key) {
        if (singleAt != null && singleKey == key) {
            return singleAt;
        }
        double[] a = otherSingleAt;
        long k = otherSingleKey;
        otherSingleAt = singleAt;
        otherSingleKey = singleKey;
        singleAt = a;
        singleKey = key;
        if (singleAt != null && k == key) {
            return singleAt;
        }
        if (singleAt == null) {
            singleAt = new double[siteCount * lines];
        }
        for (int c = 0; c < siteCount; c++) {
            for (int line = 0; line < lines; line++) {
                Plan alone = single[c][line];
                singleAt[c * lines + line] = alone == null ? 0 : alone.at(key);
            }
        }
        return singleAt;
    }

    /** Whether every line of the mask has an origin reaching, alone, probabilities that can reach the confidence by the key. */
    private boolean linesPossible(int mask, long key) {
        for (int rest = mask; rest != 0; rest &= rest - 1) {
            if (!Plan.reaches(largestAt(Integer.lowestOneBit(rest), key) * SLACK, confidence)) {
                return false;
            }
        }
        columns();
        return true;
    }

    /** The origins shipping some line alone, as columns, and the plan of each of their lines alone (or null). */
    private Plan[][] single;
    private int siteCount;
    /** Scratch rows of origin columns, by depth and row of {@link #extend}, and their keys reaching the confidence. */
    private int[][] rows;
    private long[][] ownRows;

    private void columns() {
        if (single != null) {
            return;
        }
        java.util.Map<Integer, Plan[]> bySite = new java.util.LinkedHashMap<>();
        for (int line = 0; line < lines; line++) {
            for (Plan p : candidates.apply(1 << line)) {
                bySite.computeIfAbsent(p.site, k -> new Plan[lines])[line] = p;
            }
        }
        single = bySite.values().toArray(new Plan[0][]);
        siteCount = single.length;
        most = Math.min(maxShipments, siteCount);
        rows = new int[most * (lines + 1)][];
        ownRows = new long[rows.length][];
    }

    private int[] scratch(int depth, int level) {
        int i = depth * (lines + 1) + level;
        if (rows[i] == null) {
            rows[i] = new int[siteCount];
            ownRows[i] = new long[siteCount];
        }
        return rows[i];
    }

    /** Whether a part whose shipments reach the confidence alone no earlier than {@code key} may still win. */
    private boolean worthLooking(long key, int minShipments) {
        if (key == OpenCalendar.NONE || done()) {
            return false;
        }
        if (acceptUpTo != Long.MIN_VALUE && key > acceptUpTo) {
            return false;
        }
        if (best == null) {
            return true;
        }
        return key < best.key() || (key == best.key() && minShipments <= best.shipments());
    }

    private void search(int[] blocks, int m) {
        @SuppressWarnings("unchecked")
        List<Plan>[] cands = new List[m];
        long lower = Long.MIN_VALUE;
        for (int i = 0; i < m; i++) {
            cands[i] = candidates.apply(blocks[i]);
            if (cands[i].isEmpty()) {
                return;
            }
            lower = Math.max(lower, cands[i].get(0).ownKey);
        }
        if (!worthLooking(lower, m) || !jointlyPossible(blocks, m, 0, m)) {
            return;
        }
        dfs(blocks, cands, new Plan[m], 0, Long.MIN_VALUE);
    }

    /**
     * The key an allocation of at least {@code minShipments} shipments must reach the confidence by to be
     * accepted or to beat or tie the best found: the accepted key in feasibility mode, the best key (or the
     * key before it, when more shipments than the best's), {@link Long#MAX_VALUE} (any key: plans end at the
     * horizon) while nothing is found.
     */
    private long mustReachBy(int minShipments) {
        if (acceptUpTo != Long.MIN_VALUE) {
            return acceptUpTo;
        }
        if (best == null) {
            return Long.MAX_VALUE;
        }
        return minShipments > best.shipments() ? best.key() - 1 : best.key();
    }

    /**
     * An upper bound of the probabilities that keep a candidate search alone: the product of the largest
     * probability at the key of each block's candidates, with a slack covering the rounding of the products
     * and masses summing slightly above 1 ({@link io.promiseengine.model.MassFunction#SUM_TOLERANCE} per
     * factor). The product of any allocation's shipments at a key is at most it, so when the bound does not
     * reach the confidence, no allocation using these blocks reaches it by the key (spec 4.3: the joint
     * probability is the product of the shipments').
     */
    private boolean jointlyPossible(int[] blocks, int count, int remaining, int minShipments) {
        long key = mustReachBy(minShipments);
        double bound = 1.0;
        for (int i = 0; i < count; i++) {
            bound *= largestAt(blocks[i], key);
        }
        return Plan.reaches(bound * apartBound(remaining, key) * SLACK, confidence);
    }

    /** As {@link #jointlyPossible}, with the plans chosen for the first {@code depth} blocks. */
    private boolean tuplePossible(int[] blocks, Plan[] chosen, int depth) {
        int m = chosen.length;
        long key = mustReachBy(m);
        double bound = 1.0;
        for (int i = 0; i < m; i++) {
            bound *= i < depth ? chosen[i].at(key) : largestAt(blocks[i], key);
        }
        return Plan.reaches(bound * SLACK, confidence);
    }

    /**
     * An upper bound of the product of the probabilities at {@code key} of the blocks that will hold the
     * lines of {@code mask}: the block holding a line is no more probable than that line's best origin alone,
     * and lines no origin ships together alone by the key are in different blocks, so the product of the
     * best probabilities of such lines, taken from the least probable line up, bounds it.
     */
    private double apartBound(int mask, long key) {
        if (mask == 0) {
            return 1.0;
        }
        shippableBy(key);
        double bound = 1.0;
        int picked = 0;
        for (int left = mask; left != 0; ) {
            int line = -1;
            double least = Double.MAX_VALUE;
            for (int rest = left; rest != 0; rest &= rest - 1) {
                int l = Integer.numberOfTrailingZeros(rest);
                double p = largestAt(1 << l, key);
                if (p < least) {
                    least = p;
                    line = l;
                }
            }
            left &= ~(1 << line);
            if ((together[line] & picked) == 0) {
                picked |= 1 << line;
                bound *= least;
            }
        }
        return bound;
    }

    /** A relative slack on products of at most 30 factors each within 1e-9 above 1 and rounded (see above). */
    private static final double SLACK = 1 + 1e-7;

    /** Per block mask: the largest probability of its candidates at the last keys asked. */
    private final java.util.Map<Integer, Largest> largest = new java.util.HashMap<>();

    /** The largest probabilities of a block at the last two keys asked (a search alternates between two). */
    private static final class Largest {
        long key = Long.MIN_VALUE;
        double probability;
        long otherKey = Long.MIN_VALUE;
        double otherProbability;
    }

    /** The largest probability at {@code key} among the candidates of a block (kept for the last two keys). */
    private double largestAt(int mask, long key) {
        Largest l = largest.get(mask);
        if (l == null) {
            l = new Largest();
            largest.put(mask, l);
        }
        if (l.key != key) {
            long k = l.otherKey;
            double p = l.otherProbability;
            l.otherKey = l.key;
            l.otherProbability = l.probability;
            if (k != key) {
                p = 0;
                for (Plan plan : candidates.apply(mask)) {
                    p = Math.max(p, plan.at(key));
                }
            }
            l.key = key;
            l.probability = p;
        }
        return l.probability;
    }

    private void dfs(int[] blocks, List<Plan>[] cands, Plan[] chosen, int depth, long lower) {
        int m = chosen.length;
        if (depth == m) {
            evaluate(chosen.clone());
            return;
        }
        if (depth > 0 && !tuplePossible(blocks, chosen, depth)) {
            return;
        }
        for (Plan p : cands[depth]) {
            long lb = Math.max(lower, p.ownKey);
            if (!worthLooking(lb, m)) {
                break; // sorted by ownKey: no later candidate can do better
            }
            boolean used = false;
            for (int i = 0; i < depth; i++) {
                if (chosen[i].site == p.site) {
                    used = true;
                    break;
                }
            }
            if (used) {
                continue;
            }
            chosen[depth] = p;
            dfs(blocks, cands, chosen, depth + 1, lb);
        }
        chosen[depth] = null;
    }

    private void evaluate(Plan[] plans) {
        Arrays.sort(plans, (a, b) -> a.origin.compareTo(b.origin));
        long start = Long.MIN_VALUE;
        int total = 0;
        for (Plan p : plans) {
            start = Math.max(start, p.ownKey);
            total += p.keys.length;
        }
        long[] keys = new long[total];
        int n = 0;
        for (Plan p : plans) {
            for (long k : p.keys) {
                if (k >= start) {
                    keys[n++] = k;
                }
            }
        }
        Arrays.sort(keys, 0, n);
        for (int i = 0; i < n; i++) {
            if (i > 0 && keys[i] == keys[i - 1]) {
                continue;
            }
            BigDecimal exact;
            if (plans.length == 1) {
                exact = plans[0].exactAt(keys[i]);
            } else {
                exact = BigDecimal.ONE;
                for (Plan p : plans) {
                    exact = exact.multiply(p.exactAt(keys[i]));
                }
            }
            double product = plans.length == 1 ? plans[0].at(keys[i]) : exact.doubleValue();
            if (Plan.reaches(product, confidence)) {
                double km = 0;
                for (Plan p : plans) {
                    km += p.distanceKm;
                }
                Allocation a = new Allocation(plans, keys[i], product, exact, Math.round(km * 1000));
                if (best == null || a.compareTo(best) < 0) {
                    best = a;
                }
                return;
            }
        }
    }

    /** Sorts plans as {@link Allocator} expects its candidates: by own key, then origin id. */
    static List<Plan> sorted(List<Plan> plans, Snapshot snap) {
        return sorted(plans, (a, b) -> Integer.compare(snap.sites[a.site].idRank, snap.sites[b.site].idRank));
    }

    /** As {@link #sorted(List, Snapshot)}, comparing the origin ids themselves (plans of no snapshot). */
    static List<Plan> sorted(List<Plan> plans) {
        return sorted(plans, (a, b) -> a.origin.compareTo(b.origin));
    }

    private static List<Plan> sorted(List<Plan> plans, java.util.Comparator<Plan> byOrigin) {
        List<Plan> out = new ArrayList<>(plans.size());
        for (Plan p : plans) {
            if (p.ownKey != OpenCalendar.NONE) {
                out.add(p);
            }
        }
        out.sort((a, b) -> a.ownKey != b.ownKey ? Long.compare(a.ownKey, b.ownKey) : byOrigin.compare(a, b));
        return out;
    }
}
