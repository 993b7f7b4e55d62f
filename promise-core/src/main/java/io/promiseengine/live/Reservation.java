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
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an order holds: units of stock, preparation slots and, for a SCHEDULED promise, one drop of the delivery
 * window the shopper chose.
 *
 * @param orderId the order
 * @param stock the units held, per location and sku, in the plan's order
 * @param slots the preparation slots held, one per shipment from a location with a capacity limit
 * @param windows the drops held: one for a SCHEDULED plan (docs/SPEC.md 4.7), none otherwise
 * @param expiresAt when the hold lapses unless confirmed; empty once confirmed
 */
public record Reservation(String orderId, List<StockHold> stock, List<SlotHold> slots, List<WindowHold> windows,
                          Optional<Instant> expiresAt) {

    /**
     * Checks the parts.
     *
     * @param orderId the order
     * @param stock the units held, per location and sku, in the plan's order
     * @param slots the preparation slots held, one per shipment from a location with a capacity limit
     * @param windows the drops held: one for a SCHEDULED plan (docs/SPEC.md 4.7), none otherwise
     * @param expiresAt when the hold lapses unless confirmed; empty once confirmed
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public Reservation {
        Objects.requireNonNull(orderId, "orderId");
        stock = Limits.copyOf("stock", stock);
        slots = Limits.copyOf("slots", slots);
        windows = Limits.copyOf("windows", windows);
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * A reservation holding no delivery window.
     *
     * @param orderId the order's id
     * @param stock the units held
     * @param slots the preparation slots held
     * @param expiresAt when the holds lapse unless confirmed; empty when confirmed
     * @throws NullPointerException when a part is null
     */
    public Reservation(String orderId, List<StockHold> stock, List<SlotHold> slots, Optional<Instant> expiresAt) {
        this(orderId, stock, slots, List.of(), expiresAt);
    }

    /**
     * The same holds with another expiry.
     *
     * @param newExpiry the new expiry; empty: confirmed
     * @return the reservation with that expiry
     */
    public Reservation withExpiry(Optional<Instant> newExpiry) {
        return new Reservation(orderId, stock, slots, windows, newExpiry);
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
     * One drop held in a delivery window of a SCHEDULED service.
     *
     * @param service the service's id
     * @param zone the {@code to} of the destination's zone
     * @param window the window's start
     */
    public record WindowHold(String service, String zone, Instant window) {
        /**
         * Checks the parts.
         *
         * @param service the service's id
         * @param zone the {@code to} of the destination's zone
         * @param window the window's start
         * @throws NullPointerException when a part is null
         */
        public WindowHold {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(window, "window");
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
     * Whether this reservation holds the same stock, slots and windows as another (expiry aside).
     *
     * @param other the other reservation
     * @return true when both hold the same stock, slots and windows
     */
    public boolean holdsTheSameAs(Reservation other) {
        return stock.equals(other.stock) && slots.equals(other.slots) && windows.equals(other.windows);
    }

    /**
     * The record's usual form, with {@code windows} only when there are some: a reservation without a window
     * reads as it did before delivery windows.
     *
     * @return {@code Reservation[orderId=..., expiresAt=...]}, with {@code windows=[...]} before the expiry when held
     */
    @Override
    public String toString() {
        return "Reservation[orderId=" + orderId + ", stock=" + stock + ", slots=" + slots
                + (windows.isEmpty() ? "" : ", windows=" + windows) + ", expiresAt=" + expiresAt + "]";
    }
}
