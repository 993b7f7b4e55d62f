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

import static org.assertj.core.api.Assertions.assertThat;

import io.promiseengine.internal.time.OpenCalendar;
import io.promiseengine.model.Band;
import io.promiseengine.model.Collection;
import io.promiseengine.model.CourierService;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.Supply;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.QuoteRequest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The own-key bound of an origin ({@code Solver.ownKeyBound}, the order in which the bounded best-first path plans
 * origins) at its exact value, worked out by hand from its definition: the preparation starts at the first open
 * instant at or after the earliest start and lasts its working time; home delivery: the first collection at or after
 * that, plus the lane's first value reaching the confidence, as a delivery date (an epoch day); courier: the first
 * dispatch instant at or after that, plus the band's first value reaching the confidence. {@code OriginClassesTest}
 * checks that a class's bound is the origin's own and bounds its plan, which a bound made lower still passes: a bound
 * lower than it should be only plans more origins, the very work the bounded path exists to avoid (issue 13, the
 * solver's surviving mutants). {@link Solver#fewOrigins} is set to 0 here, so that these few origins are bounded.
 *
 * <p>UTC; the order is placed on Thursday 2026-09-17 at 10:00. Every location is open every day 08:00-20:00 and
 * prepares in 1 hour. Home delivery {@code hd}: collections every day at 10:30, delivered every day by 20:00, one
 * lane from postal codes {@code 75...}: 1 day with 0.5, 2 days with 0.5. Courier {@code c}: dispatch every day
 * 08:00-20:00, one band of 50 km: 30 minutes with 0.5, 60 minutes with 0.5. Confidence 0.9, so the first value
 * reaching it is the second (cumulative 0.5, then 1).
 */
class OwnKeyBoundsByHandTest {

    private static final Instant T = Instant.parse("2026-09-17T10:00:00Z");
    private static final Position HERE = Position.of(48.86, 2.35);
    private static final WeeklyHours DAY = WeeklyHours.of("MON-SUN", "08:00-20:00");

    private int saved;

    @BeforeEach
    void boundEveryTarget() {
        saved = Solver.fewOrigins;
        Solver.fewOrigins = 0;
    }

    @AfterEach
    void restore() {
        Solver.fewOrigins = saved;
    }

    private static Location warehouse(String id, String postalCode, double lat) {
        return Location.builder(id, LocationKind.WAREHOUSE, Position.of(lat, 2.35)).postalCode(postalCode).ship(true)
                .hours(DAY).preparation(Preparation.of(Duration.ofHours(1))).build();
    }

    /**
     * {@code now} holds A (75001, 1.1 km away); {@code later} (75002) holds none until one arrives on Friday 10:00;
     * {@code nolane} (13001, no lane from there) holds A; {@code far} (75003, at 47.0 N, about 207 km away, past the
     * courier's band) holds A.
     */
    private static Network network() {
        return Network.builder(ZoneOffset.UTC)
                .location(warehouse("now", "75001", 48.85)).stock("now", "A", 5)
                .location(warehouse("later", "75002", 48.84))
                .supply(new Supply("later", "A", 5, Instant.parse("2026-09-18T10:00:00Z")))
                .location(warehouse("nolane", "13001", 48.83)).stock("nolane", "A", 5)
                .location(warehouse("far", "75003", 47.0)).stock("far", "A", 5)
                .service(HomeDeliveryService.builder("hd", "Colis").origins("*")
                        .collections(Collection.of("MON-SUN", "10:30")).deliveryDays("MON-SUN").deliverBy("20:00")
                        .lanes(new Lane("75", "", MassFunction.of(1, 0.5, 2, 0.5))).price("4.90").build())
                .service(CourierService.builder("c", "Coursier").origins("*").hours(DAY)
                        .bands(new Band(50, MassFunction.of(30, 0.5, 60, 0.5))).price("9.90").build())
                .build();
    }

    private static int site(Snapshot snap, String id) {
        for (int i = 0; i < snap.sites.length; i++) {
            if (snap.sites[i].id.equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    private static QuoteContext context(Snapshot snap, Instant at) {
        QuoteRequest q = QuoteRequest.builder(at, Destination.of("75011", HERE)).line("A", 1).confidence(0.9).build();
        return new QuoteContext(snap, q.lines(), q.confidence(), q.maxShipments(), HERE, "75011", at.getEpochSecond());
    }

    private static long day(String date) {
        return LocalDate.parse(date).toEpochDay();
    }

    private static long at(String instant) {
        return Instant.parse(instant).getEpochSecond();
    }

    /**
     * Home delivery. {@code now}: available at the order instant (its class's bound), prepared 10:00-11:00, past
     * Thursday's 10:30 collection, so collected Friday 10:30, plus 2 days: Sunday 2026-09-20. {@code later}: from
     * Friday 10:00, ready 11:00, collected Saturday 10:30: Monday 2026-09-21. {@code nolane}: no lane, no plan
     * ({@code OpenCalendar.NONE}). The plans of {@code now} and {@code later} reach 0.9 on those very dates (the
     * preparation does not pause and 0.5 is short of 0.9): the bound is exact.
     */
    @Test
    void homeDeliveryBoundsAreTheDatesWorkedOutByHand() {
        Snapshot snap = new Snapshot(network());
        QuoteContext ctx = context(snap, T);
        Solver solver = new Solver(ctx, Target.of(snap.homeDeliveries.get(0)), T.getEpochSecond());
        int now = site(snap, "now");
        int later = site(snap, "later");
        assertThat(solver.ownKeyBound(now, 1)).as("now").isEqualTo(day("2026-09-20"));
        assertThat(solver.ownKeyBound(later, 1)).as("later").isEqualTo(day("2026-09-21"));
        assertThat(solver.ownKeyBound(site(snap, "nolane"), 1)).as("nolane").isEqualTo(OpenCalendar.NONE);
        assertThat(solver.plan(now, 1).ownKey).as("now's plan").isEqualTo(day("2026-09-20"));
        assertThat(solver.plan(later, 1).ownKey).as("later's plan").isEqualTo(day("2026-09-21"));
    }

    /**
     * Courier. {@code now}: ready at 11:00, dispatched then, plus 60 minutes: Thursday 12:00. {@code later}: ready
     * Friday 11:00: Friday 12:00. {@code far}: out of every band, no plan. Again the plans reach 0.9 then.
     */
    @Test
    void courierBoundsAreTheInstantsWorkedOutByHand() {
        Snapshot snap = new Snapshot(network());
        QuoteContext ctx = context(snap, T);
        Solver solver = new Solver(ctx, Target.of(snap.couriers.get(0)), T.getEpochSecond());
        int now = site(snap, "now");
        int later = site(snap, "later");
        assertThat(solver.ownKeyBound(now, 1)).as("now").isEqualTo(at("2026-09-17T12:00:00Z"));
        assertThat(solver.ownKeyBound(later, 1)).as("later").isEqualTo(at("2026-09-18T12:00:00Z"));
        assertThat(solver.ownKeyBound(site(snap, "far"), 1)).as("far").isEqualTo(OpenCalendar.NONE);
        assertThat(solver.plan(now, 1).ownKey).as("now's plan").isEqualTo(at("2026-09-17T12:00:00Z"));
        assertThat(solver.plan(later, 1).ownKey).as("later's plan").isEqualTo(at("2026-09-18T12:00:00Z"));
    }

    /**
     * An order at the epoch, Thursday 1970-01-01 00:00 (a class's bound is kept with the instant it was computed at,
     * and 0 is that instant here): {@code now} opens at 08:00, is ready at 09:00, collected at 10:30, plus 2 days:
     * Saturday 1970-01-03, epoch day 2; by courier, dispatched at 09:00, delivered at 10:00.
     */
    @Test
    void anOrderAtTheEpochIsBoundedLikeAnyOther() {
        Snapshot snap = new Snapshot(network());
        QuoteContext ctx = context(snap, Instant.EPOCH);
        int now = site(snap, "now");
        assertThat(new Solver(ctx, Target.of(snap.homeDeliveries.get(0)), 0).ownKeyBound(now, 1)).isEqualTo(2);
        assertThat(new Solver(ctx, Target.of(snap.couriers.get(0)), 0).ownKeyBound(now, 1)).isEqualTo(10 * 3600);
    }
}
