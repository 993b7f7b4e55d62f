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
 * The capacity of one delivery window of a SCHEDULED service in one zone changes (a van less: fewer drops; a van
 * more: more). When the drops booked and held no longer fit, the orders captured last move first, into the same
 * window from another origin when one makes it, else into the next window they can make, so that the earliest
 * orders keep their window (first come, first served).
 *
 * @param id the event id
 * @param at when it happened
 * @param service the SCHEDULED service's id
 * @param zone the {@code to} of the zone ({@code ""} for a zone that matches every postal code)
 * @param window the start of the window, one of the service's window starts
 * @param capacity drops it now allows, {@code >= 0} (0 is {@link WindowCancelled})
 */
public record WindowCapacityChanged(String id, Instant at, String service, String zone, Instant window, int capacity)
        implements PromiseEvent {

    /**
     * Checks the parts.
     *
     * @param id the event id
     * @param at when it happened
     * @param service the SCHEDULED service's id
     * @param zone the {@code to} of the zone ({@code ""} for a zone that matches every postal code)
     * @param window the start of the window, one of the service's window starts
     * @param capacity drops it now allows, {@code >= 0}
     * @throws IllegalArgumentException when the id is empty or the capacity negative (the message names it)
     * @throws NullPointerException when a part is null
     */
    public WindowCapacityChanged {
        EventFields.check(id, at);
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(window, "window");
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, was " + capacity);
        }
    }
}
