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
 * The live state of one delivery window of a SCHEDULED service in one of its zones (docs/SPEC.md 2.1, 4.7).
 *
 * @param service the service's id
 * @param zone the {@code to} of the zone
 * @param window the window's start
 * @param load drops booked (the network's {@code windowLoad} and the drops handed off since)
 * @param held drops the engine's reservations hold
 * @param capacity drops it allows (the zone's {@code capacity} unless changed)
 */
public record WindowState(String service, String zone, Instant window, int load, int held, int capacity) {

    /**
     * Checks the parts.
     *
     * @param service the service's id
     * @param zone the {@code to} of the zone
     * @param window the window's start
     * @param load drops booked (the network's {@code windowLoad} and the drops handed off since)
     * @param held drops the engine's reservations hold
     * @param capacity drops it allows (the zone's {@code capacity} unless changed)
     * @throws NullPointerException when {@code service}, {@code zone} or {@code window} is null
     */
    public WindowState {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(window, "window");
    }

    /**
     * Whether another drop may be booked in it.
     *
     * @return true when the drops booked plus the drops held are fewer than the capacity
     */
    public boolean hasRoom() {
        return (long) load + held < capacity;
    }
}
