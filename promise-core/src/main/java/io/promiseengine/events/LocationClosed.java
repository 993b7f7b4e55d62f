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
import java.time.LocalDate;
import java.util.Objects;

/**
 * A location closes unexpectedly (a flood, a strike) on the local dates {@code [from, to)} in its zone: it
 * prepares nothing, no carrier collects there, no transfer departs and, for a store, no customer collects.
 * Applied as a new network version whose location has these dates added to its closed dates.
 *
 * @param id the event id
 * @param at when it happened
 * @param location the location id
 * @param from the first closed date
 * @param to the first date open again, after {@code from}
 */
public record LocationClosed(String id, Instant at, String location, LocalDate from, LocalDate to)
        implements PromiseEvent {

    /**
     * Checks the parts.
     *
     * @param id the event id
     * @param at when it happened
     * @param location the location id
     * @param from the first closed date
     * @param to the first date open again, after {@code from}
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when a part is null
     */
    public LocationClosed {
        EventFields.check(id, at);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to must be after from, was [" + from + ", " + to + ")");
        }
    }
}
