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
package io.promiseengine.jmh.baseline;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One allocation of the cart that reaches the confidence, with what spec 4.3 compares: the promised
 * instant (for home delivery the date at {@code deliverBy}, so earlier instant means earlier date), the
 * number of shipments, the exact joint probability, the distance sum in metres, the sorted origin ids and,
 * per origin in id order, its sorted skus.
 *
 * @param legs the shipments, sorted by origin id
 */
record Candidate(Instant promisedAt, BigDecimal confidence, long distanceMetres, List<Leg> legs,
                 List<String> originIds, List<List<String>> skusByOrigin) {

    /** Best first: earliest, fewer shipments, higher confidence, shorter, smaller ids, smaller skus. */
    static final Comparator<Candidate> BEST_FIRST = (a, b) -> {
        int c = a.promisedAt.compareTo(b.promisedAt);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.legs.size(), b.legs.size());
        if (c != 0) {
            return c;
        }
        c = b.confidence.compareTo(a.confidence);
        if (c != 0) {
            return c;
        }
        c = Long.compare(a.distanceMetres, b.distanceMetres);
        if (c != 0) {
            return c;
        }
        c = compareLists(a.originIds, b.originIds);
        if (c != 0) {
            return c;
        }
        for (int i = 0; i < a.skusByOrigin.size() && i < b.skusByOrigin.size(); i++) {
            c = compareLists(a.skusByOrigin.get(i), b.skusByOrigin.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    /** Element by element with {@link String#compareTo}; a proper prefix comes first. */
    static int compareLists(List<String> a, List<String> b) {
        for (int i = 0; i < a.size() && i < b.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
