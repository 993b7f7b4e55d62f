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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The stock of one sku across the sites of a network version (spec 4.1), sparse: only the sites that hold
 * the sku or expect supply of it have an entry, so a 10,000-store network with 50,000 skus costs a few bytes
 * per stocked pair, not one slot per site and sku. Immutable once built.
 *
 * <p>Layout: entry {@code e} is site {@code sites[e]} (ascending), with {@code base[e]} units available
 * now ({@code max(0, onHand - reserved - safety)}, or less for a live ledger's holds); when the sku has any
 * supply, {@code arrivals[e]} holds the arrival instants in time order and {@code cumulative[e]} the units
 * available from each (base included); both are null for an entry without supply.
 */
final class StockTable {

    private static final long[] NONE = new long[0];

    private final int[] sites;
    private final int[] base;
    private final long[][] arrivals;
    private final long[][] cumulative;

    private StockTable(int[] sites, int[] base, long[][] arrivals, long[][] cumulative) {
        this.sites = sites;
        this.base = base;
        this.arrivals = arrivals;
        this.cumulative = cumulative;
    }

    /**
     * The entries grouped by pair of calendar and duration of each SCHEDULED service that asked
     * ({@link WindowService#pairsOf}): {@code {service, index, service, index, ...}}, replaced whole when one is added
     * (never written after publication; a race computes an index twice).
     */
    volatile Object[] windowPairs;

    /** The number of entries. */
    int size() {
        return sites.length;
    }

    /** The site of entry {@code e}. */
    int site(int e) {
        return sites[e];
    }

    /** The entry of a site, or -1 when the site has neither stock nor supply of the sku. */
    int entry(int site) {
        int e = Arrays.binarySearch(sites, site);
        return e >= 0 ? e : -1;
    }

    /** The earliest instant at which {@code quantity} is available: {@link Long#MIN_VALUE} for now, MAX for never. */
    long availableAt(int e, int quantity) {
        if (base[e] >= quantity) {
            return Long.MIN_VALUE;
        }
        long[] at = arrivalsOf(e);
        long[] cum = cumulative == null || cumulative[e] == null ? NONE : cumulative[e];
        for (int i = 0; i < at.length; i++) {
            if (cum[i] >= quantity) {
                return at[i];
            }
        }
        return Long.MAX_VALUE;
    }

    /** The units available at instant {@code t}: the base plus the supply arrived by then. */
    long quantityAt(int e, long t) {
        long q = base[e];
        long[] at = arrivalsOf(e);
        for (int i = 0; i < at.length && at[i] <= t; i++) {
            q = cumulative[e][i];
        }
        return q;
    }

    /** The supply arrival instants of entry {@code e}, in time order (shared: never modify it). */
    long[] arrivals(int e) {
        return arrivalsOf(e);
    }

    private long[] arrivalsOf(int e) {
        return arrivals == null || arrivals[e] == null ? NONE : arrivals[e];
    }

    /** Collects the entries of one sku, in any order; each site at most once as stock, supply added freely. */
    static final class Builder {
        private int[] stockSites = new int[4];
        private int[] stockBase = new int[4];
        private int stockCount;
        private final List<long[]> supply = new ArrayList<>(0); // {site, at, quantity}

        /** The units available now at a site (the site named once). */
        Builder stock(int site, int available) {
            if (stockCount == stockSites.length) {
                stockSites = Arrays.copyOf(stockSites, stockCount * 2);
                stockBase = Arrays.copyOf(stockBase, stockCount * 2);
            }
            stockSites[stockCount] = site;
            stockBase[stockCount] = available;
            stockCount++;
            return this;
        }

        /** A supply arrival at a site. */
        Builder supply(int site, long at, long quantity) {
            supply.add(new long[] {site, at, quantity});
            return this;
        }

        StockTable build() {
            // sites of stock rows and of supply rows, ascending and distinct
            long[] keyed = new long[stockCount];
            for (int i = 0; i < stockCount; i++) {
                keyed[i] = ((long) stockSites[i] << 32) | i;
            }
            Arrays.sort(keyed);
            int[] supplySites = new int[supply.size()];
            for (int i = 0; i < supplySites.length; i++) {
                supplySites[i] = (int) supply.get(i)[0];
            }
            Arrays.sort(supplySites);
            int[] sites = new int[stockCount + supplySites.length];
            int[] base = new int[sites.length];
            int n = 0;
            int a = 0;
            int b = 0;
            while (a < keyed.length || b < supplySites.length) {
                int sa = a < keyed.length ? (int) (keyed[a] >>> 32) : Integer.MAX_VALUE;
                int sb = b < supplySites.length ? supplySites[b] : Integer.MAX_VALUE;
                int site = Math.min(sa, sb);
                if (n == 0 || sites[n - 1] != site) {
                    sites[n] = site;
                    base[n] = 0;
                    n++;
                }
                if (sa == site) {
                    base[n - 1] = stockBase[(int) keyed[a]];
                    a++;
                } else {
                    b++;
                }
            }
            sites = Arrays.copyOf(sites, n);
            base = Arrays.copyOf(base, n);
            if (supply.isEmpty()) {
                return new StockTable(sites, base, null, null);
            }
            List<List<long[]>> byEntry = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byEntry.add(null);
            }
            for (long[] s : supply) {
                int e = Arrays.binarySearch(sites, (int) s[0]);
                if (byEntry.get(e) == null) {
                    byEntry.set(e, new ArrayList<>());
                }
                byEntry.get(e).add(s);
            }
            long[][] arrivals = new long[n][];
            long[][] cumulative = new long[n][];
            for (int e = 0; e < n; e++) {
                List<long[]> lines = byEntry.get(e);
                if (lines == null) {
                    continue;
                }
                lines.sort((x, y) -> Long.compare(x[1], y[1]));
                arrivals[e] = new long[lines.size()];
                cumulative[e] = new long[lines.size()];
                long sum = base[e];
                for (int i = 0; i < lines.size(); i++) {
                    sum += lines.get(i)[2];
                    arrivals[e][i] = lines.get(i)[1];
                    cumulative[e][i] = sum;
                }
            }
            return new StockTable(sites, base, arrivals, cumulative);
        }
    }
}
