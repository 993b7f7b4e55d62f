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

import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Network;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

/**
 * Does a quote cost the same on an engine whose live state is in PostgreSQL as on the in-memory engine? The
 * quote path reads the engine's snapshot and makes no database call, so it should: the same requests as
 * {@link QuoteBenchmark} (3 lines, up to 2 shipments), on both.
 *
 * <p>Run: {@code java -jar promise-jmh/target/benchmarks.jar PostgresQuoteBenchmark} (needs PostgreSQL). Not in
 * the CI smoke run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class PostgresQuoteBenchmark {

    @Param({"memory", "postgres"})
    public String store;

    @Param({"100"})
    public int stores;

    private PostgresNodes nodes;
    private PromiseEngine engine;
    private QuoteRequest[] requests;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Network network = FranceNetwork.generate(stores, 42);
        Clock clock = Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC);
        if (store.equals("postgres")) {
            nodes = new PostgresNodes(network, clock, 1);
            engine = nodes.engines.get(0);
        } else {
            engine = PromiseEngine.builder(network).clock(clock).build();
        }
        requests = FranceNetwork.quotes(QuoteBenchmark.REQUESTS, 3, 2, 7);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Benchmark
    public Quote quote() {
        return engine.quote(requests[next++ & (QuoteBenchmark.REQUESTS - 1)]);
    }
}
