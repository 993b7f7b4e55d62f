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
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pruned search of {@link Allocator} against exhaustive enumeration of every assignment of lines to
 * origins, on thousands of generated instances with many ties (few distinct keys and probabilities).
 */
class AllocatorExhaustiveTest {

    private static final double[][] DISTRIBUTIONS = {
        {1.0}, {0.5, 1.0}, {0.6, 0.9, 1.0}, {0.85, 0.97, 1.0}, {0.7, 0.95, 1.0}, {0.93, 1.0}, {0.3, 0.8, 1.0}};

    @Test
    void prunedSearchFindsTheExhaustiveOptimum() {
        long seed = 20260917L;
        Random rnd = new Random(seed);
        for (int iteration = 0; iteration < 3000; iteration++) {
            int lines = 1 + rnd.nextInt(4);
            int origins = 1 + rnd.nextInt(5);
            int maxShipments = 1 + rnd.nextInt(3);
            double confidence = new double[] {0.5, 0.8, 0.9, 0.95, 1.0}[rnd.nextInt(5)];
            Map<Integer, List<Plan>> plansByMask = new HashMap<>();
            List<Plan> all = new ArrayList<>();
            for (int o = 0; o < origins; o++) {
                int holds = rnd.nextInt(1 << lines);
                double km = rnd.nextInt(3) * 1.5;
                int shift = rnd.nextInt(3);
                int dist = rnd.nextInt(DISTRIBUTIONS.length);
                // a line arriving by supply is available later: a block waits for its latest line (as Solver plans it)
                int[] late = new int[lines];
                for (int i = 0; i < lines; i++) {
                    late[i] = rnd.nextInt(4) == 0 ? 1 : 0;
                }
                for (int mask = 1; mask < (1 << lines); mask++) {
                    if ((holds & mask) != mask) {
                        continue;
                    }
                    int extra = 0;
                    for (int i = 0; i < lines; i++) {
                        extra = (mask & (1 << i)) != 0 ? Math.max(extra, late[i]) : extra;
                    }
                    double[] cum = DISTRIBUTIONS[dist];
                    long[] keys = new long[cum.length];
                    BigDecimal[] exact = new BigDecimal[cum.length];
                    for (int j = 0; j < cum.length; j++) {
                        keys[j] = 10 + shift + extra + j;
                        exact[j] = BigDecimal.valueOf(cum[j]);
                    }
                    List<String> skus = new ArrayList<>();
                    for (int i = 0; i < lines; i++) {
                        if ((mask & (1 << i)) != 0) {
                            skus.add("SKU-" + i);
                        }
                    }
                    Plan p = new Plan(o, "o" + o, mask, skus, km, 0, 0, 0, keys, cum, exact, confidence);
                    plansByMask.computeIfAbsent(mask, k -> new ArrayList<>()).add(p);
                    all.add(p);
                }
            }
            Allocation pruned = new Allocator(lines, maxShipments, confidence,
                    mask -> Allocator.sorted(plansByMask.getOrDefault(mask, List.of()))).solve();
            Allocation exhaustive = exhaustive(lines, maxShipments, confidence, all);
            String context = "seed " + seed + " iteration " + iteration;
            if (exhaustive == null) {
                assertThat(pruned).as(context).isNull();
            } else {
                assertThat(pruned).as(context).isNotNull();
                assertThat(pruned.compareTo(exhaustive)).as(context + ": " + describe(pruned) + " vs " + describe(exhaustive))
                        .isZero();
                assertThat(describe(pruned)).as(context).isEqualTo(describe(exhaustive));
            }
        }
    }

    private static String describe(Allocation a) {
        StringBuilder sb = new StringBuilder("key " + a.key() + " conf " + a.confidence() + ":");
        for (Plan p : a.plans()) {
            sb.append(' ').append(p.origin).append('=').append(p.sortedSkus);
        }
        return sb.toString();
    }

    /** Every assignment of each line to an origin, grouped into shipments. */
    private static Allocation exhaustive(int lines, int maxShipments, double confidence, List<Plan> all) {
        int origins = 0;
        for (Plan p : all) {
            origins = Math.max(origins, p.site + 1);
        }
        Allocation best = null;
        int[] assign = new int[lines];
        int total = (int) Math.pow(origins, lines);
        for (int code = 0; code < total; code++) {
            int c = code;
            for (int i = 0; i < lines; i++) {
                assign[i] = c % origins;
                c /= origins;
            }
            Map<Integer, Integer> masks = new HashMap<>();
            for (int i = 0; i < lines; i++) {
                masks.merge(assign[i], 1 << i, (a, b) -> a | b);
            }
            if (masks.size() > maxShipments) {
                continue;
            }
            List<Plan> chosen = new ArrayList<>();
            for (Map.Entry<Integer, Integer> e : masks.entrySet()) {
                for (Plan p : all) {
                    if (p.site == e.getKey() && p.mask == e.getValue()) {
                        chosen.add(p);
                    }
                }
            }
            if (chosen.size() != masks.size()) {
                continue;
            }
            chosen.sort((a, b) -> a.origin.compareTo(b.origin));
            Plan[] plans = chosen.toArray(new Plan[0]);
            for (long key = 0; key < 40; key++) {
                BigDecimal exact = BigDecimal.ONE;
                for (Plan p : plans) {
                    exact = exact.multiply(p.exactAt(key));
                }
                double product = plans.length == 1 ? plans[0].at(key) : exact.doubleValue();
                if (Plan.reaches(product, confidence)) {
                    double km = 0;
                    for (Plan p : plans) {
                        km += p.distanceKm;
                    }
                    Allocation a = new Allocation(plans, key, product, exact, Math.round(km * 1000));
                    if (best == null || a.compareTo(best) < 0) {
                        best = a;
                    }
                    break;
                }
            }
        }
        return best;
    }
}
