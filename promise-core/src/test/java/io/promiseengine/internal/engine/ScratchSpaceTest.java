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
package io.promiseengine.internal.engine;

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.model.Network;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The per-thread scratch space of quote contexts ({@link QuoteContext.Scratch}): it never leaks between threads,
 * between a quote and a quote inside it, nor between a listing's carts. The oracle of a context's availability is
 * a context with space of its own (the constructor planners use), and the oracle of concurrent answers is the same
 * requests answered one after the other on one thread.
 */
class ScratchSpaceTest {

    /** What a context says of every site: holds, then each line's availability, then the distance. */
    private static List<Object> view(QuoteContext ctx) {
        List<Object> out = new ArrayList<>();
        for (int s = 0; s < ctx.snap.sites.length; s++) {
            out.add(ctx.holds(s));
            for (int i = 0; i < ctx.lineCount; i++) {
                out.add(ctx.available(s, i));
            }
            out.add(ctx.availableAt(s, ctx.fullMask));
            out.add(ctx.distanceToDestination(s));
        }
        return out;
    }

    private static QuoteContext own(Snapshot snap, QuoteRequest r) {
        return new QuoteContext(snap, r.lines(), r.confidence(), r.maxShipments(), r.destination().position().orElse(null),
                r.destination().postalCode(), r.at().getEpochSecond());
    }

    private static QuoteContext borrowed(Snapshot snap, QuoteRequest r) {
        return QuoteContext.forQuote(snap, r.lines(), r.confidence(), r.maxShipments(),
                r.destination().position().orElse(null), r.destination().postalCode(), r.at().getEpochSecond());
    }

    @Test
    void aQuoteInsideAQuote_getsSpaceOfItsOwn_andTheOuterContextStillReadsItsCart() {
        for (long seed = 1; seed <= 40; seed++) {
            NetworkGenerator g = new NetworkGenerator(seed);
            Network network = g.network();
            Snapshot snap = new Snapshot(network);
            QuoteRequest outerRequest = g.request();
            QuoteRequest innerRequest = g.request();
            PromiseCalculator calculator = PromiseCalculator.of(network);
            String innerAlone = String.valueOf(calculator.quote(innerRequest));
            List<Object> outerExpected = view(own(snap, outerRequest));
            List<Object> innerExpected = view(own(snap, innerRequest));

            QuoteContext outer = borrowed(snap, outerRequest);
            try {
                assertThat(view(outer)).as("seed %d, outer", seed).isEqualTo(outerExpected);
                QuoteContext inner = borrowed(snap, innerRequest);
                try {
                    assertThat(view(inner)).as("seed %d, inner", seed).isEqualTo(innerExpected);
                } finally {
                    inner.release();
                }
                // a whole quote inside: its answer is the one it gets alone, and the outer cart is untouched
                assertThat(String.valueOf(calculator.quote(innerRequest))).as("seed %d", seed).isEqualTo(innerAlone);
                assertThat(view(outer)).as("seed %d, outer after the inner ones", seed).isEqualTo(outerExpected);
            } finally {
                outer.release();
            }
        }
    }

    @Test
    void aContextWhoseSpaceWasTakenOver_failsInsteadOfReadingAnotherCart() {
        NetworkGenerator g = new NetworkGenerator(11);
        Snapshot snap = new Snapshot(g.network());
        QuoteRequest first = g.request();
        QuoteRequest second = g.request();
        QuoteContext root = borrowed(snap, first);
        try {
            QuoteContext next = root.withLines(second.lines());
            assertThatThrownBy(() -> root.holds(0)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> root.availableAt(0, root.fullMask)).isInstanceOf(IllegalStateException.class);
            assertThat(next.holds(0)).isEqualTo(own(snap, first).withLines(second.lines()).holds(0));
        } finally {
            root.release();
        }
        // released, then borrowed again by a new quote: the old one fails too
        QuoteContext again = borrowed(snap, second);
        try {
            assertThatThrownBy(() -> root.holds(0)).isInstanceOf(IllegalStateException.class);
            assertThat(view(again)).isEqualTo(view(own(snap, second)));
        } finally {
            again.release();
        }
    }

    @Test
    void theMapsOfAQuote_areHandedOutEmpty_toTheNextQuote_andNotToAQuoteInsideIt() {
        NetworkGenerator g = new NetworkGenerator(12);
        Snapshot snap = new Snapshot(g.network());
        QuoteRequest r = g.request();
        List<LongMap<long[]>> first = new ArrayList<>();
        QuoteContext ctx = borrowed(snap, r);
        try {
            for (int m = 0; m < 20; m++) {
                LongMap<long[]> map = ctx.longMap(8);
                assertThat(map.size()).isZero();
                for (long k = 0; k <= m * 7; k++) {
                    map.put(k * 1_000_003L, new long[] {k});
                }
                first.add(map);
            }
            // distinct maps within one quote, and a quote inside it gets maps of its own
            assertThat(first.stream().distinct().count()).isEqualTo(20);
            QuoteContext inner = borrowed(snap, r);
            try {
                assertThat(first).doesNotContain(inner.<long[]>longMap(8));
            } finally {
                inner.release();
            }
            assertThat(first.get(19).get(19 * 7 * 1_000_003L)[0]).isEqualTo(19 * 7);
        } finally {
            ctx.release();
        }
        // the next quote on the thread: the same maps, emptied
        QuoteContext next = borrowed(snap, r);
        try {
            for (int m = 0; m < 20; m++) {
                LongMap<long[]> map = next.longMap(8);
                assertThat(map).isSameAs(first.get(m));
                assertThat(map.size()).isZero();
                for (long k = 0; k <= m * 7; k++) {
                    assertThat(map.get(k * 1_000_003L)).isNull();
                }
                map.put(5, new long[] {5});
                assertThat(map.get(5)[0]).isEqualTo(5);
            }
        } finally {
            next.release();
        }
    }

