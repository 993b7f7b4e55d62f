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
package io.promiseengine.rules.spi;

import io.promiseengine.model.Limits;
import io.promiseengine.model.Location;
import io.promiseengine.model.Method;
import io.promiseengine.model.OrderLine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link ShipmentScore} prices: one origin preparing some lines of the cart for one option.
 *
 * @param origin the location preparing the shipment
 * @param method the method of the option
 * @param service the service id, {@code ""} for click and collect
 * @param collectStore the collect store, {@code ""} for home delivery and courier
 * @param lines the lines, in the order's order, with their attributes
 * @param distanceKm from the origin to the destination (0 when it has no position), or to the collect store
 * @param startAt when the preparation starts
 * @param readyAt when it is ready
 * @param slotLoad preparations already started in the start's slot (its workload), 0 without capacity limit
 * @param slotCapacity preparations the start's slot allows, 0 without capacity limit
 */
public record ShipmentCandidate(Location origin, Method method, String service, String collectStore,
                                List<OrderLine> lines, double distanceKm, Instant startAt, Instant readyAt,
                                int slotLoad, int slotCapacity) {

    /**
     * Checks the parts.
     *
     * @param origin the location preparing the shipment
     * @param method the method of the option
     * @param service the service id, {@code ""} for click and collect
     * @param collectStore the collect store, {@code ""} for home delivery and courier
     * @param lines the lines, in the order's order, with their attributes
     * @param distanceKm from the origin to the destination (0 when it has no position), or to the collect store
     * @param startAt when the preparation starts
     * @param readyAt when it is ready
     * @param slotLoad preparations already started in the start's slot (its workload), 0 without capacity limit
     * @param slotCapacity preparations the start's slot allows, 0 without capacity limit
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public ShipmentCandidate {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(collectStore, "collectStore");
        lines = Limits.copyOf("lines", lines);
        Objects.requireNonNull(startAt, "startAt");
        Objects.requireNonNull(readyAt, "readyAt");
    }
}
