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
