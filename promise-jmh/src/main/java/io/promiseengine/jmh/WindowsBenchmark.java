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
 * How long does a quote with delivery windows take (spec 4.7)? The generated France network with
 * {@code stores} stores and a SCHEDULED service {@code vans} from every shipping location, five windows a day
 * Monday to Saturday, zone {@code 75} (2 h lead) and everywhere else (4 h lead); 300 two-line carts, asking for
 * SCHEDULED alone (the 6 default windows, each with its nearest origin and its order-by to the second).
 *
 * <p>Run from the repository root: {@code java -jar promise-jmh/target/benchmarks.jar WindowsBenchmark}; the same
 * workload in CPU time per request: {@code CpuTimes windows 1000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class WindowsBenchmark {

    @Param({"100", "1000"})
    public int stores;

    private PromiseCalculator calculator;
    private QuoteRequest[] requests;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        calculator = PromiseCalculator.of(CpuTimes.windowsNetwork(stores));
        requests = CpuTimes.windowsRequests(); // the same workload as CpuTimes windows
        next = 0;
    }

    @Benchmark
    public Quote quoteWithWindows() {
        QuoteRequest r = requests[next];
        next = (next + 1) % requests.length;
        return calculator.quote(r);
    }
}
