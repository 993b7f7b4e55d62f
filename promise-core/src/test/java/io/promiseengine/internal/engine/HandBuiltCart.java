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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cart and its candidate plans written by hand, for the allocation tests whose answers are worked out from spec
 * 4.3 in their comments. Plans are built as {@link Solver} builds them: an origin has one delivery distribution,
 * shifted by the key at which a line becomes available there; a block's plan is that of its line available last,
 * and every block of the lines an origin holds has a plan. Origins are given in any order; the allocator sees each
 * block's plans sorted by own key, then origin id, as the engine gives them.
 */
final class HandBuiltCart {

    private final double confidence;
    private final String[] skuOf;
    private final Map<Integer, List<Plan>> byMask = new HashMap<>();
    private int sites;

    /** @param skuOf the sku of each line (line {@code i} is bit {@code i} of a mask) */
    HandBuiltCart(double confidence, String... skuOf) {
        this.confidence = confidence;
        this.skuOf = skuOf.clone();
    }

    /** The next origin given gets this site number (they are numbered from 0 otherwise). */
    HandBuiltCart nextSite(int site) {
        sites = site;
        return this;
    }

    /** An origin holding the lines of {@code held} on key 10 with probability {@code p}, 1 km away. */
    HandBuiltCart origin(String id, int held, String p) {
        return origin(id, held, 1.0, new long[] {10}, p);
    }

    /** An origin holding the lines of {@code held}, all available at once: every block on the same distribution. */
    HandBuiltCart origin(String id, int held, double km, long[] keys, String... exactCum) {
        int[] shift = new int[skuOf.length];
        for (int line = 0; line < skuOf.length; line++) {
            shift[line] = (held & (1 << line)) != 0 ? 0 : -1;
        }
        return origin(id, shift, km, keys, exactCum);
    }

    /**
     * An origin whose line {@code i} is available {@code shift[i]} keys late ({@code -1}: not held); each block's
     * plan is the distribution shifted by the latest of its lines.
     */
    HandBuiltCart origin(String id, int[] shift, double km, long[] keys, String... exactCum) {
        int site = sites++;
        for (int mask = 1; mask < (1 << skuOf.length); mask++) {
            int latest = 0;
            boolean held = true;
            for (int line = 0; line < skuOf.length; line++) {
                if ((mask & (1 << line)) != 0) {
                    held &= shift[line] >= 0;
                    latest = Math.max(latest, shift[line]);
                }
            }
            if (held) {
                byMask.computeIfAbsent(mask, k -> new ArrayList<>()).add(plan(site, id, mask, km, keys, latest, exactCum));
            }
        }
        return this;
    }

    private Plan plan(int site, String id, int mask, double km, long[] keys, int shift, String[] exactCum) {
        List<String> skus = new ArrayList<>();
        for (int line = 0; line < skuOf.length; line++) {
            if ((mask & (1 << line)) != 0) {
                skus.add(skuOf[line]);
            }
        }
        skus.sort(null);
        long[] shifted = new long[keys.length];
        double[] cum = new double[keys.length];
        BigDecimal[] exact = new BigDecimal[keys.length];
        for (int j = 0; j < keys.length; j++) {
            shifted[j] = keys[j] + shift;
            exact[j] = new BigDecimal(exactCum[j]);
            cum[j] = exact[j].doubleValue();
        }
        return new Plan(site, id, mask, List.copyOf(skus), km, 0, 0, 0, shifted, cum, exact, confidence);
    }

    /** The candidates of a block as the engine gives them: plans reaching the confidence alone, by own key then id. */
    List<Plan> candidates(int mask) {
        return Allocator.sorted(byMask.getOrDefault(mask, List.of()));
    }

    Allocator allocator(int maxShipments, boolean filtered) {
        return new Allocator(skuOf.length, maxShipments, confidence, this::candidates, filtered);
    }

    /** {@link Allocator#solve}, described. */
    String covers(int maxShipments, boolean filtered) {
        return describe(allocator(maxShipments, filtered).solve());
    }

    /** {@link PartitionAllocator#solve}, described. */
    String partitions(int maxShipments) {
        return describe(new PartitionAllocator(skuOf.length, maxShipments, confidence, this::candidates).solve());
    }

    /** "key K conf C m M: o1=[skus] o2=[skus]" (the exact confidence), or "none". */
    static String describe(Allocation a) {
        if (a == null) {
            return "none";
        }
        StringBuilder sb = new StringBuilder("key " + a.key() + " conf "
                + a.exactConfidence().stripTrailingZeros().toPlainString() + " m " + a.distanceMetres() + ":");
        for (Plan p : a.plans()) {
            sb.append(' ').append(p.origin).append('=').append(p.sortedSkus);
        }
        return sb.toString();
    }
}
