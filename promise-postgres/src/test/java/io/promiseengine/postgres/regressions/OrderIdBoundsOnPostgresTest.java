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
import io.promiseengine.model.Limits;
import io.promiseengine.postgres.PostgresPromiseEngine;
import io.promiseengine.postgres.PostgresSchema;
import io.promiseengine.postgres.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import static io.promiseengine.live.LiveStoreContract.NOW;
import static io.promiseengine.live.LiveStoreContract.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13 (long ids), on PostgreSQL: an order id of 3,000 characters was refused by the index of
 * {@code promise_reservation} with a bare SQL error ({@code IllegalStateException: PostgreSQL refused the engine's
 * transaction: ERROR: index row size ... exceeds btree version 4 maximum 2704}), where the in-memory store held
 * it. Both now refuse it the same way before any SQL ({@code orderId must have at most 256 characters, was ...});
 * the longest id allowed, in three-byte characters (768 bytes), is held, read and released.
 */
class OrderIdBoundsOnPostgresTest {

    private String schema;
    private DataSource ds;

    @BeforeEach
    void migrate() {
        schema = TestDatabase.freshSchema("pe_orderid");
        ds = TestDatabase.dataSource(schema);
        PostgresSchema.migrate(ds);
    }

    @AfterEach
    void drop() {
        TestDatabase.drop(schema);
    }

    @Test
    void anOrderIdPastTheLimitIsRefusedAsInMemoryAndTheLongestIsHeld() {
        try (PromiseEngine engine = PostgresPromiseEngine.builder(ds).initialNetwork(LiveStoreContract.network())
                .clock(new MutableClock(NOW)).build()) {
            String random = new java.util.Random(13).ints(3_000, 'a', 'z' + 1)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            assertThatThrownBy(() -> engine.reserve(random, plan("wh", "A:1"))) // does not compress: past the index's row
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("orderId must have at most 256 characters, was \"" + random.substring(0, 10));
            String longest = "\u20ac".repeat(Limits.MAX_ORDER_ID_LENGTH);
            assertThat(engine.reserve(longest, plan("wh", "A:1")).isReserved()).isTrue();
            assertThat(engine.reservation(longest)).isPresent();
            assertThat(engine.reservations("", 10)).hasSize(1);
            assertThat(engine.release(longest)).isTrue();
            assertThat(engine.stock("wh", "A").held()).isZero();
        }
    }
}
