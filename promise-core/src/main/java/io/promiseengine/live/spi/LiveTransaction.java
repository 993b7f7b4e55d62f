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

    /** The number of the network version current in the store. */
    long networkVersion();

    /** Waits for the order's lock (an order with no reservation yet can be locked too). */
    void lockOrder(String orderId);

    /**
     * Reservations whose expiry is at or before {@code now}, locked (those another transaction holds are
     * skipped), at most {@code limit}, earliest first.
     */
    List<Reservation> lapsed(Instant now, int limit);

    /**
     * Locks positions, slots and delivery windows (sorted by the store, in that order); at most once a
     * transaction, after the orders.
     */
    void lockPositions(Collection<StockPosition.Key> stock, Collection<SlotPosition.Key> slots,
                       Collection<WindowPosition.Key> windows);

    /** Locks positions and slots only: {@link #lockPositions(Collection, Collection, Collection)} without windows. */
    default void lockPositions(Collection<StockPosition.Key> stock, Collection<SlotPosition.Key> slots) {
        lockPositions(stock, slots, java.util.List.of());
    }

    /** The order's reservation, if any. */
    Optional<Reservation> reservation(String orderId);

    /** A position (empty when the store has none); lock it first to write it. */
    StockPosition stock(StockPosition.Key key);

    /** A slot (empty when the store has none); lock it first to write it. */
    SlotPosition slot(SlotPosition.Key key);

    /** A delivery window in a zone (empty when the store has none); lock it first to write it. */
    WindowPosition window(WindowPosition.Key key);

    /** Where live supply of this id is, if any. */
    Optional<StockPosition.Key> supply(String supplyId);

    /** Writes a position (its supply lines included: lines added or gone follow). */
    void put(StockPosition position);

    /** Writes a slot. */
    void put(SlotPosition slot);

    /** Writes a delivery window. */
    void put(WindowPosition window);

    /** Writes a reservation (new, or replacing the order's). */
    void put(Reservation reservation);

    /** Removes the order's reservation. */
    void removeReservation(String orderId);

    /** Makes {@code network} the current version, numbered {@code version} (the current number + 1). */
    void publish(LiveChanges.NetworkVersion network);
}
