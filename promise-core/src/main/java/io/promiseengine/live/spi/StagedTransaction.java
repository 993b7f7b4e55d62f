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

import io.promiseengine.live.Reservation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A transaction that stages its writes until the store commits them, and reads its own writes back: the
 * part every store shares. A store implements the reads of what is stored and commits {@link #stagedStock},
 * {@link #stagedSlots}, {@link #stagedWindows}, {@link #stagedOrders} and {@link #published()} all together.
 */
public abstract class StagedTransaction implements LiveTransaction {

    /** Positions written, by key, in the order written. */
    protected final Map<StockPosition.Key, StockPosition> stagedStock = new LinkedHashMap<>();
    /** Slots written, by key, in the order written. */
    protected final Map<SlotPosition.Key, SlotPosition> stagedSlots = new LinkedHashMap<>();
    /** Delivery windows written, by key, in the order written. */
    protected final Map<WindowPosition.Key, WindowPosition> stagedWindows = new LinkedHashMap<>();
    /** Reservations written, by order id; a null value for one removed. */
    protected final Map<String, Reservation> stagedOrders = new LinkedHashMap<>();
    private LiveChanges.NetworkVersion published;

    /**
     * The current network version number as stored.
     *
     * @return the version number
     */
    protected abstract long storedNetworkVersion();

    /**
     * The order's reservation as stored.
     *
     * @param orderId the order's id
     * @return the reservation, or empty
     */
    protected abstract Optional<Reservation> storedReservation(String orderId);

    /**
     * A position as stored (locked or not).
     *
     * @param key the sku at a location
     * @return the position, empty when the store has none
     */
    protected abstract StockPosition storedStock(StockPosition.Key key);

    /**
     * A slot as stored (locked or not).
     *
     * @param key the slot of a location
     * @return the slot, empty when the store has none
     */
    protected abstract SlotPosition storedSlot(SlotPosition.Key key);

    /**
     * A delivery window as stored (locked or not).
     *
     * @param key the window's service, zone and start
     * @return the window's position
     */
    protected abstract WindowPosition storedWindow(WindowPosition.Key key);

    /**
     * Called before a position is staged: throws when the transaction did not lock it.
     *
     * @param key the position about to be staged
     */
    protected void checkLocked(StockPosition.Key key) {
    }

    /**
     * Called before a slot is staged: throws when the transaction did not lock it.
     *
     * @param key the slot about to be staged
     */
    protected void checkLocked(SlotPosition.Key key) {
    }

    /**
     * Called before a delivery window is staged: throws when the transaction did not lock it.
     *
     * @param key the delivery window about to be staged
     */
    protected void checkLocked(WindowPosition.Key key) {
    }

    @Override
    public long networkVersion() {
        return published != null ? published.version() : storedNetworkVersion();
    }

    @Override
    public Optional<Reservation> reservation(String orderId) {
        if (stagedOrders.containsKey(orderId)) {
            return Optional.ofNullable(stagedOrders.get(orderId));
        }
        return storedReservation(orderId);
    }

    @Override
    public StockPosition stock(StockPosition.Key key) {
        StockPosition p = stagedStock.get(key);
        return p != null ? p : storedStock(key);
    }

    @Override
    public SlotPosition slot(SlotPosition.Key key) {
        SlotPosition s = stagedSlots.get(key);
        return s != null ? s : storedSlot(key);
    }

    @Override
    public WindowPosition window(WindowPosition.Key key) {
        WindowPosition w = stagedWindows.get(key);
        return w != null ? w : storedWindow(key);
    }

    @Override
    public void put(WindowPosition window) {
        checkLocked(window.key());
        stagedWindows.put(window.key(), window);
    }

    @Override
    public void put(StockPosition position) {
        checkLocked(position.key());
        stagedStock.put(position.key(), position);
    }

    @Override
    public void put(SlotPosition slot) {
        checkLocked(slot.key());
        stagedSlots.put(slot.key(), slot);
    }

    @Override
    public void put(Reservation reservation) {
        stagedOrders.put(reservation.orderId(), reservation);
    }

    @Override
    public void removeReservation(String orderId) {
        stagedOrders.put(orderId, null);
    }

    @Override
    public void publish(LiveChanges.NetworkVersion network) {
        published = network;
    }

    /**
     * The network version this transaction publishes, if any.
     *
     * @return the version published, or empty
     */
    public Optional<LiveChanges.NetworkVersion> published() {
        return Optional.ofNullable(published);
    }

    /**
     * Whether anything was written.
     *
     * @return true when something was staged
     */
    public boolean writes() {
        return !stagedStock.isEmpty() || !stagedSlots.isEmpty() || !stagedWindows.isEmpty() || !stagedOrders.isEmpty() || published != null;
    }
}
