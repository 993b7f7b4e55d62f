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
        java.util.Arrays.fill(pairOf, -1);
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
        int i = java.util.Arrays.binarySearch(loadStarts[z], windowStart);
        return i >= 0 ? loadOrders[z][i] : 0;
    }
}
