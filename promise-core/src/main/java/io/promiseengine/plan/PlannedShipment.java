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
package io.promiseengine.plan;

import io.promiseengine.model.Echo;
import io.promiseengine.model.Limits;
import io.promiseengine.model.OrderLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One shipment of a plan: what one origin prepares, when, and what it costs.
 *
 * @param from the origin's id
 * @param zone the origin's zone
 * @param lines the lines it prepares, in the order's order
 * @param startAt when the preparation starts (its slot is the one reserved)
 * @param readyAt when it is ready
 * @param shipAt the carrier collection, dispatch or transfer departure; empty for a store's own collect shipment
 * @param deliveryAt when this shipment alone reaches the order's confidence: the promised date's
 *                   {@code deliverBy} (home delivery), the arrival (courier) or the collectable instant (collect)
 * @param distanceKm from the origin to the destination or the collect store
 * @param cost what the rule set's scores charge for it
 */
public record PlannedShipment(String from, ZoneId zone, List<OrderLine> lines, Instant startAt, Instant readyAt,
                              Optional<Instant> shipAt, Instant deliveryAt, double distanceKm, BigDecimal cost) {

    /**
     * Checks the parts.
     *
     * @param from the origin's id
     * @param zone the origin's zone
     * @param lines the lines it prepares, in the order's order
     * @param startAt when the preparation starts (its slot is the one reserved)
     * @param readyAt when it is ready
     * @param shipAt the carrier collection, dispatch or transfer departure; empty for a store's own collect shipment
     * @param deliveryAt when this shipment alone reaches the order's confidence: the promised date's {@code
     *        deliverBy} (home delivery), the arrival (courier) or the collectable instant (collect)
     * @param distanceKm from the origin to the destination or the collect store
     * @param cost what the rule set's scores charge for it
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public PlannedShipment {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(zone, "zone");
        lines = Limits.copyOf("lines", lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a shipment of " + Echo.quote(from) + " needs at least one line");
        }
        Objects.requireNonNull(startAt, "startAt");
        Objects.requireNonNull(readyAt, "readyAt");
        Objects.requireNonNull(shipAt, "shipAt");
        Objects.requireNonNull(deliveryAt, "deliveryAt");
        Objects.requireNonNull(cost, "cost");
    }
}
