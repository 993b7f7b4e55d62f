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

import io.promiseengine.internal.time.LocalDates;
import io.promiseengine.internal.time.OpenCalendar;
import io.promiseengine.internal.time.Slots;
import io.promiseengine.model.Band;
import io.promiseengine.model.Lane;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Position;
import io.promiseengine.quote.Line;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The work of one quote request: the cart's availability at every site (independent of the order
 * instant), preparation results cached by site and earliest start, lanes and bands by site. Used by one
 * thread at a time; order-by probes at later instants share it.
 */
final class QuoteContext {

    static final long HORIZON_SECONDS = 60L * 24 * 3600;

    /** Preparation failed: closed the whole time looked at. */
    static final int CLOSED = 1;
    /** Preparation failed: open, but every slot full. */
    static final int NO_CAPACITY = 2;
    /** Preparation failed: not ready by the limit. */
    static final int BEYOND = 3;
    /** Preparation failed: the rule set's filters refuse the lines at every instant left ({@link RuleGate#prepare}). */
    static final int RULE = 4;

    final Snapshot snap;
    final List<Line> lines;
    final int lineCount;
    final int fullMask;
    final double confidence;
    final int maxShipments;
    final Position destination;
    final String destinationPostalCode;
    /** Per site, per line ({@code site * lineCount + line}): when the line's quantity is available there (MIN now, MAX never). */
    final long[] available;
    /** Per site: the lines it can ever hold in full. */
    final int[] holds;
    final boolean anyUnknownSku;
    final String unknownSku;
    /** The limit of every search: the latest horizon an order-by probe can have. */
    final long limit;
    private final LongMap<long[]>[] prepared;
    /** The rule set's filters for this request, or null when there are none. */
    RuleGate rules;

    /** Lanes by home-delivery service, by site: they depend on the destination's postal code only. */
    private final Snapshot.LaneChoice[] lanes;
    /** Distance from each site to the destination, NaN until computed. */
    private final double[] distances;
    /**
     * Plans of one-line carts at the order instant, by target, site and the instant the line is available
     * there (all such a plan depends on, rules aside), shared by the one-line carts of a listing page: by target
     * a {@link LongMap} by site of the plans of a line available now, else by {@code (target, site, instant)}. Also
     * the solvers' bounds per class of origins, by target ({@code Solver.classBound}).
     */
    final Map<Object, Object> oneLinePlans;

    @SuppressWarnings("unchecked")
    QuoteContext(Snapshot snap, List<Line> lines, double confidence, int maxShipments, Position destination,
                 String destinationPostalCode, long orderAt) {
        this(snap, lines, confidence, maxShipments, destination, destinationPostalCode, orderAt,
                new LongMap[snap.sites.length], new Snapshot.LaneChoice[snap.homeDeliveries.size()], nanArray(snap.sites.length), new HashMap<>());
    }

    /**
     * A context for other lines at the same destination and order instant, sharing the work that does not
     * depend on the cart: preparation results (by site and earliest start), lanes and distances.
     */
    QuoteContext withLines(List<Line> otherLines) {
        return new QuoteContext(snap, otherLines, confidence, maxShipments, destination, destinationPostalCode,
                limit - 2 * HORIZON_SECONDS, prepared, lanes, distances, oneLinePlans);
    }

    private static double[] nanArray(int n) {
        double[] d = new double[n];
        java.util.Arrays.fill(d, Double.NaN);
        return d;
    }

