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
package io.promiseengine.jmh;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;

/**
 * The CI smoke run: every benchmark of this package once, very short, on the 100-store network, one fork,
 * no warmup, one 100 ms iteration (one call for single-shot ones), failing on any error. It checks that the
 * benchmarks run, not how fast.
 *
 * <p>Run: {@code java -cp promise-jmh/target/benchmarks.jar io.promiseengine.jmh.Smoke}
 * (or {@code mvn -B -q -pl promise-jmh -am package -DskipTests exec:exec -Djmh.main=io.promiseengine.jmh.Smoke}).
 */
public final class Smoke {

    private Smoke() {
    }

    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> engine = new Runner(options()
                .include("io\\.promiseengine\\.jmh\\..*Benchmark")
                .exclude("Postgres") // the smoke run needs no database
                .param("impl", "engine")
                .build()).run();
        // the baseline takes seconds for a one-line quote on 100 stores, minutes for larger carts
        Collection<RunResult> baseline = new Runner(options()
                .include("io\\.promiseengine\\.jmh\\.QuoteBenchmark")
                .param("impl", "baseline")
                .param("lines", "1")
                .param("maxShipments", "1")
                .build()).run();
        System.out.println("smoke: " + (engine.size() + baseline.size()) + " benchmark configurations ran");
    }

    private static ChainedOptionsBuilder options() {
        return new OptionsBuilder()
                .forks(1)
                .jvmArgsAppend("-Xmx2g")
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .param("stores", "100")
                .shouldFailOnError(true);
    }
}
