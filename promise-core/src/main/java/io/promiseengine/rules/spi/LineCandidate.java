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

import io.promiseengine.model.Location;
import io.promiseengine.model.Method;
import io.promiseengine.model.OrderLine;

import java.util.Objects;

/**
 * What a {@link LineFilter} decides on: one line of the cart at one candidate origin, at the instant a
 * shipment's preparation there would start.
 *
 * <p>A filter's answer joins the start condition of spec 4.2: a preparation starts at the earliest instant,
 * at or after the order instant, at which the location is open, within slot capacity, holds every line, and
 * every filter allows every line with {@code available} measured at that instant. Availability changes only at
 * supply arrivals, so the engine asks a filter once per availability step within the horizon (the level at
 * the order instant, then each arrival) and the start waits for a step the filters allow. For a filter that
 * is monotone in {@code available} (more units never turn an allow into a refusal) the quote keeps every
 * invariant of spec section 5; any filter is answered deterministically, and a later order never gets an
 * earlier date whatever the filter, since the start is a "first instant at or after" the order instant.
 *
 * @param location the candidate origin
 * @param method the method of the option
 * @param service the service id, {@code ""} for click and collect
 * @param collectStore the collect store, {@code ""} for home delivery and courier
 * @param line the line, with its attributes
 * @param available units of the line's sku available at the location at the instant the preparation would
 *                  start (spec 4.1: the level at the order instant plus the supply arrived by then, after the
 *                  engine's reservations); below the line's quantity only before the supply that completes it
 * @param distanceKm from the location to where the cart goes: the destination (0 when it has no position),
 *                   or the collect store
 */
public record LineCandidate(Location location, Method method, String service, String collectStore, OrderLine line,
                            long available, double distanceKm) {

    /**
     * Checks the parts.
     *
     * @param location the candidate origin
     * @param method the method of the option
     * @param service the service id, {@code ""} for click and collect
     * @param collectStore the collect store, {@code ""} for home delivery and courier
     * @param line the line, with its attributes
     * @param available units of the line's sku available at the location at the order instant (spec 4.1, after the
     *        engine's reservations); may be below the line's quantity when supply completes it
     * @param distanceKm from the location to where the cart goes: the destination (0 when it has no position), or the
     *        collect store
     * @throws NullPointerException when a part is null
     */
    public LineCandidate {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(collectStore, "collectStore");
        Objects.requireNonNull(line, "line");
    }
}
