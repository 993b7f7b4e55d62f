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
package io.promiseengine.postgres;

import io.promiseengine.live.LiveStoreContract;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.Reservation;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two engines, one of them in another JVM killed with {@code kill -9} in the middle of a storm on the last units
 * and slots; a fresh engine then finds the totals exact (checked by the database's own sums, not the engine's),
 * never more held than available, and every reservation acknowledged still there unless it was let go or lapsed.
 */
class KillNineStressTest {

    private static final long SEED = Long.getLong("stress.seed", 20261206L);

    @Test
    void aNodeKilledMidStormLeavesExactTotalsAndEveryAcknowledgedReservation() throws Exception {
        System.out.println("KillNineStressTest seed " + SEED + " (replay with -Dstress.seed=" + SEED + ")");
        try (LiveTables tables = new LiveTables("pe_kill9")) {
            PromiseEngine parent = PostgresPromiseEngine.builder(tables.dataSource()).initialNetwork(LiveStoreContract.network())
                    .poll(Duration.ofMillis(50)).build();
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Xmx128m",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", StormNode.class.getName(),
                    TestDatabase.url(), tables.schema, Long.toString(SEED + 1), "child")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> childLines = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        childLines.add(line);
                    }
                } catch (java.io.IOException e) {
                    // the process was killed
                }
            });
            reader.start();
            ByteArrayOutputStream parentOut = new ByteArrayOutputStream();
            PrintStream parentPrint = new PrintStream(parentOut, true, StandardCharsets.UTF_8);
            AtomicBoolean stop = new AtomicBoolean();
            Thread parentStorm = new Thread(() -> new Storm(parent, parentPrint, SEED, "parent").run(stop::get));
            parentStorm.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
            // kill once the child is well into its storm
            while (childLines.stream().filter(l -> l.startsWith("ACK")).count() < 40 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(300); // the parent goes on alone a little
            stop.set(true);
            parentStorm.join(30_000);
            reader.join(5_000);
            parent.close();
            long killedAt = System.currentTimeMillis();
            assertThat(childLines).as("the child's storm").anyMatch(l -> l.startsWith("ACK"));

            List<String> all = new ArrayList<>(childLines);
            all.addAll(List.of(parentOut.toString(StandardCharsets.UTF_8).split("\n")));
            assertThat(all).noneMatch(l -> l.startsWith("RETRY-REFUSED"));
            // the totals, by the database's own sums
            assertThat(tables.queryLong("SELECT count(*) FROM promise_stock s WHERE s.held <> (SELECT coalesce(sum(u), 0)"
                    + " FROM promise_reservation r, unnest(r.stock_locations, r.stock_skus, r.stock_units) AS h(l, k, u)"
                    + " WHERE l = s.location AND k = s.sku)")).as("positions whose held is not the sum of their holds").isZero();
            assertThat(tables.queryLong("SELECT count(*) FROM promise_slot s WHERE s.held <> (SELECT count(*)"
                    + " FROM promise_reservation r, unnest(r.slot_locations, r.slot_starts) AS h(l, t)"
                    + " WHERE l = s.location AND t = s.slot_start)")).as("slots whose held is not the count of their holds").isZero();
            assertThat(tables.queryLong("SELECT count(*) FROM promise_stock WHERE held > greatest(0, on_hand - reserved - safety)"))
                    .as("positions holding more than available").isZero();
            assertThat(tables.queryLong("SELECT count(*) FROM promise_slot s WHERE s.load + s.held > 2"))
                    .as("slots past their capacity").isZero();

            // every acknowledged reservation still there, unless let go or lapsed
            Map<String, Long> acked = new HashMap<>();
            Set<String> confirmed = new HashSet<>();
            Set<String> gone = new HashSet<>();
            // a release or hand-off the kill cut between its commit and its line: the child's last LETGO without
            // an outcome (the lines of each storm are in order, the child's first)
            Set<String> inFlight = new HashSet<>();
            for (String l : all) {
                String[] w = l.split(" ");
                switch (w[0]) {
                    case "ACK" -> acked.put(w[1], Long.parseLong(w[2]));
                    case "CONF" -> confirmed.add(w[1]);
                    case "LETGO" -> inFlight.add(w[1]);
                    case "REL", "HAND" -> {
                        gone.add(w[1]);
                        inFlight.remove(w[1]);
                    }
                    case "KEPT" -> inFlight.remove(w[1]);
                    default -> { }
                }
            }
            assertThat(inFlight).as("at most the child's last let-go is cut short").hasSizeLessThanOrEqualTo(1)
                    .allMatch(id -> id.startsWith("child-"));
            PromiseEngine fresh = PostgresPromiseEngine.builder(tables.dataSource()).poll(Duration.ofMillis(50))
                    .clock(Clock.systemUTC()).build();
            try {
                Set<String> present = new HashSet<>();
                for (String after = ""; ; ) {
                    List<Reservation> page = fresh.reservations(after, 100);
                    if (page.isEmpty()) {
                        break;
                    }
                    page.forEach(r -> present.add(r.orderId()));
                    after = page.get(page.size() - 1).orderId();
                }
                for (String id : confirmed) {
                    if (!gone.contains(id) && !inFlight.contains(id)) {
                        assertThat(present).as("confirmed and acknowledged: " + id).contains(id);
                        assertThat(fresh.reservation(id)).hasValueSatisfying(r -> assertThat(r.confirmed()).isTrue());
                    }
                }
                for (Map.Entry<String, Long> e : acked.entrySet()) {
                    if (!gone.contains(e.getKey()) && !inFlight.contains(e.getKey()) && e.getValue() > killedAt + 1000) {
                        assertThat(present).as("held and acknowledged: " + e.getKey()).contains(e.getKey());
                    }
                }
                for (String id : gone) {
                    assertThat(present).as("released or handed off: " + id).doesNotContain(id);
                }
                // the fresh engine's snapshot agrees with the database, lapsed holds given back
                Thread.sleep(Storm.HOLD.toMillis() + 100);
                fresh.reservations("", 1); // gives back what lapsed
                for (String[] p : new String[][] {{"wh", "A"}, {"wh", "LAST"}, {"store", "A"}, {"store", "B"}}) {
                    long held = tables.queryLong("SELECT held FROM promise_stock WHERE location = '" + p[0] + "' AND sku = '" + p[1] + "'");
                    assertThat(fresh.stock(p[0], p[1]).held()).as(p[0] + "/" + p[1]).isEqualTo(held);
                }
                assertThat(tables.queryLong("SELECT count(*) FROM promise_reservation WHERE expires_at IS NOT NULL")).isZero();
                System.out.printf("kill -9 storm: %d acknowledged, %d confirmed, %d let go, %d still held after recovery%n",
                        acked.size(), confirmed.size(), gone.size(), present.size());
            } finally {
                fresh.close();
            }
        }
    }
}
