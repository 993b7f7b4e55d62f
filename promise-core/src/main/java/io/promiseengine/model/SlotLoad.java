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
package io.promiseengine.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Preparations already started at a location in the slot starting at {@code slot} (spec 2.1).
 *
 * @param location the location id
 * @param slot the slot's start
 * @param orders the preparations started in it, {@code >= 0}
 */
public record SlotLoad(String location, Instant slot, int orders) {

    /**
     * Checks the parts.
     *
     * @param location the location id
     * @param slot the slot's start
     * @param orders the preparations started in it, {@code >= 0}
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when a part is null
     */
    public SlotLoad {
        Objects.requireNonNull(location, "location");
        Limits.checkInstant("slot", Objects.requireNonNull(slot, "slot"));
        Limits.checkQuantity("orders", orders, 0);
    }
}
