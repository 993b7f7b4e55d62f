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

import io.promiseengine.internal.time.ClosedDays;
import io.promiseengine.internal.time.LocalDates;
import io.promiseengine.internal.time.OpenCalendar;
import io.promiseengine.internal.time.TimePoints;
import io.promiseengine.internal.time.ZoneOffsets;
import io.promiseengine.model.CourierService;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Location;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Selector;
import io.promiseengine.model.Service;
import io.promiseengine.model.SlotLoad;
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.Supply;
import io.promiseengine.model.Transfer;
import io.promiseengine.quote.Destination;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A network compiled for quoting: locations by dense index, their open calendars, stock per sku as
 * availability tables, services with their collection schedules per origin, and transfer routes per
 * receiving store. Immutable once built; calendars cache dates lazily and are thread-safe.
 */
final class Snapshot {

    final Network network;
    final ZoneId zone;
    final ZoneOffsets offsets;
    final Site[] sites;
    final Map<String, Integer> siteIndex;
    /** sku to a table indexed by site: null where the site has neither stock nor supply of the sku. */
    final Map<String, StockTable> stock;
    final List<HomeDelivery> homeDeliveries;
    final List<Courier> couriers;
    /** The SCHEDULED services, in the network's order (spec 4.7). */
    final List<WindowService> scheduled;
    /** Routes by receiving site index, in the order of the transfers, then of sending sites. */
    final List<List<Route>> routesTo;
    /** Stock and slot load as quotes read them: the network's own, or a live ledger's version. */
    final InventoryView inventory;
    /** The sites by position: collect stores within 50 km, courier origins within reach of the destination. */
    final SpatialIndex places;
    /**
     * The collect stores alone, in cells of {@link #COLLECT_CELL_DEGREES}: the default collect stores are the nearest
     * few, usually within a few kilometres, which {@code DefaultPromiseCalculator.collectStores} reads ring by ring.
     */
    final SpatialIndex collectPlaces;
    static final double COLLECT_CELL_DEGREES = 0.02;

    /**
     * Where a request's destination is (spec 3): its position when given, else its postal code's in the network's
     * {@code postalCodes}; null when it has neither. The one resolution of quotes, listings and the planner.
     */
    Position positionOf(Destination destination) {
        Optional<Position> given = destination.position();
        return given.isPresent() ? given.get() : network.postalCodes().get(destination.postalCode());
    }

    /**
     * The same compiled network with another inventory: shares sites, calendars, services and routes, so a
     * new inventory version costs one object.
     */
    Snapshot(Snapshot structure, InventoryView inventory) {
        this.network = structure.network;
        this.zone = structure.zone;
        this.offsets = structure.offsets;
        this.sites = structure.sites;
        this.siteIndex = structure.siteIndex;
        this.stock = structure.stock;
        this.homeDeliveries = structure.homeDeliveries;
        this.couriers = structure.couriers;
        this.scheduled = structure.scheduled;
        this.routesTo = structure.routesTo;
        this.places = structure.places;
        this.collectPlaces = structure.collectPlaces;
        this.inventory = inventory;
    }

