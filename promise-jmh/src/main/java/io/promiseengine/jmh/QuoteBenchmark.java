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

import io.promiseengine.model.Network;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * How long does one quote take? All methods, confidence 0.95, per network size, cart size and
 * {@code maxShipments}, for the engine and the baseline; the requests are pre-generated
 * ({@value #REQUESTS} per configuration) and cycled, so each call quotes another cart, destination and instant.
 *
 * <p>Run: {@code java -jar promise-jmh/target/benchmarks.jar QuoteBenchmark -prof gc}
 * (one configuration: {@code -p stores=1000 -p lines=3 -p maxShipments=2 -p impl=engine}).
 * The 10,000-store network needs a large heap: forks get {@code -Xmx12g}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx12g"})
public class QuoteBenchmark {

    /** Requests generated per configuration, cycled through. */
    public static final int REQUESTS = 1024;

    /**
     * {@code engine}, or {@code baseline} (seconds a call: ask for it with {@code -p impl=baseline} on small
     * configurations, e.g. {@code -p stores=100 -p lines=1 -p maxShipments=1}).
     */
    @Param({"engine"})
    public String impl;

    @Param({"100", "1000", "10000"})
    public int stores;

    @Param({"1", "3", "10"})
    public int lines;

    @Param({"1", "2"})
    public int maxShipments;

    private PromiseCalculator calculator;
    private QuoteRequest[] requests;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Network network = FranceNetwork.generate(stores, 42);
        calculator = Calculators.create(impl, network);
        requests = FranceNetwork.quotes(REQUESTS, lines, maxShipments, 7);
        next = 0;
    }

    @Benchmark
    public Quote quote() {
        QuoteRequest r = requests[next];
        next = (next + 1) & (REQUESTS - 1);
        return calculator.quote(r);
    }
}
