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
 * A target's candidate origins walked class by class, the classes in the order of their bound at one order instant
 * (issue 14, "Classes walked in bound order"): the origins of a class whose lines are available at the order instant
 * share its bound ({@code Solver.classBound}), so sorting the classes (a few hundred at most) orders the origins,
 * and a pool reads the members of the classes its limit reaches only, not every origin holding its block.
 *
 * <p>Layout: the members of group {@code g} are {@code grouped[start[g] .. start[g + 1])}, ascending (for home
 * delivery the snapshot's classes, {@link Snapshot.HomeDelivery#classSites}; for a courier its classes at each band
 * from the destination, grouped per solver). {@link #order} holds the non-empty groups not {@link #LEFT_OUT}, ascending by
 * {@code (bound - base) << 32 | g}, as {@link OriginOrder} holds origins ({@link OriginOrder#NEVER} for a group without
 * a plan, a difference past 31 bits lowered to {@link OriginOrder#FAR}); position {@code i} of the walk is in the
 * {@code k}-th group of the order when {@code end[k - 1] <= i < end[k]}.
 */
final class ClassOrder extends OriginWalk {

    private final int[] grouped;
    private final int[] start;
    private final long[] order;
    private final int[] end;
    /** How many groups {@link #order} and {@link #end} hold (their first entries; the arrays may be longer). */
    private final int groups;
    private final long base;
    /**
     * Membership: the eligible flags by site (home delivery), or else the candidate origins, ascending (a courier's: those
     * holding a line of the cart, the first {@link #candidateCount}).
     */
    private final boolean[] eligible;
    private final int[] candidates;
    /** How many of {@link #candidates} are read. */
    private final int candidateCount;
    /** The group of the position last looked up: walks ask positions in order. */
    private int last;

    /**
     * @param grouped    the candidate origins by group (not copied, never written)
     * @param start      where each group starts in {@code grouped}, and its end ({@code count + 1} entries)
     * @param bounds     each group's bound at the order instant, {@link OpenCalendar#NONE} for no plan, {@link
     *                   #LEFT_OUT} for a group left out of the walk (none of its members holds a line: no pool would
     *                   take one); the first {@code count} entries read
     * @param count      how many groups
     * @param eligible   the candidates as flags by site, or null
     * @param candidates the candidates, ascending, when {@code eligible} is null (those that hold a line at least:
     *                   {@link #member} is asked of such sites only)
     * @param candidateCount how many of {@code candidates} are read
     * @param order      space for the order, at least {@code count} entries (the caller's, e.g. the context's
     *                   scratch space; written here, kept)
     * @param end        space for the ends of the groups, as {@code order} (any values: written here)
     */
    ClassOrder(int[] grouped, int[] start, long[] bounds, int count, boolean[] eligible, int[] candidates,
               int candidateCount, long[] order, int[] end) {
        this.grouped = grouped;
        this.start = start;
        this.eligible = eligible;
        this.candidates = candidates;
        this.candidateCount = candidateCount;
        long min = Long.MAX_VALUE;
        int groups = 0;
        for (int g = 0; g < count; g++) {
            if (walked(start, bounds, g)) {
                groups++;
                if (bounds[g] != OpenCalendar.NONE) {
                    min = Math.min(min, bounds[g]);
                }
            }
        }
        this.base = min;
        this.order = order;
        this.groups = groups;
        // the groups by difference, then g: classes share a few dates (or instants), so the groups are counted by
        // difference (at most DIFFERENCES of them: the differences first, then where each one's groups start) and placed
        // in the order of g within each; past DIFFERENCES differences, sorted
        long[] counted = new long[2 * DIFFERENCES];
        int distinct = 0;
        for (int g = 0; g < count; g++) {
            if (walked(start, bounds, g)) {
                long d = difference(bounds[g], min);
                int j = 0;
                while (j < distinct && counted[j] != d) {
                    j++;
                }
                if (j == distinct) {
                    if (distinct == DIFFERENCES) {
                        distinct = -1;
                        break;
                    }
                    counted[distinct++] = d;
                }
                counted[DIFFERENCES + j]++;
            }
        }
        if (distinct < 0) {
            int placed = 0;
            for (int g = 0; g < count; g++) {
                if (walked(start, bounds, g)) {
                    order[placed++] = difference(bounds[g], min) << 32 | g;
                }
            }
            Arrays.sort(order, 0, groups);
        } else {
            // the differences ascending with their counts, then the counts turned into where each one's groups start
            for (int i = 1; i < distinct; i++) {
                long d = counted[i];
                long n = counted[DIFFERENCES + i];
                int j = i;
                for (; j > 0 && counted[j - 1] > d; j--) {
                    counted[j] = counted[j - 1];
                    counted[DIFFERENCES + j] = counted[DIFFERENCES + j - 1];
                }
                counted[j] = d;
                counted[DIFFERENCES + j] = n;
            }
            long at = 0;
            for (int j = 0; j < distinct; j++) {
                long n = counted[DIFFERENCES + j];
                counted[DIFFERENCES + j] = at;
                at += n;
            }
            for (int g = 0; g < count; g++) {
                if (walked(start, bounds, g)) {
                    long d = difference(bounds[g], min);
                    int j = 0;
                    while (counted[j] != d) {
                        j++;
                    }
                    order[(int) counted[DIFFERENCES + j]++] = d << 32 | g;
                }
            }
        }
        this.end = end;
        int at = 0;
        for (int k = 0; k < groups; k++) {
            int g = (int) order[k];
            at += start[g + 1] - start[g];
            end[k] = at;
        }
    }

    /** A {@code bounds} entry: the group is left out of the walk (as if it had no member). */
    static final long LEFT_OUT = Long.MIN_VALUE;

    /** Whether group {@code g} is walked: it has members, and is not {@link #LEFT_OUT}. */
    private static boolean walked(int[] start, long[] bounds, int g) {
        return start[g + 1] > start[g] && bounds[g] != LEFT_OUT;
    }

    /** How many distinct differences of bounds the constructor counts the groups by; past them it sorts the groups. */
    private static final int DIFFERENCES = 8;

    /** A group's key difference: its bound less the least, at most {@link OriginOrder#FAR}; {@link OriginOrder#NEVER} for no plan. */
    private static long difference(long bound, long min) {
        return bound == OpenCalendar.NONE ? OriginOrder.NEVER : Math.min(bound - min, OriginOrder.FAR);
    }

    @Override
    int size() {
        return groups == 0 ? 0 : end[groups - 1];
    }

    /** The group of the order holding position {@code i}: the last one asked, the next, or searched. */
    private int groupAt(int i) {
        int k = last;
        if (i < end[k] && (k == 0 || i >= end[k - 1])) {
            return k;
        }
        if (k + 1 < groups && i >= end[k] && i < end[k + 1]) {
            last = k + 1;
            return k + 1;
        }
        k = Arrays.binarySearch(end, 0, groups, i);
        k = k >= 0 ? k + 1 : -k - 1; // the first end above i
        last = k;
        return k;
    }

    @Override
    int site(int i) {
        int k = groupAt(i);
        int g = (int) order[k];
        return grouped[start[g] + i - (k == 0 ? 0 : end[k - 1])];
    }

    @Override
    long bound(int i) {
        long d = order[groupAt(i)] >>> 32;
        return d == OriginOrder.NEVER ? Long.MAX_VALUE : base + d;
    }

    /** The group of position {@code i} (for a pool's class of its origins: {@code Solver.planClass}). */
    int group(int i) {
        return (int) order[groupAt(i)];
    }

    /** The position past the last of the group holding position {@code i}. */
    int groupEnd(int i) {
        return end[groupAt(i)];
    }

    @Override
    boolean member(int site) {
        return eligible != null ? eligible[site] : Arrays.binarySearch(candidates, 0, candidateCount, site) >= 0;
    }
}
