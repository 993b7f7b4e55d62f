package io.promiseengine.model;

import java.util.Objects;

/**
 * Stock of one sku at one location (spec 2.1, 4.1): available = {@code max(0, onHand - reserved - safety)}.
 */
public record StockLevel(String location, String sku, int onHand, int reserved, int safety) {

    public StockLevel {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sku, "sku");
        if (onHand < 0) {
            throw new IllegalArgumentException("onHand must be >= 0, was " + onHand);
        }
        if (reserved < 0) {
            throw new IllegalArgumentException("reserved must be >= 0, was " + reserved);
        }
        if (safety < 0) {
            throw new IllegalArgumentException("safety must be >= 0, was " + safety);
        }
    }

    public static StockLevel of(String location, String sku, int onHand) {
        return new StockLevel(location, sku, onHand, 0, 0);
    }

    /** Units that may be promised now. */
    public int available() {
        return Math.max(0, onHand - reserved - safety);
    }
}
