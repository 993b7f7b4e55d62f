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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A line of a captured order: a sku, a quantity and the attributes rules may look at
 * ({@code weightKg}, {@code category}, ...), as text.
 *
 * <p>An order gives its lines as these ({@code io.promiseengine.plan.Order#lines()}), a plan's shipments carry
 * them, and the rule SPI hands them to filters and scores ({@code io.promiseengine.rules.spi.LineCandidate},
 * {@code ShipmentCandidate}). It lives in the model, below all three, so that the rules' SPI does not depend
 * on the planning API that applies the rules.
 *
 * @param sku the article
 * @param quantity {@code >= 1}
 * @param attributes attribute name to value, in the order given; empty for none
 */
public record OrderLine(String sku, int quantity, Map<String, String> attributes) {

    /**
     * Checks the parts.
     *
     * @param sku the article
     * @param quantity {@code >= 1}
     * @param attributes attribute name to value, in the order given; empty for none
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when {@code sku} is null
     */
    public OrderLine {
        Objects.requireNonNull(sku, "sku");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be >= 1, was " + quantity);
        }
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /**
     * The attribute's value, or {@code ""} when the line does not have it.
     *
     * @param name the attribute's name
     * @return its value, or {@code ""}
     */
    public String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }
}
