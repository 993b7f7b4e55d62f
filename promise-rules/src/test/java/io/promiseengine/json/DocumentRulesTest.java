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

import io.promiseengine.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.promiseengine.json.Docs.COLLECT_STORE;
import static io.promiseengine.json.Docs.HOME_DELIVERY;
import static io.promiseengine.json.Docs.WAREHOUSE;
import static io.promiseengine.json.Docs.json;
import static io.promiseengine.json.Docs.network;
import static io.promiseengine.json.Docs.problems;
import static io.promiseengine.json.Docs.refusedWith;
import static io.promiseengine.json.Docs.valid;
import static io.promiseengine.json.Docs.withLocation;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 2.1 and 2.2 for the document as a whole: JSON, fields, types, format, zone, calendars, postal codes. */
class DocumentRulesTest {

    @Test
    void baseDocumentOfTheseTestsIsValid() {
        assertThat(valid(network("")).locations()).hasSize(2);
    }

    @Test
    void malformedJsonIsOneProblemAtTheDocumentWithLineAndColumn() {
        refusedWith("{\"format\": \"promise-network/1\",\n  \"zone\": }", "$", "line 2, column 11");
    }

    @Test
    void emptyTextIsMalformedJson() {
        refusedWith("  ", "$", "malformed JSON");
    }

    @Test
    void contentAfterTheDocumentIsMalformedJson() {
        refusedWith(network("") + " {}", "$", "unexpected content after the document");
    }

    @Test
    void rootThatIsNotAnObjectIsRefusedAtTheDocument() {
        refusedWith("[1, 2]", "$", "expected a promise-network/1 object, was an array");
    }

    @Test
    void keyNamedTwiceIsReportedAtTheSecondKeyAndTheFirstValueIsKept() {
        String doc = Docs.withLocation("{'id': 'shop', 'kind': 'STORE', 'kind': 'SHOP', 'position': {'lat': 1, 'lon': 2}}");

        refusedWith(doc, "locations[1].kind", "\"kind\" is named twice");
    }

    @Test
    void unknownFieldIsReportedAtItsKey() {
        refusedWith(Docs.withLocation("{'id': 'shop', 'kind': 'STORE', 'colour': 'red', 'position': {'lat': 1, 'lon': 2}}"),
                "locations[1].colour", "unknown field");
    }

    @Test
    void unknownTopLevelFieldIsReportedAtItsKey() {
        refusedWith(network("'version': 2"), "version", "unknown field");
    }

    @Test
    void missingRequiredFieldIsNamedByItsPath() {
        refusedWith(network("").replace(json("'zone': 'Europe/Paris',"), ""), "zone", "missing required field");
    }

    @ParameterizedTest(name = "a document without {0} is refused")
    @ValueSource(strings = {"format", "locations", "services"})
    void topLevelRequiredFieldsAreRequired(String field) {
        String doc = json(Stream.of("'format': 'promise-network/1'", "'zone': 'UTC'", "'locations': [" + COLLECT_STORE + "]",
                        "'services': []")
                .filter(f -> !f.startsWith("'" + field + "'")).collect(Collectors.joining(", ", "{", "}")));

        refusedWith(doc, field, "missing required field \"" + field + "\"");
    }

    @Test
    void aNetworkWithoutLocationsIsRefused() {
        refusedWith(json("{'format': 'promise-network/1', 'zone': 'UTC', 'locations': [], 'services': [" + HOME_DELIVERY + "]}"),
                "locations", "a network needs at least one location: every promise starts from one");
        refusedWith(json("{'format': 'promise-network/1', 'zone': 'UTC', 'locations': [], 'services': []}"),
                "locations", "a network needs at least one location");
    }

    @Test
    void aNetworkWithoutServicesIsRefusedUnlessAStoreTakesCollects() {
        refusedWith(json("{'format': 'promise-network/1', 'zone': 'UTC', 'locations': [" + WAREHOUSE + "], 'services': []}"),
                "services", "no service and no location with \"collect\": true, so this network can promise nothing;"
                        + " add a HOME_DELIVERY or COURIER service, or a collect store");
        assertThat(valid(json("{'format': 'promise-network/1', 'zone': 'UTC', 'locations': [" + COLLECT_STORE
                + "], 'services': []}")).services()).isEmpty();
    }

    @Test
    void anUnknownFieldNamesTheNearestKnownOne() {
        refusedWith(withLocation("{'id': 'shop', 'kind': 'STORE', 'position': {'lat': 48.85, 'lon': 2.29}, 'postcode': '75015'}"),
                "locations[1].postcode", "unknown field; did you mean postalCode?");
        refusedWith(network("'suply': []"), "suply", "unknown field; did you mean supply?");
        refusedWith(network("'Transfers': []"), "Transfers", "unknown field; did you mean transfers?");
        assertThat(problems(network("'version': 2"))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("unknown field"));
    }

    @Test
    void calendarsMapNamesToListsOfDates() {
        refusedWith(network("'calendars': ['2026-01-01']"), "calendars",
                "expected an object of calendar names to lists of dates, was an array");
        refusedWith(network("'calendars': {'FR': '2026-01-01'}"), "calendars.FR", "expected an array, was the string \"2026-01-01\"");
    }

