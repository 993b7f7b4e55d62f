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
import io.promiseengine.model.Limits;
import io.promiseengine.model.Supply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13 item 4 (the {@code held} part): two supplies of 2^31-1, then reservations overflowed {@code held} to
 * -2 and the engine accepted more. Supplies that large are now refused by the model's bounds, and the sum that
 * bounded supplies can still reach past an {@code int} (three of 10^9) is refused by the reservation.
 */
class HeldCannotOverflowTest {

    @Test
    void theIssuesSuppliesOfTheLargestIntAreRefused() {
        assertThatThrownBy(() -> new Supply("wh", "BIG", Integer.MAX_VALUE, LiveStoreContract.START))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2147483647");
    }

    @Test
    void reservationsPastTheLargestHeldAreRefusedAndHeldStaysExact() {
        int max = Limits.MAX_QUANTITY;
        PromiseEngine engine = PromiseEngine.builder(LiveStoreContract.network()).build();
        for (int i = 1; i <= 3; i++) {
            engine.addSupply("s" + i, new Supply("wh", "BIG", max, LiveStoreContract.START.minusSeconds(60)));
        }
        assertThat(engine.reserve("a", LiveStoreContract.plan("wh", "BIG:" + max)).isReserved()).isTrue();
        assertThat(engine.reserve("b", LiveStoreContract.plan("wh", "BIG:" + max)).isReserved()).isTrue();
        assertThat(engine.reserve("c", LiveStoreContract.plan("wh", "BIG:" + max)))
                .isInstanceOf(ReservationResult.Refused.class);
        assertThat(engine.reserve("d", LiveStoreContract.plan("wh", "BIG:" + (Integer.MAX_VALUE - 2 * max + 1))))
                .isInstanceOf(ReservationResult.Refused.class);
        assertThat(engine.stock("wh", "BIG").held()).isEqualTo(2 * max);
        assertThat(engine.stock("wh", "BIG").available()).isEqualTo(-2L * max); // waiting for the supply
    }
}
