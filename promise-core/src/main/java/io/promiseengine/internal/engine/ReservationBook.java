package io.promiseengine.internal.engine;

import io.promiseengine.internal.time.Slots;
import io.promiseengine.live.Reservation;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.live.ReservationResult.Reason;
import io.promiseengine.live.ReservationResult.Refusal;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.OrderLine;
import io.promiseengine.plan.PlannedShipment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The reservations of a live engine: what each order holds, and the expiries in time order. Every method
 * runs with the engine's write lock held; a change of holds is published as one new ledger version, so a
 * quote sees a reservation whole or not at all.
 */
final class ReservationBook {

    private record Expiry(long at, String orderId) implements Comparable<Expiry> {
        @Override
        public int compareTo(Expiry o) {
            int c = Long.compare(at, o.at);
            return c != 0 ? c : orderId.compareTo(o.orderId);
        }
    }

    /** A reservation's result and the ledger after it (the same ledger when nothing changed). */
    record Outcome(ReservationResult result, Ledger ledger) {
    }

    private final Map<String, Reservation> active = new HashMap<>();
    private final TreeSet<Expiry> expiries = new TreeSet<>();

    /** Epoch milliseconds of the next expiry, {@link Long#MAX_VALUE} for none. */
    long nextExpiry() {
        return expiries.isEmpty() ? Long.MAX_VALUE : expiries.first().at();
    }

    Optional<Reservation> get(String orderId) {
        return Optional.ofNullable(active.get(orderId));
    }

    /** Releases every hold whose expiry is at or before {@code now}; returns the ledger after. */
    Ledger lapse(Ledger ledger, long nowMillis) {
        while (!expiries.isEmpty() && expiries.first().at() <= nowMillis) {
            Expiry e = expiries.pollFirst();
            ledger = give(ledger, active.remove(e.orderId()), -1);
        }
        return ledger;
    }

    /**
     * Reserves the plan, or refuses it listing every reason; returns the result and the ledger after (the
     * same ledger when nothing changed).
     */
    Outcome reserve(Ledger ledger, String orderId, Fulfilment plan, Instant expiresAt) {
        List<Refusal> refusals = new ArrayList<>();
        Reservation wanted = holds(ledger, orderId, plan, Optional.of(expiresAt), refusals);
        Reservation existing = active.get(orderId);
        if (existing != null) {
            if (refusals.isEmpty() && existing.holdsTheSameAs(wanted)) {
                return new Outcome(new ReservationResult.Reserved(existing, true), ledger);
            }
            return new Outcome(new ReservationResult.Refused(List.of(new Refusal(Reason.ORDER_ID_IN_USE, "", "",
                    Optional.empty(), "order " + orderId + " already holds another plan; release it first"))), ledger);
        }
        if (!refusals.isEmpty()) {
            return new Outcome(new ReservationResult.Refused(refusals), ledger);
        }
        active.put(orderId, wanted);
        expiries.add(new Expiry(expiresAt.toEpochMilli(), orderId));
        return new Outcome(new ReservationResult.Reserved(wanted, false), give(ledger, wanted, +1));
    }

    /**
     * Swaps what the order holds for what the plan takes, all or nothing: the plan is checked with the order's
     * own holds given back; refused, the order keeps what it held. The hold keeps its expiry (none once
     * confirmed). An order that holds nothing is reserved as by {@link #reserve}.
     */
    Outcome replace(Ledger ledger, String orderId, Fulfilment plan, Instant expiresIfNew) {
        Reservation existing = active.get(orderId);
        if (existing == null) {
            return reserve(ledger, orderId, plan, expiresIfNew);
        }
        Ledger freed = give(ledger, existing, -1);
        List<Refusal> refusals = new ArrayList<>();
        Reservation wanted = holds(freed, orderId, plan, existing.expiresAt(), refusals);
        if (!refusals.isEmpty()) {
            return new Outcome(new ReservationResult.Refused(refusals), ledger);
        }
        if (wanted.holdsTheSameAs(existing)) {
            return new Outcome(new ReservationResult.Reserved(existing, true), ledger);
        }
        active.put(orderId, wanted); // same expiry, so its entry in expiries stays right
        return new Outcome(new ReservationResult.Reserved(wanted, false), give(freed, wanted, +1));
    }

