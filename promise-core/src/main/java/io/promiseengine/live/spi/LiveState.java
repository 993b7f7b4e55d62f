package io.promiseengine.live.spi;

import java.util.List;
import java.util.Objects;

/**
 * Everything an engine's snapshot needs, read at one instant: the current network version and every stock
 * position and slot the store keeps (holds of the reservations included in {@code held}).
 *
 * @param network the current network version
 * @param stock every position
 * @param slots every slot
 */
public record LiveState(LiveChanges.NetworkVersion network, List<StockPosition> stock, List<SlotPosition> slots) {

    public LiveState {
        Objects.requireNonNull(network, "network");
        stock = List.copyOf(stock);
        slots = List.copyOf(slots);
    }
}
