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
import io.promiseengine.model.Band;
import io.promiseengine.model.Collection;
import io.promiseengine.model.CourierService;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Supply;
import io.promiseengine.model.WeeklyHours;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two edges of the quote (issue 13, mutation testing of {@code QuoteContext}): a courier origin at exactly a band's
 * {@code maxKm} (spec 4.5: the first band whose {@code maxKm} is at or above the distance), and a home delivery
 * promised at exactly the horizon {@code H = t + 60 days} (spec 4: an option exists only if its {@code promisedAt}
 * is at or before {@code H}). The answers are worked out by hand in the comments. Network zone UTC, warehouses open
 * all day, preparing in no time.
 */
class BandAndHorizonEdgesTest {

    /**
     * Courier {@code c}: bands of 50 km (30 minutes) and 60 km (90 minutes), dispatch all day. The warehouse is due
     * north of the destination (0, 0) at exactly 50 km (spec 4.3's haversine, written in the test, gives the double
     * 50.0), so the 50 km band serves it: ordered Thursday 2026-09-17 at 10:00, ready and dispatched at once,
     * delivered at 10:30. A warehouse one step of latitude farther is in the 60 km band: 11:30.
     */
    @Test
    void anOriginAtExactlyABandsMaxKm_isServedByThatBand() {
        double edge = Distances.latitudeAtExactly(50.0);
        assertThat(courier(edge).promisedAt()).isEqualTo(Instant.parse("2026-09-17T10:30:00Z"));
        assertThat(courier(Distances.firstLatitudePast(edge, 50.0)).promisedAt())
                .isEqualTo(Instant.parse("2026-09-17T11:30:00Z"));
    }

    private static PromiseOption courier(double lat) {
        Network.Builder b = Network.builder(ZoneOffset.UTC);
        b.location(Location.builder("w", LocationKind.WAREHOUSE, Position.of(lat, 0)).build());
        b.stock("w", "A", 5);
        b.service(CourierService.builder("c", "Coursier").origins("*").hours(WeeklyHours.of("MON-SUN", "00:00-24:00"))
                .bands(new Band(50, MassFunction.of(30, 1.0)), new Band(60, MassFunction.of(90, 1.0))).price("9.90")
                .build());
        Quote q = PromiseCalculator.of(b.build()).quote(QuoteRequest.builder(Instant.parse("2026-09-17T10:00:00Z"),
                Destination.position(Position.of(0, 0))).line("A", 1).methods(Method.COURIER).build());
        assertThat(q.options()).hasSize(1);
        return q.options().get(0);
    }

    /**
     * Home delivery {@code hd}: collected every day at 12:00, one transit day, delivered every day by 18:00. The
     * warehouse has no stock; one unit of A arrives on Sunday 2026-11-15 at 06:00. Ordered on Thursday 2026-09-17
     * at 18:00, {@code H} is 60 days later, Monday 2026-11-16 at 18:00 (13 days to the end of September, 31 of
     * October, 16 of November). Ready at the arrival, collected at 12:00 that Sunday, delivered on Monday 16 by
     * 18:00: exactly {@code H}, so offered. Its order-by: an order by Sunday 12:00 is still ready for that
     * collection (a parcel ready exactly at a collection is collected); one second later it goes on Monday and
     * arrives on Tuesday.
     */
    @Test
    void aDeliveryAtExactlyTheHorizonIsOffered() {
        Quote q = homeDelivery(Instant.parse("2026-09-17T18:00:00Z"));
        assertThat(q.options()).hasSize(1);
        PromiseOption o = q.options().get(0);
        assertThat(o.promisedAt()).isEqualTo(Instant.parse("2026-11-16T18:00:00Z"));
        assertThat(o.orderBy()).isEqualTo(Optional.of(Instant.parse("2026-11-15T12:00:00Z")));
    }

    /** Ordered one second earlier, {@code H} is Monday 17:59:59: the same delivery is past it, and nothing is offered. */
    @Test
    void aDeliveryOneSecondPastTheHorizonIsNot() {
        assertThat(homeDelivery(Instant.parse("2026-09-17T17:59:59Z")).options()).isEmpty();
    }

    private static Quote homeDelivery(Instant t) {
        Network.Builder b = Network.builder(ZoneOffset.UTC);
        b.location(Location.builder("w", LocationKind.WAREHOUSE, Position.of(0, 0)).postalCode("75001").build());
        b.supply(new Supply("w", "A", 1, Instant.parse("2026-11-15T06:00:00Z")));
        b.service(HomeDeliveryService.builder("hd", "Colis").origins("*")
                .collections(Collection.of("MON-SUN", "12:00")).deliveryDays("MON-SUN").deliverBy("18:00")
                .lanes(new Lane("", "", MassFunction.of(1, 1.0))).price("4.90").build());
        return PromiseCalculator.of(b.build()).quote(QuoteRequest.builder(t, Destination.of("75002", Position.of(0, 0)))
                .line("A", 1).methods(Method.HOME_DELIVERY).build());
    }
}
