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
package io.promiseengine.events;

import java.time.Instant;
import java.util.Objects;

/**
 * The capacity of one preparation slot changes (a picker off sick: fewer; overtime: more).
 *
 * @param id the event id
 * @param at when it happened
 * @param location the location id, which must have a capacity limit
 * @param slot the slot's start
 * @param capacity preparations it now allows, {@code >= 0} (0 closes it)
 */
public record SlotCapacityChanged(String id, Instant at, String location, Instant slot, int capacity)
        implements PromiseEvent {

    /**
     * Checks the parts.
     *
     * @param id the event id
     * @param at when it happened
     * @param location the location id, which must have a capacity limit
     * @param slot the slot's start
     * @param capacity preparations it now allows, {@code >= 0} (0 closes it)
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when a part is null
     */
    public SlotCapacityChanged {
        EventFields.check(id, at);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(slot, "slot");
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, was " + capacity);
        }
    }
}
