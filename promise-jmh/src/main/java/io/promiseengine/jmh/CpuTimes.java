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

import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.Service;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.QuoteRequest;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;

/**
 * Per-request CPU time of the quoting thread ({@code ThreadMXBean.getCurrentThreadCpuTime}) over every request
 * of the {@link QuoteBenchmark} (or {@link ListingBenchmark}) workload, after warm-up cycles: the median and the
 * tail a shared machine cannot give with wall-clock averages, the bytes allocated per request, and a digest of
 * every answer (the same digest from two builds means the same answers on the whole workload).
 *
 * <p>Run: {@code java -Xms2g -Xmx12g -cp promise-jmh/target/benchmarks.jar io.promiseengine.jmh.CpuTimes
 * quote 1000 3 2 [cycles]} or {@code ... CpuTimes listing 1000 48 [cycles]}, or {@code ... CpuTimes windows 1000
 * [cycles]} for the {@link WindowsBenchmark} workload (SCHEDULED alone, 6 windows each with its order-by); cycles
 * (default 5) includes two of warm-up. Uses the public API only, so the same source compiled against an older jar
 * measures that build.
 */
public final class CpuTimes {

    private CpuTimes() {
    }

    public static void main(String[] args) throws Exception {
        boolean listing = args[0].equals("listing");
        boolean windows = args[0].equals("windows");
        int stores = Integer.parseInt(args[1]);
        int size = windows ? 2 : Integer.parseInt(args[2]);
        int maxShipments = listing || windows ? 1 : Integer.parseInt(args[3]);
        int cycleArg = windows ? 2 : listing ? 3 : 4;
        int cycles = args.length > cycleArg ? Integer.parseInt(args[cycleArg]) : 5;
        Network network = windows ? windowsNetwork(stores) : FranceNetwork.generate(stores, 42);
        PromiseCalculator calculator = PromiseCalculator.of(network);
        QuoteRequest[] quotes = listing ? null : windows ? windowsRequests()
                : FranceNetwork.quotes(QuoteBenchmark.REQUESTS, size, maxShipments, 7);
        ListingRequest[] pages = listing ? FranceNetwork.pages(ListingBenchmark.PAGES, size, 11) : null;
        int n = listing ? pages.length : quotes.length;
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long[] cpu = new long[n * (cycles <= 2 ? Math.max(1, cycles) : cycles - 2)];
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
                args[0], stores, size, maxShipments, measured,
                sorted[measured / 2] / 1e3, sorted[(int) (measured * 0.9)] / 1e3, sorted[(int) (measured * 0.99)] / 1e3,
                sorted[measured - 1] / 1e3, mean / 1e3, allocated / 1024.0 / measured,
                HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    }

    /**
     * The {@link WindowsBenchmark} network: the generated France network with {@code stores} stores and a SCHEDULED
     * service {@code vans} from every shipping location, five windows a day Monday to Saturday, zone {@code 75}
     * (2 h lead, 3 drops) and everywhere else (4 h lead, 5 drops).
     *
     * @param stores how many stores
     * @return the network
     */
    public static Network windowsNetwork(int stores) {
        Network base = FranceNetwork.generate(stores, 42);
        List<Service> services = new ArrayList<>(base.services());
        services.add(ScheduledService.builder("vans", "Nos camions").origins("*")
                .windows("MON-SAT", "08:00-10:00", "10:00-12:00", "14:00-16:00", "18:00-20:00", "20:00-22:00")
                .closed("FR").zone("75", "PT2H", 3).zone("", "PT4H", 5).price("6.90").build());
        return new Network(base.zone(), base.calendars(), base.postalCodes(), base.locations(), services,
                base.transfers(), base.stock(), base.supply(), base.load(), List.of(), base.currency());
    }

    /**
     * The {@link WindowsBenchmark} requests: 300 two-line carts asking for SCHEDULED alone, the default number of
     * windows.
     *
     * @return the requests
     */
    public static QuoteRequest[] windowsRequests() {
        QuoteRequest[] carts = FranceNetwork.quotes(300, 2, 1, 7);
        QuoteRequest[] requests = new QuoteRequest[carts.length];
        for (int i = 0; i < carts.length; i++) {
            QuoteRequest r = carts[i];
            requests[i] = new QuoteRequest(r.at(), r.destination(), r.lines(), r.confidence(), EnumSet.of(Method.SCHEDULED),
                    true, List.of(), false, 1, false, QuoteRequest.DEFAULT_MAX_WINDOWS);
        }
        return requests;
    }
}
