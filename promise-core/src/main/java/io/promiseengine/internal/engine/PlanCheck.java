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

import io.promiseengine.internal.time.Slots;
import io.promiseengine.live.Reservation;
import io.promiseengine.live.ReservationResult.Reason;
import io.promiseengine.live.ReservationResult.Refusal;
import io.promiseengine.live.spi.SlotPosition;
import io.promiseengine.live.spi.StockPosition;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.OrderLine;
import io.promiseengine.plan.PlannedShipment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one home of the reservation rule, whatever the store: what a plan takes, whether a plan given by hand is
 * well formed, and whether what it takes fits (spec 4.1 availability with the holds, one preparation per
 * shipment in the slot of its start). Stores only lock, read and write; they never decide.
 *
 * <p>What a plan takes is summed over the whole plan, per location and sku and per slot, so no plan can take
 * a unit or a preparation twice by naming it twice; and a plan given by hand that names an origin or a sku
 * of a shipment twice is refused as {@link Reason#INVALID_PLAN} before anything is read.
 */
final class PlanCheck {

    /** Units a location can hold of one sku: {@code held} is an int, so a sum past it is refused, never wrapped. */
    static final long MAX_HELD = Integer.MAX_VALUE;

    /**
     * What a plan takes.
     *
     * @param stock units per position, and the earliest start of a shipment taking them, in the plan's order
     * @param slots preparations per slot, in the plan's order
     * @param firstLine per position, the shipment start it is reported at
     */
    record Needs(Map<StockPosition.Key, Long> stock, Map<StockPosition.Key, Instant> firstStart,
                 Map<SlotPosition.Key, Integer> slots, List<Reservation.StockHold> stockHolds,
                 List<Reservation.SlotHold> slotHolds) {

        Reservation reservation(String orderId, Optional<Instant> expiresAt) {
            return new Reservation(orderId, stockHolds, slotHolds, expiresAt);
        }
    }

    private PlanCheck() {
    }

    /** Problems of a plan built by hand (a shipment's origin named twice, a sku twice in a shipment); empty when none. */
    static List<Refusal> malformed(Fulfilment plan) {
        List<Refusal> refusals = new ArrayList<>();
        Set<String> origins = new HashSet<>();
        for (int i = 0; i < plan.shipments().size(); i++) {
            PlannedShipment s = plan.shipments().get(i);
            if (!origins.add(s.from())) {
                refusals.add(new Refusal(Reason.INVALID_PLAN, s.from(), "", Optional.empty(), "shipments["
                        + i + "]: origin \"" + s.from() + "\" has another shipment in the plan; one shipment per origin"));
            }
            Set<String> skus = new HashSet<>();
            for (int j = 0; j < s.lines().size(); j++) {
                String sku = s.lines().get(j).sku();
                if (!skus.add(sku)) {
                    refusals.add(new Refusal(Reason.INVALID_PLAN, s.from(), sku, Optional.empty(), "shipments[" + i
                            + "].lines[" + j + "]: sku \"" + sku + "\" has another line in this shipment; one line per sku"));
                }
            }
        }
        return refusals;
    }

    /**
     * What the plan takes on a network version: its units per location and sku, one preparation per shipment
     * from a location with a capacity limit. An origin the version lacks is refused ({@link Reason#UNKNOWN_LOCATION}).
     */
    static Needs needs(Snapshot structure, Fulfilment plan, List<Refusal> refusals) {
        Map<StockPosition.Key, Long> stock = new LinkedHashMap<>();
        Map<StockPosition.Key, Instant> firstStart = new LinkedHashMap<>();
        Map<SlotPosition.Key, Integer> slots = new LinkedHashMap<>();
        List<Reservation.StockHold> stockHolds = new ArrayList<>();
        List<Reservation.SlotHold> slotHolds = new ArrayList<>();
        for (PlannedShipment s : plan.shipments()) {
            Integer index = structure.siteIndex.get(s.from());
            if (index == null) {
                refusals.add(new Refusal(Reason.UNKNOWN_LOCATION, s.from(), "", Optional.empty(),
                        "unknown location \"" + s.from() + "\" in the current network version"));
                continue;
            }
            for (OrderLine line : s.lines()) {
                StockPosition.Key key = new StockPosition.Key(s.from(), line.sku());
                stockHolds.add(new Reservation.StockHold(s.from(), line.sku(), line.quantity()));
                stock.merge(key, (long) line.quantity(), Long::sum);
                firstStart.merge(key, s.startAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
            Snapshot.Site site = structure.sites[index];
            if (site.slotSeconds > 0) {
                long slot = Slots.slotStart(s.startAt().getEpochSecond(), site.zone, site.slotSeconds);
                slotHolds.add(new Reservation.SlotHold(s.from(), Instant.ofEpochSecond(slot)));
                slots.merge(new SlotPosition.Key(s.from(), slot), 1, Integer::sum);
            }
        }
        return new Needs(stock, firstStart, slots, stockHolds, slotHolds);
    }

    /** The positions and slots a reservation holds, summed. */
    static Needs held(Reservation r) {
        Map<StockPosition.Key, Long> stock = new LinkedHashMap<>();
        Map<SlotPosition.Key, Integer> slots = new LinkedHashMap<>();
        for (Reservation.StockHold h : r.stock()) {
            stock.merge(new StockPosition.Key(h.location(), h.sku()), (long) h.quantity(), Long::sum);
        }
        for (Reservation.SlotHold h : r.slots()) {
            slots.merge(new SlotPosition.Key(h.location(), h.slot().getEpochSecond()), 1, Integer::sum);
        }
        return new Needs(stock, Map.of(), slots, r.stock(), r.slots());
    }

    /**
     * Checks that what the plan takes fits, adding a refusal per shortage and full slot (in the plan's order):
     * the units of each position available at the earliest start of a shipment taking them, counting every
     * hold (spec 4.1: {@code max(0, onHand - reserved - safety) - held} plus the supply arrived by then), and
     * room for the plan's preparations in each slot. {@code stock} and {@code slots} give the positions as
     * the check must see them (for a replacement, with the order's own holds given back).
     */
    static void fits(Snapshot structure, Needs needs, Function<StockPosition.Key, StockPosition> stock,
                     Function<SlotPosition.Key, SlotPosition> slots, List<Refusal> refusals) {
        // reasons are listed location by location in the plan's order: its lines, then its slot
        Set<String> locations = new java.util.LinkedHashSet<>();
        needs.stock().keySet().forEach(k -> locations.add(k.location()));
        needs.slots().keySet().forEach(k -> locations.add(k.location()));
        for (String location : locations) {
            for (Map.Entry<StockPosition.Key, Long> e : needs.stock().entrySet()) {
                if (e.getKey().location().equals(location)) {
                    stockFits(e.getKey(), e.getValue(), needs.firstStart().get(e.getKey()), stock.apply(e.getKey()), refusals);
                }
            }
            Snapshot.Site site = structure.sites[structure.siteIndex.get(location)];
            for (Map.Entry<SlotPosition.Key, Integer> e : needs.slots().entrySet()) {
                if (e.getKey().location().equals(location)) {
                    slotFits(site, e.getKey(), e.getValue(), slots.apply(e.getKey()), refusals);
                }
            }
        }
    }

    private static void stockFits(StockPosition.Key key, long need, Instant start, StockPosition p, List<Refusal> refusals) {
        long available = Ledger.Cell.of(p).availableAt(start.getEpochSecond());
        if (available < need) {
            refusals.add(new Refusal(Reason.STOCK_SHORT, key.location(), key.sku(), Optional.empty(), "needs "
                    + need + " " + key.sku() + " at " + key.location() + " by " + start + ", "
                    + Math.max(0, available) + " available"));
        } else if (p.held() + need > MAX_HELD) {
            refusals.add(new Refusal(Reason.STOCK_SHORT, key.location(), key.sku(), Optional.empty(), "needs "
                    + need + " " + key.sku() + " at " + key.location() + ", but " + p.held()
                    + " are held already and a location holds at most " + MAX_HELD + " units of a sku"));
        }
    }

    private static void slotFits(Snapshot.Site site, SlotPosition.Key key, int need, SlotPosition s, List<Refusal> refusals) {
        long load = (long) s.load() + s.held();
        long capacity = s.capacity() < 0 ? site.ordersPerSlot : s.capacity();
        if (load + need > capacity) {
            Instant at = Instant.ofEpochSecond(key.slotStart());
            refusals.add(new Refusal(Reason.SLOT_FULL, key.location(), "", Optional.of(at), "the preparation slot of "
                    + key.location() + " starting " + at + " is full (" + load + " of " + capacity + ")"));
        }
    }
}
