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

import io.promiseengine.model.Position;

/**
 * The holders of a {@link WindowSearch}, or sites among which they are (named by their index in its array of
 * {@code holders}; the search reads whether each holds the cart when it is handed out), handed out nearest the
 * destination first, as spec 4.3 orders origins (metres rounded, then the smallest id), but only as far as they
 * are asked for: a window's {@code from} is usually the first or second, so the rest are never ordered and their
 * exact distances never computed.
 *
 * <p>Layout: the holders not yet handed out are a binary min-heap ({@code heap}, {@code heapA}) keyed by the
 * haversine term {@code a} of {@link Position#distanceKm} (no arcsine); {@code order[0 .. done)} are the holders
 * handed out so far, in the spec's order. The distance is {@code 2R asin(sqrt(min(1, a)))}, each step
 * non-decreasing in {@code a} (Java's {@code Math.asin} and {@code Math.sqrt} are semi-monotonic, rounding a
 * product by a positive constant is monotonic), so the metres rounded never decrease along the heap's order and
 * the sites of equal metres come out together: they are then put in id order. The order's metres are those of
 * {@link QuoteContext#distanceToDestination} (the one computation of the distance); {@code a} only orders, and is
 * computed with the same expression and the same operands as {@link Position#distanceKm} (the site first), so it
 * is the same double ({@code NearestFirstTest} checks both against {@code distanceKm}).
 *
 * <p>Reused for every radius of one search; not thread-safe.
 */
final class NearestFirst {

    private final QuoteContext ctx;
    private final WindowService service;
    /** The sites, in any order (the order handed out does not depend on it); everything below speaks of indexes into it. */
    private int[] holders;
    private int[] order;
    private int done;
    private int[] heap;
    private double[] heapA;
    private int heapSize;

    /** For the sites {@code holders} (not copied, never written). */
    NearestFirst(QuoteContext ctx, WindowService service, int[] holders) {
        this.ctx = ctx;
        this.service = service;
        this.holders = holders;
        this.order = new int[holders.length];
        this.heap = new int[holders.length];
        this.heapA = new double[holders.length];
    }

    /**
     * Starts over with other sites {@code holders} (not copied, never written) inside {@code box}, as a new one for
     * them would (its arrays reused when long enough: a search's rings one after the other).
     */
    void reset(int[] holders, double[] box) {
        this.holders = holders;
        if (order.length < holders.length) {
            order = new int[holders.length];
            heap = new int[holders.length];
            heapA = new double[holders.length];
        }
        reset(box);
    }

    /**
     * Starts over with the holders inside {@code box} ({@link SpatialIndex#box}: {@code {latLo, latHi, lonLo,
     * lonHi}}; null for every holder). The context's destination is not null.
     */
    void reset(double[] box) {
        done = 0;
        heapSize = 0;
        Position d = ctx.destination;
        double destLat = d.lat();
        double destLon = d.lon();
        double cosDest = Math.cos(Math.toRadians(destLat));
        double[] lat = service.lat;
        double[] lon = service.lon;
        for (int h = 0; h < holders.length; h++) {
            int site = holders[h];
            double la = lat[site];
            double lo = lon[site];
            if (box == null || (la >= box[0] && la <= box[1] && lo >= box[2] && lo <= box[3])) {
                heap[heapSize] = h;
                heapA[heapSize] = a(la, lo, service.cosLat[site], destLat, destLon, cosDest);
                heapSize++;
            }
        }
        for (int i = heapSize / 2 - 1; i >= 0; i--) {
            down(i);
        }
    }

    /**
     * The haversine term of {@link Position#distanceKm} from a site at {@code (lat, lon)} ({@code cosLat}: the
     * cosine of its latitude in radians) to the destination, the same expression in the same order.
     */
    static double a(double lat, double lon, double cosLat, double destLat, double destLon, double cosDest) {
        double sinPhi = Math.sin(Math.toRadians(destLat - lat) / 2);
        double sinLambda = Math.sin(Math.toRadians(destLon - lon) / 2);
        return sinPhi * sinPhi + cosLat * cosDest * sinLambda * sinLambda;
    }

    /** The {@code i}-th holder nearest first (from 0), or -1 when there are no more than {@code i} in the box. */
    int get(int i) {
        while (done <= i && heapSize > 0) {
            next();
        }
        return i < done ? order[i] : -1;
    }

    /** Hands out the nearest sites left: every one at the smallest metres left, in id order. */
    private void next() {
        int from = done;
        long m = metres(pop());
        while (heapSize > 0 && metres(heap[0]) == m) {
            pop();
        }
        // the group in id order (insertion sort: groups are a site or two)
        Snapshot.Site[] sites = ctx.snap.sites;
        for (int i = from + 1; i < done; i++) {
            int s = order[i];
            int rank = sites[holders[s]].idRank;
            int j = i;
            while (j > from && sites[holders[order[j - 1]]].idRank > rank) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = s;
        }
    }

    /** Moves the heap's top to the order; returns it. */
    private int pop() {
        int h = heap[0];
        order[done++] = h;
        heapSize--;
        if (heapSize > 0) {
            heap[0] = heap[heapSize];
            heapA[0] = heapA[heapSize];
            down(0);
        }
        return h;
    }

    private void down(int i) {
        int h = heap[i];
        double a = heapA[i];
        while (true) {
            int c = 2 * i + 1;
            if (c >= heapSize) {
                break;
            }
            if (c + 1 < heapSize && heapA[c + 1] < heapA[c]) {
                c++;
            }
            if (!(heapA[c] < a)) {
                break;
            }
            heap[i] = heap[c];
            heapA[i] = heapA[c];
            i = c;
        }
        heap[i] = h;
        heapA[i] = a;
    }

    /** Metres from holder {@code h} to the destination, rounded as in 4.3. */
    private long metres(int h) {
        return Math.round(ctx.distanceToDestination(holders[h]) * 1000.0);
    }
}
