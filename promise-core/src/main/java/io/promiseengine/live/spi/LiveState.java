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
package io.promiseengine.live.spi;

import io.promiseengine.model.Limits;
import java.util.List;
import java.util.Objects;

/**
 * Everything an engine's snapshot needs, read at one instant: the current network version and every stock
 * position, slot and delivery window the store keeps (holds of the reservations included in {@code held}).
 *
 * @param network the current network version
 * @param stock every position
 * @param slots every slot
 * @param windows every delivery window in a zone
 */
public record LiveState(LiveChanges.NetworkVersion network, List<StockPosition> stock, List<SlotPosition> slots,
                        List<WindowPosition> windows) {

    /**
     * Checks the parts.
     *
     * @param network the current network version
     * @param stock every position
     * @param slots every slot
     * @param windows every delivery window in a zone
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public LiveState {
        Objects.requireNonNull(network, "network");
        stock = Limits.copyOf("stock", stock);
        slots = Limits.copyOf("slots", slots);
        windows = Limits.copyOf("windows", windows);
    }

    /**
     * A state without delivery windows.
     *
     * @param network the current network version
     * @param stock every position
     * @param slots every slot
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public LiveState(LiveChanges.NetworkVersion network, List<StockPosition> stock, List<SlotPosition> slots) {
        this(network, stock, slots, List.of());
    }
}
