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

import java.time.LocalDate;
import java.util.List;

/**
 * What a simulation counted: per policy and asked confidence over the whole period, and per order date.
 * The static policy asks no confidence: its tallies are the same at every level.
 */
public final class Results {

    /** The confidences every order is quoted at. */
    public static final List<Double> CONFIDENCES = List.of(0.8, 0.9, 0.95, 0.99);

    private final Scenario scenario;
    private final Tally[][] total;
    private final Tally[][][] daily;
    private long skipped;

    Results(Scenario scenario) {
        this.scenario = scenario;
        int days = (int) (scenario.end().toEpochDay() - scenario.start().toEpochDay());
        total = tallies();
        daily = new Tally[days][][];
        for (int d = 0; d < days; d++) {
            daily[d] = tallies();
        }
    }

    private static Tally[][] tallies() {
        Tally[][] t = new Tally[Policy.values().length][CONFIDENCES.size()];
        for (Tally[] row : t) {
            for (int c = 0; c < row.length; c++) {
                row[c] = new Tally();
            }
        }
        return t;
    }

    void add(Policy policy, int confidence, LocalDate orderDate, boolean onTime, long promised, long wasted) {
        total[policy.ordinal()][confidence].add(onTime, promised, wasted);
        daily[(int) (orderDate.toEpochDay() - scenario.start().toEpochDay())][policy.ordinal()][confidence]
                .add(onTime, promised, wasted);
    }

    void skip() {
        skipped++;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Orders that got no home-delivery option under some policy, left out of every tally. */
    public long skipped() {
        return skipped;
    }

    /** Over the whole period; {@code confidence} indexes {@link #CONFIDENCES}. */
    public Tally total(Policy policy, int confidence) {
        return total[policy.ordinal()][confidence];
    }

    /** The orders placed on one date. */
    public Tally day(LocalDate date, Policy policy, int confidence) {
        return daily[(int) (date.toEpochDay() - scenario.start().toEpochDay())][policy.ordinal()][confidence];
    }

    /** The orders placed in {@code [from, until)}, merged. */
    public double onTimeRate(LocalDate from, LocalDate until, Policy policy, int confidence) {
        long orders = 0;
        long onTime = 0;
        for (LocalDate d = from; d.isBefore(until); d = d.plusDays(1)) {
            Tally t = day(d, policy, confidence);
            orders += t.orders();
            onTime += t.onTime();
        }
        return orders == 0 ? Double.NaN : onTime / (double) orders;
    }
}
