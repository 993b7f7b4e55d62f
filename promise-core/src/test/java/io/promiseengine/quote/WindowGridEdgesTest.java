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

import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.Supply;
import io.promiseengine.model.WeeklyHours;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edges of the grid a windows search reads its holders from (docs/TESTING.md, "The windows search scored again
 * (2026-12-07)"): the last cell of the first ring's box, more holders in one ring than the first buffer, a maker
 * in a ring's box but outside its circle, an origin past the local radius, a pair whose bound plus the lead is
 * exactly the window's start; and a holder whose lower bound makes a window that its exact readiness misses. The boxes and cells are worked by hand from {@code SpatialIndex.box} (the
 * radius in degrees, times 1.001, plus 1e-6) and cells of 0.02 degrees ({@code floor((lat + 90) / 0.02)}, {@code floor((lon + 180) / 0.02)}); the
 * expected {@code from} is spec 4.7's: the nearest origin that makes the window (metres rounded, then id).
 * Order Thursday 2026-09-17 10:00 UTC; every origin open all day, 2 hours of preparation, zone 75 with a 2-hour
 * lead: all are ready at 12:00 and make the 14:00-16:00 window of that day and the next.
 */
class WindowGridEdgesTest {

    static final Instant T = Instant.parse("2026-09-17T10:00:00Z");

    private static Location warehouse(String id, double lat, double lon) {
        return Location.builder(id, LocationKind.WAREHOUSE, Position.of(lat, lon)).postalCode("75001")
                .hours(WeeklyHours.allDay()).preparation(Preparation.of(Duration.ofHours(2))).build();
    }

    private static Network.Builder network() {
        return Network.builder(ZoneOffset.UTC)
                .service(ScheduledService.builder("vans", "Nos camions").origins("*").price("6.90")
                        .windows("MON-SUN", "14:00-16:00").zone("75", "PT2H", 2).build());
    }

    private static PromiseOption quote(Network n, Position to) {
        Quote q = PromiseCalculator.of(n).quote(QuoteRequest.builder(T, Destination.of("75011", to)).line("A", 1)
                .methods(Method.SCHEDULED).maxWindows(2).build());
        assertThat(q.options()).hasSize(1);
        return q.options().get(0);
    }

    /**
     * Two origins (so the first ring is 5 km: 160 / sqrt(2) is more than 5). The destination 48.8545 N 2.3511 E: the
     * 5 km box is lat 48.80949 to 48.89951 (rows 6940 to 6944), lon 2.28266 to 2.41954 (columns 9114 to 9120).
     * {@code corner} (48.8805, 2.4005) is in row 6944, column 9120, the box's last cell, 4,628 m away;
     * {@code west} (48.8545, 2.2851) in row 6942, column 9114, 4,829 m away. Both are inside the ring's 4,999 m,
     * so a walk that leaves out the last cell (or the last column) answers {@code west}.
     */
    @Test
    void theNearestOriginInTheLastCellOfTheBoxIsTheFrom() {
        Network n = network().location(warehouse("corner", 48.8805, 2.4005))
                .location(warehouse("west", 48.8545, 2.2851)).stock("corner", "A", 1).stock("west", "A", 1).build();

        PromiseOption o = quote(n, Position.of(48.8545, 2.3511));

        assertThat(o.windows()).hasSize(2);
        assertThat(o.windows()).allSatisfy(w -> assertThat(w.from()).isEqualTo("corner"));
        assertThat(o.shipments()).singleElement().satisfies(s -> assertThat(s.from()).isEqualTo("corner"));
    }

    /**
     * Twenty origins 0.001 degrees of latitude apart north of the destination (111 m each, the farthest 2.2 km):
     * all in the first ring, more than the 16 the walk's buffer starts with. The nearest, {@code s01}, is the from.
     */
    @Test
    void moreHoldersInOneRingThanTheFirstBufferStillGiveTheNearest() {
        Network.Builder b = network();
        for (int i = 20; i >= 1; i--) {
            String id = String.format("s%02d", i);
            b.location(warehouse(id, 48.86 + 0.001 * i, 2.35)).stock(id, "A", 1);
        }

        PromiseOption o = quote(b.build(), Position.of(48.86, 2.35));

        assertThat(o.windows()).hasSize(2);
        assertThat(o.windows()).allSatisfy(w -> assertThat(w.from()).isEqualTo("s01"));
    }

