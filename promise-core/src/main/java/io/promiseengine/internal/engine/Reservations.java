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
package io.promiseengine.internal.engine;

import io.promiseengine.live.Reservation;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.live.ReservationResult.Reason;
import io.promiseengine.live.ReservationResult.Refusal;
import io.promiseengine.live.spi.LiveTransaction;
import io.promiseengine.live.spi.SlotPosition;
import io.promiseengine.live.spi.StockPosition;
import io.promiseengine.live.spi.WindowPosition;
import io.promiseengine.model.Echo;
import io.promiseengine.plan.Fulfilment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reservation operations, each run inside one store transaction with the order locked first, then the
 * positions and slots it touches: the same code whatever the store. The availability rule they apply is
 * {@link PlanCheck}'s.
 */
final class Reservations {

    private Reservations() {
    }

    /** Whether a reservation has lapsed by {@code now} (it may not be given back yet: a shared store sweeps later). */
    static boolean lapsed(Reservation r, Instant now) {
        return r.expiresAt().isPresent() && !r.expiresAt().get().isAfter(now);
    }

    /**
     * When a hold made at {@code now} for {@code hold} lapses: {@code now + hold} rounded up to the millisecond.
     * The stores keep expiries in milliseconds and sweep by them; rounded up, a hold lasts at least what was asked
     * and is never given back before its {@code expiresAt} (docs/LIVE-STATE.md, "A hold is never given back
     * before its expiresAt").
     */
    static Instant expiry(Instant now, java.time.Duration hold) {
        Instant at = now.plus(hold);
        int sub = at.getNano() % 1_000_000;
        return sub == 0 ? at : at.plusNanos(1_000_000 - sub);
    }

