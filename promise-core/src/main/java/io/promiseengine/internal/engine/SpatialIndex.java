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

import java.util.Arrays;

/**
 * The sites of a snapshot by position, in cells of {@value #CELL_DEGREES} degrees of latitude and longitude (or of
 * another size, for some of the sites only: the collect stores' index, {@code Snapshot.collectPlaces}), so that "the
 * sites within r km of a point" visits the few cells around it instead of every site. A query answers
 * a superset: every site whose haversine distance ({@link Position#distanceKm}) is at most {@code r}, and some a
 * little farther; callers compute the exact distance of each and keep the spec's test, so answers do not
 * depend on the index. Immutable; shared by every quote of a snapshot.
 *
 * <p>The bounds: a great-circle distance is at least the earth's radius times the difference of latitudes,
 * and with {@code a = sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2)}, {@code d <= r} needs
 * {@code sin²(Δλ/2) <= sin²(r/2R) / (cos φ1 cos φ2)}, with {@code cos φ2} at least its least value over the
 * latitudes in reach; both are widened by a relative 1e-3 and 1e-6 degrees against rounding. Near a pole, across
 * the antimeridian or for a radius over {@value #LOCAL_KM} km, every site is a candidate.
 */
final class SpatialIndex {

    static final double CELL_DEGREES = 0.25;
    /** Radii above this are answered with every site. */
    static final double LOCAL_KM = 1000;

    private final int siteCount;
    /** The cells' side in degrees ({@link #CELL_DEGREES} unless given). */
    private final double cellDegrees;
    /** Cell keys ({@code latCell << 32 | lonCell}, both non-negative), ascending, one per non-empty cell. */
    private final long[] cells;
    /** {@code sites[first[c] .. first[c + 1])}: the sites of cell {@code c}, ascending. */
    private final int[] first;
    private final int[] sites;
    /** By site: its latitude and longitude in degrees, read without its objects. */
    final double[] lat;
    final double[] lon;
    /** By site: the cosine of its latitude, as the haversine computes it ({@link BandBounds}). */
    final double[] cos;

    SpatialIndex(Position[] positions) {
        this(positions, CELL_DEGREES, null);
    }

    /**
     * An index of the sites {@code i} with {@code indexed[i]} (every site for null) in cells of {@code cellDegrees};
     * {@link #lat}, {@link #lon} and {@link #cos} hold every site.
     */
    SpatialIndex(Position[] positions, double cellDegrees, boolean[] indexed) {
        this.cellDegrees = cellDegrees;
        siteCount = positions.length;
        lat = new double[positions.length];
        lon = new double[positions.length];
        cos = new double[positions.length];
        for (int i = 0; i < positions.length; i++) {
            lat[i] = positions[i].lat();
            lon[i] = positions[i].lon();
            cos[i] = Math.cos(Math.toRadians(lat[i]));
        }
        long[] keys = new long[positions.length];
        int count = 0;
        for (int i = 0; i < positions.length; i++) {
            keys[i] = key(latCell(positions[i].lat()), lonCell(positions[i].lon()));
            count += indexed == null || indexed[i] ? 1 : 0;
        }
        Integer[] order = new Integer[count];
        count = 0;
        for (int i = 0; i < positions.length; i++) {
            if (indexed == null || indexed[i]) {
                order[count++] = i;
            }
        }
        long[] keyed = new long[count];
        Arrays.sort(order, (a, b) -> keys[a] != keys[b] ? Long.compare(keys[a], keys[b]) : Integer.compare(a, b));
        sites = new int[count];
        int cellCount = 0;
        for (int i = 0; i < order.length; i++) {
            sites[i] = order[i];
            keyed[i] = keys[order[i]];
            if (i == 0 || keyed[i] != keyed[i - 1]) {
                cellCount++;
            }
        }
        cells = new long[cellCount];
        first = new int[cellCount + 1];
        int c = -1;
        for (int i = 0; i < keyed.length; i++) {
            if (i == 0 || keyed[i] != keyed[i - 1]) {
                cells[++c] = keyed[i];
                first[c] = i;
            }
        }
        first[cellCount] = keyed.length;
    }

