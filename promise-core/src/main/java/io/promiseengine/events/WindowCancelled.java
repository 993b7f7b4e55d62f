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
 * A delivery window of a SCHEDULED service is cancelled in one zone (the van of that round broke down): it takes
 * no drop any more (its capacity becomes 0, docs/SPEC.md 4.7) and every order holding a drop there moves. Each is
 * re-planned into another window of the same service: never an earlier one than it held, the next the order can
 * make (lead time, room in the zone, horizon), and the customer is told ("Votre livraison est déplacée au samedi
 * 19 septembre entre 18h et 20h"); with no such window the order is lost, as for the other methods.
 *
 * @param id the event id
 * @param at when it happened
 * @param service the SCHEDULED service's id
 * @param zone the {@code to} of the zone ({@code ""} for a zone that matches every postal code)
 * @param window the start of the window cancelled, one of the service's window starts
 */
public record WindowCancelled(String id, Instant at, String service, String zone, Instant window) implements PromiseEvent {

    /**
     * Checks the parts.
     *
     * @param id the event id
     * @param at when it happened
     * @param service the SCHEDULED service's id
     * @param zone the {@code to} of the zone ({@code ""} for a zone that matches every postal code)
     * @param window the start of the window cancelled, one of the service's window starts
     * @throws IllegalArgumentException when the id is empty (the message names it)
     * @throws NullPointerException when a part is null
     */
    public WindowCancelled {
        EventFields.check(id, at);
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(window, "window");
    }
}
