package io.promiseengine.model;

import java.time.Instant;
import java.util.Objects;

/** Incoming stock: {@code quantity} of a sku becomes available at a location at the instant {@code arrives}. */
public record Supply(String location, String sku, int quantity, Instant arrives) {

    public Supply {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sku, "sku");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be >= 1, was " + quantity);
        }
        Objects.requireNonNull(arrives, "arrives");
        if (arrives.getNano() != 0) {
            throw new IllegalArgumentException("arrives must be whole seconds, was " + arrives);
        }
    }
}
