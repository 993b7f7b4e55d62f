package io.promiseengine.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A line of a captured order: a sku, a quantity and the attributes rules may look at
 * ({@code weightKg}, {@code category}, ...), as text.
 *
 * @param sku the article
 * @param quantity {@code >= 1}
 * @param attributes attribute name to value, in the order given; empty for none
 */
public record OrderLine(String sku, int quantity, Map<String, String> attributes) {

    public OrderLine {
        Objects.requireNonNull(sku, "sku");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be >= 1, was " + quantity);
        }
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The attribute's value, or {@code ""} when the line does not have it. */
    public String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }
}
