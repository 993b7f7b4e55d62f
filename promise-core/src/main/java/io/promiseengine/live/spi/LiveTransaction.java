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
 * for each other in a cycle: first orders ({@link #lockOrder}, {@link #lapsed}, {@link #lapsedOn}), then positions and slots in
 * one call to {@link #lockPositions} (the store sorts them: positions, slots, then windows). One exception: a
 * reservation waits in {@link #lapsedOn} for other orders' locks while holding its own, so two reservations, each of
 * an order whose lapsed hold the other one needs, can wait for each other; a database reports that as a deadlock and
 * the store runs the transaction again. Reads of what was not locked may be stale by
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
     * As {@link #lapsed}, but <em>waiting</em> for the lock of an order another transaction holds (a sweep giving
     * it back, a confirmation), each read again once locked: when it returns, no hold lapsed by {@code now} among
     * the first {@code limit} is left to another transaction. For the sweeps that a read or a write of the engine
     * runs before it reads (not the store's own background sweep, which should not wait). The orders are locked
     * in order id order. The default suits a store whose {@link #lapsed} skips nothing.
     *
     * @param now the instant holds lapse by
     * @param limit the most reservations returned
     * @return the lapsed reservations, locked, earliest expiry first
     */
    default List<Reservation> lapsedWaiting(Instant now, int limit) {
        return lapsed(now, limit);
    }

    /**
     * Reservations whose expiry is at or before {@code now} that hold any of these positions, slots or windows,
     * each locked, <em>waiting</em> for the lock another transaction holds (unlike {@link #lapsed}, which skips
     * it), and read again once locked (another transaction may have given one back or confirmed it meanwhile):
     * so that a reservation decided at {@code now} counts none of them, whatever a concurrent sweep is doing.
     * Called after {@link #lockOrder} and before {@link #lockPositions}; the orders are locked in order id order.
     * The caller's own orders may be among them. The default suits a store whose {@link #lapsed} skips nothing
     * (one transaction at a time): {@code lapsed(now, Integer.MAX_VALUE)} filtered.
     *
     * @param now the instant holds lapse by
     * @param stock the stock positions about to be locked
     * @param slots the slots about to be locked
     * @param windows the delivery windows about to be locked
     * @return the lapsed reservations holding any of them, locked, by order id
     */
    default List<Reservation> lapsedOn(Instant now, Collection<StockPosition.Key> stock, Collection<SlotPosition.Key> slots,
                                       Collection<WindowPosition.Key> windows) {
        List<Reservation> out = new java.util.ArrayList<>();
        for (Reservation r : lapsed(now, Integer.MAX_VALUE)) {
            if (holdsAny(r, stock, slots, windows)) {
                out.add(r);
            }
        }
        out.sort(java.util.Comparator.comparing(Reservation::orderId));
        return out;
    }

    /**
     * Whether a reservation holds any of these positions, slots or windows.
     *
     * @param r the reservation
     * @param stock stock positions
     * @param slots slots
     * @param windows delivery windows
     * @return true when it holds one of them
     */
    static boolean holdsAny(Reservation r, Collection<StockPosition.Key> stock, Collection<SlotPosition.Key> slots,
                            Collection<WindowPosition.Key> windows) {
        for (Reservation.StockHold h : r.stock()) {
            if (stock.contains(new StockPosition.Key(h.location(), h.sku()))) {
                return true;
            }
        }
        for (Reservation.SlotHold h : r.slots()) {
            if (slots.contains(new SlotPosition.Key(h.location(), h.slot().getEpochSecond()))) {
                return true;
            }
        }
        for (Reservation.WindowHold h : r.windows()) {
            if (windows.contains(new WindowPosition.Key(h.service(), h.zone(), h.window().getEpochSecond()))) {
                return true;
            }
        }
        return false;
    }

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
