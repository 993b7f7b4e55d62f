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
package io.promiseengine.json;

import io.promiseengine.fixtures.SpecNetwork;
import io.promiseengine.model.Method;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.quote.RejectReason;
import io.promiseengine.quote.Rejection;
import io.promiseengine.quote.Shipment;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseDocumentTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static byte[] resource(String name) {
        try (InputStream in = ResponseDocumentTest.class.getResourceAsStream("/spec/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static QuoteRequest request(String name) {
        try (Reader in = new InputStreamReader(ResponseDocumentTest.class.getResourceAsStream("/spec/" + name),
                StandardCharsets.UTF_8)) {
            return RequestDocument.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void specExampleResponseIsReproducedByteForByte() {
        QuoteRequest request = request("request-1-tshirt-paris.json");
        Quote quote = PromiseCalculator.of(SpecNetwork.network()).quote(request);

        String written = ResponseDocument.write(quote, false);

        assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(resource("response-1-tshirt-paris.json"));
    }

    @Test
    void explainAddsRejectedSortedAndWithoutEmptyService() {
        QuoteRequest request = request("request-1-tshirt-paris.json");
        Quote quote = PromiseCalculator.of(SpecNetwork.network()).quote(request);

        String written = ResponseDocument.write(quote, true);

        assertThat(written).contains("\n  \"rejected\": [");
        assertThat(written).doesNotContain("\"service\": \"\"");
        assertThat(written).doesNotContain("Z\"");
    }

    @Test
    void explainWithNothingRejectedWritesAnEmptyArray() {
        Quote quote = new Quote(Instant.parse("2026-09-17T12:30:00Z"), PARIS, List.of(), List.of());

        assertThat(ResponseDocument.write(quote, true)).isEqualTo("""
                {
                  "at": "2026-09-17T14:30:00+02:00",
                  "options": [],
                  "rejected": []
                }""");
        assertThat(ResponseDocument.write(quote, false)).isEqualTo("""
                {
                  "at": "2026-09-17T14:30:00+02:00",
                  "options": []
                }""");
    }

    @Test
    void twoShipmentOptionAndRejectionsAreWrittenInTheSpecsLayout() {
        ZoneId utc = ZoneId.of("UTC");
        Shipment lyon = new Shipment("wh-lyon", PARIS, List.of(Line.of("JEAN-42", 2)),
                Instant.parse("2026-09-17T14:30:00Z"), Instant.parse("2026-09-17T14:30:00Z"), Optional.of(Instant.parse("2026-09-17T17:00:00Z")));
        Shipment london = new Shipment("wh-london", ZoneId.of("Europe/London"), List.of(Line.of("TSHIRT-M", 1), Line.of("SNEAKER-40", 1)),
                Instant.parse("2026-09-17T15:00:00Z"), Instant.parse("2026-09-17T15:00:00Z"), Optional.of(Instant.parse("2026-09-17T16:00:00Z")));
        PromiseOption option = new PromiseOption(Method.HOME_DELIVERY, Optional.of("std"), Optional.empty(), PARIS,
                Instant.parse("2026-09-19T16:00:00Z"), LocalDate.parse("2026-09-19"), Optional.empty(),
                0.1 + 0.2, new BigDecimal("9.80"), List.of(london, lyon));
        Quote quote = new Quote(Instant.parse("2026-09-17T12:30:00Z"), utc, List.of(option), List.of(
                new Rejection(Method.COURIER, "courier-2h", "store-lyon-2", RejectReason.OUT_OF_RANGE, "391.2 km > 12 km"),
                new Rejection(Method.COLLECT, "", "store-paris-11", RejectReason.OUT_OF_STOCK, "1 \"TSHIRT-M\" < 2")));

        assertThat(ResponseDocument.write(quote, true)).isEqualTo("""
                {
                  "at": "2026-09-17T12:30:00+00:00",
                  "options": [
                    {
                      "confidence": 0.30000000000000004,
                      "date": "2026-09-19",
                      "method": "HOME_DELIVERY",
                      "price": 9.8,
                      "promisedAt": "2026-09-19T18:00:00+02:00",
                      "service": "std",
                      "shipments": [
                        {
                          "from": "wh-london",
                          "lines": [
                            {
                              "quantity": 1,
                              "sku": "TSHIRT-M"
                            },
                            {
                              "quantity": 1,
                              "sku": "SNEAKER-40"
                            }
                          ],
                          "readyAt": "2026-09-17T16:00:00+01:00",
                          "shipAt": "2026-09-17T17:00:00+01:00"
                        },
                        {
                          "from": "wh-lyon",
                          "lines": [
                            {
                              "quantity": 2,
                              "sku": "JEAN-42"
                            }
                          ],
                          "readyAt": "2026-09-17T16:30:00+02:00",
                          "shipAt": "2026-09-17T19:00:00+02:00"
                        }
                      ]
                    }
                  ],
                  "rejected": [
                    {
                      "detail": "391.2 km > 12 km",
                      "location": "store-lyon-2",
                      "method": "COURIER",
                      "reason": "OUT_OF_RANGE",
                      "service": "courier-2h"
                    },
                    {
                      "detail": "1 \\"TSHIRT-M\\" < 2",
                      "location": "store-paris-11",
                      "method": "COLLECT",
                      "reason": "OUT_OF_STOCK"
                    }
                  ]
                }""");
    }

    @Test
    void utcIsWrittenAsPlusZeroNeverZ() {
        Quote quote = new Quote(Instant.parse("2026-09-17T12:30:00Z"), ZoneOffset.UTC, List.of(), List.of());

        assertThat(ResponseDocument.write(quote, false)).contains("\"at\": \"2026-09-17T12:30:00+00:00\"")
                .doesNotContain("Z\"");
    }

    @Test
    void orderByIsWrittenInTheQuotesZoneAndCollectPriceAsZero() {
        ZoneId london = ZoneId.of("Europe/London");
        PromiseOption collect = new PromiseOption(Method.COLLECT, Optional.empty(), Optional.of("store-london-1"), london,
                Instant.parse("2026-09-17T15:00:00Z"), LocalDate.parse("2026-09-17"),
                Optional.of(Instant.parse("2026-09-17T13:00:00Z")), 1.0, new BigDecimal("0.00"),
                List.of(new Shipment("store-london-1", london, List.of(Line.of("A", 1)),
                        Instant.parse("2026-09-17T15:00:00Z"), Instant.parse("2026-09-17T15:00:00Z"), Optional.empty())));
        Quote quote = new Quote(Instant.parse("2026-09-17T12:30:00Z"), PARIS, List.of(collect), List.of());

        String written = ResponseDocument.write(quote, false);

        assertThat(written).contains("\"promisedAt\": \"2026-09-17T16:00:00+01:00\"")
                .contains("\"orderBy\": \"2026-09-17T15:00:00+02:00\"")
                .contains("\"price\": 0,")
                .contains("\"location\": \"store-london-1\"")
                .doesNotContain("\"service\"")
                .doesNotContain("shipAt");
    }
}
