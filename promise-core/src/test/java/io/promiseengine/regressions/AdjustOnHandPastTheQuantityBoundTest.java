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
import io.promiseengine.live.StockState;
import io.promiseengine.model.Limits;
import org.junit.jupiter.api.Test;

import static io.promiseengine.live.LiveStoreContract.NOW;
import static io.promiseengine.live.LiveStoreContract.windowNetwork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13, case 4's kin on the live engine: {@code adjustOnHand} refused only a result outside {@code int}, so a few
 * adjustments took onHand past {@link Limits#MAX_QUANTITY} (up to 2,147,483,647), the bound every document, record
 * and {@code setStock} keeps and on which the arithmetic's headroom is reckoned (docs/LIMITS.md). It now refuses a
 * result above the bound, naming it, and changes nothing.
 */
class AdjustOnHandPastTheQuantityBoundTest {

    @Test
    void onHandStopsAtTheBound() {
        try (PromiseEngine engine = PromiseEngine.builder(windowNetwork()).clock(new MutableClock(NOW)).build()) {
            int onHand = engine.stock("wh", "W").onHand();
            StockState full = engine.adjustOnHand("wh", "W", Limits.MAX_QUANTITY - onHand);
            assertThat(full.onHand()).isEqualTo(Limits.MAX_QUANTITY);
            assertThatThrownBy(() -> engine.adjustOnHand("wh", "W", 1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("onHand of \"W\" at \"wh\" would be 1000000001 (1000000000 + 1), outside [0, 1000000000];"
                            + " maybe set it with setStock");
            assertThatThrownBy(() -> engine.adjustOnHand("wh", "W", Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
            assertThat(engine.stock("wh", "W")).isEqualTo(full);
            assertThat(engine.adjustOnHand("wh", "W", -Limits.MAX_QUANTITY).onHand()).isZero();
        }
    }
}
