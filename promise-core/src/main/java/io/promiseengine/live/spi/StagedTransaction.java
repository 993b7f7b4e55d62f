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

    /** The current network version number as stored. */
    protected abstract long storedNetworkVersion();

    /** The order's reservation as stored. */
    protected abstract Optional<Reservation> storedReservation(String orderId);

    /** A position as stored (locked or not). */
    protected abstract StockPosition storedStock(StockPosition.Key key);

    /** A slot as stored (locked or not). */
    protected abstract SlotPosition storedSlot(SlotPosition.Key key);

    /** A delivery window as stored (locked or not). */
    protected abstract WindowPosition storedWindow(WindowPosition.Key key);

    /** Called before a position is staged: throws when the transaction did not lock it. */
    protected void checkLocked(StockPosition.Key key) {
    }

    /** Called before a slot is staged: throws when the transaction did not lock it. */
    protected void checkLocked(SlotPosition.Key key) {
    }

    /** Called before a delivery window is staged: throws when the transaction did not lock it. */
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

    /** The network version this transaction publishes, if any. */
    public Optional<LiveChanges.NetworkVersion> published() {
        return Optional.ofNullable(published);
    }

    /** Whether anything was written. */
    public boolean writes() {
        return !stagedStock.isEmpty() || !stagedSlots.isEmpty() || !stagedWindows.isEmpty() || !stagedOrders.isEmpty() || published != null;
    }
}