    /**
     * Other orders' holds lapsed by {@code now} on what {@code needs} takes, locked (waiting for a sweep that
     * holds one: {@link LiveTransaction#lapsedOn}): the reservation decided at {@code now} counts none of them,
     * whether a sweep gave them back yet or not (docs/TESTING.md, "A reserve after an expiry was refused").
     */
    static List<Reservation> othersLapsed(LiveTransaction tx, String orderId, Instant now, PlanCheck.Needs needs) {
        List<Reservation> out = new ArrayList<>();
        for (Reservation r : tx.lapsedOn(now, needs.stock().keySet(), needs.slots().keySet(), needs.windows().keySet())) {
            if (!r.orderId().equals(orderId) && lapsed(r, now)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Adds the positions, slots and windows the reservations hold. */
    private static void addHeld(List<Reservation> rs, java.util.Set<StockPosition.Key> stock,
                                java.util.Set<SlotPosition.Key> slots, java.util.Set<WindowPosition.Key> windows) {
        for (Reservation r : rs) {
            PlanCheck.Needs held = PlanCheck.held(r);
            stock.addAll(held.stock().keySet());
            slots.addAll(held.slots().keySet());
            windows.addAll(held.windows().keySet());
        }
    }

    /** The order's reservation, none when it has lapsed by {@code now}; the order must be locked. */
    static Optional<Reservation> live(LiveTransaction tx, String orderId, Instant now) {
        return tx.reservation(orderId).filter(r -> !lapsed(r, now));
    }

    /**
     * Reserves with the order locked: the same plan again is repeated, at the last unit too (issue 13 item 11).
     * A reservation of the order that lapsed by {@code now} but is not given back yet counts as none: taken
     * over, its holds are given back in the same transaction; so are other orders' holds lapsed by {@code now} on
     * what the plan takes ({@link #othersLapsed}), which are never counted against it. {@code gaveBack[0]} counts
     * the other orders' holds given back.
     */
    static ReservationResult reserveLocked(LiveTransaction tx, Snapshot structure, String orderId, Fulfilment plan,
                                           Instant now, Instant expiresAt, int[] gaveBack) {
        List<Refusal> refusals = new ArrayList<>();
        PlanCheck.Needs needs = PlanCheck.needs(structure, plan, refusals);
        Reservation wanted = needs.reservation(orderId, Optional.of(expiresAt));
        Optional<Reservation> stored = tx.reservation(orderId);
        Optional<Reservation> existing = stored.filter(r -> !lapsed(r, now));
        if (existing.isPresent()) {
            // compared before availability: the order's own holds must not count against its retry
            if (refusals.isEmpty() && existing.get().holdsTheSameAs(wanted)) {
                return new ReservationResult.Reserved(existing.get(), true);
            }
            return new ReservationResult.Refused(List.of(new Refusal(Reason.ORDER_ID_IN_USE, "", "",
                    Optional.empty(), "order " + orderId + " already holds another plan; release it first")));
        }
        // an origin the version lacks is one refusal among the others: the known origins' shortages and full
        // slots are still checked, so that the refusal lists every problem (refused below, nothing written)
        Optional<PlanCheck.Needs> lapsedHolds = stored.map(PlanCheck::held);
        List<Reservation> others = othersLapsed(tx, orderId, now, needs);
        java.util.Set<StockPosition.Key> stock = new java.util.TreeSet<>(needs.stock().keySet());
        java.util.Set<SlotPosition.Key> slots = new java.util.TreeSet<>(needs.slots().keySet());
        java.util.Set<WindowPosition.Key> windows = new java.util.TreeSet<>(needs.windows().keySet());
        lapsedHolds.ifPresent(l -> {
            stock.addAll(l.stock().keySet());
            slots.addAll(l.slots().keySet());
            windows.addAll(l.windows().keySet());
        });
        addHeld(others, stock, slots, windows);
        tx.lockPositions(stock, slots, windows);
        Holdings h = new Holdings(tx);
        lapsedHolds.ifPresent(l -> h.hold(l, -1));
        others.forEach(h::release);
        PlanCheck.fits(structure, needs, h::stock, h::slot, h::window, refusals);
        if (!refusals.isEmpty()) {
            return new ReservationResult.Refused(refusals); // the lapsed holds, if any, are left to the sweep
        }
        h.hold(needs, +1);
        h.write();
        for (Reservation r : others) {
            tx.removeReservation(r.orderId());
        }
        gaveBack[0] += others.size();
        tx.put(wanted);
        return new ReservationResult.Reserved(wanted, false);
    }

    /**
     * Swaps what the order holds for what the plan takes, all or nothing, the plan checked as if the order's own
     * holds were given back, and other orders' holds lapsed by {@code now} too (as {@link #reserveLocked}); an order
     * holding nothing is reserved, expiring at {@code expiresIfNew}.
     */
    static ReservationResult replace(LiveTransaction tx, Snapshot structure, String orderId, Fulfilment plan,
                                     Instant now, Instant expiresIfNew, int[] gaveBack) {
        tx.lockOrder(orderId);
        Optional<Reservation> existing = live(tx, orderId, now);
        if (existing.isEmpty()) {
            return reserveLocked(tx, structure, orderId, plan, now, expiresIfNew, gaveBack);
        }
        List<Refusal> refusals = new ArrayList<>();
        PlanCheck.Needs needs = PlanCheck.needs(structure, plan, refusals); // unknown origins: refused below, with the rest
        Reservation wanted = needs.reservation(orderId, existing.get().expiresAt());
        PlanCheck.Needs held = PlanCheck.held(existing.get());
        java.util.Set<StockPosition.Key> stock = new java.util.TreeSet<>(needs.stock().keySet());
        stock.addAll(held.stock().keySet());
        java.util.Set<SlotPosition.Key> slots = new java.util.TreeSet<>(needs.slots().keySet());
        slots.addAll(held.slots().keySet());
        java.util.Set<WindowPosition.Key> windows = new java.util.TreeSet<>(needs.windows().keySet());
        windows.addAll(held.windows().keySet());
        List<Reservation> others = othersLapsed(tx, orderId, now, needs);
        addHeld(others, stock, slots, windows);
        tx.lockPositions(stock, slots, windows);
        Holdings h = new Holdings(tx);
        h.hold(held, -1); // checked as if the order's own holds were given back
        others.forEach(h::release);
        PlanCheck.fits(structure, needs, h::stock, h::slot, h::window, refusals);
        if (!refusals.isEmpty()) {
            return new ReservationResult.Refused(refusals);
        }
        if (wanted.holdsTheSameAs(existing.get())) {
            return new ReservationResult.Reserved(existing.get(), true);
        }
        h.hold(needs, +1);
        h.write();
        for (Reservation r : others) {
            tx.removeReservation(r.orderId());
        }
        gaveBack[0] += others.size();
        tx.put(wanted);
        return new ReservationResult.Reserved(wanted, false);
    }

    /** Hands a confirmed hold over: its units leave held and onHand, its preparations and drops become load. */
    static Optional<Reservation> handOff(LiveTransaction tx, String orderId, Instant now) {
        tx.lockOrder(orderId);
        if (live(tx, orderId, now).isEmpty()) {
            return Optional.empty(); // holds nothing (a lapsed hold is the sweep's)
        }
        return onHeld(tx, orderId, (r, held, h) -> {
            if (!r.confirmed()) {
                throw new IllegalStateException("order " + Echo.quote(orderId) + " holds a reservation expiring at "
                        + r.expiresAt().get() + ", not confirmed; maybe confirm it first");
            }
            for (Map.Entry<StockPosition.Key, Long> e : held.stock().entrySet()) {
                StockPosition p = h.stock(e.getKey());
                long q = e.getValue();
                if (p.onHand() < q) {
                    throw new IllegalStateException("order " + Echo.quote(orderId) + " holds " + q + " " + p.sku() + " at "
                            + p.location() + " but only " + p.onHand() + " are on hand (the rest is supply still to come); "
                            + "hand it off once the supply is received, nothing was changed");
                }
                h.set(new StockPosition(p.location(), p.sku(), (int) (p.onHand() - q), p.reserved(), p.safety(),
                        (int) (p.held() - q), p.supply()));
            }
            for (Map.Entry<SlotPosition.Key, Integer> e : held.slots().entrySet()) {
                SlotPosition s = h.slot(e.getKey());
                // the preparation held becomes one the order management reports: the slot's count stays the same
                h.set(new SlotPosition(s.location(), s.slotStart(), (int) Math.min(Integer.MAX_VALUE, (long) s.load() + e.getValue()),
                        s.held() - e.getValue(), s.capacity()));
            }
            for (Map.Entry<WindowPosition.Key, Integer> e : held.windows().entrySet()) {
                WindowPosition w = h.window(e.getKey());
                // the drop held becomes a drop booked: the window's count stays the same
                h.set(new WindowPosition(w.service(), w.zone(), w.windowStart(),
                        (int) Math.min(Integer.MAX_VALUE, (long) w.load() + e.getValue()), w.held() - e.getValue(), w.capacity()));
            }
            return r;
        });
    }

    /** What is done to a reservation's positions before the reservation goes. */
    interface HeldWork {
        Reservation apply(Reservation r, PlanCheck.Needs held, Holdings h);
    }

    /**
     * With the order locked and the positions it holds locked, runs {@code work} on them, writes them and
     * removes the reservation; empty when the order holds nothing.
     */
    static Optional<Reservation> onHeld(LiveTransaction tx, String orderId, HeldWork work) {
        tx.lockOrder(orderId);
        Optional<Reservation> r = tx.reservation(orderId);
        if (r.isEmpty()) {
            return r;
        }
        PlanCheck.Needs held = PlanCheck.held(r.get());
        tx.lockPositions(held.stock().keySet(), held.slots().keySet(), held.windows().keySet());
        Holdings h = new Holdings(tx);
        Reservation done = work.apply(r.get(), held, h);
        h.write();
        tx.removeReservation(orderId);
        return Optional.of(done);
    }

    /** Gives back at most {@code limit} holds lapsed by {@code now}; returns how many. */
    static int lapse(LiveTransaction tx, Instant now, int limit) {
        return lapse(tx, now, limit, false);
    }

    /**
     * Gives back at most {@code limit} holds lapsed by {@code now}, waiting for the orders other transactions hold
     * when {@code wait} ({@link LiveTransaction#lapsedWaiting}); returns how many.
     */
    static int lapse(LiveTransaction tx, Instant now, int limit, boolean wait) {
        List<Reservation> lapsed = wait ? tx.lapsedWaiting(now, limit) : tx.lapsed(now, limit);
        if (lapsed.isEmpty()) {
            return 0;
        }
        java.util.Set<StockPosition.Key> stock = new java.util.TreeSet<>();
        java.util.Set<SlotPosition.Key> slots = new java.util.TreeSet<>();
        java.util.Set<WindowPosition.Key> windows = new java.util.TreeSet<>();
        for (Reservation r : lapsed) {
            PlanCheck.Needs held = PlanCheck.held(r);
            stock.addAll(held.stock().keySet());
            slots.addAll(held.slots().keySet());
            windows.addAll(held.windows().keySet());
        }
        tx.lockPositions(stock, slots, windows);
        Holdings h = new Holdings(tx);
        for (Reservation r : lapsed) {
            h.release(r);
            tx.removeReservation(r.orderId());
        }
        h.write();
        return lapsed.size();
    }

    /** The ledger with a reservation's holds given back (never published). */
    static Ledger freed(Ledger ledger, Reservation r) {
        PlanCheck.Needs held = PlanCheck.held(r);
        List<StockPosition> stock = new ArrayList<>();
        held.stock().forEach((k, q) -> {
            StockPosition p = ledger.cell(k.location(), k.sku()).at(k.location(), k.sku());
            stock.add(p.withHeld((int) Math.max(0, p.held() - q)));
        });
        List<SlotPosition> slots = new ArrayList<>();
        held.slots().forEach((k, n) -> {
            SlotPosition s = ledger.slot(k.location(), k.slotStart()).at(k.location(), k.slotStart());
            slots.add(new SlotPosition(k.location(), k.slotStart(), s.load(), Math.max(0, s.held() - n), s.capacity()));
        });
        List<WindowPosition> windows = new ArrayList<>();
        held.windows().forEach((k, n) -> {
            WindowPosition w = ledger.window(k);
            windows.add(w.withHeld(Math.max(0, w.held() - n)));
        });
        return ledger.with(stock, slots, windows);
    }
}
