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
package io.promiseengine.live.spi;

import io.promiseengine.model.Limits;
import io.promiseengine.model.Echo;
import java.util.List;
import java.util.Objects;

/**
 * The whole live state of one sku at one location, as a store keeps it.
 *
 * @param location the location id
 * @param sku the sku
 * @param onHand units on hand ({@code >= 0})
 * @param reserved units the order management reserved ({@code >= 0})
 * @param safety units kept as safety stock ({@code >= 0})
 * @param held units the engine's reservations hold ({@code >= 0}): the sum of the live holds of this sku here
 * @param supply incoming supply, in the order it was added
 */
public record StockPosition(String location, String sku, int onHand, int reserved, int safety, int held,
                            List<SupplyLine> supply) {

    /**
     * Checks the parts.
     *
     * @param location the location id
     * @param sku the sku
     * @param onHand units on hand ({@code >= 0})
     * @param reserved units the order management reserved ({@code >= 0})
     * @param safety units kept as safety stock ({@code >= 0})
     * @param held units the engine's reservations hold ({@code >= 0}): the sum of the live holds of this sku here
     * @param supply incoming supply, in the order it was added
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public StockPosition {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sku, "sku");
        supply = Limits.copyOf("supply", supply);
        if (onHand < 0 || reserved < 0 || safety < 0 || held < 0) {
            throw new IllegalArgumentException("a stock position of " + Echo.quote(sku) + " at " + Echo.quote(location)
                    + " needs onHand, reserved, safety and held >= 0, was " + onHand + ", " + reserved + ", "
                    + safety + ", " + held);
        }
    }

    /**
     * The position of a pair nothing was ever said about.
     *
     * @param location the location id
     * @param sku the sku
     * @return a position with nothing on hand, reserved, held or coming
     */
    public static StockPosition empty(String location, String sku) {
        return new StockPosition(location, sku, 0, 0, 0, 0, List.of());
    }

    /**
     * Whether it says nothing (a store may forget such a position).
     *
     * @return true when everything is 0 and no supply comes
     */
    public boolean isEmpty() {
        return onHand == 0 && reserved == 0 && safety == 0 && held == 0 && supply.isEmpty();
    }

    /**
     * The same position with other holds.
     *
     * @param newHeld the units held
     * @return the copy
     */
    public StockPosition withHeld(int newHeld) {
        return new StockPosition(location, sku, onHand, reserved, safety, newHeld, supply);
    }

    /**
     * Where a position is.
     *
     * @param location the location id
     * @param sku the sku
     */
    public record Key(String location, String sku) implements Comparable<Key> {
        /**
         * Checks the parts.
         *
         * @param location the location id
         * @param sku the sku
         * @throws NullPointerException when a part is null
         */
        public Key {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(sku, "sku");
        }

        @Override
        public int compareTo(Key o) {
            int c = location.compareTo(o.location);
            return c != 0 ? c : sku.compareTo(o.sku);
        }
    }

    /**
     * The position's key.
     *
     * @return its location and sku
     */
    public Key key() {
        return new Key(location, sku);
    }

    /**
     * Incoming stock under an id unique among the live supply.
     *
     * @param id the supply id
     * @param quantity units ({@code >= 1})
     * @param arrives epoch seconds of the arrival
     */
    public record SupplyLine(String id, int quantity, long arrives) {
        /**
         * Checks the parts.
         *
         * @param id the supply id
         * @param quantity units ({@code >= 1})
         * @param arrives epoch seconds of the arrival
         * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
         * @throws NullPointerException when {@code id} is null
         */
        public SupplyLine {
            Objects.requireNonNull(id, "id");
            if (quantity < 1) {
                throw new IllegalArgumentException("supply " + Echo.quote(id) + " needs a quantity >= 1, was " + quantity);
            }
        }
    }
}
