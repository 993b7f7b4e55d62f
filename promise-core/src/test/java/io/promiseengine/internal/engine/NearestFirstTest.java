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

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.model.Location;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.Service;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link NearestFirst}, the lazy nearest-first walk of a window's {@code from}: its order is spec 4.3's (metres
 * rounded, then the smallest id) over the holders inside the box, and its key is the haversine term of {@link
 * Position#distanceKm}. The oracle is {@code distanceKm} itself and a plain sort by (metres, id); networks are
 * generated (seeds 1 to 150) with twins (a copy of a location at the same position, its id sorting before or
 * after), so ties in metres are certain.
 */
class NearestFirstTest {

    @Test
    void theKeyIsTheHaversineTermOfDistanceKm_toTheLastBit() {
        Random r = new Random(17_000_001L);
        for (int i = 0; i < 200_000; i++) {
            Position site = new Position(r.nextDouble() * 178 - 89, r.nextDouble() * 360 - 180);
            Position dest = i % 4 == 0 ? site : i % 4 == 1
                    ? new Position(clamp(site.lat() + r.nextGaussian() * 0.05), site.lon())
                    : new Position(clamp(site.lat() + r.nextGaussian() * 0.2), wrap(site.lon() + r.nextGaussian() * 0.2));
            double a = NearestFirst.a(site.lat(), site.lon(), Math.cos(Math.toRadians(site.lat())), dest.lat(), dest.lon(),
                    Math.cos(Math.toRadians(dest.lat())));
            double km = 2 * Position.EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1.0, a)));
            assertThat(km).as("site %s, destination %s (case %d)", site, dest, i).isEqualTo(site.distanceKm(dest));
        }
    }

    private static double clamp(double lat) {
        return Math.max(-89.9, Math.min(89.9, lat));
    }

    private static double wrap(double lon) {
        return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
    }

    @Test
    void holdersComeOutByMetresThenId_onlyThoseInsideTheBox_radiusAfterRadius() {
        for (long seed = 1; seed <= 150; seed++) {
            Random r = new Random(seed);
            NetworkGenerator g = new NetworkGenerator(seed);
            Network base = g.network();
            List<Location> locations = new ArrayList<>(base.locations());
            for (Location l : base.locations()) {
                if (r.nextBoolean()) {
                    // a twin at the same position: the same metres, its id before or after the original's
                    String id = r.nextBoolean() ? "0-" + l.id() : l.id() + "-twin";
                    locations.add(new Location(id, l.name(), l.kind(), l.postalCode(), l.position(), l.zone(), l.hours(),
                            l.closed(), l.preparation(), l.collect(), true));
                }
            }
            List<Service> services = new ArrayList<>(base.services());
            services.add(ScheduledService.builder("vans", "Vans").origins("*").windows("MON-SAT", "08:00-10:00")
                    .zone("", "PT4H", 5).price("6.90").build());
            Network network = new Network(base.zone(), base.calendars(), base.postalCodes(), locations, services,
                    base.transfers(), base.stock(), base.supply(), base.load(), List.of(), base.currency());
            Snapshot snap = new Snapshot(network);
            WindowService service = snap.scheduled.get(0);
            QuoteRequest request = g.request();
            Snapshot.Site[] sites = snap.sites;
            // the destination: at a site, or around one (metres apart, or kilometres)
            Position at = sites[r.nextInt(sites.length)].location.position();
            double spread = new double[] {0, 0.001, 0.03, 0.3}[r.nextInt(4)];
            Position destination = new Position(clamp(at.lat() + r.nextGaussian() * spread),
                    wrap(at.lon() + r.nextGaussian() * spread));
            QuoteContext ctx = new QuoteContext(snap, request.lines(), request.confidence(), 1, destination, "",
                    request.at().getEpochSecond());
            // holders: a random subset of the sites, ascending
            List<Integer> chosen = new ArrayList<>();
            for (int s = 0; s < sites.length; s++) {
                if (r.nextInt(4) != 0) {
                    chosen.add(s);
                }
            }
            int[] holders = chosen.stream().mapToInt(Integer::intValue).toArray();
            NearestFirst near = new NearestFirst(ctx, service, holders);
            for (double km : new double[] {0.5, 5, 20, 80, 320, 1280}) {
                double[] box = SpatialIndex.box(destination, km);
                near.reset(box);
                List<String> expected = new ArrayList<>();
                for (int site : holders) {
                    Position p = sites[site].location.position();
                    if (box == null || (p.lat() >= box[0] && p.lat() <= box[1] && p.lon() >= box[2] && p.lon() <= box[3])) {
                        expected.add(sites[site].id);
                    }
                }
                expected.sort(Comparator.comparingLong((String id) -> Math.round(snap.sites[snap.siteIndex.get(id)]
                        .location.position().distanceKm(destination) * 1000.0)).thenComparing(Comparator.naturalOrder()));
                // asked in a random prefix first (lazily), then to the end
                int prefix = r.nextInt(3);
                for (int i = 0; i < prefix && i < expected.size(); i++) {
                    assertThat(sites[holders[near.get(i)]].id).as("seed %d, %s km, #%d", seed, km, i).isEqualTo(expected.get(i));
                }
                List<String> actual = new ArrayList<>();
                for (int i = 0, h; (h = near.get(i)) >= 0; i++) {
                    actual.add(sites[holders[h]].id);
                }
                assertThat(actual).as("seed %d, %s km, destination %s", seed, km, destination).isEqualTo(expected);
            }
        }
    }
}
