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

import io.promiseengine.live.LiveStoreContract;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.ReservationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 item 11: with 1 unit in stock, {@code reserve("A", plan)} then the same call again answered
 * {@code ORDER_ID_IN_USE ... already holds another plan}: the order's own hold was counted against its retry.
 */
class RetryAtTheLastUnitIsRepeatedTest {

    @Test
    void theSameReservationAgainAtTheLastUnitIsRepeated() {
        PromiseEngine engine = PromiseEngine.builder(LiveStoreContract.network()).build();
        ReservationResult first = engine.reserve("A", LiveStoreContract.plan("wh", "LAST:1"));
        ReservationResult again = engine.reserve("A", LiveStoreContract.plan("wh", "LAST:1"));
        assertThat(first.isReserved()).isTrue();
        assertThat(again).isInstanceOfSatisfying(ReservationResult.Reserved.class, r -> assertThat(r.repeated()).isTrue());
        assertThat(engine.stock("wh", "LAST").held()).isEqualTo(1);
    }
}
