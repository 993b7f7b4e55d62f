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

import io.promiseengine.internal.time.OpenCalendar;

import java.math.BigDecimal;
import java.util.List;

/**
 * One candidate shipment: an origin preparing a set of lines (a bit mask over the cart), with its
 * delivery distribution as a step function: {@code cum[j]} is the probability of delivery at or before
 * {@code keys[j]} (keys ascending: epoch days for home delivery, epoch seconds otherwise, {@link Target}). Steps beyond
 * the horizon are left out, so they are never reached.
 */
final class Plan {

    /** Probabilities reach a confidence within this tolerance (spec 4.3). */
    static final double TOLERANCE = 1e-9;

    final int site;
    final String origin;
    final int mask;
    final List<String> sortedSkus;
    final double distanceKm;
    final long[] keys;
    final double[] cum;
    /** The first key at which this shipment alone reaches the confidence, or {@link OpenCalendar#NONE}. */
    final long ownKey;
    /**
     * What the plans of an origin's preparation share with its copies for other origins and blocks ({@link #forOrigin}):
     * one object, so that a copy is the few fields of its own.
     */
    private final Steps steps;

    /** The preparation's instants and the exact probabilities of a plan, shared by its copies. */
    private record Steps(long startAt, long readyAt, long shipAt, BigDecimal[] exactCum) {
    }

    Plan(int site, String origin, int mask, List<String> sortedSkus, double distanceKm, long startAt, long readyAt, long shipAt,
         long[] keys, double[] cum, BigDecimal[] exactCum, double confidence) {
        this(site, origin, mask, sortedSkus, distanceKm, keys, cum, ownKey(keys, cum, confidence),
                new Steps(startAt, readyAt, shipAt, exactCum));
    }

    long startAt() {
        return steps.startAt;
    }

    long readyAt() {
        return steps.readyAt;
    }

    long shipAt() {
        return steps.shipAt;
    }

    /** The probabilities of {@link #cum} exactly, for joint products. */
    BigDecimal[] exactCum() {
        return steps.exactCum;
    }

    /** The first key whose probability reaches the confidence, or {@link OpenCalendar#NONE}. */
    private static long ownKey(long[] keys, double[] cum, double confidence) {
        for (int j = 0; j < keys.length; j++) {
            if (reaches(cum[j], confidence)) {
                return keys[j];
            }
        }
        return OpenCalendar.NONE;
    }

    /**
     * This plan's preparation and delivery distribution for another site, origin, block or distance: the same keys and
     * probabilities, so the same own key at the same confidence, taken as it is instead of searched again.
     */
    Plan forOrigin(int site, String origin, int mask, List<String> sortedSkus, double distanceKm) {
        return new Plan(site, origin, mask, sortedSkus, distanceKm, keys, cum, ownKey, steps);
    }

    private Plan(int site, String origin, int mask, List<String> sortedSkus, double distanceKm, long[] keys, double[] cum,
                 long ownKey, Steps steps) {
        this.site = site;
        this.origin = origin;
        this.mask = mask;
        this.sortedSkus = sortedSkus;
        this.distanceKm = distanceKm;
        this.keys = keys;
        this.cum = cum;
        this.ownKey = ownKey;
        this.steps = steps;
    }

    static boolean reaches(double p, double confidence) {
        return p >= confidence - TOLERANCE;
    }

    /** The exact probability of delivery at or before {@code key}. */
    BigDecimal exactAt(long key) {
        BigDecimal[] exactCum = steps.exactCum;
        BigDecimal p = BigDecimal.ZERO;
        for (int j = 0; j < keys.length && keys[j] <= key; j++) {
            p = exactCum[j];
        }
        return p;
    }

    /** The probability of delivery at or before {@code key}. */
    double at(long key) {
        double p = 0;
        for (int j = 0; j < keys.length && keys[j] <= key; j++) {
            p = cum[j];
        }
        return p;
    }
}
