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

import io.promiseengine.model.Method;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where and how an order is fulfilled: the shipments that keep its promise at the lowest cost under a rule
 * set. Reserve it with {@link io.promiseengine.live.PromiseEngine#reserve}.
 *
 * @param method the promise's method
 * @param service the promise's service, {@code ""} for click and collect
 * @param location the promise's collect store, {@code ""} otherwise
 * @param promisedAt the promised instant kept
 * @param date the promised date kept
 * @param confidence the joint probability of the shipments at the promised date (at least the order's confidence)
 * @param cost the sum of the shipments' costs
 * @param shipments sorted by origin id
 */
public record Fulfilment(Method method, String service, String location, Instant promisedAt, LocalDate date,
                         double confidence, BigDecimal cost, List<PlannedShipment> shipments) {

    /**
     * Checks the parts.
     *
     * @param method the promise's method
     * @param service the promise's service, {@code ""} for click and collect
     * @param location the promise's collect store, {@code ""} otherwise
     * @param promisedAt the promised instant kept
     * @param date the promised date kept
     * @param confidence the joint probability of the shipments at the promised date (at least the order's confidence)
     * @param cost the sum of the shipments' costs
     * @param shipments sorted by origin id
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public Fulfilment {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(promisedAt, "promisedAt");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(cost, "cost");
        shipments = List.copyOf(shipments);
        if (shipments.isEmpty()) {
            throw new IllegalArgumentException("a fulfilment needs at least one shipment");
        }
    }
}
