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
package io.promiseengine.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SimulateCommandTest {

    @Test
    void writesTheReportAndItsChartsIntoTheOutputDirectory(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("simulate", "--orders", "500", "--seed", "3", "--out", dir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Stationary carriers", "Strike week and peak season", "500 orders per scenario");
        String report = Files.readString(dir.resolve("ACCURACY.md"));
        assertThat(report).startsWith("# Promise accuracy").contains("accuracy-calibration-stationary.png",
                "accuracy-calibration-drift.png", "accuracy-on-time-drift.png", "Seed 3.");
        for (String png : new String[] {"accuracy-calibration-stationary.png", "accuracy-calibration-drift.png",
                "accuracy-on-time-drift.png"}) {
            byte[] bytes = Files.readAllBytes(dir.resolve(png));
            assertThat(bytes).as(png).startsWith(0x89, 'P', 'N', 'G');
        }
    }

    @Test
    void aBadOptionIsAUsageError() {
        CliRun run = CliRun.of("simulate", "--speed", "3");
        assertThat(run.code()).isEqualTo(PromiseCli.USAGE);
        assertThat(run.err()).startsWith("promise simulate: unknown option --speed\n")
                .contains("usage: java -jar promise.jar simulate [--orders N] [--seed S] [--half-life DAYS] [--prior N] [--out DIR]");
        assertThat(CliRun.of("simulate", "--orders", "0").err()).startsWith(
                "promise simulate: --orders must be between 1 and 10000000, was 0\n");
    }
}
