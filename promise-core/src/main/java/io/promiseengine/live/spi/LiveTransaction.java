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

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One atomic unit of work on a store: the engine locks what it will touch, reads it, decides, and writes;
 * the store makes the writes visible all together when the work returns, or none of them when it throws.
 *
 * <p>Locks are taken in one order so that concurrent transactions (of any engine on a shared store) never wait
 * for each other in a cycle: first orders ({@link #lockOrder}, {@link #lapsed}), then positions and slots in
 * one call to {@link #lockPositions} (the store sorts them: positions, slots, then windows). Reads of what was not locked may be stale by
 * the time of the commit and are only used for what needs no lock (the network version, a supply's place).
 */
public interface LiveTransaction {

    /**
     * The number of the network version current in the store.
     *
     * @return the current version's number
     */
    long networkVersion();

    /**
     * Waits for the order's lock (an order with no reservation yet can be locked too).
     *
     * @param orderId the order's id
     */
    void lockOrder(String orderId);

    /**
     * Reservations whose expiry is at or before {@code now}, locked (those another transaction holds are
     * skipped), at most {@code limit}, earliest first.
     *
     * @param now the instant holds lapse by
     * @param limit the most reservations returned
     * @return the lapsed reservations, locked, earliest expiry first
     */
    List<Reservation> lapsed(Instant now, int limit);

    /**
     * Locks positions, slots and delivery windows (sorted by the store, in that order); at most once a
     * transaction, after the orders.
     *
     * @param stock the stock positions to lock
     * @param slots the slots to lock
     * @param windows the delivery windows to lock
     */
    void lockPositions(Collection<StockPosition.Key> stock, Collection<SlotPosition.Key> slots,
                       Collection<WindowPosition.Key> windows);

    /**
     * Locks positions and slots only: {@link #lockPositions(Collection, Collection, Collection)} without windows.
     *
     * @param stock the stock positions to lock
     * @param slots the slots to lock
     */
    default void lockPositions(Collection<StockPosition.Key> stock, Collection<SlotPosition.Key> slots) {
        lockPositions(stock, slots, java.util.List.of());
    }

    /**
     * The order's reservation, if any.
     *
     * @param orderId the order's id
     * @return the reservation, or empty
     */
    Optional<Reservation> reservation(String orderId);

    /**
     * A position (empty when the store has none); lock it first to write it.
     *
     * @param key the sku at a location
     * @return the position, empty when the store has none
     */
    StockPosition stock(StockPosition.Key key);

    /**
     * A slot (empty when the store has none); lock it first to write it.
     *
     * @param key the slot of a location
     * @return the slot, empty when the store has none
     */
    SlotPosition slot(SlotPosition.Key key);

    /**
     * A delivery window in a zone (empty when the store has none); lock it first to write it.
     *
     * @param key the window's service, zone and start
     * @return the window's position
     */
    WindowPosition window(WindowPosition.Key key);

    /**
     * Where live supply of this id is, if any.
     *
     * @param supplyId the supply's id
     * @return the position of the supply's sku and location, or empty
     */
    Optional<StockPosition.Key> supply(String supplyId);

    /**
     * Writes a position (its supply lines included: lines added or gone follow).
     *
     * @param position the position to write
     */
    void put(StockPosition position);

    /**
     * Writes a slot.
     *
     * @param slot the slot to write
     */
    void put(SlotPosition slot);

    /**
     * Writes a delivery window.
     *
     * @param window the window's position
     */
    void put(WindowPosition window);

    /**
     * Writes a reservation (new, or replacing the order's).
     *
     * @param reservation the reservation to write
     */
    void put(Reservation reservation);

    /**
     * Removes the order's reservation.
     *
     * @param orderId the order's id
     */
    void removeReservation(String orderId);

    /**
     * Makes {@code network} the current version, numbered {@code version} (the current number + 1).
     *
     * @param network the new version
     */
    void publish(LiveChanges.NetworkVersion network);
}
