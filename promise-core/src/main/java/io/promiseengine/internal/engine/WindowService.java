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

import io.promiseengine.internal.time.WindowCalendar;
import io.promiseengine.model.Limits;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.WindowLoad;
import io.promiseengine.model.WindowZone;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A SCHEDULED service compiled (spec 2.1, 4.7): eligible origins, the windows in the network's zone less the
 * service's closed dates, and per zone (by index in the service's {@code zones}) the lead time in seconds, the
 * capacity and the orders already booked.
 *
 * <p>Layout of the booked orders: per zone, window starts with a load ascending ({@code loadStarts[z]}) and the
 * load of each ({@code loadOrders[z]}, entries for one window added up and capped at {@link Limits#MAX_QUANTITY}).
 */
final class WindowService {

    final ScheduledService service;
    final boolean[] selected;
    final boolean[] eligible;
    /** The indexes of the eligible sites, ascending. */
    final int[] origins;
    final WindowCalendar windows;
    final long[] leadSeconds;
    final int[] capacity;
    private final long[][] loadStarts;
    private final int[][] loadOrders;
    /**
     * Per site, the index of its pair of opening calendar and preparation duration among the eligible origins'
     * ({@link #pairOpen}, {@link #pairPrep}), or -1 when the site is no origin: sites that share a pair share
     * every instant of a preparation's timeline but the slot loads and the stock ({@link WindowSearch}).
     */
    final int[] pairOf;
    final io.promiseengine.internal.time.OpenCalendar[] pairOpen;
    final long[] pairPrep;
    /** The site of each id rank ({@code Snapshot.Site.idRank}). */
    final int[] siteByRank;
    /**
     * Per site: its latitude and longitude in degrees, and the cosine of its latitude in radians computed as {@link
     * io.promiseengine.model.Position#distanceKm} does ({@link NearestFirst}: a box test and a haversine without
     * reading the site's objects).
     */
    final double[] lat;
    final double[] lon;
    final double[] cosLat;

    WindowService(ScheduledService service, Snapshot snap) {
        this.service = service;
        int n = snap.sites.length;
        selected = new boolean[n];
        eligible = new boolean[n];
        for (Snapshot.Site s : snap.sites) {
            selected[s.index] = Snapshot.anyMatches(service.origins(), s.location);
            eligible[s.index] = selected[s.index] && s.location.ship();
        }
        origins = Snapshot.indexes(eligible);
        pairOf = new int[n];
        Arrays.fill(pairOf, -1);
        List<io.promiseengine.internal.time.OpenCalendar> opens = new java.util.ArrayList<>();
        List<Long> preps = new java.util.ArrayList<>();
        // calendars are compared by identity (OpenCalendar keeps Object's equals): sites with the same hours share one
        Map<io.promiseengine.internal.time.OpenCalendar, Map<Long, Integer>> pairIndex = new java.util.IdentityHashMap<>();
        for (int site : origins) {
            Snapshot.Site s = snap.sites[site];
            Map<Long, Integer> byPrep = pairIndex.computeIfAbsent(s.open, o -> new HashMap<>());
            Integer k = byPrep.get(s.prepSeconds);
            if (k == null) {
                k = opens.size();
                opens.add(s.open);
                preps.add(s.prepSeconds);
                byPrep.put(s.prepSeconds, k);
            }
            pairOf[site] = k;
        }
        pairOpen = opens.toArray(new io.promiseengine.internal.time.OpenCalendar[0]);
        pairPrep = preps.stream().mapToLong(Long::longValue).toArray();
        siteByRank = new int[n];
        lat = new double[n];
        lon = new double[n];
        cosLat = new double[n];
        for (Snapshot.Site s : snap.sites) {
            siteByRank[s.idRank] = s.index;
            lat[s.index] = s.location.position().lat();
            lon[s.index] = s.location.position().lon();
            cosLat[s.index] = Math.cos(Math.toRadians(lat[s.index]));
        }
        long[] keyed = new long[n];
        Integer[] order = new Integer[origins.length];
        for (int i = 0; i < origins.length; i++) {
            int site = origins[i];
            keyed[site] = cellKey(pairOf[site], gridRow(lat[site]), gridColumn(lon[site]));
            order[i] = site;
        }
        // by pair and cell, then ascending (once per snapshot's structure)
        Arrays.sort(order, (a, b) -> keyed[a] != keyed[b] ? Long.compare(keyed[a], keyed[b]) : Integer.compare(a, b));
        gridSites = new int[origins.length];
        int cells = 0;
        for (int i = 0; i < order.length; i++) {
            gridSites[i] = order[i];
            if (i == 0 || keyed[order[i]] != keyed[order[i - 1]]) {
                cells++;
            }
        }
        gridCells = new long[cells];
        gridFirst = new int[cells + 1];
        for (int i = 0, c = -1; i < order.length; i++) {
            if (i == 0 || keyed[order[i]] != keyed[order[i - 1]]) {
                gridCells[++c] = keyed[order[i]];
                gridFirst[c] = i;
            }
        }
        gridFirst[cells] = order.length;
        firstRingKm = Math.max(0.5, Math.min(5, 160 / Math.sqrt(Math.max(1, origins.length))));
        windows = new WindowCalendar(snap.zone, service.windows(), snap.closedDays(service.closed()));
        List<WindowZone> zones = service.zones();
        leadSeconds = new long[zones.size()];
        capacity = new int[zones.size()];
        loadStarts = new long[zones.size()][];
        loadOrders = new int[zones.size()][];
        List<Map<Long, Integer>> loads = new java.util.ArrayList<>();
        Map<String, Integer> zoneIndex = new HashMap<>();
        for (int z = 0; z < zones.size(); z++) {
            leadSeconds[z] = zones.get(z).leadTime().getSeconds();
            capacity[z] = zones.get(z).capacity();
            zoneIndex.put(zones.get(z).to(), z);
            loads.add(new HashMap<>());
        }
        for (WindowLoad l : snap.network.windowLoad()) {
            Integer z = l.service().equals(service.id()) ? zoneIndex.get(l.zone()) : null;
            if (z != null) {
                loads.get(z).merge(l.window().getEpochSecond(), l.orders(), Limits::addCapped);
            }
        }
        for (int z = 0; z < zones.size(); z++) {
            Map<Long, Integer> load = loads.get(z);
            loadStarts[z] = load.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            loadOrders[z] = new int[loadStarts[z].length];
            for (int i = 0; i < loadStarts[z].length; i++) {
                loadOrders[z][i] = load.get(loadStarts[z][i]);
            }
        }
    }

    /**
     * The eligible sites among {@code sites} (ascending) grouped by pair ({@link #pairOf}): {@code sites[first[i] ..
     * first[i + 1])} are the sites of pair {@code pairs[i]}, ascending; {@code pairs} ascending. Made once per stock
     * table (per snapshot) or once for the service's origins, so a windows search walks the holders of the pairs
     * it needs only.
     */
    static final class Pairs {
        final int[] pairs;
        final int[] first;
        final int[] sites;
        /**
         * The sites, as a set: bit {@code site % 64} of {@code member[site / 64]} when they are at least one in 32 of
         * the network's sites, else null and {@link #sorted} holds them: kept per stock table for the snapshot's
         * life, so a rare sku costs its own entries, not a bit per site of the network.
         */
        private final long[] member;
        /** The sites ascending when {@link #member} is null, else null. */
        private final int[] sorted;

        Pairs(int[] pairs, int[] first, int[] sites, int siteCount) {
            this.pairs = pairs;
            this.first = first;
            this.sites = sites;
            if ((long) sites.length * 32 >= siteCount) {
                this.member = new long[(siteCount + 63) >> 6];
                for (int site : sites) {
                    member[site >> 6] |= 1L << site;
                }
                this.sorted = null;
            } else {
                this.member = null;
                this.sorted = sites.clone();
                Arrays.sort(sorted);
            }
        }

        /** Whether the site is one of {@link #sites}. */
        boolean has(int site) {
            return member != null ? (member[site >> 6] & (1L << site)) != 0 : Arrays.binarySearch(sorted, site) >= 0;
        }
    }

    /**
     * The first radius of a windows search's rings around the destination, in km: about the distance at which a
     * destination among the origins finds a few of them (5 km for a thousand origins, 1.6 km for ten thousand;
     * between 0.5 and 5 km). It sets how many rings and origins a search reads, not the answer.
     */
    final double firstRingKm;

    /** The side of a cell of {@link #gridCells}, in degrees: finer than the snapshot's index, for a few km. */
    private static final double GRID_DEGREES = 0.02;
    /**
     * The origins by pair ({@link #pairOf}) and cell of {@link #GRID_DEGREES}: {@code gridSites[gridFirst[c] ..
     * gridFirst[c + 1])} are the origins of cell {@code gridCells[c]} (ascending keys: pair, row, column), so a
     * windows search reads the nearest origins of the pairs that can make a window only.
     */
    private final long[] gridCells;
    private final int[] gridFirst;
    private final int[] gridSites;

    private static int gridRow(double lat) {
        return (int) Math.floor((lat + 90) / GRID_DEGREES);
    }

    private static int gridColumn(double lon) {
        return (int) Math.floor((lon + 180) / GRID_DEGREES);
    }

    /** A cell of pair {@code k}: a pair, a row and a column (pairs are fewer than origins: far below 2^16). */
    private static long cellKey(int k, int row, int column) {
        return ((long) k << 30) | ((long) row << 15) | column;
    }

    /**
     * The sites of {@code among} of the pairs {@code among.pairs[js[0 .. count)]} inside {@code box} ({@link
     * SpatialIndex#box}, not null: {@code {latLo, latHi, lonLo, lonHi}}; the box test of {@link NearestFirst#reset}),
     * in no particular order. {@code among} is the eligible entries of the cart's shortest stock table (or every
     * origin), so every origin of those pairs inside the box that holds the whole cart is there; whether each holds
     * it is left to the caller, which reads only those nearer than a window's nearest maker. Two walks find the same
     * sites: the pairs' cells of the service's grid that the box touches (each origin tested for membership, then
     * against the box), or the pairs' entries in {@code among} (each tested against the box). The cells' origins are
     * counted first ({@link #cellRuns}) and the entries are walked when they are fewer: a wide ring over a dense
     * region far from the cart's holders then tests no more sites than the cart's rarest sku has entries, and a
     * ring in a dense region no more than its cells hold, whatever the number of stores.
     */
    int[] originsIn(double[] box, Pairs among, int[] js, int count) {
        long entries = 0;
        for (int q = 0; q < count; q++) {
            entries += among.first[js[q] + 1] - among.first[js[q]];
        }
        return originsIn(box, among, js, count, entries);
    }

    /**
     * {@link #originsIn}, walking the cells when they hold at most {@code cellsUpTo} origins, else the entries (the
     * answer is the same whatever {@code cellsUpTo}: {@code WindowRingsTest} asks both walks).
     */
    int[] originsIn(double[] box, Pairs among, int[] js, int count, long cellsUpTo) {
        int[] runs = cellRuns(box, among, js, count, cellsUpTo);
        int[] out = new int[16];
        int n = 0;
        if (runs == null) {
            for (int q = 0; q < count; q++) {
                for (int i = among.first[js[q]], end = among.first[js[q] + 1]; i < end; i++) {
                    int site = among.sites[i];
                    if (inBox(site, box)) {
                        if (n == out.length) {
                            out = Arrays.copyOf(out, n * 2);
                        }
                        out[n++] = site;
                    }
                }
            }
            return Arrays.copyOf(out, n);
        }
        for (int r = 1; r < runs[0]; r += 2) {
            for (int i = gridFirst[runs[r]]; i < gridFirst[runs[r + 1]]; i++) {
                int site = gridSites[i];
                if (among.has(site) && inBox(site, box)) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = site;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Whether the site is inside the box ({@link NearestFirst#reset}'s test). */
    private boolean inBox(int site, double[] box) {
        double la = lat[site];
        double lo = lon[site];
        return la >= box[0] && la <= box[1] && lo >= box[2] && lo <= box[3];
    }

    /**
     * The cells of the pairs {@code among.pairs[js[0 .. count)]} that the box touches, as runs of consecutive cells
     * {@code [runs[1], runs[2]), [runs[3], runs[4]), ...} ({@code runs[0]}: the length used), or null as soon as
     * their origins are more than {@code cap}.
     */
    private int[] cellRuns(double[] box, Pairs among, int[] js, int count, long cap) {
        int[] runs = new int[17];
        int n = 1;
        long sites = 0;
        int columnFrom = gridColumn(box[2]);
        int columnTo = gridColumn(box[3]);
        int rowFrom = gridRow(box[0]);
        int rowTo = gridRow(box[1]);
        for (int q = 0; q < count; q++) {
            int k = among.pairs[js[q]];
            // the pair's cells are contiguous and sorted by row then column: walk those of the rows of the box,
            // jumping (a search forward from the current cell) past the columns outside it, so an empty row costs nothing
            long last = cellKey(k, rowTo, columnTo);
            int c = lowerCell(cellKey(k, rowFrom, columnFrom));
            while (c < gridCells.length && gridCells[c] <= last) {
                int row = (int) (gridCells[c] >>> 15) & 0x7FFF;
                int column = (int) gridCells[c] & 0x7FFF;
                if (column < columnFrom) {
                    c = lowerCell(c, cellKey(k, row, columnFrom));
                    continue;
                }
                if (column > columnTo) {
                    c = lowerCell(c, cellKey(k, row + 1, columnFrom));
                    continue;
                }
                int to = lowerCell(c, cellKey(k, row, columnTo + 1)); // the row's cells within the box's columns
                sites += gridFirst[to] - gridFirst[c];
                if (sites > cap) {
                    return null;
                }
                if (n + 2 > runs.length) {
                    runs = Arrays.copyOf(runs, runs.length * 2);
                }
                runs[n++] = c;
                runs[n++] = to;
                c = lowerCell(to, cellKey(k, row + 1, columnFrom));
            }
        }
        runs[0] = n;
        return runs;
    }

    /**
     * The first cell at or after {@code key}, which is at or after cell {@code from}: searched from there with steps
     * doubling, then bisected (the next row of a box is usually a few cells on).
     */
    private int lowerCell(int from, long key) {
        int lo = from; // every cell before lo is below key
        int step = 1;
        while (lo + step < gridCells.length && gridCells[lo + step] < key) {
            lo += step;
            step *= 2;
        }
        int c = Arrays.binarySearch(gridCells, lo, Math.min(gridCells.length, lo + step + 1), key);
        return c < 0 ? -c - 1 : c;
    }

    /** The first cell at or after {@code key}. */
    private int lowerCell(long key) {
        int c = Arrays.binarySearch(gridCells, key);
        return c < 0 ? -c - 1 : c;
    }

    /** {@link Pairs} of the service's origins. */
    private volatile Pairs originPairs;

    /** The eligible sites of the table grouped by pair (or of the service's origins when the table is null). */
    Pairs pairsOf(StockTable table) {
        if (table == null) {
            Pairs p = originPairs;
            if (p == null) {
                p = group(origins, origins.length);
                originPairs = p;
            }
            return p;
        }
        Object[] known = table.windowPairs;
        if (known != null) {
            for (int i = 0; i < known.length; i += 2) {
                if (known[i] == this) {
                    return (Pairs) known[i + 1];
                }
            }
        }
        int[] eligibleSites = new int[table.size()];
        int n = 0;
        for (int e = 0; e < table.size(); e++) {
            int site = table.site(e);
            if (eligible[site]) {
                eligibleSites[n++] = site;
            }
        }
        Pairs p = group(eligibleSites, n);
        Object[] grown = known == null ? new Object[2] : Arrays.copyOf(known, known.length + 2);
        grown[grown.length - 2] = this;
        grown[grown.length - 1] = p;
        table.windowPairs = grown;
        return p;
    }

    /** Groups the first {@code n} of the eligible {@code sites} (ascending) by pair: a counting sort. */
    private Pairs group(int[] sites, int n) {
        int[] count = new int[pairOpen.length + 1];
        int present = 0;
        for (int i = 0; i < n; i++) {
            if (count[pairOf[sites[i]] + 1]++ == 0) {
                present++;
            }
        }
        int[] pairs = new int[present];
        int[] first = new int[present + 1];
        for (int k = 0, j = 0; k < pairOpen.length; k++) {
            if (count[k + 1] > 0) {
                pairs[j] = k;
                first[j + 1] = first[j] + count[k + 1];
                j++;
            }
        }
        int[] next = new int[pairOpen.length];
        for (int j = 0; j < present; j++) {
            next[pairs[j]] = first[j];
        }
        int[] grouped = new int[n];
        for (int i = 0; i < n; i++) {
            grouped[next[pairOf[sites[i]]]++] = sites[i];
        }
        return new Pairs(pairs, first, grouped, pairOf.length);
    }

    /** A latest start remembered ({@link #latestStart}). */
    private record Latest(int pair, long deadline, long value) {
    }

    /** Latest starts by pair and deadline, direct-mapped (a racy cache of immutable entries: a miss recomputes). */
    private final Latest[] latest = new Latest[1 << 12];
    /** How far back from the deadline a remembered latest start was looked for. */
    private static final long LATEST_SPAN = 64L * 24 * 3600;

    /**
     * {@link ReadyBy#latestStart} of pair {@code k} for a deadline, from {@code lo}: remembered per deadline as
     * computed from {@code deadline - LATEST_SPAN} (the answer from a higher bound is the same when it is at or
     * after that bound, else none), for every quote of the snapshot's structure.
     */
    long latestStart(int k, long deadline, long lo) {
        long from = deadline - LATEST_SPAN;
        if (lo < from) {
            return ReadyBy.latestStart(pairOpen[k], pairPrep[k], deadline, lo);
        }
        long h = (deadline + k * 0x9E3779B97F4A7C15L) * 0xC2B2AE3D27D4EB4FL;
        int i = (int) (h ^ (h >>> 29)) & (latest.length - 1);
        Latest e = latest[i];
        if (e == null || e.pair != k || e.deadline != deadline) {
            e = new Latest(k, deadline, ReadyBy.latestStart(pairOpen[k], pairPrep[k], deadline, from));
            latest[i] = e;
        }
        return e.value != io.promiseengine.internal.time.OpenCalendar.NONE && e.value >= lo ? e.value
                : io.promiseengine.internal.time.OpenCalendar.NONE;
    }

    /** The index of the zone whose {@code to} is {@code to}, or -1. */
    int zoneIndex(String to) {
        List<WindowZone> zones = service.zones();
        for (int z = 0; z < zones.size(); z++) {
            if (zones.get(z).to().equals(to)) {
                return z;
            }
        }
        return -1;
    }

    /** Whether {@code [start, end)} is one of the service's windows (its local date's, closed dates aside). */
    boolean isWindow(long start, long end) {
        long[] w = windows.day(windows.epochDay(start));
        for (int i = 0; i < w.length; i += 2) {
            if (w[i] == start && w[i + 1] == end) {
                return true;
            }
        }
        return false;
    }

    /** Orders already booked in the window starting at {@code windowStart} in zone {@code z} (the network's). */
    int loadAt(int z, long windowStart) {
        int i = Arrays.binarySearch(loadStarts[z], windowStart);
        return i >= 0 ? loadOrders[z][i] : 0;
    }
}
