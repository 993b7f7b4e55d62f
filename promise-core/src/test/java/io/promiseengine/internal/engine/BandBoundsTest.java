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
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Position;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BandBounds}: every band it decides is the band of the exact distance ({@link Position#distanceKm}, the
 * first band whose {@code maxKm} reaches it). Fields of sites around a destination (anywhere, at a pole, on the
 * equator, at the antimeridian), at every scale from a micrometre to the antipode, some placed at a band edge by the
 * destination-point formula and some twins a few ulps apart; the bands' edges are drawn at every scale and some are
 * the exact distance of a site (the edge and the distance equal), or the double next to it; one field in eight has
 * an edge near half the circumference and sites near the antipode. Seeded ({@code
 * bandbounds.firstSeed}, {@code bandbounds.seeds}), each seed printed. The lower bound of a site's distance ({@link
 * BandBounds#lower}) against {@link BandBounds#pastMetres} of another distance, of its own and of distances just
 * below it: decided past, its metres are more. The bounds must also decide most sites of a
 * local field, else the test fails: bounds that decide nothing are exact and useless.
 */
class BandBoundsTest {

    private static final MassFunction MINUTES = MassFunction.of(Map.of(30, 1.0));

    @Test
    void decidedBandsAreTheExactDistancesBands() {
        long first = Long.getLong("bandbounds.firstSeed", 27_000_001L);
        int seeds = Integer.getInteger("bandbounds.seeds", 300);
        long decided = 0;
        long asked = 0;
        long decidedLocal = 0;
        long askedLocal = 0;
        long past = 0;
        long inLater = 0;
        long edgeSitesDecided = 0;
        long metresDecided = 0;
        for (long seed = first; seed < first + seeds; seed++) {
            System.out.println("BandBoundsTest seed " + seed);
            Random rnd = new Random(seed);
            Position dest = destination(rnd);
            double scale = Math.pow(10, -5 + rnd.nextDouble() * 9.3); // 10 µm to 20,000 km
            List<Position> sites = new ArrayList<>();
            int count = 200 + rnd.nextInt(200);
            for (int i = 0; i < count; i++) {
                double km = rnd.nextInt(10) == 0 ? rnd.nextDouble() * 20_100 : scale * rnd.nextDouble() * 3;
                sites.add(at(dest, km, rnd.nextDouble() * 360));
            }
            // twins a few ulps apart in latitude or longitude
            for (int i = 0; i < 40; i++) {
                Position p = sites.get(rnd.nextInt(sites.size()));
                double lat = p.lat();
                double lon = p.lon();
                for (int k = rnd.nextInt(4); k > 0; k--) {
                    if (rnd.nextBoolean()) {
                        lat = rnd.nextBoolean() ? Math.nextUp(lat) : Math.nextDown(lat);
                    } else {
                        lon = rnd.nextBoolean() ? Math.nextUp(lon) : Math.nextDown(lon);
                    }
                }
                sites.add(Position.of(Math.max(-90, Math.min(90, lat)), Math.max(-180, Math.min(180, lon))));
            }
            // the edges: at the field's scale, and some the exact distance of a site, or the double next to it
            TreeSet<Double> edges = new TreeSet<>();
            for (int k = 1 + rnd.nextInt(5); k > 0; k--) {
                switch (rnd.nextInt(4)) {
                    case 0 -> edges.add(scale * (0.2 + rnd.nextDouble() * 2));
                    case 1 -> edges.add(Math.pow(10, -3 + rnd.nextDouble() * 7.5));
                    default -> {
                        double d = sites.get(rnd.nextInt(sites.size())).distanceKm(dest);
                        int step = rnd.nextInt(3);
                        edges.add(step == 0 ? d : step == 1 ? Math.nextUp(d) : Math.nextDown(d));
                    }
                }
            }
            // one seed in eight: an edge near half the circumference (where sin² turns) and sites near the antipode
            boolean half = rnd.nextInt(8) == 0;
            if (half) {
                edges.add(rnd.nextBoolean() ? 19_000 + rnd.nextDouble() * 1_100 : 20_015.1 + rnd.nextDouble() * 85);
                for (int i = 0; i < 30; i++) {
                    sites.add(at(dest, 19_900 + rnd.nextDouble() * 116, rnd.nextDouble() * 360));
                }
            }
            edges.removeIf(e -> !(e > 0));
            if (edges.isEmpty()) {
                edges.add(scale);
            }
            List<Band> bands = new ArrayList<>();
            for (double e : edges) {
                bands.add(new Band(e, MINUTES));
            }
            // sites at an edge by the destination-point formula, just in, just out
            int placed = sites.size();
            for (double e : edges) {
                for (int k = 0; k < 6; k++) {
                    double km = e * (1 + (rnd.nextDouble() - 0.5) * Math.pow(10, -6 - rnd.nextInt(10)));
                    sites.add(at(dest, km, rnd.nextDouble() * 360));
                }
            }
            SpatialIndex places = new SpatialIndex(sites.toArray(Position[]::new));
            BandBounds bounds = new BandBounds(bands, dest, places);
            boolean local = !half && scale < 2000 && Math.abs(dest.lat()) < 80 && Math.abs(dest.lon()) < 170;
            for (int s = 0; s < sites.size(); s++) {
                double d = sites.get(s).distanceKm(dest);
                int exact = -1;
                for (int b = 0; b < bands.size(); b++) {
                    if (bands.get(b).maxKm() >= d) {
                        exact = b;
                        break;
                    }
                }
                // the lower bound against the rounded metres of another site's distance (Solver.Pool.after's use)
                double other = sites.get(rnd.nextInt(sites.size())).distanceKm(dest);
                double[] against = {other, d, Math.nextDown(d), d * (1 - 1e-7), d * (1 - 1e-4), d / 2};
                for (double km : against) {
                    if (bounds.lower(s) > bounds.pastMetres(km)) {
                        assertThat(Math.round(d * 1000)).as("seed %d site %d at %s, %s km from %s, against %s km", seed,
                                s, sites.get(s), d, dest, km).isGreaterThan(Math.round(km * 1000));
                        metresDecided++;
                    }
                }
                int got = bounds.band(s);
                asked++;
                if (local) {
                    askedLocal++;
                }
                if (got != BandBounds.UNDECIDED) {
                    assertThat(got).as("seed %d site %d at %s, %s km from %s, edges %s", seed, s, sites.get(s), d,
                            dest, edges).isEqualTo(exact);
                    decided++;
                    if (local) {
                        decidedLocal++;
                    }
                    if (got == -1) {
                        past++;
                    } else if (got > 0) {
                        inLater++;
                    }
                    if (s >= placed) {
                        edgeSitesDecided++;
                    }
                }
            }
        }
        System.out.println("BandBoundsTest: " + decided + " of " + asked + " decided (local fields: " + decidedLocal
                + " of " + askedLocal + "), " + past + " past every band, " + inLater + " in a later band, "
                + edgeSitesDecided + " of the sites placed at an edge");
        assertThat(decidedLocal).as("decided in local fields").isGreaterThan(askedLocal * 3 / 4);
        assertThat(past).isPositive();
        assertThat(inLater).isPositive();
        assertThat(edgeSitesDecided).isPositive();
        System.out.println("BandBoundsTest: " + metresDecided + " sites past another's metres by the lower bound");
        assertThat(metresDecided).as("sites decided past another's metres").isGreaterThan(asked / 2);
    }

    /** A destination anywhere, at or near a pole, on the equator, or at or near the antimeridian. */
    private static Position destination(Random rnd) {
        switch (rnd.nextInt(6)) {
            case 0:
                return Position.of(rnd.nextBoolean() ? 90 : -90, rnd.nextDouble() * 360 - 180);
            case 1:
                return Position.of((rnd.nextBoolean() ? 1 : -1) * (90 - rnd.nextDouble() * 1e-3), rnd.nextDouble() * 360 - 180);
            case 2:
                return Position.of(rnd.nextBoolean() ? 0 : rnd.nextDouble() * 1e-6, rnd.nextDouble() * 360 - 180);
            case 3:
                return Position.of(rnd.nextDouble() * 160 - 80, rnd.nextBoolean() ? 180 : -180);
            case 4:
                return Position.of(rnd.nextDouble() * 160 - 80, (rnd.nextBoolean() ? 1 : -1) * (180 - rnd.nextDouble() * 0.01));
            default:
                return Position.of(rnd.nextDouble() * 140 - 70, rnd.nextDouble() * 340 - 170);
        }
    }

    /** The position {@code km} from {@code p} at the bearing, in range (longitudes wrapped, latitudes clamped). */
    private static Position at(Position p, double km, double bearingDegrees) {
        double delta = km / Position.EARTH_RADIUS_KM;
        double theta = Math.toRadians(bearingDegrees);
        double phi1 = Math.toRadians(p.lat());
        double phi2 = Math.asin(Math.max(-1, Math.min(1,
                Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta))));
        double lambda2 = Math.toRadians(p.lon()) + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1),
                Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
        double lon = Math.toDegrees(lambda2);
        while (lon > 180) {
            lon -= 360;
        }
        while (lon < -180) {
            lon += 360;
        }
        return Position.of(Math.max(-90, Math.min(90, Math.toDegrees(phi2))), lon);
    }
}
