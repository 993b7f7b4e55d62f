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
 * from the destination, grouped per solver). {@link #order} holds the non-empty groups ascending by
 * {@code (bound - base) << 32 | g}, as {@link OriginOrder} holds origins ({@link OriginOrder#NEVER} for a group without
 * a plan, a difference past 31 bits lowered to {@link OriginOrder#FAR}); position {@code i} of the walk is in the
 * {@code k}-th group of the order when {@code end[k - 1] <= i < end[k]}.
 */
final class ClassOrder extends OriginWalk {

    private final int[] grouped;
    private final int[] start;
    private final long[] order;
    private final int[] end;
    private final long base;
    /** Membership: the eligible flags by site (home delivery), or else the candidate origins, ascending. */
    private final boolean[] eligible;
    private final int[] candidates;
    /** The group of the position last looked up: walks ask positions in order. */
    private int last;

    /**
     * @param grouped    the candidate origins by group (not copied, never written)
     * @param start      where each group starts in {@code grouped}, and its end ({@code count + 1} entries)
     * @param bounds     each group's bound at the order instant, {@link OpenCalendar#NONE} for no plan
     * @param eligible   the candidates as flags by site, or null
     * @param candidates the candidates, ascending, when {@code eligible} is null
     */
    ClassOrder(int[] grouped, int[] start, long[] bounds, boolean[] eligible, int[] candidates) {
        this.grouped = grouped;
        this.start = start;
        this.eligible = eligible;
        this.candidates = candidates;
        int count = bounds.length;
        long min = Long.MAX_VALUE;
        int groups = 0;
        for (int g = 0; g < count; g++) {
            if (start[g + 1] > start[g]) {
                groups++;
                if (bounds[g] != OpenCalendar.NONE) {
                    min = Math.min(min, bounds[g]);
                }
            }
        }
        this.base = min;
        this.order = new long[groups];
        groups = 0;
        for (int g = 0; g < count; g++) {
            if (start[g + 1] > start[g]) {
                long d = bounds[g] == OpenCalendar.NONE ? OriginOrder.NEVER : Math.min(bounds[g] - min, OriginOrder.FAR);
                order[groups++] = d << 32 | g;
            }
        }
        Arrays.sort(order);
        this.end = new int[groups];
        int at = 0;
        for (int k = 0; k < groups; k++) {
            int g = (int) order[k];
            at += start[g + 1] - start[g];
            end[k] = at;
        }
    }

    @Override
    int size() {
        return end.length == 0 ? 0 : end[end.length - 1];
    }

    /** The group of the order holding position {@code i}: the last one asked, the next, or searched. */
    private int groupAt(int i) {
        int k = last;
        if (i < end[k] && (k == 0 || i >= end[k - 1])) {
            return k;
        }
        if (k + 1 < end.length && i >= end[k] && i < end[k + 1]) {
            last = k + 1;
            return k + 1;
        }
        k = Arrays.binarySearch(end, i);
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
        return eligible != null ? eligible[site] : Arrays.binarySearch(candidates, site) >= 0;
    }
}
