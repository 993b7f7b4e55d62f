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
import io.promiseengine.live.spi.WindowPosition;
import io.promiseengine.model.Echo;
import io.promiseengine.model.OrderLine;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.PlannedShipment;

import java.time.Duration;
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
 * shipment in the slot of its start, one drop of a SCHEDULED plan's window in its zone). Stores only lock, read and write; they never decide.
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
     * @param windows drops per delivery window in a zone (one for a SCHEDULED plan)
     * @param firstStart per position, the shipment start it is reported at
     */
    record Needs(Map<StockPosition.Key, Long> stock, Map<StockPosition.Key, Instant> firstStart,
                 Map<SlotPosition.Key, Integer> slots, Map<WindowPosition.Key, Integer> windows,
                 List<Reservation.StockHold> stockHolds, List<Reservation.SlotHold> slotHolds,
                 List<Reservation.WindowHold> windowHolds) {

        Reservation reservation(String orderId, Optional<Instant> expiresAt) {
            return new Reservation(orderId, stockHolds, slotHolds, windowHolds, expiresAt);
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
                        + i + "]: origin " + Echo.quote(s.from()) + " has another shipment in the plan; one shipment per origin"));
            }
            Set<String> skus = new HashSet<>();
            for (int j = 0; j < s.lines().size(); j++) {
                String sku = s.lines().get(j).sku();
                if (!skus.add(sku)) {
                    refusals.add(new Refusal(Reason.INVALID_PLAN, s.from(), sku, Optional.empty(), "shipments[" + i
                            + "].lines[" + j + "]: sku " + Echo.quote(sku) + " has another line in this shipment; one line per sku"));
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
        Map<WindowPosition.Key, Integer> windows = new LinkedHashMap<>();
        List<Reservation.WindowHold> windowHolds = new ArrayList<>();
        window(structure, plan, refusals).ifPresent(k -> {
            windows.put(k, 1);
            windowHolds.add(new Reservation.WindowHold(k.service(), k.zone(), Instant.ofEpochSecond(k.windowStart())));
        });
        for (PlannedShipment s : plan.shipments()) {
            Integer index = structure.siteIndex.get(s.from());
            if (index == null) {
                refusals.add(new Refusal(Reason.UNKNOWN_LOCATION, s.from(), "", Optional.empty(),
                        "unknown location " + Echo.quote(s.from()) + " in the current network version"));
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
        return new Needs(stock, firstStart, slots, windows, stockHolds, slotHolds, windowHolds);
    }

    /**
     * The delivery window a plan holds a drop of (docs/SPEC.md 4.7), empty for a plan of another method; a
     * SCHEDULED plan is refused ({@link Reason#INVALID_PLAN}) unless it has one shipment, from an eligible origin
     * of a SCHEDULED service of the network version, and a window that is one of the service's (start and end,
     * closed dates aside) in one of its zones, which the shipment makes ({@code readyAt + leadTime <= start}).
     */
    private static Optional<WindowPosition.Key> window(Snapshot structure, Fulfilment plan, List<Refusal> refusals) {
        boolean scheduled = plan.method() == io.promiseengine.model.Method.SCHEDULED;
        if (!scheduled) {
            if (plan.window().isPresent()) {
                refusals.add(invalid("window: a " + plan.method() + " plan has no delivery window"));
            }
            return Optional.empty();
        }
        if (plan.window().isEmpty()) {
            refusals.add(invalid("window: a SCHEDULED plan names the delivery window chosen"));
            return Optional.empty();
        }
        Fulfilment.Window w = plan.window().get();
        WindowService service = structure.scheduled.stream().filter(s -> s.service.id().equals(plan.service()))
                .findFirst().orElse(null);
        if (service == null) {
            refusals.add(invalid("service: no SCHEDULED service " + Echo.quote(plan.service()) + " in the current network version"));
            return Optional.empty();
        }
        int zone = service.zoneIndex(w.zone());
        if (zone < 0) {
            refusals.add(invalid("window.zone: service " + Echo.quote(plan.service()) + " has no zone with to " + Echo.quote(w.zone())));
            return Optional.empty();
        }
        long ws = w.start().getEpochSecond();
        if (w.start().getNano() != 0 || w.end().getNano() != 0 || !service.isWindow(ws, w.end().getEpochSecond())) {
            refusals.add(invalid("window: " + w.start() + " to " + w.end() + " is not a window of " + plan.service()));
            return Optional.empty();
        }
        if (plan.shipments().size() != 1) {
            refusals.add(invalid("shipments: a SCHEDULED plan is one drop from one origin, was "
                    + plan.shipments().size() + " shipments"));
            return Optional.empty();
        }
        PlannedShipment s = plan.shipments().get(0);
        Integer site = structure.siteIndex.get(s.from());
        if (site != null && !service.eligible[site]) {
            refusals.add(invalid("shipments[0]: " + s.from() + " is not an origin of " + plan.service()));
            return Optional.empty();
        }
        long lead = service.leadSeconds[zone];
        if (s.readyAt().getEpochSecond() > ws - lead) {
            refusals.add(invalid("shipments[0]: ready at " + s.readyAt() + ", " + s.from() + " cannot make the window "
                    + w.start() + " (lead time " + Duration.ofSeconds(lead) + ")"));
            return Optional.empty();
        }
        return Optional.of(new WindowPosition.Key(service.service.id(), w.zone(), ws));
    }

    private static Refusal invalid(String detail) {
        return new Refusal(Reason.INVALID_PLAN, "", "", Optional.empty(), detail);
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
        Map<WindowPosition.Key, Integer> windows = new LinkedHashMap<>();
        for (Reservation.WindowHold h : r.windows()) {
            windows.merge(new WindowPosition.Key(h.service(), h.zone(), h.window().getEpochSecond()), 1, Integer::sum);
        }
        return new Needs(stock, Map.of(), slots, windows, r.stock(), r.slots(), r.windows());
    }

    /**
     * Checks that what the plan takes fits, adding a refusal per shortage and full slot (in the plan's order):
     * the units of each position available at the earliest start of a shipment taking them, counting every
     * hold (spec 4.1: {@code max(0, onHand - reserved - safety) - held} plus the supply arrived by then), and
     * room for the plan's preparations in each slot. {@code stock} and {@code slots} give the positions as
     * the check must see them (for a replacement, with the order's own holds given back).
     */
    static void fits(Snapshot structure, Needs needs, Function<StockPosition.Key, StockPosition> stock,
                     Function<SlotPosition.Key, SlotPosition> slots, Function<WindowPosition.Key, WindowPosition> windows,
                     List<Refusal> refusals) {
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
        for (Map.Entry<WindowPosition.Key, Integer> e : needs.windows().entrySet()) {
            windowFits(structure, e.getKey(), e.getValue(), windows.apply(e.getKey()), needs.stockHolds(), refusals);
        }
    }

    /** A window's room: its load and the drops held, below its capacity (the zone's unless one was set). */
    private static void windowFits(Snapshot structure, WindowPosition.Key key, int need, WindowPosition w,
                                   List<Reservation.StockHold> holds, List<Refusal> refusals) {
        long load = (long) w.load() + w.held();
        long capacity = w.capacity() >= 0 ? w.capacity() : zoneCapacity(structure, key);
        if (load + need > capacity) {
            Instant at = Instant.ofEpochSecond(key.windowStart());
            String from = holds.isEmpty() ? "" : holds.get(0).location();
            refusals.add(new Refusal(Reason.WINDOW_FULL, from, "", Optional.of(at), "the window of " + Echo.escape(key.service())
                    + " starting " + at + " is full in zone " + Echo.quote(key.zone()) + " (" + load + " of " + capacity + ")"));
        }
    }

    /** The zone's capacity per window in the network version, 0 when the version lacks the service or zone. */
    static int zoneCapacity(Snapshot structure, WindowPosition.Key key) {
        for (WindowService s : structure.scheduled) {
            if (s.service.id().equals(key.service())) {
                int z = s.zoneIndex(key.zone());
                return z < 0 ? 0 : s.capacity[z];
            }
        }
        return 0;
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
