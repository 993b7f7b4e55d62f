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

import io.promiseengine.model.Band;
import io.promiseengine.model.Position;
import java.util.List;

/**
 * A courier's band of an origin (the first band whose {@code maxKm} reaches its distance to the destination, {@link
 * QuoteContext#band}) decided without the distance when cheap bounds of it are clear of every band edge; {@link
 * #UNDECIDED} otherwise, and then the caller computes the exact distance. The haversine ({@link
 * Position#distanceKm}) is {@code d = 2R asin(sqrt(a))} with {@code a = sin²(u) + cos φ1 cos φ2 sin²(v)}, {@code u}
 * and {@code v} half the differences of latitudes and longitudes in radians; {@code d} grows with {@code a}. For
 * {@code 0 <= x <= π/2}, {@code x (1 - x² / 6) <= sin x <= x}, so with the sites' cosines read from {@link
 * SpatialIndex#cos} (the same values the haversine multiplies) {@code a} lies between two sums without a sine; each
 * is widened by a relative 1e-12 for rounding. A band edge {@code m} is {@code e = sin²(m / 2R)} in terms of {@code
 * a}: a site whose upper bound is at most {@code e (1 - 1e-9)} is within {@code m} and one whose lower bound is above
 * {@code e (1 + 1e-9)} is past it (asin's slope is at least 1, so a relative 1e-9 of {@code a} is more than a relative
 * 3e-10 of the distance, far past the haversine's rounding). Across the antimeridian (a difference of longitudes over
 * 180 degrees) nothing is decided; nor for a service with an edge over 19,000 km and under 20,100 km (near half the
 * circumference, where {@code sin²} turns); an edge at or over 20,100 km holds every distance.
 */
final class BandBounds {

    /** {@link #band(int)} when the bounds straddle a band edge: the exact distance decides. */
    static final int UNDECIDED = -2;

    private final double lat;
    private final double lon;
    private final double cos;
    private final double[] lats;
    private final double[] lons;
    private final double[] coss;
    /** By band: a term {@code a} at most this is within the band's edge. */
    private final double[] within;
    /** By band: a term {@code a} above this is past the band's edge. */
    private final double[] past;
    /** False when the bands have an edge near half the circumference: nothing is decided. */
    private final boolean usable;

    /**
     * @param bands the service's bands ({@code maxKm} ascending and positive, as {@link
     *        io.promiseengine.model.CourierService} checks)
     * @param destination the destination
     * @param places the sites' coordinates
     */
    BandBounds(List<Band> bands, Position destination, SpatialIndex places) {
        lat = destination.lat();
        lon = destination.lon();
        cos = Math.cos(Math.toRadians(lat));
        lats = places.lat;
        lons = places.lon;
        coss = places.cos;
        within = new double[bands.size()];
        past = new double[bands.size()];
        boolean ok = true;
        for (int b = 0; b < bands.size(); b++) {
            double m = bands.get(b).maxKm();
            if (m >= 20_100) {
                within[b] = Double.POSITIVE_INFINITY;
                past[b] = Double.POSITIVE_INFINITY;
            } else if (m > 19_000) {
                ok = false;
            } else {
                double s = Math.sin(m / (2 * Position.EARTH_RADIUS_KM));
                double e = s * s;
                within[b] = e * (1 - 1e-9);
                past[b] = e * (1 + 1e-9);
            }
        }
        usable = ok;
    }

    /**
     * A term {@code a} past which a site's distance, rounded to the metre ({@code Math.round(km * 1000)}, as {@link
     * Allocator#singleOrder} compares distances), is above that of {@code km}: a site whose {@link #lower} is above it
     * is farther than {@code km}'s metres and half a metre (widened as a band edge is for {@link #band}), so its metres
     * are more. {@link Double#POSITIVE_INFINITY} (nothing decided) past 19,000 km or when the bounds decide nothing.
     */
    double pastMetres(double km) {
        double edge = (Math.round(km * 1000) + 0.5) / 1000 * (1 + 1e-9);
        if (!usable || !(edge <= 19_000)) {
            return Double.POSITIVE_INFINITY;
        }
        double s = Math.sin(edge / (2 * Position.EARTH_RADIUS_KM));
        return s * s * (1 + 1e-9);
    }

    /**
     * A lower bound of the site's term {@code a} (see the class comment), or {@link Double#NEGATIVE_INFINITY} across
     * the antimeridian: a site whose lower bound is above {@link #pastMetres} is farther.
     */
    double lower(int site) {
        double dLon = Math.abs(lons[site] - lon);
        if (!(dLon <= 180)) {
            return Double.NEGATIVE_INFINITY;
        }
        double u = Math.toRadians(Math.abs(lats[site] - lat)) / 2;
        double v = Math.toRadians(dLon) / 2;
        double su = u * (1 - u * u / 6);
        double sv = v * (1 - v * v / 6);
        return (su * su + coss[site] * cos * sv * sv) * (1 - 1e-12);
    }

    /**
     * The index of the site's band, -1 when it is past every band, or {@link #UNDECIDED} when the bounds do not
     * decide it; when decided, the same as the first band whose {@code maxKm} is at least the site's {@link
     * QuoteContext#distanceToDestination}.
     */
    int band(int site) {
        if (!usable) {
            return UNDECIDED;
        }
        double dLon = Math.abs(lons[site] - lon);
        if (!(dLon <= 180)) {
            return UNDECIDED;
        }
        double u = Math.toRadians(Math.abs(lats[site] - lat)) / 2;
        double v = Math.toRadians(dLon) / 2;
        double cc = coss[site] * cos;
        double hi = (u * u + cc * v * v) * (1 + 1e-12);
        double su = u * (1 - u * u / 6);
        double sv = v * (1 - v * v / 6);
        double lo = (su * su + cc * sv * sv) * (1 - 1e-12);
        for (int b = 0; b < within.length; b++) {
            if (hi <= within[b]) {
                return b;
            }
            if (!(lo > past[b])) {
                return UNDECIDED;
            }
        }
        return -1;
    }
}
