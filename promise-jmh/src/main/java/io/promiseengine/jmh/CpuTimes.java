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
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.QuoteRequest;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Per-request CPU time of the quoting thread ({@code ThreadMXBean.getCurrentThreadCpuTime}) over every request
 * of the {@link QuoteBenchmark} (or {@link ListingBenchmark}) workload, after warm-up cycles: the median and the
 * tail a shared machine cannot give with wall-clock averages, the bytes allocated per request, and a digest of
 * every answer (the same digest from two builds means the same answers on the whole workload).
 *
 * <p>Run: {@code java -Xms2g -Xmx12g -cp promise-jmh/target/benchmarks.jar io.promiseengine.jmh.CpuTimes
 * quote 1000 3 2 [cycles]} or {@code ... CpuTimes listing 1000 48 [cycles]}; cycles (default 5) includes two of
 * warm-up. Uses the public API only, so the same source compiled against an older jar measures that build.
 */
public final class CpuTimes {

    private CpuTimes() {
    }

    public static void main(String[] args) throws Exception {
        boolean listing = args[0].equals("listing");
        int stores = Integer.parseInt(args[1]);
        int size = Integer.parseInt(args[2]);
        int maxShipments = listing ? 1 : Integer.parseInt(args[3]);
        int cycles = args.length > (listing ? 3 : 4) ? Integer.parseInt(args[listing ? 3 : 4]) : 5;
        Network network = FranceNetwork.generate(stores, 42);
        PromiseCalculator calculator = PromiseCalculator.of(network);
        QuoteRequest[] quotes = listing ? null : FranceNetwork.quotes(QuoteBenchmark.REQUESTS, size, maxShipments, 7);
        ListingRequest[] pages = listing ? FranceNetwork.pages(ListingBenchmark.PAGES, size, 11) : null;
        int n = listing ? pages.length : quotes.length;
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long[] cpu = new long[n * Math.max(1, cycles - 2)];
        long allocated = 0;
        int measured = 0;
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (int c = 0; c < cycles; c++) {
            boolean measure = c >= 2 || cycles <= 2;
            for (int i = 0; i < n; i++) {
                long a0 = mx.getThreadAllocatedBytes(tid);
                long t0 = mx.getCurrentThreadCpuTime();
                Object answer = listing ? calculator.listing(pages[i]) : calculator.quote(quotes[i]);
                long t1 = mx.getCurrentThreadCpuTime();
                long a1 = mx.getThreadAllocatedBytes(tid);
                if (measure) {
                    cpu[measured++] = t1 - t0;
                    allocated += a1 - a0;
                }
                if (c == 0) {
                    digest.update(String.valueOf(answer).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        long[] sorted = Arrays.copyOf(cpu, measured);
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0);
        System.out.printf("%s stores=%d size=%d maxShipments=%d requests=%d: CPU us median %.1f p90 %.1f p99 %.1f max %.1f"
                        + " mean %.1f; allocated %.1f KB per request; answers %s%n",
                listing ? "listing" : "quote", stores, size, maxShipments, measured,
                sorted[measured / 2] / 1e3, sorted[(int) (measured * 0.9)] / 1e3, sorted[(int) (measured * 0.99)] / 1e3,
                sorted[measured - 1] / 1e3, mean / 1e3, allocated / 1024.0 / measured,
                HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    }
}
