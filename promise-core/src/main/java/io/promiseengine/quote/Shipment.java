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
package io.promiseengine.quote;

import io.promiseengine.model.Limits;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The lines one origin prepares for an option, as one parcel.
 *
 * @param from the origin's id
 * @param zone the origin's zone, in which {@code readyAt} and {@code shipAt} are written
 * @param lines the lines, in the request's order
 * @param startAt when the preparation starts (an open instant of the origin, in a slot with room); not
 *                part of the response document, kept for reservations and checks
 * @param readyAt when the preparation is complete
 * @param shipAt the carrier collection (home delivery), the dispatch (courier) or the transfer's departure
 *               (collect from another location); empty for a store's own collect shipment
 */
public record Shipment(String from, ZoneId zone, List<Line> lines, Instant startAt, Instant readyAt, Optional<Instant> shipAt) {

    /**
     * Checks the parts.
     *
     * @param from the origin's id
     * @param zone the origin's zone, in which {@code readyAt} and {@code shipAt} are written
     * @param lines the lines, in the request's order
     * @param startAt when the preparation starts (an open instant of the origin, in a slot with room); not part of
     *        the response document, kept for reservations and checks
     * @param readyAt when the preparation is complete
     * @param shipAt the carrier collection (home delivery), the dispatch (courier) or the transfer's departure
     *        (collect from another location); empty for a store's own collect shipment
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public Shipment {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(zone, "zone");
        lines = Limits.copyOf("lines", lines);
        Objects.requireNonNull(startAt, "startAt");
        Objects.requireNonNull(readyAt, "readyAt");
        if (readyAt.isBefore(startAt)) {
            throw new IllegalArgumentException("readyAt " + readyAt + " is before startAt " + startAt);
        }
        Objects.requireNonNull(shipAt, "shipAt");
    }
}