    @Test
    void theArraysOfAQuote_areHandedOutSet_toTheNextQuote() {
        NetworkGenerator g = new NetworkGenerator(13);
        Snapshot snap = new Snapshot(g.network());
        QuoteRequest r = g.request();
        Plan plan = new Plan(0, "a", 1, List.of("A"), 0, 0, 0, 0,
                new long[] {1}, new double[] {1.0}, new java.math.BigDecimal[] {java.math.BigDecimal.ONE}, 0.9);
        for (int quote = 0; quote < 3; quote++) {
            QuoteContext ctx = borrowed(snap, r);
            try {
                for (int i = 0; i < 6; i++) {
                    int n = 5 + 7 * ((i + quote) % 3);
                    long value = i % 2 == 0 ? Long.MIN_VALUE : 0;
                    long[] longs = ctx.longs(n, value);
                    Plan[] plans = ctx.plans(n);
                    assertThat(longs.length).isGreaterThanOrEqualTo(n);
                    assertThat(plans.length).isGreaterThanOrEqualTo(n);
                    for (int j = 0; j < n; j++) {
                        assertThat(longs[j]).as("quote %d, array %d, entry %d", quote, i, j).isEqualTo(value);
                        assertThat(plans[j]).as("quote %d, array %d, entry %d", quote, i, j).isNull();
                    }
                    // written all over: the next quote's arrays are set again
                    java.util.Arrays.fill(longs, 42);
                    java.util.Arrays.fill(plans, plan);
                }
            } finally {
                ctx.release();
            }
        }
    }

    @Test
    void theSmallArraysOfAQuote_areItsOwn_andTheNextQuotesAfterRelease() {
        NetworkGenerator g = new NetworkGenerator(14);
        Snapshot snap = new Snapshot(g.network());
        QuoteRequest r = g.request();
        List<Object> first = new ArrayList<>();
        QuoteContext ctx = borrowed(snap, r);
        try {
            for (int i = 0; i < 100; i++) {
                long[] longs = ctx.small();
                Plan[] plans = ctx.smallPlans();
                assertThat(longs).hasSize(QuoteContext.SMALL);
                assertThat(plans).hasSize(QuoteContext.SMALL);
                first.add(longs);
                first.add(plans);
            }
            // each hand-out its own array, and a quote inside this one gets arrays of its own
            assertThat(first.stream().distinct().count()).isEqualTo(200);
            QuoteContext inner = borrowed(snap, r);
            try {
                long[] innerLongs = inner.small();
                Plan[] innerPlans = inner.smallPlans();
                // by identity (AssertJ compares arrays by their contents)
                assertThat(first.stream().noneMatch(a -> a == innerLongs || a == innerPlans)).isTrue();
            } finally {
                inner.release();
            }
        } finally {
            ctx.release();
        }
        QuoteContext next = borrowed(snap, r);
        try {
            for (int i = 0; i < 100; i++) {
                assertThat(next.small()).isSameAs(first.get(2 * i));
                assertThat(next.smallPlans()).isSameAs(first.get(2 * i + 1));
            }
        } finally {
            next.release();
        }
    }

    @Test
    void quotesAndListingsOnManyThreads_answerAsOnOneThread() throws Exception {
        List<PromiseCalculator> calculators = new ArrayList<>();
        List<Object> requests = new ArrayList<>();
        for (long seed = 100; seed < 130; seed++) {
            NetworkGenerator g = new NetworkGenerator(seed);
            PromiseCalculator calculator = PromiseCalculator.of(g.network());
            for (int i = 0; i < 8; i++) {
                QuoteRequest r = g.request();
                calculators.add(calculator);
                requests.add(r);
                if (i == 0) {
                    calculators.add(calculator);
                    requests.add(ListingRequest.builder(r.at(), r.destination()).skus(NetworkGenerator.SKUS)
                            .confidence(r.confidence()).build());
                }
            }
        }
        int n = requests.size();
        String[] expected = new String[n];
        for (int i = 0; i < n; i++) {
            expected[i] = answer(calculators.get(i), requests.get(i));
        }
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * n / threads;
                runs.add(pool.submit(() -> {
                    List<String> mismatches = new ArrayList<>();
                    for (int round = 0; round < 2; round++) {
                        for (int k = 0; k < n; k++) {
                            int i = (offset + k) % n;
                            if (!answer(calculators.get(i), requests.get(i)).equals(expected[i])) {
                                mismatches.add("request " + i);
                            }
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get(10, TimeUnit.MINUTES)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String answer(PromiseCalculator calculator, Object request) {
        return request instanceof QuoteRequest q ? String.valueOf(calculator.quote(q))
                : String.valueOf(calculator.listing((ListingRequest) request));
    }
}
