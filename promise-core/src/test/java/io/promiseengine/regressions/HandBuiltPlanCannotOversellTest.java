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
import io.promiseengine.live.ReservationResult.Reason;
import io.promiseengine.live.ReservationResult.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 item 12: a hand-built {@code Fulfilment} naming the same shipment twice, or one line twice, was
 * accepted ({@code held=6 available=-3} with 3 in stock): each line was checked alone against the stock.
 */
class HandBuiltPlanCannotOversellTest {

    private final PromiseEngine engine = PromiseEngine.builder(LiveStoreContract.network()).build();

    @Test
    void theSameShipmentTwiceIsRefusedAndTakesNothing() {
        ReservationResult r = engine.reserve("o", LiveStoreContract.plan("store", "B:3", "store", "B:3"));
        assertThat(r).isInstanceOfSatisfying(ReservationResult.Refused.class, refused -> assertThat(refused.refusals())
                .extracting(Refusal::reason).containsExactly(Reason.INVALID_PLAN));
        assertThat(engine.stock("store", "B").held()).isZero();
        assertThat(engine.stock("store", "B").available()).isEqualTo(3);
    }

    @Test
    void theSameLineTwiceIsRefusedAndTakesNothing() {
        ReservationResult r = engine.reserve("o", LiveStoreContract.plan("store", "B:3,B:3"));
        assertThat(r).isInstanceOfSatisfying(ReservationResult.Refused.class, refused -> assertThat(refused.refusals())
                .extracting(Refusal::detail)
                .containsExactly("shipments[0].lines[1]: sku \"B\" has another line in this shipment; one line per sku"));
        assertThat(engine.stock("store", "B").available()).isEqualTo(3);
    }

    @Test
    void areplaceWithADuplicatedLineIsRefusedAndKeepsTheOrdersHolds() {
        engine.reserve("o", LiveStoreContract.plan("store", "B:1"));
        assertThat(engine.replace("o", LiveStoreContract.plan("store", "B:2,B:2")).isReserved()).isFalse();
        assertThat(engine.stock("store", "B").held()).isEqualTo(1);
    }
}
