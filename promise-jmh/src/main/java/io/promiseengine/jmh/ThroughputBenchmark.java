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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * How many quotes per second does one shared calculator answer from 1 and from 2 threads? 3-line carts,
 * all methods, maxShipments 2; each thread cycles through its own slice of the pre-generated requests.
 *
 * <p>Run: {@code java -jar promise-jmh/target/benchmarks.jar ThroughputBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx12g"})
public class ThroughputBenchmark {

    /** The calculator and the requests, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Shared {
        @Param({"1000"})
        public int stores;

        PromiseCalculator calculator;
        QuoteRequest[] requests;

        @Setup(Level.Trial)
        public void setUp() {
            Network network = FranceNetwork.generate(stores, 42);
            calculator = PromiseCalculator.of(network);
            requests = FranceNetwork.quotes(QuoteBenchmark.REQUESTS, 3, 2, 7);
        }
    }

    /** Each thread's position in the requests, started apart so threads quote different carts. */
    @State(Scope.Thread)
    public static class Cursor {
        private static final java.util.concurrent.atomic.AtomicInteger THREADS = new java.util.concurrent.atomic.AtomicInteger();
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            next = (THREADS.getAndIncrement() * 397) & (QuoteBenchmark.REQUESTS - 1);
        }

        QuoteRequest take(QuoteRequest[] requests) {
            QuoteRequest r = requests[next];
            next = (next + 1) & (QuoteBenchmark.REQUESTS - 1);
            return r;
        }
    }

    @Benchmark
    @Threads(1)
    public Quote oneThread(Shared shared, Cursor cursor) {
        return shared.calculator.quote(cursor.take(shared.requests));
    }

    @Benchmark
    @Threads(2)
    public Quote twoThreads(Shared shared, Cursor cursor) {
        return shared.calculator.quote(cursor.take(shared.requests));
    }
}
