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

import io.promiseengine.model.Location;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One shipment of a candidate allocation, timed for one service or collect store: when its preparation
 * starts and ends, when it leaves, and the instants at which it may arrive, each with its exact mass
 * (one instant of mass 1 for click and collect).
 *
 * @param origin the preparing location
 * @param mask which of the request's lines it carries (bit i for line i)
 * @param start preparation start
 * @param ready preparation end
 * @param shipAt collection, dispatch or transfer departure; null for a store's own collect
 * @param arrivals the possible arrival instants (at or before the horizon), ascending is not required
 * @param masses the exact mass of each arrival
 */
record Leg(Location origin, int mask, Instant start, Instant ready, Instant shipAt, List<Instant> arrivals,
           List<BigDecimal> masses) {

    /** F(T): the exact mass of the arrivals at or before {@code at}. */
    BigDecimal massBy(Instant at) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < arrivals.size(); i++) {
            if (!arrivals.get(i).isAfter(at)) {
                sum = sum.add(masses.get(i));
            }
        }
        return sum;
    }
}
