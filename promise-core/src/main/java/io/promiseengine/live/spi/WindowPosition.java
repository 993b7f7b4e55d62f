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
 * The live state of one delivery window of a SCHEDULED service in one of its zones, as a store keeps it
 * (docs/SPEC.md 2.1 {@code windowLoad}, 4.7): drops booked, drops the engine's reservations hold, and a
 * capacity set for this window.
 *
 * @param service the SCHEDULED service's id
 * @param zone the {@code to} of the service's zone
 * @param windowStart epoch seconds of the window's start
 * @param load drops booked: the network's {@code windowLoad} and the drops handed off since ({@code >= 0})
 * @param held drops the engine's reservations hold ({@code >= 0})
 * @param capacity the capacity set for this window (a van broken down), or -1 for the zone's {@code capacity}
 */
public record WindowPosition(String service, String zone, long windowStart, int load, int held, int capacity) {

    /**
     * Checks the parts.
     *
     * @param service the SCHEDULED service's id
     * @param zone the {@code to} of the service's zone
     * @param windowStart epoch seconds of the window's start
     * @param load drops booked: the network's {@code windowLoad} and the drops handed off since ({@code >= 0})
     * @param held drops the engine's reservations hold ({@code >= 0})
     * @param capacity the capacity set for this window (a van broken down), or -1 for the zone's {@code capacity}
     * @throws IllegalArgumentException when {@code load} or {@code held} is negative or {@code capacity} is below -1
     *         (the message names the window and the values)
     * @throws NullPointerException when {@code service} or {@code zone} is null
     */
    public WindowPosition {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(zone, "zone");
        if (load < 0 || held < 0 || capacity < -1) {
            throw new IllegalArgumentException("window " + windowStart + " of " + Echo.quote(service) + " in zone " + Echo.quote(zone)
                    + " needs load and held >= 0 and capacity >= -1, was " + load + ", " + held + ", " + capacity);
        }
    }

    /**
     * The window nothing was ever said about.
     *
     * @param key the window's service, zone and start
     * @return a window with no load, no holds and the zone's capacity
     */
    public static WindowPosition empty(Key key) {
        return new WindowPosition(key.service(), key.zone(), key.windowStart(), 0, 0, -1);
    }

    /**
     * Whether it says nothing (a store may forget such a window).
     *
     * @return true when it has no load, no holds and the zone's capacity
     */
    public boolean isEmpty() {
        return load == 0 && held == 0 && capacity == -1;
    }

    /**
     * The same window with another count of drops held.
     *
     * @param newHeld the drops held ({@code >= 0})
     * @return the window with that count, its load and capacity unchanged
     * @throws IllegalArgumentException when {@code newHeld} is negative
     */
    public WindowPosition withHeld(int newHeld) {
        return new WindowPosition(service, zone, windowStart, load, newHeld, capacity);
    }

    /**
     * Where a window is: service, zone, start. Keys order by service id, then zone, then start.
     *
     * @param service the SCHEDULED service's id
     * @param zone the {@code to} of the service's zone
     * @param windowStart epoch seconds of the window's start
     */
    public record Key(String service, String zone, long windowStart) implements Comparable<Key> {
        /**
         * Checks the parts.
         *
         * @param service the SCHEDULED service's id
         * @param zone the {@code to} of the service's zone
         * @param windowStart epoch seconds of the window's start
         * @throws NullPointerException when {@code service} or {@code zone} is null
         */
        public Key {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(zone, "zone");
        }

        @Override
        public int compareTo(Key o) {
            int c = service.compareTo(o.service);
            if (c == 0) {
                c = zone.compareTo(o.zone);
            }
            return c != 0 ? c : Long.compare(windowStart, o.windowStart);
        }
    }

    /**
     * The window's key.
     *
     * @return its service, zone and start
     */
    public Key key() {
        return new Key(service, zone, windowStart);
    }
}
