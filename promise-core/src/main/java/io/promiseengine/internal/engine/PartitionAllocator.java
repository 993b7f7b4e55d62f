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
 * The exact search {@link Allocator} falls back to when a rule set's filter is not monotone (issue 13): the
 * cart's lines split into at most {@code maxShipments} blocks, each block's candidates asked for that block
 * itself (so through {@link RuleGate}, every line of the block allowed at the same instant), never derived from
 * its latest line. Each partition is seen once (blocks grown around the lowest unassigned line); a block is only
 * formed if some origin ships it alone at the confidence, and candidates sorted by own key let a search stop
 * as soon as it cannot beat or tie the best allocation found. Exponential in the lines (partitions of at most
 * {@code maxShipments} blocks); used only when the cover search's answer is not that of the blocks' own plans.
 */
final class PartitionAllocator {

    private final int lines;
    private final int maxShipments;
    private final double confidence;
    private final IntFunction<List<Plan>> candidates;
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
    }

    /** The best allocation, or null when none reaches the confidence. */
    Allocation solve() {
        int full = (1 << lines) - 1;
        search(new int[] {full}, 1);
        if (maxShipments > 1) {
            int first = 1; // line 0 is in the first block
            int rest = full & ~first;
            for (int sub = rest; ; sub = (sub - 1) & rest) {
                int block = first | sub;
                if (block != full) {
                    grow(new int[maxShipments], block, 0, full & ~block);
                }
                if (sub == 0) {
                    break;
                }
            }
        }
        return best;
    }

    private void grow(int[] blocks, int block, int depth, int remaining) {
        List<Plan> c = candidates.apply(block);
        if (c.isEmpty() || !worthLooking(c.get(0).ownKey, depth + 2)) {
            return;
        }
        blocks[depth] = block;
        if (depth + 2 > maxShipments) {
            return;
        }
        // next block: lowest remaining line plus a subset of the others
        int low = Integer.lowestOneBit(remaining);
        int rest = remaining & ~low;
        for (int sub = rest; ; sub = (sub - 1) & rest) {
            int next = low | sub;
            int after = remaining & ~next;
            if (after == 0) {
                if (!candidates.apply(next).isEmpty()) {
                    int[] partition = Arrays.copyOf(blocks, depth + 2);
                    partition[depth + 1] = next;
                    search(partition, depth + 2);
                }
            } else if (depth + 3 <= maxShipments) {
                grow(blocks, next, depth + 1, after);
            }
            if (sub == 0) {
                break;
            }
        }
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
        if (!worthLooking(lower, m)) {
            return;
        }
        dfs(cands, new Plan[m], 0, Long.MIN_VALUE);
    }

    private void dfs(List<Plan>[] cands, Plan[] chosen, int depth, long lower) {
        int m = chosen.length;
        if (depth == m) {
            Allocation a = Allocator.allocation(chosen, confidence);
            if (a != null && (best == null || a.compareTo(best) < 0)) {
                best = a;
            }
            return;
        }
        for (Plan p : cands[depth]) {
            long lb = Math.max(lower, p.ownKey);
            if (!worthLooking(lb, m)) {
                break; // sorted by own key: no later candidate can do better
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
            dfs(cands, chosen, depth + 1, lb);
        }
        chosen[depth] = null;
    }
}
