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

import io.promiseengine.live.spi.LiveState;
import io.promiseengine.live.spi.SlotPosition;
import io.promiseengine.live.spi.StockPosition;
import io.promiseengine.live.spi.StockPosition.SupplyLine;
import io.promiseengine.live.spi.WindowPosition;
import io.promiseengine.model.Network;
import io.promiseengine.model.SlotLoad;
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.Supply;
import io.promiseengine.model.WindowLoad;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One immutable version of a live inventory and capacity ledger, compiled for one network version.
 *
 * <p>Layout. The ledger proper is keyed by ids, so it outlives network versions: {@code skus} maps a sku
 * to its {@link Cell}s by location id (onHand, reserved, safety, units held by the engine's
 * reservations, supply lines with their ids), and {@code slots} maps a location id to its
 * {@link SlotCell}s by slot start (load, held preparations, a capacity override). Beside each sku's cells
 * lies the table quotes read, a {@link StockTable} per sku over the sites of the network version; slot cells
 * are also indexed by site. {@code windows} maps a SCHEDULED service and zone ({@link #windowKey}) to its
 * {@link WindowCell}s by window start (drops booked, drops held, a capacity override). A change rebuilds the changed sku's table (or one location's slot map) and
 * copies one {@link CowMap} bucket; a new network version recompiles every table once.
 *
 * <p>Availability (spec 4.1) with reservations: {@code max(0, onHand - reserved - safety) - held} plus the
 * supply arrived by then. A hold counts from the start of time, whatever its shipment's start: the
 * conservative reading that makes every set of accepted reservations feasible (each was accepted when all
 * holds, its own included, fitted in the stock available at its start).
 */
final class Ledger implements InventoryView {

    /** One (location, sku) entry. */
    record Cell(int onHand, int reserved, int safety, int held, List<SupplyLine> supply) {

        static final Cell EMPTY = new Cell(0, 0, 0, 0, List.of());

        Cell {
            supply = List.copyOf(supply);
        }

        /** Available before any supply: may be negative when holds use supply still to come (long: never overflows). */
        long base() {
            return Math.max(0L, (long) onHand - reserved - safety) - held;
        }

        static Cell of(StockPosition p) {
            return new Cell(p.onHand(), p.reserved(), p.safety(), p.held(), p.supply());
        }

        StockPosition at(String location, String sku) {
            return new StockPosition(location, sku, onHand, reserved, safety, held, supply);
        }

        /** Available at {@code s}: base plus the supply arrived at or before {@code s}. */
        long availableAt(long s) {
            long a = base();
            for (SupplyLine l : supply) {
                if (l.arrives() <= s) {
                    a += l.quantity();
                }
            }
            return a;
        }

        Cell withHeld(int held) {
            return new Cell(onHand, reserved, safety, held, supply);
        }
    }

    /** One slot of one location: load reported, preparations held by reservations, capacity (-1: the location's). */
    record SlotCell(int load, int held, int capacity) {
        static final SlotCell EMPTY = new SlotCell(0, 0, -1);

        static SlotCell of(SlotPosition p) {
            return new SlotCell(p.load(), p.held(), p.capacity());
        }

        SlotPosition at(String location, long slotStart) {
            return new SlotPosition(location, slotStart, load, held, capacity);
        }
    }

    /** One delivery window of a service in a zone: drops booked, drops held by reservations, capacity (-1: the zone's). */
    record WindowCell(int load, int held, int capacity) {
        static final WindowCell EMPTY = new WindowCell(0, 0, -1);

        static WindowCell of(WindowPosition p) {
            return new WindowCell(p.load(), p.held(), p.capacity());
        }
    }

    private record SkuEntry(Map<String, Cell> cells, StockTable table) {
    }

    private final Snapshot structure;
    private final CowMap<String, SkuEntry> skus;
    private final CowMap<String, Map<Long, SlotCell>> slots;
    private final Map<Long, SlotCell>[] slotsBySite;
    private final CowMap<String, Map<Long, WindowCell>> windows;

    private Ledger(Snapshot structure, CowMap<String, SkuEntry> skus, CowMap<String, Map<Long, SlotCell>> slots,
                   Map<Long, SlotCell>[] slotsBySite, CowMap<String, Map<Long, WindowCell>> windows) {
        this.structure = structure;
        this.skus = skus;
        this.slots = slots;
        this.slotsBySite = slotsBySite;
        this.windows = windows;
    }

    /** The key of a service's zone in {@code windows}: the ids never hold a NUL. */
    private static String windowKey(String service, String zone) {
        return service + '\u0000' + zone;
    }

    /** The ledger of a network's own stock, supply ({@code supply[i]} ids) and load, for its compiled structure. */
    static Ledger of(Snapshot structure) {
        Network network = structure.network;
        Map<String, Map<String, Cell>> cells = new HashMap<>();
        for (StockLevel s : network.stock()) {
            cells.computeIfAbsent(s.sku(), k -> new HashMap<>())
                    .put(s.location(), new Cell(s.onHand(), s.reserved(), s.safety(), 0, List.of()));
        }
        List<Supply> supply = network.supply();
        for (int i = 0; i < supply.size(); i++) {
            Supply s = supply.get(i);
            Map<String, Cell> bySite = cells.computeIfAbsent(s.sku(), k -> new HashMap<>());
            Cell c = bySite.getOrDefault(s.location(), Cell.EMPTY);
            List<SupplyLine> lines = new ArrayList<>(c.supply());
            lines.add(new SupplyLine("supply[" + i + "]", s.quantity(), s.arrives().getEpochSecond()));
            bySite.put(s.location(), new Cell(c.onHand(), c.reserved(), c.safety(), c.held(), lines));
        }
        CowMap<String, SkuEntry> skus = CowMap.empty();
        for (Map.Entry<String, Map<String, Cell>> e : cells.entrySet()) {
            skus = skus.with(e.getKey(), entry(structure, Map.copyOf(e.getValue())));
        }
        Map<String, Map<Long, SlotCell>> load = new HashMap<>();
        for (SlotLoad l : network.load()) {
            Map<Long, SlotCell> m = load.computeIfAbsent(l.location(), k -> new HashMap<>());
            SlotCell c = m.getOrDefault(l.slot().getEpochSecond(), SlotCell.EMPTY);
            m.put(l.slot().getEpochSecond(), new SlotCell(io.promiseengine.model.Limits.addCapped(c.load(), l.orders()), 0, -1));
        }
        CowMap<String, Map<Long, SlotCell>> slots = CowMap.empty();
        for (Map.Entry<String, Map<Long, SlotCell>> e : load.entrySet()) {
            slots = slots.with(e.getKey(), Map.copyOf(e.getValue()));
        }
        Map<String, Map<Long, WindowCell>> booked = new HashMap<>();
        for (WindowLoad l : network.windowLoad()) {
            Map<Long, WindowCell> m = booked.computeIfAbsent(windowKey(l.service(), l.zone()), k -> new HashMap<>());
            WindowCell c = m.getOrDefault(l.window().getEpochSecond(), WindowCell.EMPTY);
            m.put(l.window().getEpochSecond(), new WindowCell(io.promiseengine.model.Limits.addCapped(c.load(), l.orders()), 0, -1));
        }
        return new Ledger(structure, skus, slots, slotsBySite(structure, slots), windowMaps(booked));
    }

    private static CowMap<String, Map<Long, WindowCell>> windowMaps(Map<String, Map<Long, WindowCell>> byZone) {
        CowMap<String, Map<Long, WindowCell>> out = CowMap.empty();
        for (Map.Entry<String, Map<Long, WindowCell>> e : byZone.entrySet()) {
            out = out.with(e.getKey(), Map.copyOf(e.getValue()));
        }
        return out;
    }

    /** The ledger of a store's state, for the compiled structure of its network version. */
    static Ledger of(Snapshot structure, LiveState state) {
        Map<String, Map<String, Cell>> cells = new HashMap<>();
        for (StockPosition p : state.stock()) {
            if (!p.isEmpty()) {
                cells.computeIfAbsent(p.sku(), k -> new HashMap<>()).put(p.location(), Cell.of(p));
            }
        }
        CowMap<String, SkuEntry> skus = CowMap.empty();
        for (Map.Entry<String, Map<String, Cell>> e : cells.entrySet()) {
            skus = skus.with(e.getKey(), entry(structure, Map.copyOf(e.getValue())));
        }
        Map<String, Map<Long, SlotCell>> bySite = new HashMap<>();
        for (SlotPosition p : state.slots()) {
            if (p.isEmpty()) {
                continue;
            }
            bySite.computeIfAbsent(p.location(), k -> new HashMap<>()).put(p.slotStart(), SlotCell.of(p));
        }
        CowMap<String, Map<Long, SlotCell>> slots = CowMap.empty();
        for (Map.Entry<String, Map<Long, SlotCell>> e : bySite.entrySet()) {
            slots = slots.with(e.getKey(), Map.copyOf(e.getValue()));
        }
        Map<String, Map<Long, WindowCell>> byZone = new HashMap<>();
        for (WindowPosition w : state.windows()) {
            if (!w.isEmpty()) {
                byZone.computeIfAbsent(windowKey(w.service(), w.zone()), k -> new HashMap<>()).put(w.windowStart(), WindowCell.of(w));
            }
        }
        return new Ledger(structure, skus, slots, slotsBySite(structure, slots), windowMaps(byZone));
    }

    /** {@link #with(List, List, List)} without windows. */
    Ledger with(List<StockPosition> stock, List<SlotPosition> slotImages) {
        return with(stock, slotImages, List.of());
    }

    /**
     * The ledger with whole new images of positions and slots: one table rebuilt per sku changed, one slot map
     * per location changed, whatever the number of images.
     */
    Ledger with(List<StockPosition> stock, List<SlotPosition> slotImages, List<WindowPosition> windowImages) {
        Ledger l = this;
        if (!stock.isEmpty()) {
            Map<String, Map<String, Cell>> bySku = new HashMap<>();
            for (StockPosition p : stock) {
                bySku.computeIfAbsent(p.sku(), sku -> {
                    SkuEntry e = skus.get(sku);
                    return e == null ? new HashMap<>() : new HashMap<>(e.cells());
                });
                Map<String, Cell> cells = bySku.get(p.sku());
                if (p.isEmpty()) {
                    cells.remove(p.location());
                } else {
                    cells.put(p.location(), Cell.of(p));
                }
            }
            CowMap<String, SkuEntry> s = skus;
            for (Map.Entry<String, Map<String, Cell>> e : bySku.entrySet()) {
                s = s.with(e.getKey(), e.getValue().isEmpty() ? null : entry(structure, Map.copyOf(e.getValue())));
            }
            l = new Ledger(structure, s, slots, slotsBySite, windows);
        }
        for (SlotPosition p : slotImages) {
            l = l.withSlot(p.location(), p.slotStart(), SlotCell.of(p));
        }
        if (!windowImages.isEmpty()) {
            Map<String, Map<Long, WindowCell>> byZone = new HashMap<>();
            for (WindowPosition w : windowImages) {
                Map<Long, WindowCell> m = byZone.computeIfAbsent(windowKey(w.service(), w.zone()), k -> {
                    Map<Long, WindowCell> before = windows.get(k);
                    return before == null ? new HashMap<>() : new HashMap<>(before);
                });
                if (w.isEmpty()) {
                    m.remove(w.windowStart());
                } else {
                    m.put(w.windowStart(), WindowCell.of(w));
                }
            }
            CowMap<String, Map<Long, WindowCell>> ws = l.windows;
            for (Map.Entry<String, Map<Long, WindowCell>> e : byZone.entrySet()) {
                ws = ws.with(e.getKey(), e.getValue().isEmpty() ? null : Map.copyOf(e.getValue()));
            }
            l = new Ledger(structure, l.skus, l.slots, l.slotsBySite, ws);
        }
        return l;
    }

    /** Every delivery window kept. */
    void forEachWindow(java.util.function.Consumer<WindowPosition> action) {
        windows.forEach((k, m) -> {
            int nul = k.indexOf('\u0000');
            m.forEach((start, c) -> action.accept(new WindowPosition(k.substring(0, nul), k.substring(nul + 1), start,
                    c.load(), c.held(), c.capacity())));
        });
    }

    /** A delivery window as kept (empty when nothing is). */
    WindowPosition window(WindowPosition.Key key) {
        Map<Long, WindowCell> m = windows.get(windowKey(key.service(), key.zone()));
        WindowCell c = m == null ? null : m.get(key.windowStart());
        return c == null ? WindowPosition.empty(key)
                : new WindowPosition(key.service(), key.zone(), key.windowStart(), c.load(), c.held(), c.capacity());
    }

    @Override
    public int windowLoadAt(WindowService service, int zone, long windowStart) {
        WindowCell c = windowCell(service, zone, windowStart);
        return c == null ? 0 : (int) Math.min(Integer.MAX_VALUE, (long) c.load() + c.held());
    }

    @Override
    public int windowCapacityAt(WindowService service, int zone, long windowStart) {
        WindowCell c = windowCell(service, zone, windowStart);
        return c == null || c.capacity() < 0 ? service.capacity[zone] : c.capacity();
    }

    private WindowCell windowCell(WindowService service, int zone, long windowStart) {
        Map<Long, WindowCell> m = windows.get(windowKey(service.service.id(), service.service.zones().get(zone).to()));
        return m == null ? null : m.get(windowStart);
    }

    /** Every position kept, sku by sku. */
    void forEachPosition(java.util.function.Consumer<StockPosition> action) {
        skus.forEach((sku, e) -> e.cells().forEach((location, c) -> action.accept(c.at(location, sku))));
    }

    /** Every slot kept. */
    void forEachSlot(java.util.function.Consumer<SlotPosition> action) {
        slots.forEach((location, m) -> m.forEach((start, c) -> action.accept(c.at(location, start))));
    }

    private static SkuEntry entry(Snapshot structure, Map<String, Cell> cells) {
        StockTable.Builder table = new StockTable.Builder();
        cells.forEach((location, c) -> {
            Integer site = structure.siteIndex.get(location);
            if (site == null) {
                return; // kept in the ledger for a later network version that has the location again
            }
            table.stock(site, (int) Math.max(Integer.MIN_VALUE, c.base()));
            for (SupplyLine l : c.supply()) {
                table.supply(site, l.arrives(), l.quantity());
            }
        });
        return new SkuEntry(cells, table.build());
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, SlotCell>[] slotsBySite(Snapshot structure, CowMap<String, Map<Long, SlotCell>> slots) {
        Map<Long, SlotCell>[] bySite = new Map[structure.sites.length];
        for (Snapshot.Site site : structure.sites) {
            bySite[site.index] = slots.get(site.id);
        }
        return bySite;
    }

    Snapshot structure() {
        return structure;
    }

    /** The same ledger compiled for another network version (sites matched by id). */
    Ledger on(Snapshot newStructure) {
        CowMap<String, SkuEntry>[] out = new CowMap[] {CowMap.<String, SkuEntry>empty()};
        skus.forEach((sku, e) -> out[0] = out[0].with(sku, entry(newStructure, e.cells())));
        return new Ledger(newStructure, out[0], slots, slotsBySite(newStructure, slots), windows);
    }

    Cell cell(String location, String sku) {
        SkuEntry e = skus.get(sku);
        Cell c = e == null ? null : e.cells().get(location);
        return c == null ? Cell.EMPTY : c;
    }

    Ledger withCell(String location, String sku, Cell cell) {
        SkuEntry e = skus.get(sku);
        Map<String, Cell> cells = e == null ? new HashMap<>() : new HashMap<>(e.cells());
        cells.put(location, cell);
        return new Ledger(structure, skus.with(sku, entry(structure, Map.copyOf(cells))), slots, slotsBySite, windows);
    }

    SlotCell slot(String location, long slotStart) {
        Map<Long, SlotCell> m = slots.get(location);
        SlotCell c = m == null ? null : m.get(slotStart);
        return c == null ? SlotCell.EMPTY : c;
    }

    Ledger withSlot(String location, long slotStart, SlotCell cell) {
        Map<Long, SlotCell> m = slots.get(location);
        Map<Long, SlotCell> copy = m == null ? new HashMap<>() : new HashMap<>(m);
        if (cell.equals(SlotCell.EMPTY)) {
            copy.remove(slotStart);
        } else {
            copy.put(slotStart, cell);
        }
        CowMap<String, Map<Long, SlotCell>> s = slots.with(location, copy.isEmpty() ? null : Map.copyOf(copy));
        Map<Long, SlotCell>[] bySite = slotsBySite.clone();
        Integer site = structure.siteIndex.get(location);
        if (site != null) {
            bySite[site] = s.get(location);
        }
        return new Ledger(structure, skus, s, bySite, windows);
    }

    @Override
    public StockTable table(String sku) {
        SkuEntry e = skus.get(sku);
        return e == null ? null : e.table();
    }

    @Override
    public int loadAt(Snapshot.Site site, long slotStart) {
        Map<Long, SlotCell> m = slotsBySite[site.index];
        SlotCell c = m == null ? null : m.get(slotStart);
        return c == null ? 0 : (int) Math.min(Integer.MAX_VALUE, (long) c.load() + c.held());
    }

    @Override
    public int capacityAt(Snapshot.Site site, long slotStart) {
        Map<Long, SlotCell> m = slotsBySite[site.index];
        SlotCell c = m == null ? null : m.get(slotStart);
        return c == null || c.capacity() < 0 ? site.ordersPerSlot : c.capacity();
    }
}
