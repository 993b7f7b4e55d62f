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
 * A tracking event: one shipment of an order, already on its way, is now expected at {@code expectedAt}.
 * A shipment identifies as its order and its origin (an origin prepares at most one shipment of an order).
 *
 * @param id the event id
 * @param at when it happened
 * @param orderId the order
 * @param from the shipment's origin
 * @param expectedAt the new expected delivery (or collectable instant)
 */
public record ShipmentLate(String id, Instant at, String orderId, String from, Instant expectedAt)
        implements PromiseEvent {

    /**
     * Checks the parts.
     *
     * @param id the event id
     * @param at when it happened
     * @param orderId the order
     * @param from the shipment's origin
     * @param expectedAt the new expected delivery (or collectable instant)
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when a part is null
     */
    public ShipmentLate {
        EventFields.check(id, at);
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(expectedAt, "expectedAt");
    }
}