    Snapshot(Network network) {
        this.network = network;
        this.zone = network.zone();
        this.offsets = ZoneOffsets.of(zone);
        this.siteIndex = new HashMap<>();
        this.stock = new HashMap<>();
        this.homeDeliveries = new ArrayList<>();
        this.couriers = new ArrayList<>();
        this.scheduled = new ArrayList<>();
        this.routesTo = new ArrayList<>();
        this.inventory = new InventoryView() {
            @Override
            public StockTable table(String sku) {
                return stock.get(sku);
            }

            @Override
            public int loadAt(Site site, long slotStart) {
                return site.loadAt(slotStart);
            }

            @Override
            public int capacityAt(Site site, long slotStart) {
                return site.ordersPerSlot;
            }
        };
        List<Location> locations = network.locations();
        sites = new Site[locations.size()];
        // stores with the same zone, hours and closed dates share one calendar and its cached dates
        Map<List<Object>, OpenCalendar> calendars = new HashMap<>();
        for (int i = 0; i < sites.length; i++) {
            sites[i] = new Site(i, locations.get(i), network, calendars);
            siteIndex.put(sites[i].id, i);
            routesTo.add(new ArrayList<>());
        }
        io.promiseengine.model.Position[] positions = new io.promiseengine.model.Position[sites.length];
        for (int i = 0; i < sites.length; i++) {
            positions[i] = sites[i].location.position();
        }
        places = new SpatialIndex(positions);
        boolean[] collect = new boolean[sites.length];
        for (int i = 0; i < sites.length; i++) {
            collect[i] = sites[i].location.collect();
        }
        collectPlaces = new SpatialIndex(positions, COLLECT_CELL_DEGREES, collect);
        Site[] byId = sites.clone();
        java.util.Arrays.sort(byId, (a, b) -> a.id.compareTo(b.id));
        for (int i = 0; i < byId.length; i++) {
            byId[i].idRank = i;
        }
        List<Map<Long, Integer>> loads = new ArrayList<>();
        for (int i = 0; i < sites.length; i++) {
            loads.add(new HashMap<>());
        }
        for (SlotLoad l : network.load()) {
            Site s = sites[siteIndex.get(l.location())];
            if (s.slotSeconds > 0) {
                loads.get(s.index).merge(l.slot().getEpochSecond(), l.orders(), io.promiseengine.model.Limits::addCapped);
            }
        }
        for (Site s : sites) {
            s.sealLoad(loads.get(s.index));
        }
        Map<String, StockTable.Builder> tables = new HashMap<>();
        for (StockLevel level : network.stock()) {
            tables.computeIfAbsent(level.sku(), k -> new StockTable.Builder())
                    .stock(siteIndex.get(level.location()), level.available());
        }
        for (Supply s : network.supply()) {
            tables.computeIfAbsent(s.sku(), k -> new StockTable.Builder())
                    .supply(siteIndex.get(s.location()), s.arrives().getEpochSecond(), s.quantity());
        }
        tables.forEach((sku, t) -> stock.put(sku, t.build()));
        for (Service service : network.services()) {
            if (service instanceof HomeDeliveryService hd) {
                homeDeliveries.add(new HomeDelivery(hd, this, homeDeliveries.size()));
            } else if (service instanceof CourierService c) {
                couriers.add(new Courier(c, this));
            } else if (service instanceof io.promiseengine.model.ScheduledService w) {
                scheduled.add(new WindowService(w, this));
            }
        }
        List<Transfer> transfers = network.transfers();
        for (int ti = 0; ti < transfers.size(); ti++) {
            Transfer t = transfers.get(ti);
            for (Site from : sites) {
                if (!t.from().matches(from.location)) {
                    continue;
                }
                TimePoints departures = null;
                for (Site to : sites) {
                    if (to == from || !anyMatches(t.to(), to.location)) {
                        continue;
                    }
                    if (departures == null) {
                        int[][] minutes = new int[7][];
                        for (DayOfWeek d : DayOfWeek.values()) {
                            minutes[d.getValue() - 1] = minutes(t.departures().on(d));
                        }
                        departures = new TimePoints(from.zone, minutes, from.closedDays);
                    }
                    routesTo.get(to.index).add(new Route(from.index, to.index, ti, departures,
                            t.duration().getSeconds(), t.receiving().getSeconds()));
                }
            }
        }
    }

