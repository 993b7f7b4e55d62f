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

/**
 * The eligible origins of one target in the order of a lower bound of their own key at one order instant
 * ({@link Solver#ownKeyBound}), for origins whose lines are available then: made once per listing page and
 * target, so that the page's one-line carts walk it instead of each reading and sorting every origin again
 * (docs/BENCHMARKS.md, "A listing page shares its setup").
 *
 * <p>The bound of an origin whose block is available at the order instant does not depend on the cart: it is
 * its class's bound, or its own from the order instant, given by the destination, the instant and the
 * confidence, which a page's carts share. An origin where a line is available only later (a supply arrival)
 * is bounded from that instant by the cart's solver: those are the exceptions the solver merges in.
 *
 * <p>Layout: {@link #order} ascending, each entry {@code (bound - base) << 32 | i} where {@code i} indexes the
 * target's candidate origins ({@link #sites}) and {@code base} is the smallest bound; an origin without a plan
 * has {@link #NEVER} in place of the difference. Bounds of one instant differ by far less than 2^31 (keys are
 * epoch days, or seconds within twice the horizon); a larger difference would be lowered to {@link #FAR}, still a
 * lower bound, as in the solver's own pools.
 *
 * <p>It also keeps what the page's one-shipment walks planned of these origins ({@link #planned}): the plans best
 * first, and which positions were planned, so that a later cart takes the best of them it holds and plans only the
 * origins no cart planned (docs/BENCHMARKS.md, "The listing page's plans kept in order").
 */
final class OriginOrder extends OriginWalk {

    /** In place of a bound's difference: the origin has no plan at this instant. */
    static final long NEVER = Integer.MAX_VALUE;
    /** The largest difference kept: a larger one is lowered to it, still a lower bound (never at one instant). */
    static final long FAR = Integer.MAX_VALUE - 1;

    private final int[] sites;
    private final long[] order;
    private final long base;
    /** One bit per site of the snapshot: whether it is one of {@link #sites}. */
    private final long[] member;
    private final int siteCount;

    /**
     * @param sites  the target's candidate origins (not copied, never written)
     * @param bounds their bounds at the order instant, {@link OpenCalendar#NONE} for none
     * @param siteCount how many sites the snapshot has
     */
    OriginOrder(int[] sites, long[] bounds, int siteCount) {
        this.sites = sites;
        this.siteCount = siteCount;
        long min = Long.MAX_VALUE;
        for (long b : bounds) {
            if (b != OpenCalendar.NONE) {
                min = Math.min(min, b);
            }
        }
        this.base = min;
        this.order = new long[sites.length];
        this.member = new long[(siteCount + 63) >>> 6];
        for (int i = 0; i < sites.length; i++) {
            long d = bounds[i] == OpenCalendar.NONE ? NEVER : Math.min(bounds[i] - min, FAR);
            order[i] = d << 32 | i;
            member[sites[i] >>> 6] |= 1L << sites[i];
        }
        Arrays.sort(order);
    }

    /** How many origins. */
    int size() {
        return order.length;
    }

    /** The site at position {@code i} of the order. */
    int site(int i) {
        return sites[(int) order[i]];
    }

    /** The bound at position {@code i} of the order: {@link Long#MAX_VALUE} for an origin without a plan. */
    long bound(int i) {
        long d = order[i] >>> 32;
        return d == NEVER ? Long.MAX_VALUE : base + d;
    }

    /** Whether the site is one of the target's candidate origins. */
    boolean member(int site) {
        return (member[site >>> 6] & (1L << site)) != 0;
    }

    /** By site of the snapshot: its position in the order, -1 for a site not in it; made when first asked. */
    private int[] positions;

    /**
     * The position of each site of the snapshot in the order, -1 for one not in it (shared: never modify it). Its own
     * array, made at the first ask and kept as long as the order (one page): not the thread's scratch space, whose
     * slots keep the longest array each ever lent, so that an array of one entry per site taken at a varying slot would
     * leave such arrays in many slots of every thread.
     */
    int[] positions() {
        if (positions == null) {
            int[] p = new int[siteCount];
            Arrays.fill(p, 0, siteCount, -1);
            for (int i = 0; i < order.length; i++) {
                p[site(i)] = i;
            }
            positions = p;
        }
        return positions;
    }

    /*
     * The plans the page's one-shipment walks ({@code Solver.Pool.bestSingle}) made of origins of this order with a
     * bound (their lines available at the order instant: the plan is the same for every cart of the page holding the
     * line there), kept for the page's later carts: those with an own key, best first by Allocator.singleOrder, with
     * their positions; and per position whether it was planned, as a skip list to the next position not planned.
     */
    private Plan[] pagePlans = new Plan[16];
    private int[] pagePositions = new int[16];
    private int pagePlanCount;
    /** {@code skip[i]}: a position at or before the first not planned at or after {@code i} (null until the first). */
    private int[] skip;

    /** How many plans with an own key the page made of this order's origins. */
    int plannedCount() {
        return pagePlanCount;
    }

    /** The position of the {@code k}-th of them, best first. */
    int plannedPosition(int k) {
        return pagePositions[k];
    }

    /** The first position at or after {@code i} the page has not planned; {@link #size()} for none. */
    int notPlanned(int i) {
        if (skip == null || i >= order.length) {
            return i;
        }
        int j = i;
        while (skip[j] != j) {
            j = skip[j];
        }
        // halves the paths walked next time
        while (skip[i] != j) {
            int next = skip[i];
            skip[i] = j;
            i = next;
        }
        return j;
    }

    /**
     * Keeps the plan (or null, or one without an own key) made of the origin at {@code position}, which has a bound.
     */
    void planned(int position, Plan p) {
        if (skip == null) {
            skip = new int[order.length + 1];
            for (int i = 0; i < skip.length; i++) {
                skip[i] = i;
            }
        }
        skip[position] = position + 1;
        if (p == null || p.ownKey == OpenCalendar.NONE) {
            return;
        }
        if (pagePlanCount == pagePlans.length) {
            pagePlans = Arrays.copyOf(pagePlans, pagePlanCount * 2);
            pagePositions = Arrays.copyOf(pagePositions, pagePlanCount * 2);
        }
        int at = pagePlanCount;
        while (at > 0 && Allocator.singleOrder(p, pagePlans[at - 1]) < 0) {
            pagePlans[at] = pagePlans[at - 1];
            pagePositions[at] = pagePositions[at - 1];
            at--;
        }
        pagePlans[at] = p;
        pagePositions[at] = position;
        pagePlanCount++;
    }
}
