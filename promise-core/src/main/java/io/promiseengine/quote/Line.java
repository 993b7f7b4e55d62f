package io.promiseengine.quote;

import java.util.Objects;

/** A sku and a quantity ({@code >= 1}). */
public record Line(String sku, int quantity) {

    public Line {
        Objects.requireNonNull(sku, "sku");
        if (sku.isEmpty()) {
            throw new IllegalArgumentException("sku must not be empty");
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be >= 1, was " + quantity);
        }
    }

    public static Line of(String sku, int quantity) {
        return new Line(sku, quantity);
    }
}
