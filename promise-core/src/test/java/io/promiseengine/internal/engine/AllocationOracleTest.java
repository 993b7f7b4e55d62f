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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allocation searches against spec 4.3 written out in this test (issue 13, mutation testing of the quote
 * path): {@link PartitionAllocator}, {@link Allocator} with a rule set's filters ({@code filtered}, where a
 * block may start later than its latest line, or never) and {@link Allocator} without them, on generated carts
 * of up to 5 lines and 4 origins, {@code maxShipments} 1 to 5.
 *
 * <p>The oracle shares nothing with the code under test but the {@link Plan} fields it reads (keys, exact
 * cumulative probabilities, distance, origin id, skus): every map of lines to origins, grouped into one block per
 * origin, each block taking the origin's plan of that block; the promised key is the first key of any plan at
 * which the exact product reaches the confidence ({@code p >= c - 1e-9}); the best is the earliest key, then
 * fewer shipments, the higher product, the smaller distance sum (metres, {@code Math.round}), the smaller sorted
 * list of origin ids, then origin by origin the smaller sorted list of skus. {@link AllocatorBoundsTest}
 * compares with {@link Allocation#compareTo} itself; this test does not.
 *
 * <p>Plans are built as the engine's are: an origin has one distribution, shifted by the instant its block can
 * start; a block holding a line the origin lacks has no plan. Without filters a block starts with its latest
 * line; with them (as a filter that is not monotone does) it may start up to 2 keys later, or never. Few
 * distributions, distances and skus, so ties on every term are common. Seed fixed; the failing case is named.
 */
class AllocationOracleTest {

    private static final double[][] DISTRIBUTIONS = {
        {1.0}, {0.5, 1.0}, {0.6, 0.9, 1.0}, {0.85, 0.97, 1.0}, {0.7, 0.95, 1.0}, {0.93, 1.0}, {0.97, 1.0}, {0.5, 0.8}};
    private static final double[] CONFIDENCES = {0.5, 0.8, 0.9, 0.95, 1.0};

    @Test
    void partitionSearchAndFilteredCoverSearchFindTheSpecsAllocation() {
        check(20261213L, 500, true);
    }

    @Test
    void coverSearchWithoutFiltersFindsTheSpecsAllocation() {
        check(20261214L, 500, false);
    }

    /** A hand-built case: the allocation of two lines, one origin holding both and two holding one each. */
    @Test
    void fewerShipmentsBeforeAHigherProductAndTheProductBeforeTheDistance() {
        // line 0 = "A", line 1 = "B"; o0 holds both (0.9 at key 10, then 1.0), o1 holds A and o2 holds B (1.0 at 10)
        Map<Integer, List<Plan>> byMask = new HashMap<>();
        add(byMask, plan(0, 0b11, 5.0, 10, new double[] {0.9, 1.0}, 0.9));
        add(byMask, plan(0, 0b01, 5.0, 10, new double[] {0.9, 1.0}, 0.9));
        add(byMask, plan(0, 0b10, 5.0, 10, new double[] {0.9, 1.0}, 0.9));
        add(byMask, plan(1, 0b01, 1.0, 10, new double[] {1.0}, 0.9));
        add(byMask, plan(2, 0b10, 1.0, 10, new double[] {1.0}, 0.9));
        // at 0.9 everything reaches at key 10: one shipment (o0, 0.9) beats two (o1 + o2, 1.0) although less probable
        for (boolean filtered : new boolean[] {false, true}) {
            Allocation a = new Allocator(2, 2, 0.9, m -> Allocator.sorted(byMask.getOrDefault(m, List.of())), filtered).solve();
            assertThat(HandBuiltCart.describe(a)).isEqualTo("key 10 conf 0.9 m 5000: o0=[A, B]");
        }
        assertThat(HandBuiltCart.describe(new PartitionAllocator(2, 2, 0.9, m -> Allocator.sorted(byMask.getOrDefault(m, List.of()))).solve()))
                .isEqualTo("key 10 conf 0.9 m 5000: o0=[A, B]");
        // with o0 shipping A alone at 1.0 too: one shipment still wins; among two shipments (maxShipments 2 with
        // the whole cart gone) o1 + o2 (1.0, 2 km) beats o0 + o2 (0.9) on the product, though both reach at 10
        Map<Integer, List<Plan>> split = new HashMap<>();
        add(split, plan(0, 0b01, 5.0, 10, new double[] {0.9, 1.0}, 0.9));
        add(split, plan(1, 0b01, 1.0, 10, new double[] {1.0}, 0.9));
        add(split, plan(2, 0b10, 1.0, 10, new double[] {1.0}, 0.9));
        add(split, plan(3, 0b10, 0.0, 10, new double[] {1.0}, 0.9));
        // o1 + o3: product 1.0, 1 km; o1 + o2: 1.0, 2 km; o0 + o3: 0.9; o0 + o2: 0.9
        assertThat(HandBuiltCart.describe(new Allocator(2, 2, 0.9, m -> Allocator.sorted(split.getOrDefault(m, List.of())), false).solve()))
                .isEqualTo("key 10 conf 1 m 1000: o1=[A] o3=[B]");
        assertThat(HandBuiltCart.describe(new PartitionAllocator(2, 2, 0.9, m -> Allocator.sorted(split.getOrDefault(m, List.of()))).solve()))
                .isEqualTo("key 10 conf 1 m 1000: o1=[A] o3=[B]");
    }

    private static void add(Map<Integer, List<Plan>> byMask, Plan p) {
        byMask.computeIfAbsent(p.mask, k -> new ArrayList<>()).add(p);
    }

    private static Plan plan(int o, int mask, double km, long first, double[] cum, double confidence) {
        return shifted(o, mask, km, first, cum, confidence, new String[] {"A", "B"});
    }

    private static void check(long seed, int iterations, boolean filtered) {
        check(seed, iterations, filtered, 5, 4);
    }

    /**
     * {@code iterations} seeded carts of 1 to {@code maxLines} lines and 1 to {@code maxOrigins} origins (each origin
     * one distribution, each line a shift of it), {@code maxShipments} 1 to 5, against the oracle.
     */
    static void check(long seed, int iterations, boolean filtered, int maxLines, int maxOrigins) {
        Random rnd = new Random(seed);
        int compared = 0;
        int split = 0;
        for (int iteration = 0; iteration < iterations; iteration++) {
            int lines = 1 + rnd.nextInt(maxLines);
            int origins = 1 + rnd.nextInt(maxOrigins);
            int maxShipments = 1 + rnd.nextInt(5);
            double confidence = CONFIDENCES[rnd.nextInt(CONFIDENCES.length)];
            // skus named so that their order is not the lines' (the last tie-break)
            String[] skuOf = new String[lines];
            for (int i = 0; i < lines; i++) {
                skuOf[i] = "SKU-" + (char) ('a' + (i * 3 + 2) % 5);
            }
            Map<Integer, List<Plan>> byMask = new HashMap<>();
            Map<Long, Plan> byOriginAndMask = new HashMap<>();
            for (int o = 0; o < origins; o++) {
                int[] shift = new int[lines];
                for (int i = 0; i < lines; i++) {
                    shift[i] = rnd.nextInt(3) == 0 ? -1 : rnd.nextInt(3);
                }
                double km = rnd.nextInt(3) * 1.5;
                double[] cum = DISTRIBUTIONS[rnd.nextInt(DISTRIBUTIONS.length)];
                int start = rnd.nextInt(3);
                for (int mask = 1; mask < (1 << lines); mask++) {
                    int latest = 0;
                    boolean held = true;
                    for (int i = 0; i < lines; i++) {
                        if ((mask & (1 << i)) != 0) {
                            held &= shift[i] >= 0;
                            latest = Math.max(latest, shift[i]);
                        }
                    }
                    if (!held) {
                        continue;
                    }
                    int later = 0;
                    if (filtered && Integer.bitCount(mask) > 1) {
                        int r = rnd.nextInt(6);
                        if (r == 0) {
                            continue; // the filters never allow the block's lines together
                        }
                        later = r <= 3 ? 0 : r - 3;
                    }
                    Plan p = shifted(o, mask, km, 10 + start + latest + later, cum, confidence, skuOf);
                    byMask.computeIfAbsent(mask, k -> new ArrayList<>()).add(p);
                    byOriginAndMask.put(((long) o << 32) | mask, p);
                }
            }
            String context = "seed " + seed + " iteration " + iteration + " (" + lines + " lines, " + origins
                    + " origins, maxShipments " + maxShipments + ", confidence " + confidence + ")";
            Answer expected = oracle(lines, origins, maxShipments, confidence,
                    (o, m) -> byOriginAndMask.get(((long) o << 32) | m));
            String want = expected == null ? "none" : expected.describe();
            if (expected != null) {
                compared++;
                split += expected.origins.size() > 1 ? 1 : 0;
            }
            Allocation byCovers = new Allocator(lines, maxShipments, confidence, candidates(byMask), filtered).solve();
            assertThat(HandBuiltCart.describe(byCovers)).as(context + ", covers").isEqualTo(want);
            if (filtered) {
                Allocation byPartitions = new PartitionAllocator(lines, maxShipments, confidence, candidates(byMask)).solve();
                assertThat(HandBuiltCart.describe(byPartitions)).as(context + ", partitions").isEqualTo(want);
            }
            for (long key = 9; key <= 17; key++) {
                boolean reaches = new Allocator(lines, maxShipments, confidence, candidates(byMask), filtered).reachesBy(key);
                assertThat(reaches).as(context + ", reaches by " + key).isEqualTo(expected != null && expected.key <= key);
            }
        }
        // the cases are not degenerate: most have an answer, many of them split
        assertThat(compared).isGreaterThan(iterations / 2);
        assertThat(split).isGreaterThan(iterations / 10);
    }

    private static java.util.function.IntFunction<List<Plan>> candidates(Map<Integer, List<Plan>> byMask) {
        return mask -> Allocator.sorted(byMask.getOrDefault(mask, List.of()));
    }

    /** The plan of origin {@code o} for a block whose distribution starts at key {@code first}. */
    private static Plan shifted(int o, int mask, double km, long first, double[] cum, double confidence, String[] skuOf) {
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < skuOf.length; i++) {
            if ((mask & (1 << i)) != 0) {
                skus.add(skuOf[i]);
            }
        }
        skus.sort(null);
        long[] keys = new long[cum.length];
        BigDecimal[] exact = new BigDecimal[cum.length];
        for (int j = 0; j < cum.length; j++) {
            keys[j] = first + j;
            exact[j] = new BigDecimal(String.valueOf(cum[j]));
        }
        return new Plan(o, "o" + o, mask, List.copyOf(skus), km, 0, 0, 0, keys, cum.clone(), exact, confidence);
    }

    /** An allocation as spec 4.3 describes it. */
    private record Answer(long key, BigDecimal product, long metres, List<String> origins, List<List<String>> skus) {

        String describe() {
            StringBuilder sb = new StringBuilder("key " + key + " conf " + product.stripTrailingZeros().toPlainString()
                    + " m " + metres + ":");
            for (int i = 0; i < origins.size(); i++) {
                sb.append(' ').append(origins.get(i)).append('=').append(skus.get(i));
            }
            return sb.toString();
        }

        /** Negative when this one is better (spec 4.3's order). */
        int compare(Answer o) {
            if (key != o.key) {
                return key < o.key ? -1 : 1;
            }
            if (origins.size() != o.origins.size()) {
                return origins.size() < o.origins.size() ? -1 : 1;
            }
            int c = o.product.compareTo(product);
            if (c != 0) {
                return c;
            }
            if (metres != o.metres) {
                return metres < o.metres ? -1 : 1;
            }
            c = compareLists(origins, o.origins);
            if (c != 0) {
                return c;
            }
            for (int i = 0; i < skus.size(); i++) {
                c = compareLists(skus.get(i), o.skus.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }

        private static int compareLists(List<String> a, List<String> b) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = a.get(i).compareTo(b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        }
    }

    /**
     * Spec 4.3's answer, described as {@link HandBuiltCart#describe} describes an allocation ("none" without one):
     * the oracle of this test, for other tests' carts ({@code planOf} gives an origin's plan of a block, or null).
     */
    static String expected(int lines, int origins, int maxShipments, double confidence,
                           java.util.function.BiFunction<Integer, Integer, Plan> planOf) {
        Answer a = oracle(lines, origins, maxShipments, confidence, planOf);
        return a == null ? "none" : a.describe();
    }

    /** Every map of lines to origins (base {@code origins} digits), the best allocation in spec 4.3's order. */
    private static Answer oracle(int lines, int origins, int maxShipments, double confidence,
                                 java.util.function.BiFunction<Integer, Integer, Plan> planOf) {
        Answer best = null;
        int maps = 1;
        for (int i = 0; i < lines; i++) {
            maps *= origins;
        }
        for (int map = 0; map < maps; map++) {
            int[] blockOf = new int[origins];
            for (int i = 0, m = map; i < lines; i++, m /= origins) {
                blockOf[m % origins] |= 1 << i;
            }
            // origins in id order (as strings: "o1" < "o10" < "o2")
            TreeMap<String, Plan> chosen = new TreeMap<>();
            boolean ok = true;
            for (int o = 0; o < origins && ok; o++) {
                if (blockOf[o] != 0) {
                    Plan p = planOf.apply(o, blockOf[o]);
                    ok = p != null;
                    if (ok) {
                        chosen.put(p.origin, p);
                    }
                }
            }
            if (!ok || chosen.size() > maxShipments) {
                continue;
            }
            Answer a = answer(new ArrayList<>(chosen.values()), confidence);
            if (a != null && (best == null || a.compare(best) < 0)) {
                best = a;
            }
        }
        return best;
    }

    /** The first key of any plan at which the exact product reaches the confidence, or null. */
    private static Answer answer(List<Plan> shipments, double confidence) {
        long[] all = shipments.stream().flatMapToLong(p -> Arrays.stream(p.keys)).sorted().distinct().toArray();
        for (long key : all) {
            BigDecimal product = BigDecimal.ONE;
            for (Plan p : shipments) {
                BigDecimal at = BigDecimal.ZERO;
                for (int j = 0; j < p.keys.length; j++) {
                    if (p.keys[j] <= key) {
                        at = p.exactCum()[j];
                    }
                }
                product = product.multiply(at);
            }
            if (product.doubleValue() >= confidence - 1e-9) {
                double km = 0;
                List<String> ids = new ArrayList<>();
                List<List<String>> skus = new ArrayList<>();
                for (Plan p : shipments) {
                    km += p.distanceKm;
                    ids.add(p.origin);
                    skus.add(p.sortedSkus);
                }
                return new Answer(key, product, Math.round(km * 1000), ids, skus);
            }
        }
        return null;
    }
}
