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

import io.promiseengine.model.Echo;
import java.util.Objects;

/**
 * The live state of one preparation slot of one location, as a store keeps it.
 *
 * @param location the location id
 * @param slotStart epoch seconds of the slot's start
 * @param load preparations reported started in it ({@code >= 0})
 * @param held preparations the engine's reservations hold in it ({@code >= 0})
 * @param capacity the capacity set for this slot, or -1 for the location's {@code ordersPerSlot}
 */
public record SlotPosition(String location, long slotStart, int load, int held, int capacity) {

    /**
     * Checks the parts.
     *
     * @param location the location id
     * @param slotStart epoch seconds of the slot's start
     * @param load preparations reported started in it ({@code >= 0})
     * @param held preparations the engine's reservations hold in it ({@code >= 0})
     * @param capacity the capacity set for this slot, or -1 for the location's {@code ordersPerSlot}
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when {@code location} is null
     */
    public SlotPosition {
        Objects.requireNonNull(location, "location");
        if (load < 0 || held < 0 || capacity < -1) {
            throw new IllegalArgumentException("slot " + slotStart + " of " + Echo.quote(location)
                    + " needs load and held >= 0 and capacity >= -1, was " + load + ", " + held + ", " + capacity);
        }
    }

    /**
     * The slot of a location nothing was ever said about.
     *
     * @param location the location id
     * @param slotStart epoch seconds of the slot's start
     * @return a slot with no load, no holds and the location's capacity
     */
    public static SlotPosition empty(String location, long slotStart) {
        return new SlotPosition(location, slotStart, 0, 0, -1);
    }

    /**
     * Whether it says nothing (a store may forget such a slot).
     *
     * @return true when it has no load, no holds and the location's capacity
     */
    public boolean isEmpty() {
        return load == 0 && held == 0 && capacity == -1;
    }

    /**
     * Where a slot is.
     *
     * @param location the location id
     * @param slotStart epoch seconds of the slot's start
     */
    public record Key(String location, long slotStart) implements Comparable<Key> {
        /**
         * Checks the parts.
         *
         * @param location the location id
         * @param slotStart epoch seconds of the slot's start
         * @throws NullPointerException when {@code location} is null
         */
        public Key {
            Objects.requireNonNull(location, "location");
        }

        @Override
        public int compareTo(Key o) {
            int c = location.compareTo(o.location);
            return c != 0 ? c : Long.compare(slotStart, o.slotStart);
        }
    }

    /**
     * The slot's key.
     *
     * @return its location and start
     */
    public Key key() {
        return new Key(location, slotStart);
    }
}
