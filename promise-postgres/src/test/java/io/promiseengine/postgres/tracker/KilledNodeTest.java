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
package io.promiseengine.postgres.tracker;

import io.promiseengine.events.PromiseChange;
import io.promiseengine.events.PromiseTracker;
import io.promiseengine.events.spi.TrackerStore;
import io.promiseengine.live.MutableClock;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.events.EventFixtures;
import io.promiseengine.model.StockLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node killed with SIGKILL ({@code kill -9}) in the middle of delivering a notice: a separate JVM
 * ({@link CrashedNode}) commits the event's step, starts telling its listener, and is killed. A tracker built
 * afterwards on the same database finds the event applied, the orders followed and the notice pending, and
 * delivers it once its claim's lease has lapsed.
 */
class KilledNodeTest {

    @RegisterExtension
    static final TrackerSchema DB = new TrackerSchema("pe_tracker_killed");

    @Test
    void aNodeKilledMidDeliveryLosesNoNotice() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process node = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashedNode.class.getName(),
                DB.name(), "killed").redirectErrorStream(true).start();
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(60_000);
                node.destroyForcibly(); // a node that never gets there: the test fails instead of hanging
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        List<String> said = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                said.add(line);
                if (line.startsWith("HEARING ")) {
                    break;
                }
            }
            node.destroyForcibly(); // SIGKILL: no shutdown hook, no finally, the claim stays
            assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            watchdog.interrupt();
        }
        assertThat(said).as("what the node said").contains("CAPTURED", "HEARING change:4:ev-1:o-1");
        assertThat(node.exitValue()).isEqualTo(137);

        TrackerStore store = PostgresTrackerStore.of(DB.dataSource(), "killed");
        assertThat(store.<Boolean>read(tx -> tx.applied("ev-1"))).isTrue();
        assertThat(store.read(tx -> tx.changesSince(-1)).orders()).hasSize(2);
        assertThat(store.pending()).singleElement().satisfies(p -> assertThat(p.claimedUntil()).isPresent());

        // this node's clock is a minute (the claim's lease) past the killed node's claim
        MutableClock clock = new MutableClock(store.pending().get(0).claimedUntil().orElseThrow());
        PromiseEngine engine = EventFixtures.engine(EventFixtures.network(StockLevel.of("store-paris", "TSHIRT", 5)));
        List<PromiseChange> heard = new ArrayList<>();
        PromiseTracker after = PromiseTracker.builder(engine).store(store).clock(clock).listener(heard::add).build();
        clock.advance(Duration.ofMillis(-1));
        assertThat(after.deliver()).isZero(); // still claimed by the dead node
        clock.advance(Duration.ofMillis(1));

        assertThat(after.deliver()).isEqualTo(1);
        assertThat(heard).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo("change:4:ev-1:o-1");
            assertThat(c.promise()).isPresent();
        });
        assertThat(store.pending()).isEmpty();
    }
}
