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
package io.promiseengine.plan;

import io.promiseengine.model.Echo;
import io.promiseengine.model.Limits;
import io.promiseengine.model.OrderLine;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.QuoteRequest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A captured order: its id, the quote request it was promised on (cart, destination, confidence,
 * methods, {@code maxShipments}) and the attributes of its lines by sku, for rules.
 *
 * <pre>{@code
 * Order order = Order.of("order-1042", request).withAttributes("SOFA-3P", Map.of("weightKg", "48", "category", "furniture"));
 * }</pre>
 *
 * @param id the order id, non-empty
 * @param request the cart and what was asked
 * @param attributes sku to its line's attributes; every key a sku of the request
 */
public record Order(String id, QuoteRequest request, Map<String, Map<String, String>> attributes) {

    /**
     * Checks the parts and copies the attributes.
     *
     * @param id the order id, 1 to {@link Limits#MAX_ORDER_ID_LENGTH} characters, no control character
     * @param request the cart and what was asked
     * @param attributes sku to its line's attributes; every key a sku of the request
     * @throws IllegalArgumentException when the id is empty, too long or has a control character, or an attribute
     *         names a sku not in the request
     * @throws NullPointerException when a part is null
     */
    public Order {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("order id must not be empty");
        }
        Limits.checkText("order id", id, Limits.MAX_ORDER_ID_LENGTH);
        Objects.requireNonNull(request, "request");
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        attributes.forEach((sku, attrs) -> {
            if (request.lines().stream().noneMatch(l -> l.sku().equals(sku))) {
                throw new IllegalArgumentException("attributes for sku " + Echo.quote(sku) + ", which is not a line of order " + id);
            }
            copy.put(sku, Collections.unmodifiableMap(new LinkedHashMap<>(attrs)));
        });
        attributes = Collections.unmodifiableMap(copy);
    }

    /**
     * An order without line attributes.
     *
     * @param id the order id
     * @param request the request
     * @return the order
     * @throws IllegalArgumentException when the id is empty
     */
    public static Order of(String id, QuoteRequest request) {
        return new Order(id, request, Map.of());
    }

    /**
     * A copy with these attributes on the line of {@code sku} (replacing any it had).
     *
     * @param sku a sku of the request
     * @param lineAttributes the line's attributes
     * @return the copy
     * @throws IllegalArgumentException when {@code sku} is not in the request
     */
    public Order withAttributes(String sku, Map<String, String> lineAttributes) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>(attributes);
        copy.put(sku, lineAttributes);
        return new Order(id, request, copy);
    }

    /**
     * The lines with their attributes, in the request's order (lines of one sku merged).
     *
     * @return the lines with their attributes
     */
    public List<OrderLine> lines() {
        List<OrderLine> out = new ArrayList<>();
        for (Line l : request.lines()) {
            out.add(new OrderLine(l.sku(), l.quantity(), attributes.getOrDefault(l.sku(), Map.of())));
        }
        return out;
    }
}
