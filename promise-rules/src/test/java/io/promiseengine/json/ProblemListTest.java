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

import io.promiseengine.model.InvalidNetworkException;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Problem;
import io.promiseengine.model.StockLevel;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static io.promiseengine.json.Docs.json;
import static io.promiseengine.json.Docs.problems;
import static io.promiseengine.json.Docs.refusedWith;
import static io.promiseengine.json.Docs.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Spec 2.2: a broken document is refused whole, with every problem, in document order; nothing half-loaded. */
class ProblemListTest {

    @Test
    void everyProblemOfEveryPartIsListedInDocumentOrder() {
        String doc = json("""
                {'format': 'promise-network/1',
                 'stock': [{'location': 'wh', 'sku': 'A', 'onHand': 1}, {'location': 'wh', 'sku': 'A', 'onHand': -1}],
                 'zone': 'Europe/Paris',
                 'locations': [
                   {'id': 'wh', 'kind': 'WAREHOUSE', 'position': {'lat': 45.7, 'lon': 4.8},
                    'hours': {'MON-FRI': ['08:00-18:00'], 'FRI': ['08:00-12:00']}},
                   {'id': 'shop', 'kind': 'STORE', 'position': {'lat': 48.8, 'lon': 2.3},
                    'preparation': {'slot': 'PT7H', 'ordersPerSlot': 2}}],
                 'services': [
                   {'id': 'std', 'carrier': 'C', 'method': 'HOME_DELIVERY', 'origins': ['*', 'store-nowhere'],
                    'collections': [], 'deliveryDays': 'MON-SAT', 'deliverBy': '18:00',
                    'lanes': [{'from': '', 'to': '', 'days': {'2': 0.7, '3': 0.25, '4': 0.02}}], 'price': 4.999}],
                 'transfers': [{'from': 'wh', 'to': ['kind:SHOP'], 'departures': {'MON-FRI': ['20:00']}, 'duration': 'PT11H'}],
                 'supply': [{'location': 'wh', 'sku': 'A', 'quantity': 0, 'arrives': '2026-09-18T06:00:00+02:00'}],
                 'load': [{'location': 'wh', 'slot': '2026-09-17T14:00:00', 'orders': 1}]}
                """);

        assertThat(problems(doc)).extracting(Problem::toString).containsExactly(
                "stock[1]: stock of \"A\" at \"wh\" is given twice",
                "stock[1].onHand: must be an integer >= 0, was -1",
                "locations[0].hours.FRI: FRI is already named by key \"MON-FRI\"",
                "locations[1].preparation.slot: slot must be > 0 and divide 24 h, was PT7H",
                "services[0].origins[1]: unknown location \"store-nowhere\"",
                "services[0].lanes[0].days: probabilities sum to 0.97, expected 1",
                "services[0].price: price must have at most 2 decimals, was 4.999",
                "transfers[0].to[0]: unknown location kind \"SHOP\" in selector \"kind:SHOP\", expected WAREHOUSE, STORE or DARK_STORE",
                "supply[0].quantity: must be an integer >= 1, was 0",
                "load[0].slot: expected an instant with an offset such as 2026-09-17T14:00:00+02:00, was \"2026-09-17T14:00:00\"");
    }

    @Test
    void missingFieldsAreListedWhereTheirObjectStartsInTheOrderOfTheSpec() {
        String doc = json("{'format': 'promise-network/1', 'zone': 'UTC', 'locations': [{'name': 'x'}], 'services': [{'id': 's'}]}");

        assertThat(problems(doc)).extracting(Problem::path).containsExactly(
                "locations[0].id", "locations[0].kind", "locations[0].position",
                "services[0].carrier", "services[0].method", "services[0].origins", "services[0].price");
    }

    @Test
    void oneBrokenEntryRefusesTheWholeSpecExample() {
        String spec = NetworkDocumentTest.resource("network.json");
        String broken = spec.replace("\"orders\": 4", "\"orders\": -4");
        assertThat(broken).isNotEqualTo(spec);

        InvalidNetworkException e = catchThrowableOfType(InvalidNetworkException.class, () -> NetworkDocument.read(broken));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly("load[0].orders: must be an integer >= 0, was -4");
        assertThat(e).hasMessage("load[0].orders: must be an integer >= 0, was -4");
    }

    @Test
    void aRefusedLocationIsNotReportedAgainWhereItIsNamed() {
        String doc = Docs.withLocation("{'id': 'shop', 'kind': 'SHOP', 'position': {'lat': 48.85, 'lon': 2.29}}")
                .replace(json("'origins': ['*']"), json("'origins': ['shop']"))
                .replace(json("'price': 9.9}]"), json("'price': 9.9}], 'stock': [{'location': 'shop', 'sku': 'A', 'onHand': 1}]"));

        refusedWith(doc, "locations[1].kind", "unknown location kind \"SHOP\"");
    }

    @Test
    void aBadValueIsReportedOnceNotAgainByTheObjectsHoldingIt() {
        String doc = Docs.network("'transfers': [{'from': 'wh', 'to': ['shop'], 'departures': {'MON': ['2000']}, 'duration': 'PT1H'}]");

        assertThat(problems(doc)).extracting(Problem::path).containsExactly("transfers[0].departures.MON[0]");
    }

    @Test
    void buildersRefuseTheSameCrossReferencesWithTheSamePaths() {
        String doc = Docs.network("'stock': [{'location': 'wh', 'sku': 'A', 'onHand': 1}, {'location': 'nowhere', 'sku': 'A', 'onHand': 1},"
                + " {'location': 'wh', 'sku': 'A', 'onHand': 2}]");
        Network.Builder builder = Network.builder(ZoneId.of("Europe/Paris"))
                .location(Location.builder("wh", LocationKind.WAREHOUSE, Position.of(45.73, 4.83)).build())
                .stock(StockLevel.of("wh", "A", 1)).stock(StockLevel.of("nowhere", "A", 1)).stock(StockLevel.of("wh", "A", 2));

        InvalidNetworkException built = catchThrowableOfType(InvalidNetworkException.class, builder::build);

        assertThat(built.problems()).isEqualTo(problems(doc)).extracting(Problem::toString).containsExactly(
                "stock[1].location: unknown location \"nowhere\"", "stock[2]: stock of \"A\" at \"wh\" is given twice");
    }
}
