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

import io.promiseengine.model.Limits;
import io.promiseengine.model.Method;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * @param window the delivery window chosen, for a SCHEDULED promise (its one shipment makes it); empty otherwise
 */
public record Fulfilment(Method method, String service, String location, Instant promisedAt, LocalDate date,
                         double confidence, BigDecimal cost, List<PlannedShipment> shipments, Optional<Window> window) {

    /**
     * A fulfilment without a delivery window (every method but SCHEDULED).
     *
     * @param method the promise's method
     * @param service the promise's service, {@code ""} for click and collect
     * @param location the promise's collect store, {@code ""} otherwise
     * @param promisedAt the promised instant kept
     * @param date the promised date kept
     * @param confidence the joint probability of the shipments at the promised date (at least the order's confidence)
     * @param cost the sum of the shipments' costs
     * @param shipments sorted by origin id
     * @throws IllegalArgumentException when {@code shipments} is empty
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public Fulfilment(Method method, String service, String location, Instant promisedAt, LocalDate date,
                      double confidence, BigDecimal cost, List<PlannedShipment> shipments) {
        this(method, service, location, promisedAt, date, confidence, cost, shipments, Optional.empty());
    }

    /**
     * The delivery window a SCHEDULED plan keeps (docs/SPEC.md 4.7): the drop happens in {@code [start, end)} and
     * holds one of the window's drops in the destination's zone.
     *
     * @param start the window's start
     * @param end the window's end, after {@code start}
     * @param zone the {@code to} of the service's zone the destination is in
     */
    public record Window(Instant start, Instant end, String zone) {
        /**
         * Checks the parts.
         *
         * @param start the window's start
         * @param end the window's end, after {@code start}
         * @param zone the {@code to} of the service's zone the destination is in
         * @throws IllegalArgumentException when {@code end} is not after {@code start}
         * @throws NullPointerException when a part is null
         */
        public Window {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(zone, "zone");
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("window end " + end + " must be after its start " + start);
            }
        }
    }

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
     * @param window the delivery window chosen, for a SCHEDULED promise (its one shipment makes it); empty otherwise
     * @throws IllegalArgumentException when {@code shipments} is empty
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public Fulfilment {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(promisedAt, "promisedAt");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(cost, "cost");
        shipments = Limits.copyOf("shipments", shipments);
        if (shipments.isEmpty()) {
            throw new IllegalArgumentException("a fulfilment needs at least one shipment");
        }
        Objects.requireNonNull(window, "window");
    }

    /**
     * The record's usual form, with {@code window} only when there is one: a plan of the 1.0 methods reads as it
     * did before delivery windows (frozen answers compare these strings).
     *
     * @return {@code Fulfilment[method=..., shipments=[...]]}, then {@code , window=...} for a SCHEDULED one
     */
    @Override
    public String toString() {
        return "Fulfilment[method=" + method + ", service=" + service + ", location=" + location + ", promisedAt="
                + promisedAt + ", date=" + date + ", confidence=" + confidence + ", cost=" + cost + ", shipments="
                + shipments + window.map(w -> ", window=" + w).orElse("") + "]";
    }
}
