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

import io.promiseengine.model.Method;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One way to get the cart (spec 3).
 *
 * @param method how
 * @param service the service id for home delivery and courier; empty for click and collect
 * @param location the collect store for click and collect; empty for home delivery and courier
 * @param zone the zone of {@code promisedAt} and {@code date}: the store's for collect, else the network's
 * @param promisedAt the promised instant
 * @param date the local date of {@code promisedAt} in {@code zone}
 * @param orderBy the last instant an order still gets the same date; empty when the date would still be
 *                the same at the horizon
 * @param confidence the joint probability of the shipments (1.0 for collect)
 * @param price service price x shipments (0 for collect)
 * @param shipments sorted by origin id
 */
public record PromiseOption(Method method, Optional<String> service, Optional<String> location, ZoneId zone, Instant promisedAt,
                            LocalDate date, Optional<Instant> orderBy, double confidence, BigDecimal price,
                            List<Shipment> shipments) {

    /**
     * Checks the option.
     *
     * @param method how
     * @param service the service id for home delivery and courier; empty for click and collect
     * @param location the collect store for click and collect; empty for home delivery and courier
     * @param zone the zone of {@code promisedAt} and {@code date}: the store's for collect, else the network's
     * @param promisedAt the promised instant
     * @param date the local date of {@code promisedAt} in {@code zone}
     * @param orderBy the last instant an order still gets the same date; empty when the date would still be the same
     *        at the horizon
     * @param confidence the joint probability of the shipments (1.0 for collect)
     * @param price service price x shipments (0 for collect)
     * @param shipments sorted by origin id
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when the service is not present exactly for home delivery and courier,
     *         or the location not exactly for click and collect
     */
    public PromiseOption {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(location, "location");
        boolean collect = method == Method.COLLECT;
        if (service.isPresent() == collect) {
            throw new IllegalArgumentException(collect
                    ? "service: \"" + service.get() + "\" given for method COLLECT, which has no service"
                    : "service: missing for method " + method + ", which names its service");
        }
        if (location.isPresent() != collect) {
            throw new IllegalArgumentException(collect
                    ? "location: missing for method COLLECT, which names its store"
                    : "location: \"" + location.get() + "\" given for method " + method + ", which names no store");
        }
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(promisedAt, "promisedAt");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(orderBy, "orderBy");
        Objects.requireNonNull(price, "price");
        shipments = List.copyOf(shipments);
    }
}
