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

import java.time.Instant;
import java.util.Objects;

/**
 * One window a SCHEDULED option offers (spec 3, 4.7): the shopper may choose it at checkout.
 *
 * @param start when the window opens (the drop happens in {@code [start, end)})
 * @param end when it closes, after {@code start}
 * @param from the origin that makes the window nearest to the destination, then the smallest id
 * @param orderBy the last instant an order still has an origin that makes this window; never after {@code start}
 */
public record DeliveryWindow(Instant start, Instant end, String from, Instant orderBy) {

    /**
     * Checks the fields.
     *
     * @param start when the window opens (the drop happens in {@code [start, end)})
     * @param end when it closes, after {@code start}
     * @param from the origin that makes the window nearest to the destination, then the smallest id
     * @param orderBy the last instant an order still has an origin that makes this window; never after {@code start}
     * @throws NullPointerException when a field is null
     * @throws IllegalArgumentException when {@code end} is not after {@code start} or {@code orderBy} is after
     *                                  {@code start}
     */
    public DeliveryWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(orderBy, "orderBy");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end " + end + " must be after start " + start);
        }
        if (orderBy.isAfter(start)) {
            throw new IllegalArgumentException("orderBy " + orderBy + " must not be after start " + start);
        }
    }
}
