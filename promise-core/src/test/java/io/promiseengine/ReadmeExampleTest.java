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
package io.promiseengine;

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
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java example of the README, verbatim between the markers: if this stops compiling, fix the README too. */
class ReadmeExampleTest {

    @Test
    void readmeExampleQuotesNextDayDeliveryWithItsOrderByDeadline() {
        // README example: begin
        Network network = Network.builder(ZoneId.of("Europe/Paris"))
                .calendar("FR", List.of(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-11"),
                        LocalDate.parse("2026-12-25")))
                .postalCode("75015", Position.of(48.8412, 2.3003))
                .location(Location.builder("wh-marne", LocationKind.WAREHOUSE, Position.of(48.8473, 2.7852))
                        .name("Entrepôt Marne-la-Vallée")
                        .postalCode("77700")
                        .hours(WeeklyHours.of("MON-FRI", "06:00-22:00"))
                        .closed("FR")
                        .preparation(Preparation.of(Duration.ofHours(2), Duration.ofHours(1), 200))
                        .build())
                .service(HomeDeliveryService.builder("std", "Colis Standard")
                        .origins("kind:WAREHOUSE")
                        .collections(Collection.of("MON-FRI", "12:00", "17:00"), Collection.of("SAT", "12:00"))
                        .deliveryDays("MON-SAT")
                        .closed("FR")
                        .deliverBy("18:00")
                        .lanes(new Lane("", "", MassFunction.of(2, 0.7, 3, 0.3)),
                                new Lane("77", "75", MassFunction.of(1, 0.96, 2, 0.04)))
                        .price("4.90")
                        .build())
                .stock("wh-marne", "TSHIRT-M", 120)
                .build();

        Instant thursday10am = OffsetDateTime.parse("2026-09-17T10:00:00+02:00").toInstant();
        Quote quote = PromiseCalculator.of(network).quote(
                QuoteRequest.builder(thursday10am, Destination.postalCode("75015"))
                        .line("TSHIRT-M", 2)
                        .build());

        PromiseOption option = quote.options().get(0);
        // HOME_DELIVERY by std: delivered Friday 2026-09-18 by 18:00 with confidence 0.96,
        // if ordered by Thursday 15:00 (ready at 17:00, the last collection of the day)
        // README example: end

        assertThat(quote.options()).hasSize(1);
        assertThat(option.method()).isEqualTo(Method.HOME_DELIVERY);
        assertThat(option.service()).contains("std");
        assertThat(option.date()).isEqualTo(LocalDate.parse("2026-09-18"));
        assertThat(option.promisedAt()).isEqualTo(OffsetDateTime.parse("2026-09-18T18:00:00+02:00").toInstant());
        assertThat(option.confidence()).isEqualTo(0.96);
        assertThat(option.orderBy()).contains(OffsetDateTime.parse("2026-09-17T15:00:00+02:00").toInstant());
        assertThat(option.shipments()).singleElement().satisfies(s -> {
            assertThat(s.from()).isEqualTo("wh-marne");
            assertThat(s.readyAt()).isEqualTo(OffsetDateTime.parse("2026-09-17T12:00:00+02:00").toInstant());
            assertThat(s.shipAt()).contains(OffsetDateTime.parse("2026-09-17T12:00:00+02:00").toInstant());
        });
    }
}
