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

import java.time.Instant;
import java.util.Objects;

/**
 * Incoming stock: {@code quantity} of a sku becomes available at a location at the instant {@code arrives}.
 *
 * @param location the location id
 * @param sku the sku
 * @param quantity the units coming, {@code >= 1}
 * @param arrives when they become available
 */
public record Supply(String location, String sku, int quantity, Instant arrives) {

    /**
     * Checks the parts.
     *
     * @param location the location id
     * @param sku the sku
     * @param quantity the units coming, {@code >= 1}
     * @param arrives when they become available
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when a part is null
     */
    public Supply {
        Objects.requireNonNull(location, "location");
        Ids.checkSku("sku", sku);
        Limits.checkQuantity("quantity", quantity, 1);
        Limits.checkInstant("arrives", Objects.requireNonNull(arrives, "arrives"));
        if (arrives.getNano() != 0) {
            throw new IllegalArgumentException("arrives must be whole seconds, was " + arrives);
        }
    }
}
