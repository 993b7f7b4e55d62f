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
import io.promiseengine.model.Preparation;
import io.promiseengine.model.WeeklyHours;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotes with more than 32 eligible origins, where the engine plans origins best first (docs/SEMANTICS.md,
 * "origins are planned best first", issue 14): no test of promise-core reached that search before (issue 13,
 * mutation testing of the quote path). The answers are worked out by hand from spec 4.2, 4.3, 4.5 and 4.6.
 *
 * <p>The network (UTC): 40 warehouses {@code w00} to {@code w39}, open every day 08:00-20:00, postal code
 * 75001, {@code wNN} at 48.86 - 0.01 (NN + 1) N 2.35 E, so {@code w00} is the nearest to the destination
 * (48.86 N 2.35 E) and each next one 1.1 km farther. Every warehouse prepares in 8 hours except {@code w05},
 * {@code w30} and {@code w35} (1 hour). Every warehouse holds A except {@code w05}; B is held by {@code w05} and
 * {@code w00} only. Home delivery {@code hd}: collections every day at 17:00, delivered every day by 20:00, one
 * lane 75 to 75 of 1 transit day. Courier {@code c}: dispatch every day 08:00-20:00, 30 minutes within 50 km.
 *
 * <p>The order is placed on Thursday 2026-09-17 at 10:00. A 1-hour origin is ready at 11:00, collected at 17:00
 * and delivered on Friday 18; an 8-hour origin is ready at 18:00, after the collection, so collected on Friday
 * at 17:00 and delivered on Saturday 19.
 */
class ManyOriginsQuoteTest {

    private static final Instant T = Instant.parse("2026-09-17T10:00:00Z");
    private static final Position HERE = Position.of(48.86, 2.35);

    private static Network network() {
        Network.Builder b = Network.builder(ZoneOffset.UTC);
        for (int i = 0; i < 40; i++) {
            String id = String.format("w%02d", i);
            boolean quick = i == 5 || i == 30 || i == 35;
            b.location(Location.builder(id, LocationKind.WAREHOUSE, Position.of(48.86 - 0.01 * (i + 1), 2.35))
                    .postalCode("75001").ship(true).hours(WeeklyHours.of("MON-SUN", "08:00-20:00"))
                    .preparation(Preparation.of(Duration.ofHours(quick ? 1 : 8))).build());
            if (i != 5) {
                b.stock(id, "A", 5);
            }
        }
        b.stock("w05", "B", 5).stock("w00", "B", 5);
        b.service(HomeDeliveryService.builder("hd", "Colis").origins("*")
                .collections(Collection.of("MON-SUN", "17:00")).deliveryDays("MON-SUN").deliverBy("20:00")
                .lanes(new Lane("75", "75", MassFunction.of(1, 1.0))).price("4.90").build());
        b.service(CourierService.builder("c", "Coursier").origins("*").hours(WeeklyHours.of("MON-SUN", "08:00-20:00"))
                .bands(new Band(50, MassFunction.of(30, 1.0))).price("9.90").build());
        return b.build();
    }

    private static PromiseOption only(QuoteRequest.Builder request, Method method) {
        Quote q = PromiseCalculator.of(network()).quote(request.methods(method).build());
        assertThat(q.options()).hasSize(1);
        return q.options().get(0);
    }

    private static List<String> from(PromiseOption o) {
        return o.shipments().stream().map(s -> s.from() + "=" + s.lines().stream().map(Line::sku).toList()).toList();
    }

    /**
     * A alone: w30 and w35 deliver on Friday, every other holder on Saturday; the two tie on date, shipments and
     * confidence, and w30 is nearer (spec 4.3). Its order-by: ready by 17:00 means started by 16:00 (4.6).
     */
    @Test
    void oneLineFromTheNearestOfTheQuickOrigins() {
        PromiseOption o = only(QuoteRequest.builder(T, Destination.of("75011", HERE)).line("A", 1), Method.HOME_DELIVERY);
        assertThat(from(o)).containsExactly("w30=[A]");
        assertThat(o.promisedAt()).isEqualTo(Instant.parse("2026-09-18T20:00:00Z"));
        assertThat(o.orderBy()).contains(Instant.parse("2026-09-17T16:00:00Z"));
    }

    /**
     * A and B in two shipments at most: no quick origin holds both (w05 lacks A), so one shipment is w00's on
     * Saturday, while B from w05 and A from w30 (nearer than w35) arrive on Friday: the earlier date wins over
     * fewer shipments. Both are ready by 17:00 when ordered by 16:00.
     */
    @Test
    void anEarlierSplitBeatsOneLaterShipment() {
        PromiseOption o = only(QuoteRequest.builder(T, Destination.of("75011", HERE)).line("A", 1).line("B", 1)
                .maxShipments(2), Method.HOME_DELIVERY);
        assertThat(from(o)).containsExactly("w05=[B]", "w30=[A]");
        assertThat(o.promisedAt()).isEqualTo(Instant.parse("2026-09-18T20:00:00Z"));
        assertThat(o.orderBy()).contains(Instant.parse("2026-09-17T16:00:00Z"));
        assertThat(o.price()).isEqualByComparingTo("9.80");
    }

    /**
     * One shipment: only w00 holds A and B, on Saturday. An order keeps Saturday while w00 is ready by Friday
     * 17:00: 8 working hours end by then for a start at Friday 09:00 at the latest (Thursday's evening and
     * night count only from Friday 08:00).
     */
    @Test
    void oneShipmentWaitsForTheOnlyOriginHoldingTheCart() {
        PromiseOption o = only(QuoteRequest.builder(T, Destination.of("75011", HERE)).line("A", 1).line("B", 1)
                .maxShipments(1), Method.HOME_DELIVERY);
        assertThat(from(o)).containsExactly("w00=[A, B]");
        assertThat(o.promisedAt()).isEqualTo(Instant.parse("2026-09-19T20:00:00Z"));
        assertThat(o.orderBy()).contains(Instant.parse("2026-09-18T09:00:00Z"));
    }

    /**
     * By courier (spec 4.5), dispatched when ready and delivered 30 minutes later: w30 and w35 are ready at
     * 11:00, every other holder of A at 18:00; w30 is nearer.
     */
    @Test
    void courierFromTheNearestQuickOrigin() {
        PromiseOption o = only(QuoteRequest.builder(T, Destination.of("75011", HERE)).line("A", 1), Method.COURIER);
        assertThat(from(o)).containsExactly("w30=[A]");
        assertThat(o.promisedAt()).isEqualTo(Instant.parse("2026-09-17T11:30:00Z"));
        assertThat(o.shipments().get(0).shipAt()).isEqualTo(Optional.of(Instant.parse("2026-09-17T11:00:00Z")));
    }
}
