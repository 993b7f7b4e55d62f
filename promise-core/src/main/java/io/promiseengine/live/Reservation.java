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

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an order holds: units of stock and preparation slots.
 *
 * @param orderId the order
 * @param stock the units held, per location and sku, in the plan's order
 * @param slots the preparation slots held, one per shipment from a location with a capacity limit
 * @param expiresAt when the hold lapses unless confirmed; empty once confirmed
 */
public record Reservation(String orderId, List<StockHold> stock, List<SlotHold> slots, Optional<Instant> expiresAt) {

    /**
     * Checks the parts.
     *
     * @param orderId the order
     * @param stock the units held, per location and sku, in the plan's order
     * @param slots the preparation slots held, one per shipment from a location with a capacity limit
     * @param expiresAt when the hold lapses unless confirmed; empty once confirmed
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public Reservation {
        Objects.requireNonNull(orderId, "orderId");
        stock = List.copyOf(stock);
        slots = List.copyOf(slots);
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * Units of one sku held at one location.
     *
     * @param location the location id
     * @param sku the sku
     * @param quantity the units held
     */
    public record StockHold(String location, String sku, int quantity) {
        /**
         * Checks the parts.
         *
         * @param location the location id
         * @param sku the sku
         * @param quantity the units held
         * @throws NullPointerException when a part is null
         */
        public StockHold {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(sku, "sku");
        }
    }

    /**
     * One preparation held in the slot starting at {@code slot}.
     *
     * @param location the location id
     * @param slot the slot's start
     */
    public record SlotHold(String location, Instant slot) {
        /**
         * Checks the parts.
         *
         * @param location the location id
         * @param slot the slot's start
         * @throws NullPointerException when a part is null
         */
        public SlotHold {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(slot, "slot");
        }
    }

    /**
     * Whether the hold is permanent (confirmed, until released).
     *
     * @return true when it has no expiry
     */
    public boolean confirmed() {
        return expiresAt.isEmpty();
    }

    /**
     * Whether this reservation holds the same stock and slots as another (expiry aside).
     *
     * @param other the other reservation
     * @return true when both hold the same stock and slots
     */
    public boolean holdsTheSameAs(Reservation other) {
        return stock.equals(other.stock) && slots.equals(other.slots);
    }
}
