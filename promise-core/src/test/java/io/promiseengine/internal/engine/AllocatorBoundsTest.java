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
 * The bounds of {@link Allocator} (docs/SEMANTICS.md, decision 10) never lose the optimum: on generated carts
 * of up to 6 lines, up to 5 origins and {@code maxShipments} up to 6, with plans built as the engine builds
 * them (a block's plan at an origin is the plan of its line available last there), the allocation found
 * and every {@link Allocator#reachesBy} answer equal those of trying every assignment of lines to origins.
 * Few distinct distributions and distances, so ties on date, confidence and distance are common.
 */
class AllocatorBoundsTest {

    private static final double[][] DISTRIBUTIONS = {
        {1.0}, {0.5, 1.0}, {0.6, 0.9, 1.0}, {0.85, 0.97, 1.0}, {0.7, 0.95, 1.0}, {0.93, 1.0}, {0.97, 1.0}};

    @Test
    void boundedSearchFindsWhatEveryAssignmentFinds() {
        check(20261206L, 400, 6, 5, 6, 5, false);
    }

    /**
     * Bigger carts and more origins, each holding a line with chance 1/2, skus named in another order than the
     * lines (the tie-break on sku lists), and many ties on distance: up to 8 lines, 8 origins, 8 shipments.
     */
    @Test
    void biggerCartsWithManyTiesFindWhatEveryAssignmentFinds() {
        check(20261207L, 300, 8, 8, 8, 2, true);
    }

    /**
     * @param missOneIn an origin misses each line with chance {@code 1 / missOneIn}
     * @param shuffledSkus whether the skus sort in another order than the lines
     */
    private static void check(long seed, int iterations, int maxLines, int maxOrigins, int maxShipmentsBound, int missOneIn,
                              boolean shuffledSkus) {
        Random rnd = new Random(seed);
        for (int iteration = 0; iteration < iterations; iteration++) {
            int lines = 2 + rnd.nextInt(maxLines - 1);
            int origins = 1 + rnd.nextInt(maxOrigins);
            int maxShipments = 1 + rnd.nextInt(maxShipmentsBound);
            double confidence = new double[] {0.5, 0.8, 0.9, 0.95, 1.0}[rnd.nextInt(5)];
            List<String> names = new ArrayList<>();
            for (int i = 0; i < lines; i++) {
                names.add("SKU-" + (shuffledSkus ? String.valueOf((char) ('a' + i)) : String.valueOf(i)));
            }
            if (shuffledSkus) {
                java.util.Collections.shuffle(names, rnd);
            }
            String[] skuOf = names.toArray(new String[0]);
            Map<Integer, List<Plan>> plansByMask = new HashMap<>();
            List<Plan> all = new ArrayList<>();
            for (int o = 0; o < origins; o++) {
                // when each line is available at the origin (a later start shifts the whole distribution), or never
                int[] shift = new int[lines];
                for (int i = 0; i < lines; i++) {
                    shift[i] = rnd.nextInt(missOneIn) == 0 ? -1 : rnd.nextInt(3);
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
                    Plan p = shifted(o, mask, km, 10 + start + latest, cum, confidence, skuOf);
                    plansByMask.computeIfAbsent(mask, k -> new ArrayList<>()).add(p);
                    all.add(p);
                }
            }
            String context = "seed " + seed + " iteration " + iteration;
            Allocation found = allocator(lines, maxShipments, confidence, plansByMask).solve();
            Allocation expected = everyAssignment(lines, maxShipments, confidence, all);
            if (expected == null) {
                assertThat(found).as(context).isNull();
            } else {
                assertThat(found).as(context).isNotNull();
                assertThat(describe(found)).as(context).isEqualTo(describe(expected));
            }
            for (long key = 9; key <= 16; key++) {
                boolean reaches = allocator(lines, maxShipments, confidence, plansByMask).reachesBy(key);
                assertThat(reaches).as(context + " reaches by " + key).isEqualTo(expected != null && expected.key() <= key);
            }
        }
    }

    /** The plan of origin {@code o} for a block whose distribution starts at key {@code first}. */
    private static Plan shifted(int o, int mask, double km, long first, double[] cum, double confidence, String[] skuOf) {
        int m = mask;
        List<String> skus = java.util.stream.IntStream.range(0, skuOf.length).filter(i -> (m & (1 << i)) != 0)
                .mapToObj(i -> skuOf[i]).sorted().toList();
        long[] keys = java.util.stream.LongStream.range(first, first + cum.length).toArray();
        BigDecimal[] exact = java.util.Arrays.stream(cum).mapToObj(BigDecimal::valueOf).toArray(BigDecimal[]::new);
        return new Plan(o, "o" + o, mask, skus, km, 0, 0, 0, keys, cum, exact, confidence);
    }

    private static Allocator allocator(int lines, int maxShipments, double confidence, Map<Integer, List<Plan>> plansByMask) {
        return new Allocator(lines, maxShipments, confidence, mask -> Allocator.sorted(plansByMask.getOrDefault(mask, List.of())));
    }

    private static String describe(Allocation a) {
        StringBuilder sb = new StringBuilder("key " + a.key() + " conf " + a.exactConfidence() + " m " + a.distanceMetres() + ":");
        for (Plan p : a.plans()) {
            sb.append(' ').append(p.origin).append('=').append(p.sortedSkus);
        }
        return sb.toString();
    }

    /**
     * Every assignment of each line to an origin (origin by origin, recursively), grouped into shipments, each
     * shipment's date the first key at which the exact product reaches the confidence; the first of them in the
     * order of spec 4.3.
     */
    private static Allocation everyAssignment(int lines, int maxShipments, double confidence, List<Plan> all) {
        Map<Long, Plan> byOriginAndMask = new HashMap<>();
        int origins = 0;
        for (Plan p : all) {
            byOriginAndMask.put(((long) p.site << 32) | p.mask, p);
            origins = Math.max(origins, p.site + 1);
        }
        Allocation[] best = new Allocation[1];
        assign(0, lines, new int[origins], maxShipments, confidence, byOriginAndMask, best);
        return best[0];
    }

    private static void assign(int line, int lines, int[] maskOf, int maxShipments, double confidence,
                               Map<Long, Plan> plans, Allocation[] best) {
        if (line == lines) {
            List<Plan> chosen = new ArrayList<>();
            for (int o = 0; o < maskOf.length; o++) {
                if (maskOf[o] != 0) {
                    Plan p = plans.get(((long) o << 32) | maskOf[o]);
                    if (p == null) {
                        return;
                    }
                    chosen.add(p);
                }
            }
            if (chosen.size() <= maxShipments) {
                consider(chosen, confidence, best);
            }
            return;
        }
        for (int o = 0; o < maskOf.length; o++) {
            if (!plans.containsKey(((long) o << 32) | (1 << line))) {
                continue; // an origin that does not ship a line alone ships no block holding it
            }
            maskOf[o] |= 1 << line;
            assign(line + 1, lines, maskOf, maxShipments, confidence, plans, best);
            maskOf[o] &= ~(1 << line);
        }
    }

    private static void consider(List<Plan> chosen, double confidence, Allocation[] best) {
        chosen.sort((a, b) -> a.origin.compareTo(b.origin));
        Plan[] shipments = chosen.toArray(new Plan[0]);
        double km = 0;
        for (Plan p : shipments) {
            km += p.distanceKm;
        }
        for (long key = 0; key < 30; key++) {
            BigDecimal exact = BigDecimal.ONE;
            for (Plan p : shipments) {
                exact = exact.multiply(p.exactAt(key));
            }
            double joint = shipments.length == 1 ? shipments[0].at(key) : exact.doubleValue();
            if (Plan.reaches(joint, confidence)) {
                Allocation a = new Allocation(shipments, key, joint, exact, Math.round(km * 1000));
                if (best[0] == null || a.compareTo(best[0]) < 0) {
                    best[0] = a;
                }
                return;
            }
        }
    }
}
