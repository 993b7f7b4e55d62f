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

import io.promiseengine.json.NetworkDocument;
import io.promiseengine.model.Network;
import io.promiseengine.model.StockLevel;
import io.promiseengine.quote.Destination;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * How long does the worst cart of the demo take? Every sku of the France demo network
 * ({@code examples/networks/france-demo.json}, 26 locations, 12 skus) in one cart, {@code maxShipments} 10, all
 * methods, confidence 0.9, to five cities in turn (Lyon, Paris, Marseille, Bordeaux, Lille), ordered on a
 * Wednesday afternoon: the cart that took the engine before issue 14 between 4 and 24 s a quote.
 *
 * <p>{@code cart=stores-30-lines}: the largest carts at 1,000 stores ({@link FranceNetwork}): 30 distinct skus
 * with {@code maxShipments} 2 and 10, by popularity and from the tail of the assortment (8 carts of each kind, as
 * {@link WorstCaseSweep} draws them), in turn.
 *
 * <p>Run from the repository root or {@code promise-jmh}:
 * {@code java -jar promise-jmh/target/benchmarks.jar WorstCaseBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class WorstCaseBenchmark {

    static final List<String> POSTAL_CODES = List.of("69003", "75011", "13001", "33000", "59000");

    @Param({"demo-12-lines", "stores-30-lines"})
    public String cart;

    private PromiseCalculator calculator;
    private QuoteRequest[] requests;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        next = 0;
        if (cart.equals("stores-30-lines")) {
            calculator = PromiseCalculator.of(FranceNetwork.generate(1000, 42));
            QuoteRequest[] two = WorstCaseSweep.storeCarts(4, 30, 2);
            QuoteRequest[] ten = WorstCaseSweep.storeCarts(4, 30, 10);
            requests = java.util.stream.Stream.concat(java.util.Arrays.stream(two), java.util.Arrays.stream(ten))
                    .toArray(QuoteRequest[]::new);
            return;
        }
        Path file = Path.of("examples/networks/france-demo.json");
        if (!Files.exists(file)) {
            file = Path.of("../examples/networks/france-demo.json");
        }
        Network network = NetworkDocument.read(file);
        calculator = PromiseCalculator.of(network);
        TreeSet<String> skus = new TreeSet<>();
        for (StockLevel s : network.stock()) {
            skus.add(s.sku());
        }
        requests = new QuoteRequest[POSTAL_CODES.size()];
        for (int i = 0; i < requests.length; i++) {
            QuoteRequest.Builder b = QuoteRequest.builder(Instant.parse("2026-09-16T14:45:00Z"),
                    Destination.postalCode(POSTAL_CODES.get(i))).confidence(0.9).maxShipments(10);
            for (String sku : skus) {
                b.line(sku, 1);
            }
            requests[i] = b.build();
        }
        next = 0;
    }

    @Benchmark
    public Quote quote() {
        QuoteRequest r = requests[next];
        next = (next + 1) % requests.length;
        return calculator.quote(r);
    }
}
