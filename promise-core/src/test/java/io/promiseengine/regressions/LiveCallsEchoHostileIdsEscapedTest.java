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
import io.promiseengine.live.ReservationResult;
import io.promiseengine.model.Method;
import io.promiseengine.plan.Fulfilment;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.promiseengine.live.LiveStoreContract.NOW;
import static io.promiseengine.live.LiveStoreContract.PARIS;
import static io.promiseengine.live.LiveStoreContract.VANS;
import static io.promiseengine.live.LiveStoreContract.WINDOW;
import static io.promiseengine.live.LiveStoreContract.WINDOW_END;
import static io.promiseengine.live.LiveStoreContract.plan;
import static io.promiseengine.live.LiveStoreContract.windowNetwork;
import static io.promiseengine.live.LiveStoreContract.windowPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13 (echo of control characters), the live engine's newer calls: the window calls ({@code window},
 * {@code setWindowCapacity}), a hand-built SCHEDULED plan's service and zone, an unknown location (a slot read, a
 * plan's origin) echoed the caller's text raw, so an id carrying
 * {@code ESC [2J} or a newline cleared a terminal or forged a log line where the message was printed. They now
 * go through {@code Echo.quote}, like the documents' refusals (docs/LIMITS.md, "Echoed text").
 */
class LiveCallsEchoHostileIdsEscapedTest {

    private static final String HOSTILE = "x\u001b[2J\nFAKE: line";
    private static final String ESCAPED = "\"x\\u001b[2J\\nFAKE: line\"";

    private static PromiseEngine engine() {
        return PromiseEngine.builder(windowNetwork()).clock(new MutableClock(NOW)).build();
    }

    @Test
    void theWindowCallsEscapeAnUnknownServiceAndZone() {
        try (PromiseEngine engine = engine()) {
            assertThatThrownBy(() -> engine.window(HOSTILE, "75", WINDOW)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(ESCAPED).hasMessageNotContaining("\u001b").hasMessageNotContaining("\n");
            assertThatThrownBy(() -> engine.setWindowCapacity(VANS, HOSTILE, WINDOW, 1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(ESCAPED).hasMessageNotContaining("\u001b").hasMessageNotContaining("\n");
        }
    }

    @Test
    void aHandBuiltScheduledPlansServiceAndZoneAreEscapedInItsRefusal() {
        try (PromiseEngine engine = engine()) {
            Fulfilment p = windowPlan("wh", "W:1", WINDOW, WINDOW_END, "75");
            Fulfilment service = new Fulfilment(Method.SCHEDULED, HOSTILE, "", p.promisedAt(), p.date(), 1.0, BigDecimal.ZERO,
                    p.shipments(), p.window());
            Fulfilment zone = windowPlan("wh", "W:1", WINDOW, WINDOW_END, HOSTILE);
            for (Fulfilment hostile : List.of(service, zone)) {
                ReservationResult r = engine.reserve("o1", hostile);
                String detail = ((ReservationResult.Refused) r).refusals().get(0).detail();
                assertThat(detail).contains(ESCAPED).doesNotContain("\u001b").doesNotContain("\n");
            }
        }
    }

    @Test
    void anUnknownLocationAndAnOrderIdAreEscaped() {
        try (PromiseEngine engine = engine()) {
            assertThatThrownBy(() -> engine.slot(HOSTILE, NOW)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(ESCAPED).hasMessageNotContaining("\u001b");
            Fulfilment unknownOrigin = new Fulfilment(Method.COLLECT, "", "store", NOW, LocalDate.ofInstant(NOW, PARIS), 1.0,
                    BigDecimal.ZERO, plan(HOSTILE, "A:1").shipments(), Optional.empty());
            String detail = ((ReservationResult.Refused) engine.reserve("o1", unknownOrigin)).refusals().get(0).detail();
            assertThat(detail).contains(ESCAPED).doesNotContain("\u001b");
            // an order id with a control character is refused (regressions/OrderIdBoundsTest), escaped
            assertThatThrownBy(() -> engine.reserve(HOSTILE, plan("wh", "A:1"))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("orderId ").hasMessageContaining(ESCAPED).hasMessageNotContaining("\u001b");
        }
    }
}
