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

import io.promiseengine.model.Method;
import io.promiseengine.model.Position;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.InvalidRequestException;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestDocumentTest {

    private static final String MINIMAL = """
            { "at": "2026-09-17T14:30:00+02:00", "destination": { "postalCode": "75015" },
              "lines": [ { "sku": "TSHIRT-M", "quantity": 2 } ] }""";

    /** The minimal request with one member replaced or added: {@code "key": value}. */
    private static String with(String member) {
        return MINIMAL.substring(0, MINIMAL.length() - 1).stripTrailing() + ", " + member + " }";
    }

    private static String field(String json) {
        try {
            RequestDocument.read(json);
        } catch (InvalidRequestException e) {
            assertThat(e.getMessage()).startsWith(e.field() + ": ");
            return e.field();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void specExampleRequestsAreRead() {
        QuoteRequest r = ResponseDocumentTest.request("request-1-tshirt-paris.json");
        assertThat(r.at()).isEqualTo(Instant.parse("2026-09-17T12:30:00Z"));
        assertThat(r.destination()).isEqualTo(Destination.postalCode("75015"));
        assertThat(r.lines()).containsExactly(Line.of("TSHIRT-M", 2));
        assertThat(r.explain()).isTrue();

        QuoteRequest r5 = ResponseDocumentTest.request("request-5-dst-end.json");
        assertThat(r5.destination()).isEqualTo(Destination.of("75007", Position.of(48.8606, 2.3376)));
        assertThat(r5.methods()).containsExactly(Method.COLLECT, Method.COURIER);
        assertThat(r5.methodsGiven()).isTrue();
        assertThat(r5.collectAt()).containsExactly("store-paris-7", "store-paris-11");
        assertThat(r5.collectAtGiven()).isTrue();

        QuoteRequest r2 = ResponseDocumentTest.request("request-2-cart-split.json");
        assertThat(r2.maxShipments()).isEqualTo(2);
        assertThat(r2.confidence()).isEqualTo(0.9);
    }

    @Test
    void integersMayBeWrittenWithAZeroFractionOrAnExponentAsInTheNetworkDocument() {
        QuoteRequest r = RequestDocument.read(with("\"maxShipments\": 2.0").replace("\"quantity\": 2", "\"quantity\": 1e1"));

        assertThat(r.maxShipments()).isEqualTo(2);
        assertThat(r.lines().get(0).quantity()).isEqualTo(10);
    }

    @Test
    void absentFieldsTakeTheSpecsDefaults() {
        QuoteRequest r = RequestDocument.read(MINIMAL);

        assertThat(r.confidence()).isEqualTo(0.95);
        assertThat(r.methods()).isEqualTo(EnumSet.allOf(Method.class));
        assertThat(r.methodsGiven()).isFalse();
        assertThat(r.collectAt()).isEmpty();
        assertThat(r.collectAtGiven()).isFalse();
        assertThat(r.maxShipments()).isEqualTo(1);
        assertThat(r.explain()).isFalse();
    }

    @Test
    void noMethodsAsksForNothing() {
        QuoteRequest r = RequestDocument.read(with("\"methods\": []"));

        assertThat(r.methods()).isEmpty();
        assertThat(r.methodsGiven()).isTrue();
    }

    @Test
    void duplicateMethodsAreIgnored() {
        QuoteRequest r = RequestDocument.read(with("\"methods\": [\"COURIER\", \"COLLECT\", \"COURIER\"]"));

        assertThat(r.methods()).containsExactly(Method.COLLECT, Method.COURIER);
    }

    @Test
    void emptyCollectAtIsGiven() {
        QuoteRequest r = RequestDocument.read(with("\"collectAt\": []"));

        assertThat(r.collectAt()).isEmpty();
        assertThat(r.collectAtGiven()).isTrue();
    }

    @Test
    void linesNamingTheSameSkuAreMergedInOrderOfFirstAppearance() {
        QuoteRequest r = RequestDocument.read("""
                { "at": "2026-09-17T14:30:00+02:00", "destination": { "postalCode": "75015" },
                  "lines": [ { "sku": "B", "quantity": 1 }, { "sku": "A", "quantity": 2 }, { "sku": "B", "quantity": 3 } ] }""");

        assertThat(r.lines()).containsExactly(Line.of("B", 4), Line.of("A", 2));
    }

    @Test
    void aPositionAloneIsADestination() {
        QuoteRequest r = RequestDocument.read("""
                { "at": "2026-09-17T14:30:00Z", "destination": { "position": { "lat": -90, "lon": 180 } },
                  "lines": [ { "sku": "A", "quantity": 1 } ] }""");

        assertThat(r.destination()).isEqualTo(new Destination("", Optional.of(Position.of(-90, 180))));
        assertThat(r.at()).isEqualTo(Instant.parse("2026-09-17T14:30:00Z"));
    }

    @Test
    void confidenceOfOneAndIntegerFormsAreAccepted() {
        assertThat(RequestDocument.read(with("\"confidence\": 1")).confidence()).isEqualTo(1.0);
        assertThat(RequestDocument.read(with("\"confidence\": 1e-4")).confidence()).isEqualTo(1.0E-4);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"colour\": \"red\"                                   | colour",
            "\"at\": \"2026-09-17T14:31:00+02:00\"                  | at",
            "\"confidence\": 0                                     | confidence",
            "\"confidence\": 1.01                                  | confidence",
            "\"confidence\": -0.5                                  | confidence",
            "\"confidence\": \"0.9\"                               | confidence",
            "\"confidence\": null                                  | confidence",
            "\"methods\": [\"HOME_DELIVERY\", \"DRONE\"]            | methods[1]",
            "\"methods\": [\"home_delivery\"]                       | methods[0]",
            "\"methods\": \"COURIER\"                               | methods",
            "\"methods\": [1]                                      | methods[0]",
            "\"collectAt\": \"store-paris-7\"                       | collectAt",
            "\"collectAt\": [\"store-paris-7\", 7]                  | collectAt[1]",
            "\"collectAt\": [\"\"]                                  | collectAt[0]",
            "\"maxShipments\": 0                                   | maxShipments",
            "\"maxShipments\": 1.5                                 | maxShipments",
            "\"maxShipments\": \"2\"                               | maxShipments",
            "\"maxShipments\": 99999999999                         | maxShipments",
            "\"explain\": \"yes\"                                  | explain",
            "\"explain\": 1                                        | explain",
    })
    void aBadFieldIsRefusedByName(String member, String field) {
        assertThat(field(with(member))).isEqualTo(field);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{ \"sku\": \"A\", \"quantity\": 0 }        | lines[0].quantity",
            "{ \"sku\": \"A\", \"quantity\": -1 }       | lines[0].quantity",
            "{ \"sku\": \"A\", \"quantity\": 1.5 }      | lines[0].quantity",
            "{ \"sku\": \"A\", \"quantity\": \"2\" }    | lines[0].quantity",
            "{ \"sku\": \"A\" }                         | lines[0].quantity",
            "{ \"sku\": \"\", \"quantity\": 1 }         | lines[0].sku",
            "{ \"sku\": 12, \"quantity\": 1 }           | lines[0].sku",
            "{ \"quantity\": 1 }                        | lines[0].sku",
            "{ \"sku\": \"A\", \"quantity\": 1, \"price\": 3 } | lines[0].price",
            "\"A\"                                      | lines[0]",
    })
    void aBadLineIsRefusedByPath(String line, String field) {
        String json = "{ \"at\": \"2026-09-17T14:30:00+02:00\", \"destination\": { \"postalCode\": \"75015\" }, \"lines\": [ "
                + line + " ] }";
        assertThat(field(json)).isEqualTo(field);
    }

    @Test
    void mergedQuantitiesBeyondTheLimitAreRefused() {
        assertThat(field("""
                { "at": "2026-09-17T14:30:00+02:00", "destination": { "postalCode": "75015" },
                  "lines": [ { "sku": "A", "quantity": 1000000000 }, { "sku": "A", "quantity": 1 } ] }""")).isEqualTo("lines");
    }

    @Test
    void utcMayBeWrittenZOnTheWayIn() {
        assertThat(RequestDocument.read(MINIMAL.replace("+02:00", "Z")).at()).isEqualTo(Instant.parse("2026-09-17T14:30:00Z"));
    }

    @Test
    void theSecondLineIsNamedByItsIndex() {
        assertThat(field("""
                { "at": "2026-09-17T14:30:00+02:00", "destination": { "postalCode": "75015" },
                  "lines": [ { "sku": "A", "quantity": 1 }, { "sku": "B", "quantity": 0 } ] }""")).isEqualTo("lines[1].quantity");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"lines\": []                           | lines",
            "\"lines\": {}                           | lines",
    })
    void noLinesIsRefused(String lines, String field) {
        assertThat(field("{ \"at\": \"2026-09-17T14:30:00+02:00\", \"destination\": { \"postalCode\": \"75015\" }, "
                + lines + " }")).isEqualTo(field);
        assertThat(field("{ \"at\": \"2026-09-17T14:30:00+02:00\", \"destination\": { \"postalCode\": \"75015\" } }"))
                .isEqualTo("lines");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2026-09-17T14:30:00         | at",
            "2026-09-17 14:30:00+02:00   | at",
            "tomorrow                    | at",
    })
    void atNeedsAnOffset(String at, String field) {
        assertThat(field(MINIMAL.replace("2026-09-17T14:30:00+02:00", at))).isEqualTo(field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2026-09-17T12:30:00.000Z          | 2026-09-17T12:30:00Z",
            "2026-09-17T12:30:00.999Z          | 2026-09-17T12:30:00Z",
            "2026-09-17T14:30:00.5+02:00       | 2026-09-17T12:30:00Z",
            "2026-09-17T14:30:59.999999999+02:00 | 2026-09-17T12:30:59Z",
    })
    void aFractionOfASecondIsDroppedAsJavaScriptWritesIt(String at, String expected) {
        assertThat(RequestDocument.read(MINIMAL.replace("2026-09-17T14:30:00+02:00", at)).at())
                .isEqualTo(Instant.parse(expected));
    }

    @Test
    void anUnknownFieldNamesTheNearestKnownOne() {
        assertThatThrownBy(() -> RequestDocument.read(MINIMAL.replace("\"postalCode\"", "\"postcode\"")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("destination.postcode");
                    assertThat(e.getMessage()).contains("unknown field; did you mean postalCode?, expected one of [");
                });
        assertThatThrownBy(() -> RequestDocument.read(MINIMAL.replace("{ \"at\"", "{ \"maxShipment\": 2, \"at\"")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.getMessage()).contains("did you mean maxShipments?"));
        assertThatThrownBy(() -> RequestDocument.read(MINIMAL.replace("{ \"at\"", "{ \"colour\": 2, \"at\"")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.getMessage()).doesNotContain("did you mean"));
    }

    @Test
    void atIsRequiredAndAString() {
        assertThat(field("{ \"destination\": { \"postalCode\": \"75015\" }, \"lines\": [ { \"sku\": \"A\", \"quantity\": 1 } ] }"))
                .isEqualTo("at");
        assertThat(field(MINIMAL.replace("\"2026-09-17T14:30:00+02:00\"", "1789000000"))).isEqualTo("at");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{}                                                 | destination",
            "\"75015\"                                          | destination",
            "{ \"postalCode\": 75015 }                          | destination.postalCode",
            "{ \"postalCode\": \"\" }                           | destination.postalCode",
            "{ \"postalCode\": \"75015\", \"city\": \"Paris\" } | destination.city",
            "{ \"position\": { \"lat\": 91, \"lon\": 2 } }      | destination.position.lat",
            "{ \"position\": { \"lat\": 48, \"lon\": -180.5 } } | destination.position.lon",
            "{ \"position\": { \"lat\": \"48\", \"lon\": 2 } }  | destination.position.lat",
            "{ \"position\": { \"lon\": 2 } }                   | destination.position.lat",
            "{ \"position\": { \"lat\": 48, \"lon\": 2, \"alt\": 3 } } | destination.position.alt",
            "{ \"position\": [48, 2] }                          | destination.position",
    })
    void aBadDestinationIsRefusedByPath(String destination, String field) {
        assertThat(field(MINIMAL.replace("{ \"postalCode\": \"75015\" }", destination))).isEqualTo(field);
    }

    @Test
    void destinationIsRequired() {
        assertThat(field("{ \"at\": \"2026-09-17T14:30:00+02:00\", \"lines\": [ { \"sku\": \"A\", \"quantity\": 1 } ] }"))
                .isEqualTo("destination");
    }

    @Test
    void aKeyNamedTwiceIsRefusedByName() {
        assertThat(field(with("\"explain\": true, \"explain\": false"))).isEqualTo("explain");
        assertThat(field(MINIMAL.replace("\"quantity\": 2", "\"quantity\": 2, \"quantity\": 3")))
                .isEqualTo("lines[0].quantity");
        assertThat(field(MINIMAL.replace("{ \"postalCode\": \"75015\" }", "{ \"postalCode\": \"75015\", \"postalCode\": \"75011\" }")))
                .isEqualTo("destination.postalCode");
    }

    @Test
    void everyProblemIsListedAndTheFirstIsNamed() {
        assertThatThrownBy(() -> RequestDocument.read("""
                { "at": "2026-09-17T14:30:00+02:00", "destination": { "postalCode": "75015" },
                  "lines": [ { "sku": "A", "quantity": 0 } ], "confidence": 2, "methods": ["FLY"] }"""))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[0].quantity");
                    assertThat(e.getMessage()).contains("confidence: ").contains("methods[0]: ").contains("\"FLY\"");
                });
    }

    @Test
    void malformedJsonIsRefused() {
        assertThat(field("{ \"at\": ")).isNotEmpty();
        assertThat(field("")).isEqualTo("request");
        assertThat(field("[]")).isEqualTo("request");
        assertThat(field(MINIMAL + " {}")).isEqualTo("request");
        assertThat(field(with("\"confidence\": NaN"))).isNotEmpty();
    }

    @Test
    void readsFromAReaderAndAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("request.json");
        Files.writeString(file, MINIMAL);

        assertThat(RequestDocument.read(file)).isEqualTo(RequestDocument.read(MINIMAL));
        assertThat(RequestDocument.read(new StringReader(MINIMAL))).isEqualTo(RequestDocument.read(MINIMAL));
    }

    @Test
    void writtenRequestsReadBackEqual() {
        QuoteRequest full = QuoteRequest.builder(Instant.parse("2026-09-17T12:30:00Z"),
                        Destination.of("75015", Position.of(48.84, 2.29)))
                .line("TSHIRT-M", 2).line("JEAN-42", 1).confidence(0.9021).methods(Method.COURIER, Method.COLLECT)
                .collectAt("store-paris-7").maxShipments(2).explain(true).build();
        QuoteRequest minimal = RequestDocument.read(MINIMAL);
        QuoteRequest none = QuoteRequest.builder(Instant.parse("2026-09-17T12:30:00Z"), Destination.postalCode("75015"))
                .line("A", 1).methods(List.of()).collectAt(List.of()).build();

        for (QuoteRequest r : List.of(full, minimal, none)) {
            assertThat(RequestDocument.read(RequestDocument.write(r))).isEqualTo(r);
        }
        assertThat(RequestDocument.write(full)).isEqualTo("""
                {
                  "at": "2026-09-17T12:30:00+00:00",
                  "collectAt": [
                    "store-paris-7"
                  ],
                  "confidence": 0.9021,
                  "destination": {
                    "position": {
                      "lat": 48.84,
                      "lon": 2.29
                    },
                    "postalCode": "75015"
                  },
                  "explain": true,
                  "lines": [
                    {
                      "quantity": 2,
                      "sku": "TSHIRT-M"
                    },
                    {
                      "quantity": 1,
                      "sku": "JEAN-42"
                    }
                  ],
                  "maxShipments": 2,
                  "methods": [
                    "COLLECT",
                    "COURIER"
                  ]
                }""");
    }
}
