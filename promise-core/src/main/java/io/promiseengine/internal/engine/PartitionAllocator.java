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

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The partition search of the cart, shared by the quote and the planner: the cart's lines split into at most
 * {@code maxShipments} blocks, never a line split, one origin per block, each origin at most once; what is sought is
 * an {@link Objective}'s. Each partition is seen once: blocks grown around the lowest unassigned line (the largest
 * first), the candidates of a block asked for that block itself (so through {@link RuleGate}, every line of the
 * block allowed at the same instant, never derived from its latest line) and tried in the objective's order, each
 * chosen before the next block is formed; the objective cuts a candidate or every later one of its block. The
 * joint probability of a complete choice is {@link Allocator#allocationAt}'s.
 *
 * <p>Two objectives: the quote's ({@link #solve}, spec 4.3's order, the fallback of {@link Allocator} when a rule
 * set's filter is not monotone, issue 13: candidates by own key, a branch cut when it can neither beat nor tie the
 * best allocation's key and shipments) and the planner's ({@link CostPlanner}: candidates cheapest first, a branch
 * and bound on cost then spec 4.3's order, with lower bounds of the lines left). Exponential in the lines; the quote
 * uses it only when the cover search's answer is not that of the blocks' own plans.
 */
final class PartitionAllocator {

    /** What a partition search seeks: the order in which it tries a block's candidates, its cuts, its best. */
    interface Objective {

        /** {@link #admit}: the candidate is taken and the search goes on with the lines left. */
        int TAKE = 0;
        /** {@link #admit}: not this candidate; the next of its block is tried. */
        int SKIP = 1;
        /** {@link #admit}: neither this candidate nor any later one of its block. */
        int STOP = 2;

        /**
         * The candidates of a block as shipment {@code depth} (each origin's plan of the block), in the order tried;
         * called before the block's {@link #admit}s, which refer to this list by position.
         */
        List<Plan> candidates(int depth, int block);

        /**
         * Whether candidate {@code i} of the list {@link #candidates} last gave at this depth, {@code p}, may be
         * shipment {@code depth} after shipments {@code 0..depth-1} (the objective keeps what it needs of them),
         * {@code left} the lines then still unassigned: {@link #TAKE}, {@link #SKIP} or {@link #STOP}. Asked only for
         * an origin not taken already (so a {@link #STOP} must hold for every later candidate of the block).
         */
        int admit(int depth, int i, Plan p, int left);

        /** A complete choice: {@code chosen[0..count)}, distinct origins, their blocks a partition of the cart. */
        void complete(Plan[] chosen, int count);
    }

    /**
     * Runs the partition search of a cart of {@code lines} lines in at most {@code maxShipments} shipments for the
     * objective.
     */
    static void search(int lines, int maxShipments, Objective objective) {
        new Walk(maxShipments, objective, new Plan[Math.max(1, Math.min(maxShipments, lines))]).grow((1 << lines) - 1, 0);
    }

    /** One search: the shipments chosen so far. */
    private record Walk(int maxShipments, Objective objective, Plan[] chosen) {

        void grow(int remaining, int depth) {
            if (remaining == 0) {
                objective.complete(chosen, depth);
                return;
            }
            if (depth >= maxShipments) {
                return;
            }
            int low = Integer.lowestOneBit(remaining);
            int rest = remaining & ~low;
            // the last shipment allowed takes every line left, or nothing does: only the first block (sub == rest)
            boolean last = depth + 1 >= maxShipments;
            for (int sub = rest; ; sub = (sub - 1) & rest) {
                int block = low | sub;
                int left = remaining & ~block;
                List<Plan> candidates = objective.candidates(depth, block);
                for (int i = 0, n = candidates.size(); i < n; i++) {
                    Plan p = candidates.get(i);
                    if (taken(depth, p.site)) {
                        continue; // the next is asked: whatever would cut this one cuts it too
                    }
                    int verdict = objective.admit(depth, i, p, left);
                    if (verdict == Objective.STOP) {
                        break;
                    }
                    if (verdict == Objective.SKIP) {
                        continue;
                    }
                    chosen[depth] = p;
                    grow(left, depth + 1);
                }
                if (sub == 0 || last) {
                    break;
                }
            }
            chosen[depth] = null;
        }

        private boolean taken(int depth, int site) {
            for (int i = 0; i < depth; i++) {
                if (chosen[i].site == site) {
                    return true;
                }
            }
            return false;
        }
    }

    // ---- the quote's objective: spec 4.3's order ----

    private final int lines;
    private final int maxShipments;
    private final double confidence;
    private final IntFunction<List<Plan>> candidates;
    /** Per depth, the latest own key of the shipments before it (a lower bound of the allocation's key). */
    private final long[] lower;
    private Allocation best;

    /**
     * @param lines the number of cart lines (bits of the masks)
     * @param maxShipments at most this many shipments
     * @param confidence the asked confidence
     * @param candidates for a block mask, the plans that ship it and reach the confidence alone, sorted by
     *                   {@link Plan#ownKey} then origin id
     */
    PartitionAllocator(int lines, int maxShipments, double confidence, IntFunction<List<Plan>> candidates) {
        this.lines = lines;
        this.maxShipments = Math.min(maxShipments, lines);
        this.confidence = confidence;
        this.candidates = candidates;
        this.lower = new long[this.maxShipments + 1];
        lower[0] = Long.MIN_VALUE;
    }

    /** The best allocation (spec 4.3's order), or null when none reaches the confidence. */
    Allocation solve() {
        search(lines, maxShipments, new Objective() {
            @Override
            public List<Plan> candidates(int depth, int block) {
                return candidates.apply(block);
            }

            /*
             * An allocation's key is at or after each shipment's own key, and it has one more shipment at least
             * while lines are left: a candidate is cut when that cannot beat or tie the best found, and so is every
             * later one of its block (sorted by own key).
             */
            @Override
            public int admit(int depth, int i, Plan p, int left) {
                long key = Math.max(lower[depth], p.ownKey);
                if (!worthLooking(key, depth + (left == 0 ? 1 : 2))) {
                    return STOP;
                }
                lower[depth + 1] = key;
                return TAKE;
            }

            @Override
            public void complete(Plan[] chosen, int count) {
                Allocation a = Allocator.allocation(Arrays.copyOf(chosen, count), confidence);
                if (a != null && (best == null || a.compareTo(best) < 0)) {
                    best = a;
                }
            }
        });
        return best;
    }

    /** Whether a part whose shipments reach the confidence alone no earlier than {@code key} may still win. */
    private boolean worthLooking(long key, int minShipments) {
        if (key == OpenCalendar.NONE) {
            return false;
        }
        if (best == null) {
            return true;
        }
        return key < best.key() || (key == best.key() && minShipments <= best.shipments());
    }
}
