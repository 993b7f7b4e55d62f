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
import io.promiseengine.live.SlotState;
import io.promiseengine.live.WindowState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static io.promiseengine.live.LiveStoreContract.NOW;
import static io.promiseengine.live.LiveStoreContract.VANS;
import static io.promiseengine.live.LiveStoreContract.WINDOW;
import static io.promiseengine.live.LiveStoreContract.windowNetwork;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13, "others like" case 1, on the live engine: {@code slot}, {@code setSlotCapacity}, {@code window} and
 * {@code setWindowCapacity} given {@code Instant.MIN} (or any instant without a date in the zone) threw
 * {@code java.time.DateTimeException: Invalid value for EpochDay} while checking that it starts a slot or a window.
 * The instant is now checked against the model's bounds first ({@code Limits.checkInstant}, docs/LIMITS.md), and a
 * refusal changes nothing.
 */
class LiveSlotAndWindowCallsAtTheEndsOfTimeTest {

    private static final Instant SLOT = Instant.parse("2026-09-17T12:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"-1000000000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59.999999999Z", "1969-12-31T23:00:00Z",
            "2201-01-01T00:00:00Z"})
    void anInstantOutOfRangeIsRefusedByName(String text) {
        Instant t = Instant.parse(text);
        try (PromiseEngine engine = PromiseEngine.builder(windowNetwork()).clock(new MutableClock(NOW)).build()) {
            SlotState slot = engine.slot("store", SLOT);
            WindowState window = engine.window(VANS, "75", WINDOW);
            assertThatThrownBy(() -> engine.slot("store", t)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("slot must be between 1970-01-01T00:00:00Z and 2200-12-31T23:59:59Z, was ");
            assertThatThrownBy(() -> engine.setSlotCapacity("store", t, 0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("slot must be between");
            assertThatThrownBy(() -> engine.window(VANS, "75", t)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("window must be between 1970-01-01T00:00:00Z and 2200-12-31T23:59:59Z, was ");
            assertThatThrownBy(() -> engine.setWindowCapacity(VANS, "75", t, 0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("window must be between");
            assertThat(engine.slot("store", SLOT)).isEqualTo(slot);
            assertThat(engine.window(VANS, "75", WINDOW)).isEqualTo(window);
        }
    }
}
