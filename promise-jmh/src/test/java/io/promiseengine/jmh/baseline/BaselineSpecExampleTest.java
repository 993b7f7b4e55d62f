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
package io.promiseengine.jmh.baseline;

import io.promiseengine.fixtures.SpecNetwork;
import io.promiseengine.model.Method;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.quote.Shipment;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.promiseengine.fixtures.SpecNetwork.at;
import static org.assertj.core.api.Assertions.assertThat;

/** The baseline answers the spec's worked example (section 6) as {@code examples/response-1-tshirt-paris.json}. */
class BaselineSpecExampleTest {

    private final BaselineCalculator baseline = new BaselineCalculator(SpecNetwork.network());

    private Quote request1() {
        return baseline.quote(QuoteRequest.builder(at("2026-09-17T14:30:00+02:00"), Destination.postalCode("75015"))
                .line("TSHIRT-M", 2).build());
    }

    @Test
    void request1GivesTheFiveOptionsOfTheExampleResponse() {
        List<PromiseOption> options = request1().options();

        assertThat(options).extracting(PromiseOption::method, o -> (o.method() == Method.COLLECT ? o.location() : o.service()).orElseThrow())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Method.COLLECT, "store-paris-7"),
                        org.assertj.core.groups.Tuple.tuple(Method.COURIER, "courier-2h"),
                        org.assertj.core.groups.Tuple.tuple(Method.COLLECT, "store-paris-11"),
                        org.assertj.core.groups.Tuple.tuple(Method.HOME_DELIVERY, "express"),
                        org.assertj.core.groups.Tuple.tuple(Method.HOME_DELIVERY, "std"));
        expect(options.get(0), "2026-09-17T16:00:00+02:00", "2026-09-17", "2026-09-17T18:59:59+02:00", 1.0, "0",
                "store-paris-7", "2026-09-17T16:00:00+02:00", null);
        expect(options.get(1), "2026-09-17T17:30:00+02:00", "2026-09-17", "2026-09-17T19:00:00+02:00", 1.0, "9.9",
                "store-paris-7", "2026-09-17T16:00:00+02:00", "2026-09-17T16:00:00+02:00");
        expect(options.get(2), "2026-09-18T11:00:00+02:00", "2026-09-18", "2026-09-17T18:00:00+02:00", 1.0, "0",
                "wh-lyon", "2026-09-17T16:30:00+02:00", "2026-09-17T20:00:00+02:00");
        expect(options.get(3), "2026-09-18T13:00:00+02:00", "2026-09-18", "2026-09-17T17:00:00+02:00", 0.97, "12.5",
                "wh-lyon", "2026-09-17T16:30:00+02:00", "2026-09-17T19:00:00+02:00");
        expect(options.get(4), "2026-09-19T18:00:00+02:00", "2026-09-19", "2026-09-17T16:00:00+02:00", 1.0, "4.9",
                "store-paris-7", "2026-09-17T16:00:00+02:00", "2026-09-17T17:00:00+02:00");
    }

    @Test
    void fullSlotDelaysTheParisStoreToThreeOClock() {
        Shipment collect = request1().options().get(0).shipments().get(0);

        assertThat(collect.startAt()).isEqualTo(at("2026-09-17T15:00:00+02:00"));
        assertThat(collect.lines()).containsExactly(io.promiseengine.quote.Line.of("TSHIRT-M", 2));
    }

    private static void expect(PromiseOption o, String promisedAt, String date, String orderBy, double confidence,
                               String price, String from, String readyAt, String shipAt) {
        assertThat(o.promisedAt()).as("promisedAt").isEqualTo(at(promisedAt));
        assertThat(o.date()).as("date").isEqualTo(LocalDate.parse(date));
        assertThat(o.orderBy()).as("orderBy").contains(at(orderBy));
        assertThat(o.confidence()).as("confidence").isEqualTo(confidence);
        assertThat(o.price()).as("price").isEqualByComparingTo(new BigDecimal(price));
        assertThat(o.shipments()).hasSize(1);
        Shipment s = o.shipments().get(0);
        assertThat(s.from()).as("from").isEqualTo(from);
        assertThat(s.readyAt()).as("readyAt").isEqualTo(at(readyAt));
        Optional<Instant> expectedShipAt = shipAt == null ? Optional.empty() : Optional.of(at(shipAt));
        assertThat(s.shipAt()).as("shipAt").isEqualTo(expectedShipAt);
    }
}