    private static long key(int latCell, int lonCell) {
        return ((long) latCell << 32) | lonCell;
    }

    private int latCell(double lat) {
        return (int) Math.floor((lat + 90) / cellDegrees);
    }

    private int lonCell(double lon) {
        return (int) Math.floor((lon + 180) / cellDegrees);
    }

    /**
     * The indexed sites in the cells that meet the box {@code {latLo, latHi, lonLo, lonHi}} in degrees (every indexed
     * site inside it, possibly more), in no particular order.
     */
    int[] inBox(double latLo, double latHi, double lonLo, double lonHi) {
        int lonFrom = lonCell(lonLo);
        int lonTo = lonCell(lonHi);
        int latFrom = latCell(latLo);
        int latTo = latCell(latHi);
        int count = 0;
        for (int lat = latFrom; lat <= latTo; lat++) {
            for (int c = lowerBound(key(lat, lonFrom)); c < cells.length && cells[c] <= key(lat, lonTo); c++) {
                count += first[c + 1] - first[c];
            }
        }
        int[] out = new int[count];
        int n = 0;
        for (int lat = latFrom; lat <= latTo; lat++) {
            for (int c = lowerBound(key(lat, lonFrom)); c < cells.length && cells[c] <= key(lat, lonTo); c++) {
                int from = first[c];
                int run = first[c + 1] - from;
                System.arraycopy(sites, from, out, n, run);
                n += run;
            }
        }
        return out;
    }

    /**
     * The sites that may be within {@code km} of {@code p} (every site whose distance is at most {@code km},
     * possibly more), ascending by site index.
     */
    int[] near(Position p, double km) {
        double[] box = box(p, km);
        if (box == null) {
            return all();
        }
        // the cells' runs counted first: one array of the exact size, not grown and copied
        int[] out = inBox(box[0], box[1], box[2], box[3]);
        Arrays.sort(out);
        return out;
    }

    /** The sites of {@link #near}, in no particular order: the cells' runs as they are (a caller that sorts a few). */
    int[] nearAnyOrder(Position p, double km) {
        double[] box = box(p, km);
        return box == null ? all() : inBox(box[0], box[1], box[2], box[3]);
    }

    private int lowerBound(long key) {
        int i = Arrays.binarySearch(cells, key);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * {@code {latLo, latHi, lonLo, lonHi}} in degrees: a box that holds every position within {@code km} of {@code
     * p} (with a margin), or null when there is none this simple (a radius above {@link #LOCAL_KM}, near a pole or
     * across the antimeridian): then every site may be within it.
     */
    static double[] box(Position p, double km) {
        if (!(km <= LOCAL_KM)) {
            return null;
        }
        double r = Math.max(0, km) / Position.EARTH_RADIUS_KM; // radians
        double dLat = Math.toDegrees(r) * 1.001 + 1e-6;
        double latLo = p.lat() - dLat;
        double latHi = p.lat() + dLat;
        if (latLo <= -89 || latHi >= 89) {
            return null;
        }
        double cosMin = Math.min(Math.cos(Math.toRadians(latLo)), Math.cos(Math.toRadians(latHi)));
        double ratio = Math.sin(r / 2) / Math.sqrt(Math.cos(Math.toRadians(p.lat())) * cosMin);
        if (!(ratio < 0.5)) {
            return null;
        }
        double dLon = Math.toDegrees(2 * Math.asin(ratio)) * 1.001 + 1e-6;
        double lonLo = p.lon() - dLon;
        double lonHi = p.lon() + dLon;
        if (lonLo < -180 || lonHi > 180) {
            return null;
        }
        return new double[] {latLo, latHi, lonLo, lonHi};
    }

    private int[] all() {
        int[] out = new int[siteCount];
        for (int i = 0; i < siteCount; i++) {
            out[i] = i;
        }
        return out;
    }
}
