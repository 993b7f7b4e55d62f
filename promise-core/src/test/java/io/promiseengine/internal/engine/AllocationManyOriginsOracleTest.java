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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec 4.3 written out in this test against {@link Allocator} (with and without a rule set's filters) on generated
 * carts of 2 or 3 lines and 12 to 16 origins (issue 13, mutation testing of the allocator): enough origins that
 * the allocator's levels number 12 and more, made in an order unrelated to their probabilities, so that the merge
 * of its sort decides; and every tie-break of 4.3 met often: probabilities equal as doubles but not exactly
 * ({@code 0.95} and {@code 0.95000000000000000001}), distances whose sums round to the same metre or straddle half
 * a metre, origin ids that sort as strings, not as numbers ({@code o1 < o10 < o2}), skus in another order than the
 * lines, and an origin's lines available on different days (plans of the same probabilities on other keys).
 *
 * <p>The oracle ({@link AllocationOracleTest#expected}) shares nothing with the code under test but the {@link Plan}
 * fields it reads: every map of lines
 * to origins, one block per origin, each taking the origin's plan of that block; the date is the first key of any
 * of its plans at which the exact product reaches the confidence ({@code p >= c - 1e-9} on the product rounded to
 * a double); the best is the earliest, then fewer shipments, the higher exact product, the smaller distance sum
 * ({@code Math.round} of the kilometres times 1000, summed in origin-id order), the smaller sorted list of ids,
 * then origin by origin the smaller sorted sku list. Seeds fixed; the failing case is named.
 */
class AllocationManyOriginsOracleTest {

    private static final String[][] DISTRIBUTIONS = {
        {"1.0"}, {"0.95"}, {"0.95000000000000000001"}, {"0.92"}, {"0.97", "1.0"}, {"0.6", "0.95", "1.0"},
        {"0.9", "1.0"}, {"0.5", "1.0"}};
    private static final double[] KM = {0.0, 0.0004999995, 0.0005, 1.0, 2.0};
    private static final double[] CONFIDENCES = {0.8, 0.9, 0.95};

    @Test
    void coverSearchWithManyOriginsFindsTheSpecsAllocation() {
        check(20261217L, 150, false);
    }

    @Test
    void filteredCoverSearchWithManyOriginsFindsTheSpecsAllocation() {
        check(20261218L, 60, true);
    }

    private static void check(long seed, int iterations, boolean filtered) {
        Random rnd = new Random(seed);
        int answered = 0;
        int split = 0;
        for (int iteration = 0; iteration < iterations; iteration++) {
            int lines = 2 + rnd.nextInt(2);
            int origins = 12 + rnd.nextInt(5);
            int maxShipments = 2 + rnd.nextInt(2);
            double confidence = CONFIDENCES[rnd.nextInt(CONFIDENCES.length)];
            List<String> skus = new ArrayList<>(List.of("SKU-c", "SKU-a", "SKU-b").subList(0, lines));
            Collections.shuffle(skus, rnd);
            List<String> ids = new ArrayList<>();
            for (int o = 1; o <= origins; o++) {
                ids.add("o" + o);
            }
            Collections.shuffle(ids, rnd);
            Map<Integer, List<Plan>> byMask = new HashMap<>();
            Plan[][] planOf = new Plan[origins][1 << lines];
            for (int o = 0; o < origins; o++) {
                int[] shift = new int[lines];
                boolean any = false;
                for (int line = 0; line < lines; line++) {
                    shift[line] = rnd.nextInt(2) == 0 ? -1 : rnd.nextInt(4) == 0 ? 1 : 0;
                    any |= shift[line] >= 0;
                }
                if (!any) {
                    shift[rnd.nextInt(lines)] = 0;
                }
                String[] dist = DISTRIBUTIONS[rnd.nextInt(DISTRIBUTIONS.length)];
                double km = KM[rnd.nextInt(KM.length)];
                for (int mask = 1; mask < (1 << lines); mask++) {
                    int latest = 0;
                    boolean held = true;
                    for (int line = 0; line < lines; line++) {
                        if ((mask & (1 << line)) != 0) {
                            held &= shift[line] >= 0;
                            latest = Math.max(latest, shift[line]);
                        }
                    }
                    if (!held) {
                        continue;
                    }
                    int later = 0;
                    if (filtered && Integer.bitCount(mask) > 1) {
                        int r = rnd.nextInt(6);
                        if (r == 0) {
                            continue; // the filters never allow these lines together at this origin
                        }
                        later = r <= 3 ? 0 : r - 3;
                    }
                    Plan p = plan(o, ids.get(o), mask, skus, km, 10 + latest + later, dist, confidence);
                    planOf[o][mask] = p;
                    byMask.computeIfAbsent(mask, k -> new ArrayList<>()).add(p);
                }
            }
            String context = "seed " + seed + " iteration " + iteration + " (" + lines + " lines, " + origins
                    + " origins, maxShipments " + maxShipments + ", confidence " + confidence + ")";
            String want = AllocationOracleTest.expected(lines, origins, maxShipments, confidence, (o, m) -> planOf[o][m]);
            answered += want.equals("none") ? 0 : 1;
            split += want.chars().filter(ch -> ch == '=').count() > 1 ? 1 : 0;
            Allocation got = new Allocator(lines, maxShipments, confidence,
                    m -> Allocator.sorted(byMask.getOrDefault(m, List.of())), filtered).solve();
            assertThat(HandBuiltCart.describe(got)).as(context).isEqualTo(want);
        }
        // not degenerate: most carts have an answer, and many of them split
        assertThat(answered).isGreaterThan(iterations * 3 / 4);
        assertThat(split).isGreaterThan(iterations / 4);
    }

    private static Plan plan(int o, String id, int mask, List<String> skuOf, double km, long first, String[] dist,
                             double confidence) {
        List<String> skus = new ArrayList<>();
        for (int line = 0; line < skuOf.size(); line++) {
            if ((mask & (1 << line)) != 0) {
                skus.add(skuOf.get(line));
            }
        }
        skus.sort(null);
        long[] keys = new long[dist.length];
        double[] cum = new double[dist.length];
        BigDecimal[] exact = new BigDecimal[dist.length];
        for (int j = 0; j < dist.length; j++) {
            keys[j] = first + j;
            exact[j] = new BigDecimal(dist[j]);
            cum[j] = exact[j].doubleValue();
        }
        return new Plan(o, id, mask, List.copyOf(skus), km, 0, 0, 0, keys, cum, exact, confidence);
    }
}
