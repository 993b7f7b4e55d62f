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

import io.promiseengine.model.Method;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** An option without a currency prints exactly as the record did before options had one; with one, it says so. */
class PromiseOptionTextTest {

    /** The record as it was, whose generated text is the oracle. */
    private record Before(Method method, Optional<String> service, Optional<String> location, ZoneId zone, Instant promisedAt,
                          LocalDate date, Optional<Instant> orderBy, double confidence, BigDecimal price,
                          List<Shipment> shipments) {
    }

    @Test
    void anOptionWithoutCurrencyPrintsAsBefore() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        Instant at = Instant.parse("2026-09-19T16:00:00Z");
        List<Shipment> shipments = List.of(new Shipment("wh-lyon", paris, List.of(new Line("TSHIRT", 2)),
                Instant.parse("2026-09-18T08:00:00Z"), Instant.parse("2026-09-18T09:00:00Z"),
                Optional.of(Instant.parse("2026-09-18T15:00:00Z"))));
        PromiseOption option = new PromiseOption(Method.HOME_DELIVERY, Optional.of("std"), Optional.empty(), paris, at, LocalDate.of(2026, 9, 19),
                Optional.of(Instant.parse("2026-09-18T12:59:59Z")), 0.9712, new BigDecimal("4.90"), shipments);
        Before before = new Before(Method.HOME_DELIVERY, Optional.of("std"), Optional.empty(), paris, at, LocalDate.of(2026, 9, 19),
                Optional.of(Instant.parse("2026-09-18T12:59:59Z")), 0.9712, new BigDecimal("4.90"), shipments);

        assertThat(option.toString()).isEqualTo(before.toString().replaceFirst("^Before\\[", "PromiseOption["));
        PromiseOption euros = new PromiseOption(option.method(), option.service(), option.location(), option.zone(),
                option.promisedAt(), option.date(), option.orderBy(), option.confidence(), option.price(),
                Optional.of(Currency.getInstance("EUR")), option.shipments());
        assertThat(euros.toString()).contains("price=4.90, currency=EUR, shipments=[");
    }
}
