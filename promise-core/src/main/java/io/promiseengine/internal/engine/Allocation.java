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
import java.util.List;

/**
 * A chosen set of shipments, sorted by origin id, with the key (date or instant, {@link Target}) at which their joint
 * probability reaches the confidence, and that probability: the exact product of the shipments'
 * exact probabilities (rounded once to binary64 in {@code confidence}; compared exactly).
 */
record Allocation(Plan[] plans, long key, double confidence, BigDecimal exactConfidence, long distanceMetres) {

    int shipments() {
        return plans.length;
    }

    /**
     * Spec 4.3's order: earlier key; fewer shipments; higher confidence; smaller distance sum (metres,
     * rounded); smaller sorted list of origin ids; then origin by origin the smaller sorted list of skus.
     */
    int compareTo(Allocation o) {
        int c = Long.compare(key, o.key);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(plans.length, o.plans.length);
        if (c != 0) {
            return c;
        }
        c = o.exactConfidence.compareTo(exactConfidence);
        if (c != 0) {
            return c;
        }
        c = Long.compare(distanceMetres, o.distanceMetres);
        if (c != 0) {
            return c;
        }
        int n = Math.min(plans.length, o.plans.length);
        for (int i = 0; i < n; i++) {
            c = plans[i].origin.compareTo(o.plans[i].origin);
            if (c != 0) {
                return c;
            }
        }
        c = Integer.compare(plans.length, o.plans.length);
        if (c != 0) {
            return c;
        }
        for (int i = 0; i < n; i++) {
            c = compareLists(plans[i].sortedSkus, o.plans[i].sortedSkus);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int compareLists(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
