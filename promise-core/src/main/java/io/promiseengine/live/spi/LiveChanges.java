package io.promiseengine.live.spi;

import io.promiseengine.model.Network;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one or more committed transactions changed, as whole new images: the positions, slots and delivery windows
 * written (an empty image for one forgotten) and the network version published, if any. Applying the same changes twice
 * leaves the same state.
 *
 * @param stock positions written
 * @param slots slots written
 * @param windows delivery windows written
 * @param network the network version now current, when it changed
 */
public record LiveChanges(List<StockPosition> stock, List<SlotPosition> slots, List<WindowPosition> windows,
                          Optional<NetworkVersion> network) {

    public LiveChanges {
        stock = List.copyOf(stock);
        slots = List.copyOf(slots);
        windows = List.copyOf(windows);
        Objects.requireNonNull(network, "network");
    }

    /** Changes without delivery windows. */
    public LiveChanges(List<StockPosition> stock, List<SlotPosition> slots, Optional<NetworkVersion> network) {
        this(stock, slots, List.of(), network);
    }

    public boolean isEmpty() {
        return stock.isEmpty() && slots.isEmpty() && windows.isEmpty() && network.isEmpty();
    }

    /**
     * A network version.
     *
     * @param version counts the versions published, 1 for the first
     * @param network the network as published (its stock, supply and load are those it was published with)
     */
    public record NetworkVersion(long version, Network network) {
        public NetworkVersion {
            Objects.requireNonNull(network, "network");
            if (version < 1) {
                throw new IllegalArgumentException("a network version is >= 1, was " + version);
            }
        }
    }
}
