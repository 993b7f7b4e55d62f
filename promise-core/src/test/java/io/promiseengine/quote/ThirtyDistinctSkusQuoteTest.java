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
import io.promiseengine.model.Preparation;
import io.promiseengine.model.WeeklyHours;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cart of exactly 30 distinct skus, the most a request may have (docs/LIMITS.md), is quoted: the limit is
 * inclusive (issue 13: the refusal of 31 was tested, 30 never quoted, so the engine's own check could have refused
 * it). One warehouse (UTC, open all day, no preparation time) holds the 30 skus; home delivery collected every day at
 * 17:00, one transit day. Ordered on Thursday 2026-09-17 at 10:00: one shipment, delivered on Friday 18, kept until
 * the 17:00 collection.
 */
class ThirtyDistinctSkusQuoteTest {

    @Test
    void aCartOfThirtyDistinctSkusGetsItsOption() {
        Network.Builder b = Network.builder(ZoneOffset.UTC)
                .location(Location.builder("w", LocationKind.WAREHOUSE, Position.of(48.85, 2.34)).postalCode("75001")
                        .ship(true).collect(false).hours(WeeklyHours.allDay()).preparation(Preparation.of(Duration.ZERO))
                        .build())
                .service(HomeDeliveryService.builder("hd", "Colis").origins("*").collections(Collection.of("MON-SUN", "17:00"))
                        .deliveryDays("MON-SUN").deliverBy("20:00").lanes(new Lane("", "", MassFunction.of(1, 1.0)))
                        .price("4.90").build());
        QuoteRequest.Builder r = QuoteRequest.builder(Instant.parse("2026-09-17T10:00:00Z"), Destination.postalCode("75011"))
                .methods(Method.HOME_DELIVERY).maxShipments(1);
        for (int i = 0; i < 30; i++) {
            b.stock("w", "S" + i, 2);
            r.line("S" + i, 1);
        }
        Quote q = PromiseCalculator.of(b.build()).quote(r.build());
        assertThat(q.options()).hasSize(1);
        PromiseOption o = q.options().get(0);
        assertThat(o.shipments()).hasSize(1);
        assertThat(o.shipments().get(0).lines()).hasSize(30);
        assertThat(o.date()).isEqualTo(LocalDate.parse("2026-09-18"));
        assertThat(o.orderBy()).contains(Instant.parse("2026-09-17T17:00:00Z"));
    }
}
