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
import io.promiseengine.model.OrderLine;
import io.promiseengine.model.StockLevel;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.PlannedShipment;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What does a reservation cost on PostgreSQL, checked in the database, with 1 and 2 engines (two OMS nodes, each
 * with its own pool) sharing the same tables? Four threads reserve one unit of one of 64 popular (store, sku)
 * positions each (enough stock and slot room that every reservation is taken, so each is a write transaction:
 * order lock, row locks, the reservation's rows, the change row, the commit, and the writer's own catch-up).
 * With 2 engines, threads alternate between them and each engine also follows the other's changes.
 *
 * <p>Run: {@code java -jar promise-jmh/target/benchmarks.jar PostgresReserveBenchmark} (needs PostgreSQL:
 * {@code PROMISE_PG_URL} or the local database). Not in the CI smoke run, which needs no database.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Threads(4)
public class PostgresReserveBenchmark {

    static final Instant START = Instant.parse("2026-09-01T10:00:00Z"); // a slot start (12:00 in Paris)

    @Param({"1", "2"})
    public int engines;

    @Param({"100"})
    public int stores;

    private PostgresNodes nodes;
    private Fulfilment[] plans;
    private final AtomicInteger nextThread = new AtomicInteger();
    private final AtomicInteger nextOrder = new AtomicInteger();

    /** Each thread's engine and random positions. */
    @State(Scope.Thread)
    public static class Caller {
        PromiseEngine engine;
        SplittableRandom random;

        @Setup(Level.Trial)
        public void setUp(PostgresReserveBenchmark b) {
            int thread = b.nextThread.getAndIncrement();
            engine = b.nodes.engines.get(thread % b.engines);
            random = new SplittableRandom(thread);
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        Network network = FranceNetwork.generate(stores, 42);
        nodes = new PostgresNodes(network, Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), ZoneOffset.UTC), engines);
        PromiseEngine first = nodes.engines.get(0);
        plans = new Fulfilment[64];
        for (int i = 0; i < plans.length; i++) {
            String store = FranceNetwork.storeId(i % stores);
            String sku = FranceNetwork.sku(1 + i);
            first.setStock(StockLevel.of(store, sku, 10_000_000));
            first.setSlotCapacity(store, START, Integer.MAX_VALUE);
            plans[i] = new Fulfilment(Method.COLLECT, "", store, START.plusSeconds(7200), LocalDate.of(2026, 9, 1), 1.0,
                    BigDecimal.ZERO, List.of(new PlannedShipment(store, FranceNetwork.ZONE,
                    List.of(new OrderLine(sku, 1, Map.of())), START, START.plusSeconds(1800), Optional.empty(),
                    START.plusSeconds(7200), 0, BigDecimal.ZERO)));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        nodes.close();
    }

    @Benchmark
    public ReservationResult reserve(Caller caller) {
        ReservationResult r = caller.engine.reserve("jmh-" + nextOrder.incrementAndGet(),
                plans[caller.random.nextInt(plans.length)]);
        if (!r.isReserved()) {
            throw new IllegalStateException("refused: " + r);
        }
        return r;
    }
}
