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
 *       tie the best allocation found.</li>
 * </ul>
 */
final class Allocator {

    private final int lines;
    private final int maxShipments;
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
        if (maxShipments > 1) {
            int first = 1; // line 0 is in the first block
            int rest = full & ~first;
            // the first block: line 0 plus any proper subset of the others
            for (int sub = rest; ; sub = (sub - 1) & rest) {
                if (done()) {
                    break;
                }
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
            if (done()) {
                return;
            }
            int next = low | sub;
            int after = remaining & ~next;
            if (after == 0) {
                List<Plan> cn = candidates.apply(next);
                if (!cn.isEmpty()) {
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
        if (!worthLooking(lower, m)) {
            return;
        }
        dfs(cands, new Plan[m], 0, Long.MIN_VALUE);
    }

    private void dfs(List<Plan>[] cands, Plan[] chosen, int depth, long lower) {
        int m = chosen.length;
        if (depth == m) {
            evaluate(chosen.clone());
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
            dfs(cands, chosen, depth + 1, lb);
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
