package io.promiseengine.model;

import java.time.Instant;
import java.util.Objects;

/** Incoming stock: {@code quantity} of a sku becomes available at a location at the instant {@code arrives}. */
public record Supply(String location, String sku, int quantity, Instant arrives) {

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
