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

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * How much heap does a network and its compiled calculator keep, and how long do they take to build? Not a
 * JMH benchmark (JMH does not measure retained heap): builds the network, then the calculator, and prints the
 * heap used after a full GC at each step and the wall time of each build.
 *
 * <p>Run: {@code java -Xmx12g -cp promise-jmh/target/benchmarks.jar io.promiseengine.jmh.Footprint 10000}
 * (a smaller {@code -Xmx} shows whether it fits: {@code -Xmx1g} for the 1 GB target).
 */
public final class Footprint {

    private Footprint() {
    }

    public static void main(String[] args) {
        int stores = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long base = usedAfterGc();
        long t0 = System.nanoTime();
        Network network = FranceNetwork.generate(stores, 42);
        long t1 = System.nanoTime();
        long withNetwork = usedAfterGc();
        long t2 = System.nanoTime();
        PromiseCalculator calculator = PromiseCalculator.of(network);
        long t3 = System.nanoTime();
        long withCalculator = usedAfterGc();
        System.out.printf("stores %d: %d locations, %d stock levels, %d supply, %d load%n", stores,
                network.locations().size(), network.stock().size(), network.supply().size(), network.load().size());
        System.out.printf("network   built in %6.2f s, heap kept %7.1f MB%n", (t1 - t0) / 1e9, (withNetwork - base) / 1e6);
        System.out.printf("snapshot  built in %6.2f s, heap kept %7.1f MB more (PromiseCalculator.of)%n",
                (t3 - t2) / 1e9, (withCalculator - withNetwork) / 1e6);
        System.out.printf("total heap kept %7.1f MB (max heap %d MB)%n", (withCalculator - base) / 1e6,
                Runtime.getRuntime().maxMemory() >> 20);
        // keep both alive past the measurement
        if (calculator.hashCode() == network.hashCode()) {
            System.out.println();
        }
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
