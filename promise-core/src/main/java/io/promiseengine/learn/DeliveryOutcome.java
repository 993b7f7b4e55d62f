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
package io.promiseengine.learn;

import java.time.Instant;
import java.util.Objects;

/**
 * What happened to one home-delivery parcel: the service that carried it, where it went from and to (postal
 * codes, as the lanes match them; {@code ""} when unknown) and when the carrier collected and delivered it.
 *
 * @param service the home-delivery service's id
 * @param originPostalCode the origin's postal code ({@code ""}: only {@code from: ""} lanes match)
 * @param destinationPostalCode the destination's postal code ({@code ""}: only {@code to: ""} lanes match)
 * @param shippedAt the carrier's collection (the quote's {@code shipAt})
 * @param deliveredAt the delivery, at or after {@code shippedAt}
 */
public record DeliveryOutcome(String service, String originPostalCode, String destinationPostalCode,
                              Instant shippedAt, Instant deliveredAt) {

    /**
     * Checks the parts.
     *
     * @param service the home-delivery service's id
     * @param originPostalCode the origin's postal code ({@code ""}: only {@code from: ""} lanes match)
     * @param destinationPostalCode the destination's postal code ({@code ""}: only {@code to: ""} lanes match)
     * @param shippedAt the carrier's collection (the quote's {@code shipAt})
     * @param deliveredAt the delivery, at or after {@code shippedAt}
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when a part is null
     */
    public DeliveryOutcome {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(originPostalCode, "originPostalCode");
        Objects.requireNonNull(destinationPostalCode, "destinationPostalCode");
        Objects.requireNonNull(shippedAt, "shippedAt");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        if (deliveredAt.isBefore(shippedAt)) {
            throw new IllegalArgumentException("deliveredAt " + deliveredAt + " is before shippedAt " + shippedAt);
        }
    }
}
