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
 * A stock correction at a location: a picker finds the shelf empty, a count finds more. Either a new on-hand
 * quantity ({@link #onHand}) or a change of it ({@link #delta}); reserved and safety stock are kept.
 *
 * @param id the event id
 * @param at when it happened
 * @param location the location id
 * @param sku the sku
 * @param quantity the new on-hand quantity ({@code >= 0}) or the change
 * @param delta whether {@code quantity} is a change rather than the new quantity
 */
public record StockCorrected(String id, Instant at, String location, String sku, int quantity, boolean delta)
        implements PromiseEvent {

    /**
     * Checks the parts.
     *
     * @param id the event id
     * @param at when it happened
     * @param location the location id
     * @param sku the sku
     * @param quantity the new on-hand quantity ({@code >= 0}) or the change
     * @param delta whether {@code quantity} is a change rather than the new quantity
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when a part is null
     */
    public StockCorrected {
        EventFields.check(id, at);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sku, "sku");
        if (!delta && quantity < 0) {
            throw new IllegalArgumentException("onHand must be >= 0, was " + quantity);
        }
    }

    /**
     * The location now has {@code onHand} units of the sku.
     *
     * @param id the event id
     * @param at when it happened
     * @param location the location id
     * @param sku the sku
     * @param onHand the units on hand now, {@code >= 0}
     * @return the event
     * @throws IllegalArgumentException when the id is empty, {@code onHand < 0} or a value out of range
     */
    public static StockCorrected onHand(String id, Instant at, String location, String sku, int onHand) {
        return new StockCorrected(id, at, location, sku, onHand, false);
    }

    /**
     * The location has {@code delta} more units of the sku (negative: fewer).
     *
     * @param id the event id
     * @param at when it happened
     * @param location the location id
     * @param sku the sku
     * @param delta the units found (negative: lost)
     * @return the event
     * @throws IllegalArgumentException when the id is empty or a value out of range
     */
    public static StockCorrected delta(String id, Instant at, String location, String sku, int delta) {
        return new StockCorrected(id, at, location, sku, delta, true);
    }
}
