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
package io.promiseengine.postgres.regressions;

import io.promiseengine.live.LiveStoreContract;
import io.promiseengine.live.MutableClock;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.Reservation;
import io.promiseengine.postgres.PostgresPromiseEngine;
import io.promiseengine.postgres.PostgresSchema;
import io.promiseengine.postgres.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.promiseengine.live.LiveStoreContract.NOW;
import static io.promiseengine.live.LiveStoreContract.plan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 (a lapsed hold is not held): {@code engine.reservations(after, limit)} listed a hold whose expiry had
 * passed by the engine's clock when the node's next expiry did not know it yet (another node's hold, before the
 * change feed brings it), while {@code reservation(orderId)} of the same order answered nothing. The listing is
 * now judged at one reading of the clock like every other call: a lapsed hold is left out, the page is filled up
 * past it, and it is given back.
 *
 * <p>Deterministic: a {@link MutableClock}; the change feed's listeners kept out ({@link GatedDataSource}), so node
 * 1 learns of node 2's holds only through its own calls.
 */
class ReservationsListNoLapsedHoldTest {

    private String schema;
    private DataSource plain;
    private GatedDataSource gated;

    @BeforeEach
    void migrate() {
        schema = TestDatabase.freshSchema("pe_listlapsed");
        plain = TestDatabase.dataSource(schema);
        PostgresSchema.migrate(plain);
        gated = new GatedDataSource(plain);
    }

    @AfterEach
    void drop() {
        TestDatabase.drop(schema);
    }

    @Test
    void aHoldAnotherNodeTookThatLapsedIsNotListedAndIsGivenBack() {
        MutableClock clock = new MutableClock(NOW);
        try (PromiseEngine node1 = engine(clock); PromiseEngine node2 = engine(clock)) {
            assertThat(node1.reserve("z1", plan("store", "A:1"), Duration.ofHours(1)).isReserved()).isTrue();
            for (String id : List.of("a1", "a2", "a3", "a4")) {
                assertThat(node2.reserve(id, plan("wh", "A:1"), Duration.ofMinutes(5)).isReserved()).isTrue();
            }
            assertThat(node1.reserve("c1", plan("wh", "LAST:1")).isReserved()).as("c1").isTrue();
            node1.confirm("c1");
            clock.advance(Duration.ofMinutes(5)); // node 2's four holds lapse; node 1 knows only its own expiries

            assertThat(node1.reservation("a1")).as("the order's own lookup").isEmpty();
            assertThat(node1.reservations("", 2)).as("the first page, filled up past four lapsed holds")
                    .extracting(Reservation::orderId).containsExactly("c1", "z1");
            assertThat(allPages(node1, 2)).containsExactly("c1", "z1");
            assertThat(allPages(node1, 1)).containsExactly("c1", "z1");
            assertThat(node1.stock("wh", "A").held()).as("the lapsed holds seen were given back").isZero();
            assertThat(node1.stock("store", "A").held()).isEqualTo(1);
        }
    }

    @Test
    void onlyLapsedHoldsListNothing() {
        MutableClock clock = new MutableClock(NOW);
        try (PromiseEngine node1 = engine(clock); PromiseEngine node2 = engine(clock)) {
            for (String id : List.of("a1", "a2", "a3")) {
                assertThat(node2.reserve(id, plan("wh", "A:1"), Duration.ofMinutes(5)).isReserved()).isTrue();
            }
            clock.advance(Duration.ofMinutes(5));
            assertThat(node1.reservations("", 10)).isEmpty();
            assertThat(node1.reservations("a1", 1)).isEmpty();
        }
    }

    private static List<String> allPages(PromiseEngine engine, int limit) {
        List<String> seen = new ArrayList<>();
        String after = "";
        for (List<Reservation> page; !(page = engine.reservations(after, limit)).isEmpty(); ) {
            page.forEach(r -> seen.add(r.orderId()));
            after = page.get(page.size() - 1).orderId();
        }
        return seen;
    }

    private PromiseEngine engine(MutableClock clock) {
        return PostgresPromiseEngine.builder(gated).initialNetwork(LiveStoreContract.network()).clock(clock)
                .holdFor(Duration.ofMinutes(30)).poll(Duration.ofMillis(100)).build();
    }
}
