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

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AllocationOracleTest}'s oracle (spec 4.3 written in the test) on carts of up to 4 lines and up to 7
 * origins: enough origins that the allocator's levels (one per origin and distinct probability of a line alone at
 * the key) number 12 and more, so that their order is made by the merge of {@code Allocator.mergeSort}, not only
 * its insertion sort, and that a level more probable than all before it must move to the front. A level in the
 * wrong place can be dropped as dominated by a wider, less probable one before it, and the answer's product falls.
 */
class AllocationManyLevelsTest {

    @Test
    void coverSearchWithManyOriginsFindsTheSpecsAllocation() {
        AllocationOracleTest.check(20261215L, 300, false, 4, 7);
    }

    @Test
    void filteredSearchWithManyOriginsFindsTheSpecsAllocation() {
        AllocationOracleTest.check(20261216L, 150, true, 4, 7);
    }

    /**
     * Twelve levels, the fewest the merge sorts, with the one that decides the answer behind a wider, less probable
     * one in the allocator's first order (origins as they first appear, line by line).
     */
    @Test
    void aMoreProbableNarrowLevelIsNotDroppedBehindAWiderOne() {
        // lines A, B, C; every plan on day 10 only; confidence 0.9. o0 holds A and B (0.95), o1 holds A (1.0), o2
        // holds B and C (1.0), o3 to o11 hold C (0.92 each). No origin holds the three lines: two shipments at
        // least. Those that reach 0.9 on day 10: o1 A + o2 B C (1.0 x 1.0 = 1.0), o0 A + o2 B C and o0 A B + o2 C
        // (0.95), o0 A B + any of o3..o11 C (0.95 x 0.92 = 0.874: no). Spec 4.3: the same day and as many
        // shipments, the higher confidence wins: o1 ships A, o2 ships B and C, confidence 1.
        Map<Integer, List<Plan>> byMask = new HashMap<>();
        String[] sku = {"A", "B", "C"};
        add(byMask, 0, new int[] {0b001, 0b010, 0b011}, 0.95, sku);
        add(byMask, 1, new int[] {0b001}, 1.0, sku);
        add(byMask, 2, new int[] {0b010, 0b100, 0b110}, 1.0, sku);
        for (int o = 3; o <= 11; o++) {
            add(byMask, o, new int[] {0b100}, 0.92, sku);
        }
        for (boolean filtered : new boolean[] {false, true}) {
            Allocation a = new Allocator(3, 3, 0.9, m -> Allocator.sorted(byMask.getOrDefault(m, List.of())), filtered)
                    .solve();
            assertThat(describe(a)).as("filtered " + filtered).isEqualTo("key 10 conf 1: o1=[A] o2=[B, C]");
        }
        Allocation p = new PartitionAllocator(3, 3, 0.9, m -> Allocator.sorted(byMask.getOrDefault(m, List.of()))).solve();
        assertThat(describe(p)).isEqualTo("key 10 conf 1: o1=[A] o2=[B, C]");
    }

    /** The same with the decisive level in the second half of the twelve: the halves must be merged. */
    @Test
    void theSecondHalfOfTheLevelsIsMergedIn() {
        // lines A, B, C; day 10 only; confidence 0.9. o0 holds A and B (0.95), o1 to o9 hold A (0.92 each), o10
        // holds A (1.0), o11 holds B and C (1.0). Two shipments at least (C only at o11, which lacks A); those
        // reaching 0.9: o10 A + o11 B C (1.0), o0 A + o11 B C (0.95), o0 A B + o11 C (0.95); o1..o9 A + o11 B C
        // (0.92). The highest confidence: o10 ships A, o11 ships B and C, confidence 1.
        Map<Integer, List<Plan>> byMask = new HashMap<>();
        String[] sku = {"A", "B", "C"};
        add(byMask, 0, new int[] {0b001, 0b010, 0b011}, 0.95, sku);
        for (int o = 1; o <= 9; o++) {
            add(byMask, o, new int[] {0b001}, 0.92, sku);
        }
        add(byMask, 10, new int[] {0b001}, 1.0, sku);
        add(byMask, 11, new int[] {0b010, 0b100, 0b110}, 1.0, sku);
        for (boolean filtered : new boolean[] {false, true}) {
            Allocation a = new Allocator(3, 3, 0.9, m -> Allocator.sorted(byMask.getOrDefault(m, List.of())), filtered)
                    .solve();
            assertThat(describe(a)).as("filtered " + filtered).isEqualTo("key 10 conf 1: o10=[A] o11=[B, C]");
        }
        Allocation p = new PartitionAllocator(3, 3, 0.9, m -> Allocator.sorted(byMask.getOrDefault(m, List.of()))).solve();
        assertThat(describe(p)).isEqualTo("key 10 conf 1: o10=[A] o11=[B, C]");
    }

    private static void add(Map<Integer, List<Plan>> byMask, int o, int[] masks, double p, String[] sku) {
        for (int mask : masks) {
            List<String> skus = new ArrayList<>();
            for (int i = 0; i < sku.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    skus.add(sku[i]);
                }
            }
            // origin ids that sort as numbers do up to o11: "o00" ... "o11"
            byMask.computeIfAbsent(mask, k -> new ArrayList<>()).add(new Plan(o, String.format("o%02d", o), mask,
                    List.copyOf(skus), 1.0, 0, 0, 0, new long[] {10}, new double[] {p},
                    new BigDecimal[] {new BigDecimal(String.valueOf(p))}, 0.9));
        }
    }

    private static String describe(Allocation a) {
        if (a == null) {
            return "none";
        }
        StringBuilder sb = new StringBuilder("key " + a.key() + " conf "
                + a.exactConfidence().stripTrailingZeros().toPlainString() + ":");
        for (Plan p : a.plans()) {
            sb.append(' ').append(p.origin.replaceFirst("^o0", "o")).append('=').append(p.sortedSkus);
        }
        return sb.toString();
    }
}
