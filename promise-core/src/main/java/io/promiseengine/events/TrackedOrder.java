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

import io.promiseengine.live.Reservation;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.PromiseOption;

import java.util.Objects;

/**
 * A captured order as a {@link PromiseTracker} follows it.
 *
 * @param order the order; its request's instant is the one it was last planned at (the capture, or the
 *              event that re-planned it)
 * @param promise what the customer is promised now
 * @param fulfilment the plan that keeps it
 * @param reservation what the plan holds in the engine (confirmed)
 * @param inTransit whether a tracking event ({@link ShipmentLate}) has named it: from then on only tracking
 *                  events change it
 */
public record TrackedOrder(Order order, PromiseOption promise, Fulfilment fulfilment, Reservation reservation,
                           boolean inTransit) {

    /**
     * Checks the parts.
     *
     * @param order the order; its request's instant is the one it was last planned at (the capture, or the event that
     *        re-planned it)
     * @param promise what the customer is promised now
     * @param fulfilment the plan that keeps it
     * @param reservation what the plan holds in the engine (confirmed)
     * @param inTransit whether a tracking event ({@link ShipmentLate}) has named it: from then on only tracking
     *        events change it
     * @throws NullPointerException when a part is null
     */
    public TrackedOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(promise, "promise");
        Objects.requireNonNull(fulfilment, "fulfilment");
        Objects.requireNonNull(reservation, "reservation");
    }

    /**
     * The order's id.
     *
     * @return {@code order().id()}
     */
    public String id() {
        return order.id();
    }
}
