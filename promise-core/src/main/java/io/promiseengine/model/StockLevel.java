package io.promiseengine.model;

import java.util.Objects;

/**
 * Stock of one sku at one location (spec 2.1, 4.1): available = {@code max(0, onHand - reserved - safety)},
 * each quantity in [0, {@link Limits#MAX_QUANTITY}].
 */
public record StockLevel(String location, String sku, int onHand, int reserved, int safety) {

    public StockLevel {
        Objects.requireNonNull(location, "location");
        Ids.checkSku("sku", sku);
        Limits.checkQuantity("onHand", onHand, 0);
        Limits.checkQuantity("reserved", reserved, 0);
        Limits.checkQuantity("safety", safety, 0);
    }

    public static StockLevel of(String location, String sku, int onHand) {
        return new StockLevel(location, sku, onHand, 0, 0);
    }

    /** Units that may be promised now. */
    public int available() {
        return (int) Math.max(0L, (long) onHand - reserved - safety); // in [0, MAX_QUANTITY]
    }
}
