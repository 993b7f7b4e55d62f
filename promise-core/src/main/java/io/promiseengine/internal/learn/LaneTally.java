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
package io.promiseengine.internal.learn;

import java.util.Arrays;

/**
 * The decayed count of deliveries per transit day {@code k} of one lane. Weights are kept as of the latest
 * delivery counted ({@code asOf}, epoch seconds): a later delivery first ages every count to its own instant,
 * an earlier one (outcomes may arrive out of order) is added already aged. Reading ages the counts to "now"
 * without changing them. Not thread-safe: the learner guards it.
 */
final class LaneTally {

    private final double halfLifeSeconds;
    private double[] counts = new double[0];
    private long asOf = Long.MIN_VALUE;

    LaneTally(long halfLifeSeconds) {
        this.halfLifeSeconds = halfLifeSeconds;
    }

    void add(int k, long deliveredAt) {
        if (k >= counts.length) {
            counts = Arrays.copyOf(counts, k + 1);
        }
        if (asOf == Long.MIN_VALUE) {
            asOf = deliveredAt;
        } else if (deliveredAt > asOf) {
            double f = decay(deliveredAt - asOf);
            for (int i = 0; i < counts.length; i++) {
                counts[i] *= f;
            }
            asOf = deliveredAt;
        }
        counts[k] += decay(asOf - deliveredAt);
    }

    /** The counts aged to {@code now} (a delivery after {@code now} counts as delivered now). */
    double[] at(long now) {
        double f = asOf == Long.MIN_VALUE || now <= asOf ? 1 : decay(now - asOf);
        double[] out = new double[counts.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = counts[i] * f;
        }
        return out;
    }

    private double decay(long ageSeconds) {
        return Math.pow(2, -ageSeconds / halfLifeSeconds);
    }
}
