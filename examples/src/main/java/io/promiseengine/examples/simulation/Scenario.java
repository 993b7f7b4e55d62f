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
package io.promiseengine.examples.simulation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One simulated period: {@code orders} orders placed from {@code start} to the day before {@code end}, the
 * carriers' drifts, and the learner's settings.
 *
 * @param name for the report ({@code stationary}, {@code drift})
 * @param seed the seed of every random draw: the same scenario gives the same results
 * @param halfLife the learner's half-life
 * @param priorWeight the learner's prior weight, in deliveries
 */
public record Scenario(String name, LocalDate start, LocalDate end, int orders, long seed, List<Drift> drifts,
                       Duration halfLife, double priorWeight) {

    /**
     * The learner's settings of the published report: a week's half-life and a prior worth 1,000 deliveries,
     * less noisy than the learner's defaults (3 days, 20) on the demo's many thin lanes (with 200, the noise
     * made promises at 0.8 over-cautious by two points); the carrier's delay moves the prior when the carrier
     * slows down everywhere, so the heavy prior does not hold the promises back.
     */
    public static final Duration HALF_LIFE = Duration.ofDays(7);
    public static final double PRIOR_WEIGHT = 1_000;

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start, was " + start + " to " + end);
        }
        if (orders < 1) {
            throw new IllegalArgumentException("orders must be >= 1, was " + orders);
        }
        drifts = List.copyOf(drifts);
        Objects.requireNonNull(halfLife, "halfLife");
    }

    /** Carriers as configured from 2026-09-01 to 2026-12-21 (16 weeks). */
    public static Scenario stationary(int orders, long seed) {
        return new Scenario("stationary", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 21), orders, seed, List.of(),
                HALF_LIFE, PRIOR_WEIGHT);
    }

    /**
     * The same 16 weeks with a strike week (standard parcels collected 12 to 18 October take 2 more days) and a
     * peak season (standard parcels collected from 16 November to 20 December take 1 more day).
     */
    public static Scenario drift(int orders, long seed) {
        return new Scenario("drift", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 21), orders, seed, List.of(
                new Drift("strike week", "std", LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 19), 2),
                new Drift("peak season", "std", LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 21), 1)),
                HALF_LIFE, PRIOR_WEIGHT);
    }

    /** The same scenario with other learner settings. */
    public Scenario learning(Duration halfLife, double priorWeight) {
        return new Scenario(name, start, end, orders, seed, drifts, halfLife, priorWeight);
    }

    /** The last drift to start: the change the report's "two weeks after" window follows. */
    public java.util.Optional<Drift> lastChange() {
        return drifts.stream().max(java.util.Comparator.comparing(Drift::from));
    }
}
