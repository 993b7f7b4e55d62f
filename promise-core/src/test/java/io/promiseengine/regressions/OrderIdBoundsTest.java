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
package io.promiseengine.regressions;

import io.promiseengine.live.MutableClock;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Limits;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static io.promiseengine.live.LiveStoreContract.NOW;
import static io.promiseengine.live.LiveStoreContract.network;
import static io.promiseengine.live.LiveStoreContract.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13 (long ids): an order id had no bound. The in-memory engine held a reservation under a megabyte-long
 * id, or one with control characters, while PostgreSQL refused any id past about 2,700 bytes with a bare SQL
 * error from its index ({@code index row size ... exceeds btree version 4 maximum 2704}): the stores disagreed.
 * Every call taking an order id now refuses one that is empty, longer than {@link Limits#MAX_ORDER_ID_LENGTH}
 * (256) characters or has a control character, naming {@code orderId} and echoing the value escaped and cut; an
 * {@link Order} refuses the same. (On PostgreSQL: {@code promise-postgres}'s {@code OrderIdBoundsOnPostgresTest}.)
 */
class OrderIdBoundsTest {

    static final String LONGEST = "o".repeat(Limits.MAX_ORDER_ID_LENGTH);

    @Test
    void everyCallTakingAnOrderIdRefusesOneEmptyTooLongOrWithAControlCharacter() {
        try (PromiseEngine engine = PromiseEngine.builder(network()).clock(new MutableClock(NOW)).build()) {
            List<Consumer<String>> calls = List.of(id -> engine.reserve(id, plan("wh", "A:1")),
                    id -> engine.replace(id, plan("wh", "A:1")), engine::confirm, engine::release, engine::handOff,
                    engine::reservation);
            for (Consumer<String> call : calls) {
                assertThatThrownBy(() -> call.accept("")).isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("orderId must not be empty");
                assertThatThrownBy(() -> call.accept(LONGEST + "o")).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith("orderId must have at most 256 characters, was \"oooo").hasMessageEndingWith("…\"");
                assertThatThrownBy(() -> call.accept("o\u0000\n1")).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith("orderId ").hasMessageContaining("\"o\\u0000\\n1\"");
            }
            assertThat(engine.stock("wh", "A").held()).isZero();
            assertThat(engine.reserve(LONGEST, plan("wh", "A:1")).isReserved()).isTrue();
            assertThat(engine.reservation(LONGEST)).isPresent();
            assertThat(engine.release(LONGEST)).isTrue();
        }
    }

    @Test
    void anOrderRefusesTheSameIds() {
        QuoteRequest request = QuoteRequest.builder(NOW, Destination.postalCode("75011")).line("A", 1).build();
        assertThat(Order.of(LONGEST, request).id()).isEqualTo(LONGEST);
        assertThatThrownBy(() -> Order.of(LONGEST + "o", request)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("order id must have at most 256 characters");
        assertThatThrownBy(() -> Order.of("A-\u001b[2J", request)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\\u001b");
    }
}
