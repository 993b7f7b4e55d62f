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

import io.promiseengine.model.Collection;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Selector;
import io.promiseengine.model.Supply;
import io.promiseengine.model.Transfer;
import io.promiseengine.model.WeeklyTimes;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the network's times and rows are read into the quote: collection times, {@code deliverBy} and transfer
 * departures off the hour (minutes count, spec 4.3 and 4.4), a sku known only from its supply (spec 4.1), and
 * the origin-id tie-break whatever order the locations are listed in (spec 4.3). Expected instants are worked
 * out by hand from the spec. Orders are placed on Thursday 2026-09-17 at 10:00 UTC.
 */
class NetworkTimesTest {

    private static final Instant T = Instant.parse("2026-09-17T10:00:00Z");

    private static Location.Builder location(String id, LocationKind kind, double lat) {
        return Location.builder(id, kind, Position.of(lat, 2.35));
    }

    /** Collected daily at 16:45, delivered the next day (one transit day, every day) by 17:30. */
    private static HomeDeliveryService home(String... origins) {
        return HomeDeliveryService.builder("hd", "Colis").origins(origins)
                .collections(Collection.of("MON-SUN", "16:45")).deliveryDays("MON-SUN").deliverBy("17:30")
                .lanes(new Lane("", "", MassFunction.of(1, 1.0))).price("4.90").build();
    }

    private static PromiseOption onlyOption(Network n, QuoteRequest r) {
        List<PromiseOption> options = PromiseCalculator.of(n).quote(r).options();
        assertThat(options).hasSize(1);
        return options.get(0);
    }

    private static QuoteRequest homeRequest(String sku) {
        return QuoteRequest.builder(T, Destination.postalCode("75011")).line(sku, 1).methods(Method.HOME_DELIVERY).build();
    }

    @Test
    void collectionAndDeliverByOffTheHourAreTakenToTheMinute() {
        Network n = Network.builder(ZoneOffset.UTC)
                .location(location("wh", LocationKind.WAREHOUSE, 48.85).build())
                .service(home("*"))
                .stock("wh", "A", 5)
                .build();
        PromiseOption o = onlyOption(n, homeRequest("A"));
        // ready at 10:00, collected at 16:45 the same day (D0 Thursday), delivered Friday by 17:30
        assertThat(o.shipments().get(0).shipAt()).contains(Instant.parse("2026-09-17T16:45:00Z"));
        assertThat(o.promisedAt()).isEqualTo(Instant.parse("2026-09-18T17:30:00Z"));
    }

    @Test
    void aTransferDepartureOffTheHourIsTakenToTheMinute() {
        Network n = Network.builder(ZoneOffset.UTC)
                .location(location("store", LocationKind.STORE, 48.86).collect(true).build())
                .location(location("wh", LocationKind.WAREHOUSE, 48.85).build())
                .transfer(new Transfer(Selector.parse("wh"), List.of(Selector.parse("store")),
                        WeeklyTimes.of("MON-SUN", "19:45"), Duration.ofHours(1), Duration.ZERO))
                .stock("wh", "A", 5)
                .build();
        PromiseOption o = onlyOption(n, QuoteRequest.builder(T, Destination.postalCode("75011")).line("A", 1)
                .methods(Method.COLLECT).collectAt("store").build());
        // wh ready at 10:00, departs 19:45, arrives 20:45, nothing to receive, the store always open
        assertThat(o.shipments().get(0).shipAt()).contains(Instant.parse("2026-09-17T19:45:00Z"));
        assertThat(o.promisedAt()).isEqualTo(Instant.parse("2026-09-17T20:45:00Z"));
    }

    @Test
    void aSkuWithSupplyAndNoStockRowWaitsForTheSupply() {
        Network n = Network.builder(ZoneOffset.UTC)
                .location(location("wh", LocationKind.WAREHOUSE, 48.85).build())
                .service(home("*"))
                .supply(new Supply("wh", "B", 2, Instant.parse("2026-09-18T08:00:00Z")))
                .build();
        PromiseOption o = onlyOption(n, homeRequest("B"));
        // starts when B arrives on Friday 08:00, collected Friday 16:45, delivered Saturday by 17:30
        assertThat(o.shipments().get(0).startAt()).isEqualTo(Instant.parse("2026-09-18T08:00:00Z"));
        assertThat(o.promisedAt()).isEqualTo(Instant.parse("2026-09-19T17:30:00Z"));
    }

    @Test
    void twoEqualOriginsTieOnTheSmallerIdWhateverTheirOrderInTheNetwork() {
        // the destination has no position: every distance is 0; same plan from both: the ids decide (spec 4.3)
        for (List<String> order : List.of(List.of("b", "a", "c"), List.of("c", "a", "b"), List.of("a", "b", "c"))) {
            Network.Builder b = Network.builder(ZoneOffset.UTC).service(home("*"));
            for (String id : order) {
                b.location(location(id, LocationKind.WAREHOUSE, 48.85).build()).stock(id, "A", 5);
            }
            PromiseOption o = onlyOption(b.build(), homeRequest("A"));
            assertThat(o.shipments()).extracting(Shipment::from).as("locations listed %s", order).containsExactly("a");
        }
    }
}
