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
import io.promiseengine.live.ReservationResult;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.plan.AllocationPlanner;
import io.promiseengine.plan.Order;
import io.promiseengine.plan.PlanResult;
import io.promiseengine.quote.PromiseOption;
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

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How long does capturing an order take once it is quoted: plan it (the cheapest fulfilment that keeps the
 * quoted home-delivery option, no rule set), then reserve the plan? The reservation is released afterwards,
 * inside the measured call, so every call sees the same stock. 3-line carts, maxShipments 2.
 *
 * <p>Run: {@code java -jar promise-jmh/target/benchmarks.jar PlanBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx12g"})
public class PlanBenchmark {

    @Param({"1000"})
    public int stores;

    private PromiseEngine engine;
    private AllocationPlanner planner;
    private Order[] orders;
    private PromiseOption[] options;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Network network = FranceNetwork.generate(stores, 42);
        engine = PromiseEngine.builder(network)
                .clock(Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC)).build();
        planner = engine.planner();
        List<Order> os = new ArrayList<>();
        List<PromiseOption> ps = new ArrayList<>();
        QuoteRequest[] requests = FranceNetwork.quotes(4 * QuoteBenchmark.REQUESTS, 3, 2, 7);
        for (int i = 0; i < requests.length && os.size() < 256; i++) {
            Order order = Order.of("order-" + i, requests[i]);
            for (PromiseOption o : engine.quote(order).options()) {
                if (o.method() == Method.HOME_DELIVERY) {
                    os.add(order);
                    ps.add(o);
                    break;
                }
            }
        }
        if (os.size() < 256) {
            throw new IllegalStateException("only " + os.size() + " carts have a home-delivery option");
        }
        orders = os.toArray(new Order[0]);
        options = ps.toArray(new PromiseOption[0]);
        next = 0;
    }

    @Benchmark
    public ReservationResult planAndReserve() {
        int i = next;
        next = (next + 1) & 255;
        PlanResult plan = planner.plan(orders[i], options[i]);
        ReservationResult held = engine.reserve(orders[i].id(), plan.fulfilment().orElseThrow(
                () -> new IllegalStateException("no plan for " + orders[i].id() + ": " + plan)));
        engine.release(orders[i].id());
        return held;
    }
}
