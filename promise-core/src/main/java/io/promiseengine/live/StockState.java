package io.promiseengine.live;

import io.promiseengine.model.Supply;

import java.util.List;
import java.util.Objects;

/**
 * The live stock of one sku at one location.
 *
 * @param location the location id
 * @param sku the sku
 * @param onHand units on hand
 * @param reserved units the order management reserved
 * @param safety units kept as safety stock
 * @param held units the engine's reservations hold
 * @param supply incoming supply, in the order it was added
 */
public record StockState(String location, String sku, int onHand, int reserved, int safety, int held, List<Supply> supply) {

    public StockState {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sku, "sku");
        supply = List.copyOf(supply);
    }

    /** Units that may still be promised now: {@code max(0, onHand - reserved - safety) - held} (may be negative
     * while reservations wait for supply). */
    public long available() {
        return (long) Math.max(0, onHand - reserved - safety) - held;
    }
}
