package io.promiseengine.live.spi;

import java.util.List;
import java.util.Objects;

/**
 * Everything an engine's snapshot needs, read at one instant: the current network version and every stock
 * position, slot and delivery window the store keeps (holds of the reservations included in {@code held}).
 *
 * @param network the current network version
 * @param stock every position
 * @param slots every slot
 * @param windows every delivery window in a zone
 */
public record LiveState(LiveChanges.NetworkVersion network, List<StockPosition> stock, List<SlotPosition> slots,
                        List<WindowPosition> windows) {

    public LiveState {
        Objects.requireNonNull(network, "network");
        stock = List.copyOf(stock);
        slots = List.copyOf(slots);
        windows = List.copyOf(windows);
    }

    /** A state without delivery windows. */
    public LiveState(LiveChanges.NetworkVersion network, List<StockPosition> stock, List<SlotPosition> slots) {
        this(network, stock, slots, List.of());
    }
}