    private QuoteContext(Snapshot snap, List<Line> lines, double confidence, int maxShipments, Position destination,
                         String destinationPostalCode, long orderAt, LongMap<long[]>[] prepared,
                         Snapshot.LaneChoice[] lanes, double[] distances, Map<Object, Object> oneLinePlans) {
        this.oneLinePlans = oneLinePlans;
        this.snap = snap;
        this.prepared = prepared;
        this.lanes = lanes;
        this.distances = distances;
        this.lines = lines;
        this.lineCount = lines.size();
        if (lineCount > 30) {
            throw new io.promiseengine.quote.InvalidRequestException("lines", "at most 30 distinct skus, was " + lineCount);
        }
        this.fullMask = (1 << lineCount) - 1;
        this.confidence = confidence;
        this.maxShipments = maxShipments;
        this.destination = destination;
        this.destinationPostalCode = destinationPostalCode;
        this.limit = orderAt + 2 * HORIZON_SECONDS;
        int n = snap.sites.length;
        available = new long[n * lineCount];
        java.util.Arrays.fill(available, Long.MAX_VALUE);
        holds = new int[n];
        String unknown = null;
        for (int i = 0; i < lineCount; i++) {
            StockTable table = snap.inventory.table(lines.get(i).sku());
            if (table == null) {
                if (unknown == null) {
                    unknown = lines.get(i).sku();
                }
                continue;
            }
            int quantity = lines.get(i).quantity();
            for (int e = 0, size = table.size(); e < size; e++) {
                long at = table.availableAt(e, quantity);
                if (at != Long.MAX_VALUE) {
                    int s = table.site(e);
                    available[s * lineCount + i] = at;
                    holds[s] |= 1 << i;
                }
            }
        }
        this.unknownSku = unknown;
        this.anyUnknownSku = unknown != null;
    }

    /** The order instant this context was made for. */
    long orderAt() {
        return limit - 2 * HORIZON_SECONDS;
    }

    /** When every line of the mask is available at the site (MAX never). */
    long availableAt(int site, int mask) {
        long at = Long.MIN_VALUE;
        for (int i = 0; i < lineCount; i++) {
            if ((mask & (1 << i)) != 0) {
                at = Math.max(at, available[site * lineCount + i]);
            }
        }
        return at;
    }

    /**
     * Preparation at a site starting no earlier than {@code from} (spec 4.2): {@code {start, readyAt}}, or
     * {@code {-code}} with {@link #CLOSED}, {@link #NO_CAPACITY} or {@link #BEYOND}.
     */
    long[] prepare(int site, long from) {
        LongMap<long[]> cache = prepared[site];
        if (cache == null) {
            cache = new LongMap<>();
            prepared[site] = cache;
        }
        long[] r = cache.get(from);
        if (r == null) {
            r = computePreparation(snap.sites[site], from);
            cache.put(from, r);
        }
        return r;
    }

    private long[] computePreparation(Snapshot.Site site, long from) {
        long s = from;
        boolean sawOpen = false;
        while (true) {
            s = site.open.nextOpen(s, limit);
            if (s == OpenCalendar.NONE) {
                return new long[] {-(sawOpen ? NO_CAPACITY : CLOSED)};
            }
            sawOpen = true;
            if (site.slotSeconds > 0) {
                long slot = Slots.slotStart(s, site.offsets, site.slotSeconds);
                if (snap.inventory.loadAt(site, slot) >= snap.inventory.capacityAt(site, slot)) {
                    s = Slots.slotEnd(slot, site.offsets, site.slotSeconds);
                    continue;
                }
            }
            break;
        }
        long ready = site.open.addWorkingTime(s, site.prepSeconds, limit);
        if (ready == OpenCalendar.NONE) {
            return new long[] {-BEYOND};
        }
        return new long[] {s, ready};
    }

    /** The skus of a mask, sorted as {@link String#compareTo} does. */
    @SuppressWarnings("unchecked")
    List<String> sortedSkus(int mask) {
        if (mask < SMALL_MASKS) {
            if (skusBySmallMask == null) {
                skusBySmallMask = new List[Math.min(SMALL_MASKS, 1 << lineCount)];
            }
            List<String> skus = skusBySmallMask[mask];
            if (skus == null) {
                skus = computeSortedSkus(mask);
                skusBySmallMask[mask] = skus;
            }
            return skus;
        }
        return skusByMask.computeIfAbsent(mask, this::computeSortedSkus);
    }

    /** Masks below this are cached in an array (no boxing): carts of up to 8 lines. */
    private static final int SMALL_MASKS = 256;
    private List<String>[] skusBySmallMask;
    private final Map<Integer, List<String>> skusByMask = new HashMap<>();

