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

import java.util.Objects;

/**
 * Stock of one sku at one location (spec 2.1, 4.1): available = {@code max(0, onHand - reserved - safety)},
 * each quantity in [0, {@link Limits#MAX_QUANTITY}].
 *
 * @param location the location id
 * @param sku the sku
 * @param onHand the units on hand
 * @param reserved the units reserved outside the engine
 * @param safety the units kept back
 */
public record StockLevel(String location, String sku, int onHand, int reserved, int safety) {

    /**
     * Checks the parts.
     *
     * @param location the location id
     * @param sku the sku
     * @param onHand the units on hand
     * @param reserved the units reserved outside the engine
     * @param safety the units kept back
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when {@code location} is null
     */
    public StockLevel {
        Objects.requireNonNull(location, "location");
        Ids.checkSku("sku", sku);
        Limits.checkQuantity("onHand", onHand, 0);
        Limits.checkQuantity("reserved", reserved, 0);
        Limits.checkQuantity("safety", safety, 0);
    }

    /**
     * Stock with nothing reserved and no safety stock.
     *
     * @param location the location id
     * @param sku the sku
     * @param onHand the units on hand
     * @return the stock level
     * @throws IllegalArgumentException when a value is not valid
     */
    public static StockLevel of(String location, String sku, int onHand) {
        return new StockLevel(location, sku, onHand, 0, 0);
    }

    /**
     * Units that may be promised now.
     *
     * @return {@code max(0, onHand - reserved - safety)}
     */
    public int available() {
        return (int) Math.max(0L, (long) onHand - reserved - safety); // in [0, MAX_QUANTITY]
    }
}
