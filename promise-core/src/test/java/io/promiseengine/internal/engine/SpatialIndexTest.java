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
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spatial index answers a superset of the sites within a radius: checked against every site's haversine
 * distance ({@link Position#distanceKm}, the oracle) on random points, dense clusters, points near the poles
 * and the antimeridian, and radii at and around the spec's 50 km and the courier bands.
 */
class SpatialIndexTest {

    @Test
    void everySiteWithinTheRadiusIsAnswered() {
        long seed = 20261206L;
        Random rnd = new Random(seed);
        for (int round = 0; round < 40; round++) {
            int n = 1 + rnd.nextInt(2_000);
            Position[] sites = new Position[n];
            double lat0 = -89.5 + 179 * rnd.nextDouble();
            double lon0 = -180 + 360 * rnd.nextDouble();
            for (int i = 0; i < n; i++) {
                sites[i] = rnd.nextInt(3) == 0 ? random(rnd) : near(rnd, lat0, lon0, 2.0);
            }
            SpatialIndex index = new SpatialIndex(sites);
            for (int q = 0; q < 50; q++) {
                Position p = rnd.nextBoolean() ? near(rnd, lat0, lon0, 1.0) : random(rnd);
                double km = new double[] {0, 5, 10, 20, 50, 50.000001, 120, 999, 1_001}[rnd.nextInt(9)];
                int[] answered = index.near(p, km);
                assertThat(answered).as("ascending, seed %d", seed).isSorted();
                // the same sites in the cells' order, unsorted (a courier's class order sorts the few it keeps)
                int[] anyOrder = index.nearAnyOrder(p, km);
                Arrays.sort(anyOrder);
                assertThat(anyOrder).as("any order, seed %d round %d", seed, round).containsExactly(answered);
                for (int i = 0; i < n; i++) {
                    if (sites[i].distanceKm(p) <= km) {
                        assertThat(Arrays.binarySearch(answered, i))
                                .as("seed %d round %d: site %s at %s km of %s, radius %s", seed, round, i,
                                        sites[i].distanceKm(p), p, km)
                                .isGreaterThanOrEqualTo(0);
                    }
                }
            }
        }
    }

    /**
     * {@link SpatialIndex#box} (which the delivery windows' nearest-first walk reads directly, without the cells):
     * every position within the radius is inside it, at the same random points and radii, and at exactly the
     * radius on a cell's edge; a radius past the local limit has no box.
     */
    @Test
    void everyPositionWithinTheRadiusIsInsideTheBox() {
        long seed = 20261207L;
        Random rnd = new Random(seed);
        int inside = 0;
        for (int round = 0; round < 40; round++) {
            double lat0 = -89.5 + 179 * rnd.nextDouble();
            double lon0 = -180 + 360 * rnd.nextDouble();
            for (int q = 0; q < 50; q++) {
                Position p = rnd.nextBoolean() ? near(rnd, lat0, lon0, 1.0) : random(rnd);
                double km = new double[] {0, 5, 10, 20, 50, 50.000001, 120, 999}[rnd.nextInt(8)];
                double[] box = SpatialIndex.box(p, km);
                for (int i = 0; i < 200; i++) {
                    Position site = rnd.nextInt(4) == 0 ? random(rnd) : near(rnd, p.lat(), p.lon(), 2.0);
                    if (box != null && site.distanceKm(p) <= km) {
                        inside++;
                        assertThat(site.lat() >= box[0] && site.lat() <= box[1] && site.lon() >= box[2] && site.lon() <= box[3])
                                .as("seed %d round %d: %s at %s km of %s, radius %s, box %s", seed, round, site,
                                        site.distanceKm(p), p, km, Arrays.toString(box))
                                .isTrue();
                    }
                }
            }
        }
        assertThat(inside).as("positions within a radius that has a box").isGreaterThan(10_000);
        Position p = Position.of(0.0, -0.05);
        Position east = Position.of(0.0, 0.00002);
        double[] box = SpatialIndex.box(p, east.distanceKm(p));
        assertThat(east.lon()).isLessThanOrEqualTo(box[3]);
        assertThat(SpatialIndex.box(p, SpatialIndex.LOCAL_KM + 1)).isNull();
        // a box is no wider than it must be: 0.4 degrees north of a 10 km box is outside
        assertThat(SpatialIndex.box(Position.of(48.86, 2.35), 10)[1]).isLessThan(49.26);
    }

    @Test
    void farSitesAreLeftOut() {
        Position[] sites = {Position.of(48.85, 2.35), Position.of(43.30, 5.37), Position.of(48.86, 2.36)};
        int[] answered = new SpatialIndex(sites).near(Position.of(48.85, 2.35), 50);
        assertThat(answered).containsExactly(0, 2);
    }

    /**
     * The index prunes by cell in both directions: 0.4 degrees north (44 km) and 0.65 degrees east (48 km) of a
     * 10 km query are left out (cells of a quarter degree; a coarser or collapsed grid would answer them).
     */
    @Test
    void sitesPastTheRadiusNorthOrEastAreLeftOut() {
        Position[] sites = {Position.of(48.86, 2.35), Position.of(49.26, 2.35), Position.of(48.86, 3.0)};
        assertThat(sites[1].distanceKm(sites[0])).isGreaterThan(40);
        assertThat(sites[2].distanceKm(sites[0])).isGreaterThan(40);
        assertThat(new SpatialIndex(sites).near(Position.of(48.86, 2.35), 10)).containsExactly(0);
    }

    /** A radius of exactly {@value SpatialIndex#LOCAL_KM} km is still answered by cells: New York is left out. */
    @Test
    void aRadiusOfExactlyTheLocalLimitIsStillAnsweredByCells() {
        Position[] sites = {Position.of(48.86, 2.35), Position.of(40.71, -74.0)};
        assertThat(new SpatialIndex(sites).near(Position.of(48.86, 2.35), SpatialIndex.LOCAL_KM)).containsExactly(0);
    }

    /**
     * The widening against rounding, at a cell's edge: a zero radius on a cell corner (0, 0) still finds the site
     * there, and on the equator a site just east of the 0 degree cell edge, at exactly the radius from a point
     * west of it, is answered (the bound must not fall short of the edge).
     */
    @Test
    void theBoundsAreWidenedAtACellEdge() {
        Position corner = Position.of(0.0, 0.0);
        assertThat(new SpatialIndex(new Position[] {corner}).near(corner, 0)).containsExactly(0);
        Position p = Position.of(0.0, -0.05);
        Position east = Position.of(0.0, 0.00002);
        assertThat(new SpatialIndex(new Position[] {east}).near(p, east.distanceKm(p))).containsExactly(0);
    }

    private static Position random(Random rnd) {
        return Position.of(-90 + 180 * rnd.nextDouble(), -180 + 360 * rnd.nextDouble());
    }

    private static Position near(Random rnd, double lat, double lon, double degrees) {
        double la = Math.max(-90, Math.min(90, lat + degrees * (2 * rnd.nextDouble() - 1)));
        double lo = lon + degrees * (2 * rnd.nextDouble() - 1);
        lo = lo > 180 ? lo - 360 : lo < -180 ? lo + 360 : lo;
        return Position.of(la, lo);
    }
}
