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
package io.promiseengine.live;

import io.promiseengine.model.Limits;
import io.promiseengine.model.Supply;

import java.util.List;
import java.util.Objects;

/**
 * The live stock of one sku at one location.
 *
 * @param location the location id
 * @param sku the sku
 * @param onHand units on hand
 * @param reserved units the order management reserved
 * @param safety units kept as safety stock
 * @param held units the engine's reservations hold
 * @param supply incoming supply, in the order it was added
 */
public record StockState(String location, String sku, int onHand, int reserved, int safety, int held, List<Supply> supply) {

    /**
     * Checks the parts.
     *
     * @param location the location id
     * @param sku the sku
     * @param onHand units on hand
     * @param reserved units the order management reserved
     * @param safety units kept as safety stock
     * @param held units the engine's reservations hold
     * @param supply incoming supply, in the order it was added
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public StockState {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sku, "sku");
        supply = Limits.copyOf("supply", supply);
    }

    /** Units that may still be promised now: {@code max(0, onHand - reserved - safety) - held} (may be negative
     *
     * @return the units available
     * while reservations wait for supply). */
    public long available() {
        return (long) Math.max(0, onHand - reserved - safety) - held;
    }
}