    /** Confirms: the hold no longer lapses. */
    Optional<Reservation> confirm(String orderId) {
        Reservation r = active.get(orderId);
        if (r == null) {
            return Optional.empty();
        }
        r.expiresAt().ifPresent(at -> expiries.remove(new Expiry(at.toEpochMilli(), orderId)));
        Reservation confirmed = new Reservation(orderId, r.stock(), r.slots(), Optional.empty());
        active.put(orderId, confirmed);
        return Optional.of(confirmed);
    }

    /** Releases the order's holds; null when it holds nothing. */
    Ledger release(Ledger ledger, String orderId) {
        Reservation r = active.remove(orderId);
        if (r == null) {
            return null;
        }
        r.expiresAt().ifPresent(at -> expiries.remove(new Expiry(at.toEpochMilli(), orderId)));
        return give(ledger, r, -1);
    }

    /**
     * What the plan takes, checked against the ledger: each line's units available at its shipment's start
     * (the holds already taken counting from the start of time), one preparation in its start's slot.
     */
    private static Reservation holds(Ledger ledger, String orderId, Fulfilment plan, Optional<Instant> expiresAt,
                                     List<Refusal> refusals) {
        List<Reservation.StockHold> stock = new ArrayList<>();
        List<Reservation.SlotHold> slots = new ArrayList<>();
        for (PlannedShipment s : plan.shipments()) {
            Integer index = ledger.structure().siteIndex.get(s.from());
            if (index == null) {
                refusals.add(new Refusal(Reason.UNKNOWN_LOCATION, s.from(), "", Optional.empty(),
                        "unknown location \"" + s.from() + "\" in the current network version"));
                continue;
            }
            Snapshot.Site site = ledger.structure().sites[index];
            long start = s.startAt().getEpochSecond();
            for (OrderLine line : s.lines()) {
                stock.add(new Reservation.StockHold(s.from(), line.sku(), line.quantity()));
                long available = ledger.cell(s.from(), line.sku()).availableAt(start);
                if (available < line.quantity()) {
                    refusals.add(new Refusal(Reason.STOCK_SHORT, s.from(), line.sku(), Optional.empty(), "needs "
                            + line.quantity() + " " + line.sku() + " at " + s.from() + " by " + s.startAt() + ", "
                            + Math.max(0, available) + " available"));
                }
            }
            if (site.slotSeconds > 0) {
                long slot = Slots.slotStart(start, site.zone, site.slotSeconds);
                slots.add(new Reservation.SlotHold(s.from(), Instant.ofEpochSecond(slot)));
                int load = ledger.loadAt(site, slot);
                int capacity = ledger.capacityAt(site, slot);
                if (load >= capacity) {
                    refusals.add(new Refusal(Reason.SLOT_FULL, s.from(), "", Optional.of(Instant.ofEpochSecond(slot)),
                            "the preparation slot of " + s.from() + " starting " + Instant.ofEpochSecond(slot) + " is full ("
                                    + load + " of " + capacity + ")"));
                }
            }
        }
        return new Reservation(orderId, stock, slots, expiresAt);
    }

    /** Adds ({@code sign} +1) or gives back (-1) a reservation's holds. */
    static Ledger give(Ledger ledger, Reservation r, int sign) {
        for (Reservation.StockHold h : r.stock()) {
            Ledger.Cell c = ledger.cell(h.location(), h.sku());
            ledger = ledger.withCell(h.location(), h.sku(), c.withHeld(c.held() + sign * h.quantity()));
        }
        for (Reservation.SlotHold h : r.slots()) {
            long slot = h.slot().getEpochSecond();
            Ledger.SlotCell c = ledger.slot(h.location(), slot);
            ledger = ledger.withSlot(h.location(), slot, new Ledger.SlotCell(c.load(), c.held() + sign, c.capacity()));
        }
        return ledger;
    }
}
