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

import io.promiseengine.json.NetworkDocument;
import io.promiseengine.model.Network;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The accuracy criteria of {@code docs/ACCURACY.md} on fewer orders than the report (20,000 and 16,000), at
 * about the report's daily volume (some 900 orders a day) over a shorter period, so the learner sees about as
 * many deliveries per lane.
 */
class SimulationTest {

    private static final long SEED = 20260901L;
    private static final Network NETWORK = network();

    private static Network network() {
        try {
            return Carriers.calibrated(NetworkDocument.read(Files.readString(Path.of("networks/france-demo.json"),
                    StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void withStationaryCarriersPromisesAreKeptAboutAsOftenAsAsked() {
        Scenario scenario = new Scenario("stationary", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 24), 20_000, SEED,
                List.of(), Scenario.HALF_LIFE, Scenario.PRIOR_WEIGHT);
        Results r = new Simulation(NETWORK, scenario).run();
        assertThat(r.skipped()).isLessThan(200);
        for (int i = 0; i < Results.CONFIDENCES.size(); i++) {
            double asked = Results.CONFIDENCES.get(i);
            assertThat(r.total(Policy.CONFIGURED, i).onTimeRate()).as("configured at %s", asked)
                    .isCloseTo(asked, within(0.015));
            assertThat(r.total(Policy.LEARNED, i).onTimeRate()).as("learned at %s", asked)
                    .isCloseTo(asked, within(0.015));
        }
        // the static text is kept more often than a promise at 0.95, and promises more days
        int at95 = Results.CONFIDENCES.indexOf(0.95);
        assertThat(r.total(Policy.STATIC, 0).onTimeRate()).isGreaterThan(r.total(Policy.CONFIGURED, at95).onTimeRate());
        assertThat(r.total(Policy.STATIC, 0).averagePromisedDays())
                .isGreaterThan(r.total(Policy.CONFIGURED, at95).averagePromisedDays() + 1);
    }

    @Test
    void twoWeeksAfterACarrierSlowsDownTheLearnedPolicyIsBackNearTheAskedConfidenceAndTheConfiguredOneIsNot() {
        LocalDate change = LocalDate.of(2026, 9, 3);
        Scenario scenario = new Scenario("drift", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 24), 16_000, SEED,
                List.of(new Drift("peak season", "std", change, LocalDate.of(2026, 9, 24), 1)),
                Scenario.HALF_LIFE, Scenario.PRIOR_WEIGHT);
        Results r = new Simulation(NETWORK, scenario).run();
        LocalDate from = AccuracyReport.windowStart(scenario.lastChange().orElseThrow());
        LocalDate until = from.plusDays(AccuracyReport.WINDOW_DAYS);
        for (int i = 0; i < Results.CONFIDENCES.size(); i++) {
            double asked = Results.CONFIDENCES.get(i);
            // the published report checks 2 points on 100,000 orders a scenario (docs/ACCURACY.md); this week
            // of a 16,000-order run is noisier at 0.8, where the truth clears the level by one point only
            assertThat(r.onTimeRate(from, until, Policy.LEARNED, i)).as("learned at %s", asked)
                    .isCloseTo(asked, within(asked == 0.8 ? 0.03 : 0.02));
            assertThat(r.onTimeRate(from, until, Policy.CONFIGURED, i)).as("configured at %s", asked)
                    .isLessThan(asked - 0.02);
        }
    }

    @Test
    void theSameSeedGivesTheSameResults() {
        Scenario scenario = new Scenario("stationary", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 8), 1_000, 7,
                List.of(), Scenario.HALF_LIFE, Scenario.PRIOR_WEIGHT);
        assertThat(AccuracyReport.table(new Simulation(NETWORK, scenario).run()))
                .isEqualTo(AccuracyReport.table(new Simulation(NETWORK, scenario).run()));
    }
}
