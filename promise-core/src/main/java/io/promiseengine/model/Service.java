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
package io.promiseengine.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A carrier's product: {@link HomeDeliveryService}, {@link CourierService} or {@link ScheduledService}
 * (spec 1, 2.1). Click and collect is a method without a service.
 */
public sealed interface Service permits HomeDeliveryService, CourierService, ScheduledService {

    /**
     * Unique among services.
     *
     * @return the service id
     */
    String id();

    /**
     * The carrier's name.
     *
     * @return the carrier's name
     */
    String carrier();

    /**
     * {@link Method#HOME_DELIVERY}, {@link Method#COURIER} or {@link Method#SCHEDULED}.
     *
     * @return the method
     */
    Method method();

    /**
     * Which locations may be origins (they must also have {@code ship}).
     *
     * @return the origins' selectors
     */
    List<Selector> origins();

    /**
     * Calendar names and ISO dates on which the service neither collects, dispatches nor delivers.
     *
     * @return the names and dates
     */
    List<String> closed();

    /**
     * Price of one shipment, {@code >= 0} with at most 2 decimals.
     *
     * @return the price
     */
    BigDecimal price();

    /** The highest price of a service (docs/LIMITS.md). */
    BigDecimal MAX_PRICE = BigDecimal.valueOf(Limits.MAX_PRICE);

    /**
     * Checks a price: {@code >= 0}, at most {@link Limits#MAX_PRICE}, at most 2 decimals.
     *
     * @param price the price
     * @return {@code price}
     * @throws IllegalArgumentException when the price is negative, too large or has more than 2 decimals
     */
    static BigDecimal checkPrice(BigDecimal price) {
        Objects.requireNonNull(price, "price");
        if (price.signum() < 0) {
            throw new IllegalArgumentException("price must be >= 0, was " + price.toPlainString());
        }
        if (price.compareTo(MAX_PRICE) > 0) {
            throw new IllegalArgumentException("price must be at most " + MAX_PRICE + ", was " + price.toPlainString());
        }
        if (price.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("price must have at most 2 decimals, was " + price.toPlainString());
        }
        return price;
    }
}
