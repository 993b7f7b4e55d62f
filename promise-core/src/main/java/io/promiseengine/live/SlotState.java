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
package io.promiseengine.live;

import java.time.Instant;
import java.util.Objects;

/**
 * The live state of one preparation slot.
 *
 * @param location the location id
 * @param slot the slot's start
 * @param load preparations reported started in it
 * @param held preparations the engine's reservations hold in it
 * @param capacity preparations it allows (the location's {@code ordersPerSlot} unless changed)
 */
public record SlotState(String location, Instant slot, int load, int held, int capacity) {

    /**
     * Checks the parts.
     *
     * @param location the location id
     * @param slot the slot's start
     * @param load preparations reported started in it
     * @param held preparations the engine's reservations hold in it
     * @param capacity preparations it allows (the location's {@code ordersPerSlot} unless changed)
     * @throws NullPointerException when a part is null
     */
    public SlotState {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(slot, "slot");
    }

    /**
     * Whether another preparation may start in it.
     *
     * @return true when load and holds are below the capacity
     */
    public boolean hasRoom() {
        return load + held < capacity;
    }
}
