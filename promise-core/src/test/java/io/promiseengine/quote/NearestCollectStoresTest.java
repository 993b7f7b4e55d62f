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
package io.promiseengine.quote;

import io.promiseengine.fixtures.Distances;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collect stores a request without {@code collectAt} gets (spec 3): the {@code collect} locations nearest to
 * the destination, at most 3, within 50 km inclusive, ties by id, chosen before looking at stock. The engine keeps
 * a short list sorted by distance then id while it walks the stores by rings of degrees around the destination
 * (nearest first; within a ring in the network's order), and once the list is full skips a store whose difference
 * of latitudes, or of longitudes, alone puts it past the last kept (issue 13, mutation testing:
 * no test had more than three stores in reach in an order where that skip decides, a store on the 50 km edge, or
 * two stores at one distance). Every store holds A, is open all day and prepares in no time, so each chosen store
 * gives one COLLECT option; distances are worked out by hand (1 degree of latitude is R pi / 180 = 111.195 km).
 */
class NearestCollectStoresTest {

    private static final Instant T = Instant.parse("2026-09-17T10:00:00Z");

    /** A store: id, latitude, longitude. */
    private record Store(String id, double lat, double lon) {
    }

    private static List<String> collectStores(Position destination, Store... stores) {
        return collectStores(destination, List.of(stores), List.of());
    }

    /** As above, with locations that hold A but are not collect stores ({@code others}). */
    private static List<String> collectStores(Position destination, List<Store> stores, List<Store> others) {
        Network.Builder b = Network.builder(ZoneOffset.UTC);
        for (Store s : stores) {
            b.location(Location.builder(s.id(), LocationKind.STORE, Position.of(s.lat(), s.lon())).collect(true).build());
            b.stock(s.id(), "A", 5);
        }
        for (Store s : others) {
            b.location(Location.builder(s.id(), LocationKind.STORE, Position.of(s.lat(), s.lon())).build());
            b.stock(s.id(), "A", 5);
        }
        Quote q = PromiseCalculator.of(b.build()).quote(QuoteRequest.builder(T, Destination.position(destination))
                .line("A", 1).methods(Method.COLLECT).build());
        return q.options().stream().map(o -> o.location().orElseThrow()).sorted().toList();
    }

    /**
     * From (10, 0): s-a 30 km north (0.27 degrees: 30.02 km), s-b 20 km north (20.02 km), s-c 40 km north
     * (40.03 km), then, once those three fill the list, s-d 10 km south (10.01 km: nearer than s-c, and its
     * latitude difference alone, 10.01 km, is below the last kept, 40.03, so it must not be skipped) and s-e
     * 45 km east (0.41 degrees at latitude 10: 44.90 km, farther than all three). The three nearest: s-d, s-b, s-a.
     */
    @Test
    void aNearerStoreMetAfterTheListIsFull_replacesTheFarthest() {
        assertThat(collectStores(Position.of(10, 0),
                new Store("s-a", 10.27, 0), new Store("s-b", 10.18, 0), new Store("s-c", 10.36, 0),
                new Store("s-d", 9.91, 0), new Store("s-e", 10, 0.41)))
                .containsExactly("s-a", "s-b", "s-d");
    }

    /**
     * From (0, 0): k1 5.56 km north, k2 8.90 km east, k9 22.24 km north (0.2 degrees), then k4 0.2 degrees south:
     * exactly as far as k9 (the same double: the latitudes are opposite and the formula is even in them), and
     * k4 comes before k9 by id, so k4 takes the third place although it is met last and its latitude difference
     * alone equals the last kept distance (up to rounding: the skip must leave a margin for it).
     */
    @Test
    void aStoreTiedWithTheThirdAndSmallerById_takesItsPlace() {
        assertThat(collectStores(Position.of(0, 0),
                new Store("k1", 0.05, 0), new Store("k2", 0, 0.08), new Store("k9", 0.2, 0), new Store("k4", -0.2, 0)))
                .containsExactly("k1", "k2", "k4");
    }

    /** The same stores with k4 met before k9: k9 ties with k4 and comes after it by id, so it is not kept. */
    @Test
    void aStoreTiedWithTheThirdAndLargerById_isNotKept() {
        assertThat(collectStores(Position.of(0, 0),
                new Store("k1", 0.05, 0), new Store("k2", 0, 0.08), new Store("k4", -0.2, 0), new Store("k9", 0.2, 0)))
                .containsExactly("k1", "k2", "k4");
    }

    /**
     * Fields of up to 150 stores around a destination at any latitude up to 85 degrees (and by the antimeridian),
     * most of them within a few km, some of them in pairs mirrored east and west or north and south of it (the same
     * distance), some not collect stores, against the three nearest collect stores within 50 km by distance then
     * id, every distance computed: the engine takes the candidates by rings of degrees, nearest first, and skips a
     * store by its difference of latitudes or of longitudes alone once the list is full (issue 14, h15ten).
     */
    @Test
    void fieldsOfStores_getTheThreeNearestByDistanceThenId() {
        long first = Long.getLong("collectStores.firstSeed", 25_500_001L);
        int seeds = Integer.getInteger("collectStores.seeds", 150);
        int compared = 0;
        int pruned = 0;
        for (long seed = first; seed < first + seeds; seed++) {
            Random r = new Random(seed);
            double lat = r.nextInt(4) == 0 ? (r.nextDouble() * 2 - 1) * 85 : 42 + r.nextDouble() * 9;
            double lon = r.nextInt(10) == 0 ? 179.95 : (r.nextDouble() * 2 - 1) * 10;
            Position destination = Position.of(lat, lon);
            double spread = new double[] {0.005, 0.02, 0.08, 0.3, 0.6}[r.nextInt(5)];
            int count = 1 + r.nextInt(150);
            List<Store> stores = new ArrayList<>();
            List<Store> others = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                double dLat = (r.nextDouble() * 2 - 1) * spread;
                double dLon = (r.nextDouble() * 2 - 1) * spread * (r.nextBoolean() ? 1 : 2);
                String id = "s" + r.nextInt(1_000_000) + "-" + i;
                (r.nextInt(8) == 0 ? others : stores).add(new Store(id, lat + dLat, wrapped(lon + dLon)));
                if (r.nextInt(4) == 0) {
                    // its mirror: east and west, or north and south, at the same distance
                    stores.add(r.nextBoolean() ? new Store(id + "w", lat + dLat, wrapped(lon - dLon))
                            : new Store(id + "s", lat - dLat, wrapped(lon + dLon)));
                }
            }
            List<Store> inReach = new ArrayList<>();
            for (Store s : stores) {
                if (Position.of(s.lat(), s.lon()).distanceKm(destination) <= 50.0) {
                    inReach.add(s);
                }
            }
            inReach.sort(Comparator.comparingDouble((Store s) -> Position.of(s.lat(), s.lon()).distanceKm(destination))
                    .thenComparing(Store::id));
            List<String> expected = inReach.stream().limit(3).map(Store::id).sorted().toList();
            assertThat(collectStores(destination, stores, others)).as("seed %d", seed).isEqualTo(expected);
            compared++;
            pruned += inReach.size() > 3 ? 1 : 0;
        }
        System.out.printf("NearestCollectStoresTest: seeds %d to %d, %d fields, %d with more than three stores in reach%n",
                first, first + seeds - 1, compared, pruned);
    }

    /** A longitude brought back into [-180, 180]. */
    private static double wrapped(double lon) {
        return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
    }

    /**
     * From (0, 0): {@code edge} due north at exactly 50 km (a latitude whose haversine distance, spec 4.3's formula
     * written in the test, is the double 50.0), {@code past} at the next latitude whose distance is above 50 km,
     * and {@code near} 11 km away. Within 50 km inclusive: near and edge, not past.
     */
    @Test
    void aStoreAtExactlyFiftyKilometresIsInReach_andOneJustPastIsNot() {
        double edge = Distances.latitudeAtExactly(50.0);
        double past = Distances.firstLatitudePast(edge, 50.0);
        assertThat(Distances.km(0, 0, edge, 0)).isEqualTo(50.0);
        assertThat(Distances.km(0, 0, past, 0)).isGreaterThan(50.0);
        assertThat(collectStores(Position.of(0, 0),
                new Store("past", past, 0), new Store("edge", edge, 0), new Store("near", 0.1, 0)))
                .containsExactly("edge", "near");
    }
}
