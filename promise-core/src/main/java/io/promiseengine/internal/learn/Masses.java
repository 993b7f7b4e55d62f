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

import io.promiseengine.model.MassFunction;

import java.util.LinkedHashMap;
import java.util.Map;

/** Turns non-negative weights per value into a {@link MassFunction} whose decimal masses sum to exactly 1. */
final class Masses {

    /** Masses are multiples of 1 / UNITS. */
    static final long UNITS = 1_000_000;

    private Masses() {
    }

    /**
     * Weights (index = value) normalized and rounded to millionths by the largest-remainder method (ties to
     * the smaller value), so the millionths add up to exactly {@link #UNITS}; values rounding to 0 are left out.
     * Each mass {@code u / 1e6} is the double nearest that decimal, whose shortest text is the decimal itself,
     * so {@link MassFunction}'s exact sum is 1.
     */
    static MassFunction of(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("weights must have a positive sum, were " + java.util.Arrays.toString(weights));
        }
        long[] units = new long[weights.length];
        double[] remainders = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = weights[i] / total * UNITS;
            units[i] = (long) Math.floor(exact);
            remainders[i] = exact - units[i];
            given += units[i];
        }
        for (long left = UNITS - given; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] > 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            units[best]++;
            remainders[best] = -1;
        }
        Map<Integer, Double> masses = new LinkedHashMap<>();
        for (int i = 0; i < units.length; i++) {
            if (units[i] > 0) {
                masses.put(i, units[i] / (double) UNITS);
            }
        }
        return MassFunction.of(masses);
    }
}