    private List<String> computeSortedSkus(int mask) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            if ((mask & (1 << i)) != 0) {
                out.add(lines.get(i).sku());
            }
        }
        out.sort(null);
        return List.copyOf(out);
    }

    /** The lines of a mask, in the request's order. */
    List<Line> lines(int mask) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            if ((mask & (1 << i)) != 0) {
                out.add(lines.get(i));
            }
        }
        return out;
    }

    double distanceToDestination(int site) {
        if (destination == null) {
            return 0;
        }
        double d = distances[site];
        if (Double.isNaN(d)) {
            d = snap.sites[site].location.position().distanceKm(destination);
            distances[site] = d;
        }
        return d;
    }

    /**
     * The lane of a home-delivery service from a site (spec 4.3): longest {@code to}, then longest
     * {@code from}, then first listed; null for none.
     */
    Lane lane(Snapshot.HomeDelivery hd, int site) {
        Snapshot.LaneChoice bySite = lanes[hd.index];
        if (bySite == null) {
            bySite = hd.lanesTo(destinationPostalCode, snap.sites.length);
            lanes[hd.index] = bySite;
        }
        return bySite.lane(site, snap.sites[site].postalPrefixes);
    }

    /** The first band reaching the distance (spec 4.5), or null. */
    static Band band(List<Band> bands, double km) {
        for (Band b : bands) {
            if (b.maxKm() >= km) {
                return b;
            }
        }
        return null;
    }

    /** The last epoch day whose {@code deliverBy} is at or before the horizon. */
    long lastDeliveryDay(Snapshot.HomeDelivery hd, long horizon) {
        long day = LocalDates.epochDay(horizon, snap.offsets);
        while (OpenCalendar.instant(day, hd.deliverByMinute, snap.offsets) > horizon) {
            day--;
        }
        return day;
    }

    /**
     * The delivery date {@link #homeDeliveryDates} gives a value of {@code value} transit days, alone:
     * {@link Long#MAX_VALUE} past the last useful day.
     */
    long homeDeliveryDate(Snapshot.HomeDelivery hd, int value, long shipAt, io.promiseengine.internal.time.ZoneOffsets originZone) {
        long lastDay = LocalDates.epochDay(limit, snap.offsets) + 1;
        long d0 = LocalDates.epochDay(shipAt, originZone);
        if (value == 0 && hd.isDeliveryDay(d0) && shipAt <= OpenCalendar.instant(d0, hd.deliverByMinute, snap.offsets)) {
            return d0;
        }
        int k = Math.max(1, value);
        int found = 0;
        for (long d = d0 + 1; d <= lastDay; d++) {
            if (hd.isDeliveryDay(d) && ++found == k) {
                return d;
            }
        }
        return Long.MAX_VALUE;
    }

    /**
     * The delivery date of each value of a lane's mass function for a parcel collected at {@code shipAt}
     * (spec 4.3): after k transit days it arrives on the k-th delivery day strictly after D0 (the local
     * date of {@code shipAt} at the origin); k = 0 arrives on D0 when D0 is a delivery day and
     * {@code shipAt} is not after D0 at deliverBy (network zone), else on the first delivery day after
     * D0. Dates past the last useful day are {@link Long#MAX_VALUE}.
     */
    long[] homeDeliveryDates(Snapshot.HomeDelivery hd, MassFunction days, long shipAt, io.promiseengine.internal.time.ZoneOffsets originZone) {
        long lastDay = LocalDates.epochDay(limit, snap.offsets) + 1;
        long d0 = LocalDates.epochDay(shipAt, originZone);
        int maxK = Math.max(1, days.value(days.size() - 1));
        long[] kth = new long[maxK + 1];
        java.util.Arrays.fill(kth, Long.MAX_VALUE);
        int found = 0;
        for (long d = d0 + 1; d <= lastDay && found < maxK; d++) {
            if (hd.isDeliveryDay(d)) {
                kth[++found] = d;
            }
        }
        boolean sameDay = hd.isDeliveryDay(d0)
                && shipAt <= OpenCalendar.instant(d0, hd.deliverByMinute, snap.offsets);
        kth[0] = sameDay ? d0 : kth[1];
        long[] dates = new long[days.size()];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = kth[days.value(i)];
        }
        return dates;
    }
}
