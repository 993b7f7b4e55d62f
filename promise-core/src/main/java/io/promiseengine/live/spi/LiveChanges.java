/*
 * Copyright 2026 The Promise Engine developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.promiseengine.live.spi;

import io.promiseengine.model.Limits;
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

    /**
     * Checks the parts.
     *
     * @param stock positions written
     * @param slots slots written
     * @param windows delivery windows written
     * @param network the network version now current, when it changed
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public LiveChanges {
        stock = Limits.copyOf("stock", stock);
        slots = Limits.copyOf("slots", slots);
        windows = Limits.copyOf("windows", windows);
        Objects.requireNonNull(network, "network");
    }

    /**
     * Changes without delivery windows.
     *
     * @param stock the stock positions changed
     * @param slots the slots changed
     * @param network the new network version, if one was published
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public LiveChanges(List<StockPosition> stock, List<SlotPosition> slots, Optional<NetworkVersion> network) {
        this(stock, slots, List.of(), network);
    }

    /**
     * Whether nothing changed.
     *
     * @return true when no stock position, slot, delivery window or network version changed
     */
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
        /**
         * Checks the parts.
         *
         * @param version counts the versions published, 1 for the first
         * @param network the network as published (its stock, supply and load are those it was published with)
         * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
         * @throws NullPointerException when {@code network} is null
         */
        public NetworkVersion {
            Objects.requireNonNull(network, "network");
            if (version < 1) {
                throw new IllegalArgumentException("a network version is >= 1, was " + version);
            }
        }
    }
}