    /** The indexes at which a flag is set, ascending. */
    static int[] indexes(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        int[] out = new int[n];
        n = 0;
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                out[n++] = i;
            }
        }
        return out;
    }

    static boolean anyMatches(List<Selector> selectors, Location l) {
        for (Selector s : selectors) {
            if (s.matches(l)) {
                return true;
            }
        }
        return false;
    }

    static int[] minutes(List<LocalTime> times) {
        int[] m = new int[times.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = times.get(i).getHour() * 60 + times.get(i).getMinute();
        }
        return m;
    }

    Set<Long> closedDays(List<String> closed) {
        return LocalDates.epochDays(network.closedDates(closed));
    }

    /** A location compiled. */
    static final class Site {
        final int index;
        final Location location;
        final String id;
        final ZoneId zone;
        final ZoneOffsets offsets;
        final Set<Long> closedDays;
        final OpenCalendar open;
        final long prepSeconds;
        final long slotSeconds;
        final int ordersPerSlot;
        /** Slot starts with a load, ascending, and the load of each. */
        private long[] loadSlots = new long[0];
        private int[] loadOrders = new int[0];
        /** The first and last of {@link #loadSlots} (MAX and MIN for none). */
        private long firstLoad = Long.MAX_VALUE;
        private long lastLoad = Long.MIN_VALUE;
        /** The prefixes of the postal code, longest first: what lanes' {@code from} is looked up by. */
        final String[] postalPrefixes;
        /** The rank of the id among the network's ids in {@link String#compareTo} order: ids compared as ints. */
        int idRank;

        Site(int index, Location location, Network network, Map<List<Object>, OpenCalendar> calendars) {
            this.index = index;
            this.location = location;
            this.id = location.id();
            this.zone = location.zoneOr(network.zone());
            this.offsets = ZoneOffsets.of(zone);
            this.closedDays = LocalDates.epochDays(network.closedDates(location.closed()));
            this.open = calendars.computeIfAbsent(List.of(zone, location.hours(), closedDays),
                    k -> new OpenCalendar(zone, location.hours(), closedDays));
            this.prepSeconds = location.preparation().duration().getSeconds();
            this.slotSeconds = location.preparation().slot().getSeconds();
            this.ordersPerSlot = location.preparation().ordersPerSlot();
            this.postalPrefixes = LaneIndex.prefixes(location.postalCode());
        }

        int loadAt(long slotStart) {
            if (slotStart < firstLoad || slotStart > lastLoad) {
                return 0; // read in the site itself: its slot array is often out of the cache
            }
            int i = java.util.Arrays.binarySearch(loadSlots, slotStart);
            return i >= 0 ? loadOrders[i] : 0;
        }

        private void sealLoad(Map<Long, Integer> load) {
            loadSlots = load.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            loadOrders = new int[loadSlots.length];
            firstLoad = loadSlots.length == 0 ? Long.MAX_VALUE : loadSlots[0];
            lastLoad = loadSlots.length == 0 ? Long.MIN_VALUE : loadSlots[loadSlots.length - 1];
            for (int i = 0; i < loadSlots.length; i++) {
                loadOrders[i] = load.get(loadSlots[i]);
            }
        }
    }

    /** A home-delivery service compiled: eligible origins with their collection schedules. */
    static final class HomeDelivery {
        /** The position of the service among the snapshot's home-delivery services. */
        final int index;
        final HomeDeliveryService service;
        final boolean[] eligible;
        /** The indexes of the eligible sites, ascending. */
        final int[] origins;
        final boolean[] selected;
        final TimePoints[] collections;
        final int deliveryMask;
        final ClosedDays closedDays;
        final int deliverByMinute;
        final LaneIndex lanes;

        HomeDelivery(HomeDeliveryService service, Snapshot snap, int index) {
            this.index = index;
            this.service = service;
            this.lanes = new LaneIndex(service.lanes());
            int n = snap.sites.length;
            eligible = new boolean[n];
            selected = new boolean[n];
            collections = new TimePoints[n];
            Set<Long> serviceClosed = snap.closedDays(service.closed());
            closedDays = new ClosedDays(serviceClosed);
            deliveryMask = service.deliveryDays().mask();
            deliverByMinute = service.deliverBy().getHour() * 60 + service.deliverBy().getMinute();
            int[][] minutes = new int[7][];
            for (DayOfWeek d : DayOfWeek.values()) {
                List<Integer> all = new ArrayList<>();
                for (io.promiseengine.model.Collection c : service.collections()) {
                    if (c.days().contains(d)) {
                        for (LocalTime t : c.at()) {
                            all.add(t.getHour() * 60 + t.getMinute());
                        }
                    }
                }
                minutes[d.getValue() - 1] = all.stream().mapToInt(Integer::intValue).toArray();
            }
            // origins in the same zone with the same closed dates share one schedule and its cached dates
            Map<List<Object>, TimePoints> shared = new HashMap<>();
            for (Site s : snap.sites) {
                selected[s.index] = anyMatches(service.origins(), s.location);
                eligible[s.index] = selected[s.index] && s.location.ship();
                if (eligible[s.index]) {
                    Set<Long> closed = new HashSet<>(s.closedDays);
                    closed.addAll(serviceClosed);
                    collections[s.index] = shared.computeIfAbsent(List.of(s.zone, closed),
                            k -> new TimePoints(s.zone, minutes, closed));
                }
            }
            origins = indexes(eligible);
            // classes of origins whose own-key bound is the same for any destination and order instant
            Set<String> laneFroms = new HashSet<>();
            for (Lane lane : service.lanes()) {
                laneFroms.add(lane.from());
            }
            classOf = new int[n];
            classCount = numberClasses(origins, classOf, site -> {
                Site s = snap.sites[site];
                // the lane chosen from a site depends on its postal code only through the prefixes some lane starts from
                List<String> laneGroup = new ArrayList<>();
                for (String prefix : s.postalPrefixes) {
                    if (laneFroms.contains(prefix)) {
                        laneGroup.add(prefix);
                    }
                }
                return List.of(s.open, s.prepSeconds, collections[site], s.zone, laneGroup);
            });
            int[] classByPosition = new int[origins.length];
            for (int i = 0; i < origins.length; i++) {
                classByPosition[i] = classOf[origins[i]];
            }
            classStart = new int[classCount + 1];
            classSites = groupByClass(origins, classByPosition, classCount, classStart);
        }

        /**
         * Per site, the class of the eligible origins sharing its open calendar, preparation time, collection
         * schedule, zone and lane group (the prefixes of its postal code some lane starts from: the lane chosen for
         * any destination depends on nothing else, {@link LaneIndex#choose}); -1 for a site not eligible. The
         * origins of a class have the same own-key bound ({@link Solver#ownKeyBound}) when their lines are available
         * at the order instant.
         */
        final int[] classOf;
        /** How many classes {@link #classOf} has. */
        final int classCount;
        /**
         * The origins grouped by class: class {@code c}'s are {@code classSites[classStart[c] .. classStart[c + 1])},
         * ascending ({@link ClassOrder} walks them in the order of their class's bound).
         */
        final int[] classSites;
        final int[] classStart;

        /** The lane choices by destination postal code, shared by the quotes of this snapshot (bounded). */
        private final java.util.concurrent.ConcurrentHashMap<String, LaneChoice> byDestination =
                new java.util.concurrent.ConcurrentHashMap<>();

        /** The lanes of this service towards a destination postal code, each site's chosen once and kept. */
        LaneChoice lanesTo(String postalCode, int siteCount) {
            LaneChoice choice = byDestination.get(postalCode);
            if (choice == null) {
                // at most about a million cached lane references per service: then start again
                if ((long) byDestination.size() * siteCount > 1_000_000L) {
                    byDestination.clear();
                }
                choice = new LaneChoice(lanes.forDestination(postalCode), new Lane[siteCount]);
                LaneChoice raced = byDestination.putIfAbsent(postalCode, choice);
                choice = raced == null ? choice : raced;
            }
            return choice;
        }

        boolean isDeliveryDay(long epochDay) {
            int dow = (int) Math.floorMod(epochDay + 3, 7L); // 1970-01-01 was a Thursday: index 3 with Monday 0
            return (deliveryMask & (1 << dow)) != 0 && !closedDays.contains(epochDay);
        }
    }

    /**
     * Numbers the origins by their key, in the order first met: {@code classOf[site]} is the number of the site's
     * class, -1 for a site not among the origins. Answers how many classes there are.
     */
    private static int numberClasses(int[] origins, int[] classOf, java.util.function.IntFunction<List<Object>> keyOf) {
        java.util.Arrays.fill(classOf, -1);
        Map<List<Object>, Integer> classes = new HashMap<>();
        for (int site : origins) {
            List<Object> key = keyOf.apply(site);
            Integer c = classes.get(key);
            if (c == null) {
                c = classes.size();
                classes.put(key, c);
            }
            classOf[site] = c;
        }
        return classes.size();
    }

    /**
     * The sites grouped ({@code group[i]} the group of {@code sites[i]}, of {@code count} groups, in the order of the
     * sites within a group): group {@code g}'s are {@code [start[g], start[g + 1])} of the answer, {@code start} (of
     * {@code count + 1} entries) filled in.
     */
    static int[] groupByClass(int[] sites, int[] group, int count, int[] start) {
        return groupByClass(sites, sites.length, group, count, start, new int[sites.length], new int[count]);
    }

    /**
     * As above, for the first {@code n} sites, in space the caller gives: {@code grouped} (at least {@code n} entries,
     * answered) and {@code next} (at least {@code count}, overwritten).
     */
    static int[] groupByClass(int[] sites, int n, int[] group, int count, int[] start, int[] grouped, int[] next) {
        java.util.Arrays.fill(start, 0, count + 1, 0);
        for (int i = 0; i < n; i++) {
            start[group[i] + 1]++;
        }
        for (int c = 0; c < count; c++) {
            start[c + 1] += start[c];
        }
        System.arraycopy(start, 0, next, 0, count);
        for (int i = 0; i < n; i++) {
            grouped[next[group[i]]++] = sites[i];
        }
        return grouped;
    }

    /** A courier service compiled: eligible origins and the dispatch calendar in the network's zone. */
    static final class Courier {
        final CourierService service;
        final boolean[] eligible;
        /** The indexes of the eligible sites, ascending. */
        final int[] origins;
        final boolean[] selected;
        final OpenCalendar dispatch;

        Courier(CourierService service, Snapshot snap) {
            this.service = service;
            int n = snap.sites.length;
            eligible = new boolean[n];
            selected = new boolean[n];
            for (Site s : snap.sites) {
                selected[s.index] = anyMatches(service.origins(), s.location);
                eligible[s.index] = selected[s.index] && s.location.ship();
            }
            origins = indexes(eligible);
            classOf = new int[n];
            classCount = numberClasses(origins, classOf, site -> List.of(snap.sites[site].open, snap.sites[site].prepSeconds));
            dispatch = new OpenCalendar(snap.zone, service.hours(), snap.closedDays(service.closed()));
            double reach = 0;
            for (io.promiseengine.model.Band b : service.bands()) {
                reach = Math.max(reach, b.maxKm());
            }
            this.reachKm = reach;
        }

        /**
         * Per site, the class of the eligible origins sharing its open calendar and preparation time; -1 for a site
         * not eligible. The origins of a class at the same band from the destination have the same own-key bound
         * ({@link Solver#ownKeyBound}) when their lines are available at the order instant.
         */
        final int[] classOf;
        /** How many classes {@link #classOf} has. */
        final int classCount;

        /** The largest {@code maxKm} of the bands: no origin farther from the destination has a band (spec 4.5). */
        final double reachKm;

        /** The eligible origins that may be within reach of a destination (a superset, ascending). */
        int[] originsNear(Snapshot snap, io.promiseengine.model.Position destination) {
            return eligibleOf(snap.places.near(destination, reachKm));
        }

        /** The sites of {@link #originsNear}, in no particular order (the spatial index's cells' runs, not sorted). */
        int[] originsNearAnyOrder(Snapshot snap, io.promiseengine.model.Position destination) {
            return eligibleOf(snap.places.nearAnyOrder(destination, reachKm));
        }

        /** The eligible sites of {@code near}, in its order (written over). */
        private int[] eligibleOf(int[] near) {
            int n = 0;
            for (int site : near) {
                if (eligible[site]) {
                    near[n++] = site;
                }
            }
            return java.util.Arrays.copyOf(near, n);
        }
    }

    /**
     * The lane groups of a service matching one destination, and the lane chosen per site once looked up (spec
     * 4.3). Shared across threads: a slot is written with the same immutable lane by whichever thread looks it
     * up first, so a racing reader sees null (and looks it up itself) or that lane.
     */
    record LaneChoice(Map<String, Lane>[] groups, Lane[] bySite) {

        /** "No lane from this site": compared by identity, its postal codes are never looked at. */
        private static final Lane NO_LANE = new Lane("", "", io.promiseengine.model.MassFunction.of(0, 1.0));

        /** The lane from a site (its postal-code prefixes, longest first), or null for none. */
        Lane lane(int site, String[] originPrefixes) {
            Lane l = bySite[site];
            if (l == null) {
                l = LaneIndex.choose(groups, originPrefixes);
                bySite[site] = l == null ? NO_LANE : l;
            }
            return l == NO_LANE ? null : l;
        }
    }

    /** A transfer route from one site to a receiving store. */
    record Route(int from, int to, int transfer, TimePoints departures, long durationSeconds, long receivingSeconds) {
    }
}
