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

import io.promiseengine.model.Echo;
import io.promiseengine.examples.simulation.AccuracyReport;
import io.promiseengine.examples.simulation.Carriers;
import io.promiseengine.examples.simulation.Charts;
import io.promiseengine.examples.simulation.Results;
import io.promiseengine.examples.simulation.Scenario;
import io.promiseengine.examples.simulation.Simulation;
import io.promiseengine.model.Network;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code simulate [--orders N] [--seed S] [--half-life DAYS] [--prior N] [--out DIR]}: the accuracy simulation
 * of {@code docs/ACCURACY.md} on the bundled France demo network, with stationary carriers and with a strike
 * week and a peak season; {@code --half-life} and {@code --prior} set the learner's.
 * Prints each scenario's table; with {@code --out}, writes {@code ACCURACY.md} and its PNG charts into DIR.
 * The last line (the time taken) is the only one that changes from run to run.
 */
final class SimulateCommand implements Command {

    static final int ORDERS = 100_000;
    static final long SEED = 20260901L;

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String arguments() {
        return "[--orders N] [--seed S] [--half-life DAYS] [--prior N] [--out DIR]";
    }

    @Override
    public String summary() {
        return "promise accuracy of three policies over months of simulated orders (docs/ACCURACY.md)";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException, RefusedException {
        int orders = ORDERS;
        long seed = SEED;
        Path dir = null;
        Duration halfLife = Scenario.HALF_LIFE;
        double prior = Scenario.PRIOR_WEIGHT;
        List<String> options = List.of("--orders", "--seed", "--half-life", "--prior", "--out");
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!options.contains(a)) {
                throw new UsageException(this, a.startsWith("-") ? "unknown option " + Echo.escape(a) : "unexpected argument " + Echo.escape(a));
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(this, a + " expects a value");
            }
            String value = args.get(++i);
            switch (a) {
                case "--orders" -> orders = (int) between(a, value, 1, 10_000_000);
                case "--seed" -> seed = number(a, value);
                case "--half-life" -> halfLife = Duration.ofDays(between(a, value, 1, 365));
                case "--prior" -> prior = between(a, value, 0, 1_000_000);
                default -> dir = Path.of(value);
            }
        }
        Network network = Carriers.calibrated(Inputs.network(DemoCommand.resource(DemoCommand.NETWORK),
                DemoCommand.NETWORK + ": "));
        long started = System.nanoTime();
        // the two scenarios are independent: one thread each
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Results stationary;
        Results drift;
        try {
            Future<Results> s = threads.submit(new Simulation(network, Scenario.stationary(orders, seed)
                    .learning(halfLife, prior))::run);
            Future<Results> d = threads.submit(new Simulation(network, Scenario.drift(orders, seed)
                    .learning(halfLife, prior))::run);
            stationary = s.get();
            drift = d.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the simulation failed: " + e.getCause(), e.getCause());
        } finally {
            threads.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.print("Stationary carriers\n\n" + AccuracyReport.table(stationary) + "\nStrike week and peak season\n\n"
                + AccuracyReport.table(drift) + "\n" + AccuracyReport.window(drift) + "\n");
        if (dir != null) {
            try {
                Files.createDirectories(dir);
                Files.writeString(dir.resolve("ACCURACY.md"), AccuracyReport.markdown(stationary, drift, seed),
                        StandardCharsets.UTF_8);
                int at95 = Results.CONFIDENCES.indexOf(0.95);
                for (Path p : List.of(Charts.calibration(stationary, dir), Charts.calibration(drift, dir),
                        Charts.onTimeOverTime(drift, at95, dir))) {
                    out.print("wrote " + p + "\n");
                }
                out.print("wrote " + dir.resolve("ACCURACY.md") + "\n");
            } catch (IOException e) {
                throw new UsageException(this, "cannot write into " + dir + ": " + e.getMessage());
            }
        }
        long quotes = 2L * orders * 2 * Results.CONFIDENCES.size(); // two scenarios, two engines, four levels
        out.print(String.format(Locale.ROOT, "%,d orders per scenario, %,d quotes in %.1f s\n", orders, quotes, seconds));
        return PromiseCli.OK;
    }

    private long between(String option, String value, long min, long max) throws UsageException {
        long n = number(option, value);
        if (n < min || n > max) {
            throw new UsageException(this, option + " must be between " + min + " and " + max + ", was " + Echo.escape(value));
        }
        return n;
    }

    private long number(String option, String value) throws UsageException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(this, option + " expects a whole number, was " + value);
        }
    }
}
