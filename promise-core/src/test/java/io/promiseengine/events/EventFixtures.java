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
package io.promiseengine.events;

import io.promiseengine.live.PromiseEngine;
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
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two warehouses and a Paris store. Orders are placed on Friday 18 September 2026 at 10:00 in Paris for
 * 75015: standard delivery is collected at 17:00 and takes 1 day from Lille (lane 59 to 75) and from the
 * store (lane 75 to 75), 2 days from Lyon (the default lane): Saturday 19 from Lille or the store (the store
 * wins the tie, nearer), Monday 21 from Lyon. The store (open 10:00-20:00, 30 min of preparation, 2 per
 * hourly slot) also serves collect and a courier (60 minutes).
 */
public final class EventFixtures {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final Instant ORDERED = Instant.parse("2026-09-18T08:00:00Z");
    public static final Instant EVENT = Instant.parse("2026-09-18T08:30:00Z");
    public static final Instant SLOT_10 = Instant.parse("2026-09-18T08:00:00Z");

    private EventFixtures() {
    }

    public static Network network(StockLevel... stock) {
        Network.Builder b = Network.builder(PARIS)
                .postalCode("75015", Position.of(48.8412, 2.3003))
                .location(Location.builder("wh-lille", LocationKind.WAREHOUSE, Position.of(50.63, 3.06))
                        .postalCode("59000").preparation(Preparation.of(Duration.ofHours(1))).build())
                .location(Location.builder("wh-lyon", LocationKind.WAREHOUSE, Position.of(45.73, 4.84))
                        .postalCode("69007").preparation(Preparation.of(Duration.ofHours(1))).build())
                .location(Location.builder("store-paris", LocationKind.STORE, Position.of(48.853, 2.369))
                        .name("Paris Bastille").postalCode("75011").hours(WeeklyHours.of("MON-SAT", "10:00-20:00"))
                        .preparation(Preparation.of(Duration.ofMinutes(30), Duration.ofHours(1), 2))
                        .collect(true).ship(true).build())
                .service(HomeDeliveryService.builder("std", "Colis Standard")
                        .origins("kind:WAREHOUSE", "store-paris")
                        .collections(Collection.of("MON-FRI", "17:00"), Collection.of("SAT", "12:00"))
                        .deliveryDays("MON-SAT").deliverBy("18:00")
                        .lanes(new Lane("", "", MassFunction.of(2, 1.0)),
                                new Lane("59", "75", MassFunction.of(1, 1.0)),
                                new Lane("75", "75", MassFunction.of(1, 1.0)))
                        .price("4.90").build())
                .service(CourierService.builder("courier", "Coursier").origins("store-paris")
                        .hours(WeeklyHours.of("MON-SAT", "09:00-21:00"))
                        .bands(new Band(12, MassFunction.of(60, 1.0))).price("9.90").build());
        for (StockLevel s : stock) {
            b.stock(s);
        }
        return b.build();
    }

    public static PromiseEngine engine(Network network) {
        return PromiseEngine.builder(network).clock(Clock.fixed(ORDERED, ZoneOffset.UTC)).build();
    }

    public static Order order(String id, String sku, int quantity, Method method) {
        return Order.of(id, QuoteRequest.builder(ORDERED, Destination.postalCode("75015"))
                .line(sku, quantity).methods(method).build());
    }

    /** Quotes the order, takes the option of the service (or the collect option for {@code ""}), captures it. */
    public static TrackedOrder capture(PromiseEngine engine, PromiseTracker tracker, Order order, String service) {
        PromiseOption option = engine.quote(order).options().stream()
                .filter(o -> o.service().orElse("").equals(service)).findFirst().orElseThrow();
        CaptureResult r = tracker.capture(order, option);
        assertThat(r).isInstanceOf(CaptureResult.Captured.class);
        return r.order().orElseThrow();
    }

    /** A listener that keeps what it hears. */
    public static final class Heard implements PromiseListener {
        public final List<PromiseChange> changes = new ArrayList<>();
        public final List<Replanned> replans = new ArrayList<>();

        @Override
        public void promiseChanged(PromiseChange change) {
            changes.add(change);
        }

        @Override
        public void replanned(Replanned replanned) {
            replans.add(replanned);
        }
    }
}
