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

import io.promiseengine.events.CaptureResult;
import io.promiseengine.events.EventFixtures;
import io.promiseengine.events.PromiseTracker;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Method;
import io.promiseengine.model.StockLevel;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.PromiseOption;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 13: with {@code holdFor(Duration.ofMillis(1))} on the system clock, 9 captures in 200 threw
 * {@code NoSuchElementException} (the fresh hold lapsed before its confirmation). Every capture now holds and
 * confirms, whether the order was reserved at checkout (a hold that lapses any moment) or not.
 */
class CaptureWithMillisecondHoldsTest {

    @Test
    void everyCaptureOnMillisecondHoldsIsConfirmed() {
        PromiseEngine engine = PromiseEngine.builder(EventFixtures.network(StockLevel.of("wh-lille", "TSHIRT", 1_000)))
                .holdFor(Duration.ofMillis(1)).build();
        PromiseTracker tracker = PromiseTracker.builder(engine).build();
        for (int i = 0; i < 400; i++) {
            Order o = EventFixtures.order("M-" + i, "TSHIRT", 1, Method.HOME_DELIVERY);
            PromiseOption std = engine.quote(o).options().stream()
                    .filter(x -> x.service().equals(Optional.of("std"))).findFirst().orElseThrow();
            if (i % 2 == 1) {
                engine.reserve(o.id(), engine.planner().plan(o, std).fulfilment().orElseThrow()); // at checkout
            }

            CaptureResult r = tracker.capture(o, std);

            assertThat(r).as("capture %d", i).isInstanceOf(CaptureResult.Captured.class);
            assertThat(engine.reservation(o.id()).orElseThrow().confirmed()).isTrue();
        }
        assertThat(tracker.orders()).hasSize(400);
        assertThat(engine.stock("wh-lille", "TSHIRT").held()).isEqualTo(400);
    }
}
