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
import io.promiseengine.quote.Listing;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.Quote;
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
 * How long does a 48-sku listing page take, against the 48 one-line quotes it stands for? Both on the same
 * network and the same pre-generated pages (cycled), in the same run, so the ratio is fair.
 *
 * <p>Run: {@code java -jar promise-jmh/target/benchmarks.jar ListingBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx12g"})
public class ListingBenchmark {

    /** Pages generated, cycled through. */
    public static final int PAGES = 256;

    @Param({"1000"})
    public int stores;

    @Param({"48"})
    public int skus;

    private PromiseCalculator calculator;
    private ListingRequest[] pages;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Network network = FranceNetwork.generate(stores, 42);
        calculator = PromiseCalculator.of(network);
        pages = FranceNetwork.pages(PAGES, skus, 11);
        next = 0;
    }

    private ListingRequest page() {
        ListingRequest r = pages[next];
        next = (next + 1) & (PAGES - 1);
        return r;
    }

    /** One listing call for the page. */
    @Benchmark
    public Listing listingPage() {
        return calculator.listing(page());
    }

    /** The same page as one one-line quote per sku. */
    @Benchmark
    public Quote[] separateQuotes() {
        ListingRequest page = page();
        Quote[] quotes = new Quote[page.skus().size()];
        for (int i = 0; i < quotes.length; i++) {
            quotes[i] = calculator.quote(page.quoteFor(page.skus().get(i)));
        }
        return quotes;
    }
}
