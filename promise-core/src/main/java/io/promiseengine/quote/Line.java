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
package io.promiseengine.quote;

import io.promiseengine.model.Ids;
import io.promiseengine.model.Limits;

import java.util.Objects;

/**
 * A sku and a quantity (in [1, {@link Limits#MAX_QUANTITY}]).
 *
 * @param sku the sku
 * @param quantity the units
 */
public record Line(String sku, int quantity) {

    /**
     * Checks the parts.
     *
     * @param sku the sku
     * @param quantity the units
     * @throws IllegalArgumentException when the sku or the quantity is not valid
     * @throws NullPointerException when {@code sku} is null
     */
    public Line {
        Ids.checkSku("sku", Objects.requireNonNull(sku, "sku"));
        Limits.checkQuantity("quantity", quantity, 1);
    }

    /**
     * A line.
     *
     * @param sku the sku
     * @param quantity the units
     * @return the line
     * @throws IllegalArgumentException when the sku or the quantity is not valid
     */
    public static Line of(String sku, int quantity) {
        return new Line(sku, quantity);
    }
}
