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
import io.promiseengine.live.StockState;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Network;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * How many stock updates per second does the live engine take while two threads quote on it, and how many
 * quotes do those threads still answer? One JMH group: two quoting threads and one thread moving stock
 * ({@code adjustOnHand} of a popular sku at a random store, alternately -1 and +1 so the stock stays put).
 *
 * <p>Run: {@code java -jar promise-jmh/target/benchmarks.jar LiveBenchmark}.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx12g"})
public class LiveBenchmark {

    @Param({"1000"})
    public int stores;

    private PromiseEngine engine;
    private QuoteRequest[] requests;
    private String[] storeIds;
    private final java.util.concurrent.atomic.AtomicInteger nextRequest = new java.util.concurrent.atomic.AtomicInteger();
    private SplittableRandom random;
    private int sign;

    @Setup(Level.Trial)
    public void setUp() {
        Network network = FranceNetwork.generate(stores, 42);
        engine = PromiseEngine.builder(network)
                .clock(Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC)).build();
        requests = FranceNetwork.quotes(QuoteBenchmark.REQUESTS, 3, 2, 7);
        List<String> ids = new ArrayList<>();
        for (Location l : network.locations()) {
            if (l.kind() == LocationKind.STORE) {
                ids.add(l.id());
            }
        }
        storeIds = ids.toArray(new String[0]);
        random = new SplittableRandom(3);
        sign = 1;
    }

    @Benchmark
    @Group("quoteWhileStockMoves")
    @GroupThreads(2)
    public Quote quote() {
        return engine.quote(requests[nextRequest.getAndIncrement() & (QuoteBenchmark.REQUESTS - 1)]);
    }

    @Benchmark
    @Group("quoteWhileStockMoves")
    @GroupThreads(1)
    public StockState updateStock() {
        sign = -sign;
        String store = storeIds[random.nextInt(storeIds.length)];
        String sku = FranceNetwork.sku(1 + random.nextInt(200));
        return engine.adjustOnHand(store, sku, engine.stock(store, sku).onHand() > 0 ? sign : 1);
    }
}