    @Test
    void postalCodesMapCodesToPositions() {
        refusedWith(network("'postalCodes': [{'lat': 48.84, 'lon': 2.3}]"), "postalCodes",
                "expected an object of postal codes to positions, was an array");
        refusedWith(network("'postalCodes': {'75015': [48.84, 2.3]}"), "postalCodes.75015", "expected an object, was an array");
    }

    @Test
    void wrongJsonTypeIsOneProblemAtThatPath() {
        refusedWith(Docs.withLocation("{'id': 'shop', 'kind': 'STORE', 'position': {'lat': 1, 'lon': 2}, 'collect': 'yes'}"),
                "locations[1].collect", "expected true or false, was the string \"yes\"");
    }

    @Test
    void nullIsAWrongType() {
        refusedWith(Docs.withLocation("{'id': 'shop', 'kind': 'STORE', 'position': {'lat': 1, 'lon': 2}, 'name': null}"),
                "locations[1].name", "expected a string, was null");
    }

    @Test
    void integerFieldRefusesAFraction() {
        refusedWith(network("'stock': [{'location': 'wh', 'sku': 'A', 'onHand': 1.5}]"), "stock[0].onHand",
                "expected an integer, was the number 1.5");
    }

    @Test
    @Timeout(10)
    void integerWithAHugeExponentIsRefusedAtOnce() {
        // rescaling 1e10000000 to an integer took 15 s
        refusedWith(network("'stock': [{'location': 'wh', 'sku': 'A', 'onHand': 1e10000000}]"), "stock[0].onHand",
                "number 1e10000000 is out of range");
    }

    @Test
    @Timeout(10)
    void integerWithATinyExponentIsOutOfRange() {
        refusedWith(network("'stock': [{'location': 'wh', 'sku': 'A', 'onHand': 1e-1000000000}]"), "stock[0].onHand",
                "number 1e-1000000000 is out of range: a number of a document is 0 or between 1e-12 and 1e15 in magnitude");
    }

    @Test
    @Timeout(10)
    void priceWithAHugeExponentIsRefusedAtOnce() {
        refusedWith(network("").replace("\"price\": 4.9", "\"price\": 1E+1000000000"), "services[0].price",
                "number 1E+1000000000 is out of range");
    }

    @Test
    void integerMayBeWrittenWithAZeroFractionOrAnExponent() {
        assertThat(valid(network("'stock': [{'location': 'wh', 'sku': 'A', 'onHand': 2.0, 'reserved': 1e1}]")).stock().get(0))
                .extracting(s -> s.onHand(), s -> s.reserved()).containsExactly(2, 10);
    }

    @Test
    void formatMustBePromiseNetwork1() {
        refusedWith(network("").replace("promise-network/1", "promise-network/2"), "format",
                "format must be \"promise-network/1\", was \"promise-network/2\"");
    }

    @Test
    void zoneMustBeAnIanaZone() {
        refusedWith(network("").replace("Europe/Paris", "Europe/Pariss"), "zone", "unknown time zone \"Europe/Pariss\"");
    }

    @Test
    void zoneMustNotBeAnOffset() {
        refusedWith(network("").replace("Europe/Paris", "+02:00"), "zone", "unknown time zone \"+02:00\"");
    }

    @Test
    void calendarDatesMustBeIsoDates() {
        refusedWith(network("'calendars': {'FR': ['2026-01-01', '2026-13-01']}"), "calendars.FR[1]",
                "expected an ISO date (yyyy-MM-dd), was \"2026-13-01\"");
    }

    @Test
    void postalCodePositionNeedsLatAndLon() {
        refusedWith(network("'postalCodes': {'75015': {'lat': 48.84}}"), "postalCodes.75015.lon", "missing required field");
    }

    @Test
    void postalCodeLatitudeMustBeInRange() {
        refusedWith(network("'postalCodes': {'75015': {'lat': 91, 'lon': 2.3}}"), "postalCodes.75015.lat",
                "lat must be in [-90, 90], was 91");
    }

    @Test
    void everyProblemIsListedInDocumentOrder() {
        String doc = json("""
                {'format': 'promise-network/2', 'zone': 'Europe/Paris',
                 'locations': [{'kind': 'WAREHOUSE', 'position': {'lat': 95, 'lon': 4}, 'colour': 1},
                               {'id': 'shop', 'kind': 'SHOP', 'position': {'lat': 45, 'lon': 200}}],
                 'services': [],
                 'stock': [{'location': 'nowhere', 'sku': 'A', 'onHand': -1}]}
                """);

        assertThat(problems(doc)).extracting(Problem::path).containsExactly(
                "format", "locations[0].id", "locations[0].position.lat", "locations[0].colour",
                "locations[1].kind", "locations[1].position.lon", "services", "stock[0].location", "stock[0].onHand");
    }

    @Test
    void problemsOfFieldsWrittenInAnyOrderFollowTheDocument() {
        String doc = json("""
                {'stock': [{'location': 'nowhere', 'sku': 'A', 'onHand': 1}],
                 'format': 'promise-network/1', 'zone': 'Mars/Base', 'locations': [""" + COLLECT_STORE + """
                ], 'services': []}
                """);

        assertThat(problems(doc)).extracting(Problem::toString)
                .containsExactly("stock[0].location: unknown location \"nowhere\"",
                        "zone: unknown time zone \"Mars/Base\", expected an IANA zone such as Europe/Paris");
    }
}