    /**
     * Zone 75 with a 1-hour lead here. {@code near} (1.1 km) is open 08:00-12:00 and 13:00-20:00, prepares in 2
     * hours and gets its A at 11:00 (a supply): its lower bound is 13:00 (the later of 10:00 + 2 h and 11:00 + 2 h),
     * but it works 11:00-12:00 and 13:00-14:00, so it is ready at 14:00 and 14:00 + 1 h misses today's 14:00 window.
     * {@code far} (10 km), open all day with an A on hand, is ready at 12:00 and makes it. Today's window is from
     * {@code far}; tomorrow's from {@code near} (ready since 14:00 today).
     */
    @Test
    void aHolderWhoseBoundMakesTheWindowButNotItsReadinessIsNotTheFrom() {
        Network n = Network.builder(ZoneOffset.UTC)
                .service(ScheduledService.builder("vans", "Nos camions").origins("*").price("6.90")
                        .windows("MON-SUN", "14:00-16:00").zone("75", "PT1H", 2).build())
                .location(Location.builder("near", LocationKind.WAREHOUSE, Position.of(48.87, 2.35))
                        .postalCode("75001").hours(WeeklyHours.of("MON-SUN", "08:00-12:00", "13:00-20:00"))
                        .preparation(Preparation.of(Duration.ofHours(2))).build())
                .location(warehouse("far", 48.95, 2.35))
                .stock("near", "A", 0).supply(new Supply("near", "A", 1, Instant.parse("2026-09-17T11:00:00Z")))
                .stock("far", "A", 1).build();

        PromiseOption o = quote(n, Position.of(48.86, 2.35));

        assertThat(o.windows()).extracting(w -> w.start().toString(), w -> w.from()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2026-09-17T14:00:00Z", "far"),
                org.assertj.core.groups.Tuple.tuple("2026-09-18T14:00:00Z", "near"));
    }

    /**
     * The destination and first ring of the corner case. {@code box} (48.899, 2.419) is inside the 5 km box, near its
     * north-east corner, 7,000 m away: outside the ring's circle; {@code north} (48.9055, 2.3511) is outside the box
     * (north of 48.89951), 5,668 m away. The first ring's nearest maker is {@code box}, too far to be taken: the
     * next ring (10 km) finds {@code north}, the nearer.
     */
    @Test
    void aMakerInTheBoxButOutsideTheRingIsNotTakenBeforeANearerOneOutsideTheBox() {
        Network n = network().location(warehouse("box", 48.899, 2.419))
                .location(warehouse("north", 48.9055, 2.3511)).stock("box", "A", 1).stock("north", "A", 1).build();

        PromiseOption o = quote(n, Position.of(48.8545, 2.3511));

        assertThat(o.windows()).hasSize(2);
        assertThat(o.windows()).allSatisfy(w -> assertThat(w.from()).isEqualTo("north"));
    }

    /**
     * The only origin 10 degrees of latitude south of the destination (1,112 km): no ring up to 1,000 km holds it
     * (5, 10, .. 640 km, then 1,280 km: past the local radius, the box is null and every holder is read).
     */
    @Test
    void anOriginPastTheLocalRadiusIsFoundByTheWholeRing() {
        Network n = network().location(warehouse("south", 38.86, 2.35)).stock("south", "A", 1).build();

        PromiseOption o = quote(n, Position.of(48.86, 2.35));

        assertThat(o.windows()).hasSize(2);
        assertThat(o.windows()).allSatisfy(w -> assertThat(w.from()).isEqualTo("south"));
    }

    /**
     * {@code near} (1.1 km, 2 hours of preparation) is ready at 12:00, and 12:00 + 2 h is exactly today's 14:00
     * window; {@code far} (10 km, another pair: 1 hour) is ready at 11:00. Both make it: {@code from} is near. A
     * search that asked only the pairs whose bound plus the lead is before the start would answer far.
     */
    @Test
    void aPairWhoseBoundPlusTheLeadIsExactlyTheWindowsStartIsAsked() {
        Network n = network().location(warehouse("near", 48.87, 2.35))
                .location(Location.builder("far", LocationKind.WAREHOUSE, Position.of(48.95, 2.35)).postalCode("75001")
                        .hours(WeeklyHours.allDay()).preparation(Preparation.of(Duration.ofHours(1))).build())
                .stock("near", "A", 1).stock("far", "A", 1).build();

        PromiseOption o = quote(n, Position.of(48.86, 2.35));

        assertThat(o.windows()).hasSize(2);
        assertThat(o.windows()).allSatisfy(w -> assertThat(w.from()).isEqualTo("near"));
    }
}
