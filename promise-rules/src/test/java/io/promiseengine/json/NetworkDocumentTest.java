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
import io.promiseengine.model.CourierService;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Network;
import io.promiseengine.model.Service;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading and writing whole documents: the spec's example and the demo network, the round trip, the three inputs. */
class NetworkDocumentTest {

    /** The demo network shipped under examples/ (tests run in the module's directory). */
    static final Path FRANCE_DEMO = Path.of("..", "examples", "networks", "france-demo.json");

    static String resource(String name) {
        try (InputStream in = NetworkDocumentTest.class.getResourceAsStream("/spec/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void specExampleReadsAsTheNetworkBuiltWithBuilders() {
        Network read = NetworkDocument.read(resource("network.json"));
        Network built = SpecNetwork.network();

        assertThat(read.zone()).isEqualTo(built.zone());
        assertThat(read.calendars()).isEqualTo(built.calendars());
        assertThat(read.postalCodes()).isEqualTo(built.postalCodes());
        assertThat(read.locations()).isEqualTo(built.locations());
        assertThat(read.services()).isEqualTo(plainPrices(built.services()));
        assertThat(read.transfers()).isEqualTo(built.transfers());
        assertThat(read.stock()).isEqualTo(built.stock());
        assertThat(read.supply()).isEqualTo(built.supply());
        assertThat(read.load()).isEqualTo(built.load());
    }

    @Test
    void pricesAreReadAsPlainAmounts() {
        Network read = NetworkDocument.read(resource("network.json"));

        assertThat(read.services()).extracting(s -> s.price().toPlainString()).containsExactly("4.9", "12.5", "9.9");
    }

    @Test
    void writtenDocumentReadsBackEqual() {
        Network read = NetworkDocument.read(resource("network.json"));

        String written = NetworkDocument.write(read);

        assertThat(NetworkDocument.read(written)).isEqualTo(read);
    }

    @Test
    void franceDemoValidatesAndReadsBackEqual() throws IOException {
        Network demo = NetworkDocument.read(FRANCE_DEMO);

        assertThat(demo.locations()).hasSize(26);
        assertThat(NetworkDocument.read(NetworkDocument.write(demo))).isEqualTo(demo);
    }

    @Test
    void everyValueThatIsNotADefaultIsWrittenAndReadBack() {
        Network n = NetworkDocument.read(Docs.json("""
                {'format': 'promise-network/1', 'zone': 'Europe/Paris', 'calendars': {'FR': ['2026-05-01'], 'EMPTY': []},
                 'postalCodes': {'75007': {'lat': 48.8566, 'lon': 2.3126}},
                 'locations': [
                   {'id': 'wh', 'kind': 'WAREHOUSE', 'position': {'lat': -90, 'lon': 180}, 'ship': false, 'collect': true},
                   {'id': 'shop', 'name': 'Shop', 'kind': 'STORE', 'postalCode': '75007', 'position': {'lat': 48.85, 'lon': 2.29},
                    'zone': 'Asia/Kolkata', 'hours': {'SAT-MON': ['00:00-08:00', '18:00-24:00'], 'TUE': []},
                    'closed': ['FR', '2026-08-15'], 'preparation': {'duration': 'PT20M', 'slot': 'P1D', 'ordersPerSlot': 1},
                    'ship': true},
                   {'id': 'ds', 'kind': 'DARK_STORE', 'position': {'lat': 0, 'lon': 0}, 'hours': {},
                    'preparation': {'duration': 'PT1M'}}],
                 'services': [
                   {'id': 'std', 'carrier': 'C', 'method': 'HOME_DELIVERY', 'origins': ['*', 'kind:DARK_STORE', 'wh'],
                    'collections': [{'days': 'MON-FRI,SUN', 'at': ['17:00', '12:00']}, {'days': 'MON', 'at': []}],
                    'deliveryDays': 'SAT-MON', 'closed': ['EMPTY'], 'deliverBy': '00:00',
                    'lanes': [{'from': '69', 'to': '', 'days': {'0': 0.1, '1': 0.2, '2': 0.7}}], 'price': 0},
                   {'id': 'fast', 'carrier': 'K', 'method': 'COURIER', 'origins': [], 'hours': {},
                    'bands': [{'maxKm': 0.5, 'minutes': {'30': 1}}, {'maxKm': 12.25, 'minutes': {'60': 1}}], 'price': 10.05}],
                 'transfers': [{'from': '*', 'to': ['*'], 'departures': {'MON-FRI': ['20:00', '20:00']}, 'duration': 'PT0S'}],
                 'stock': [{'location': 'wh', 'sku': 'A', 'onHand': 0, 'reserved': 2, 'safety': 1}],
                 'supply': [{'location': 'ds', 'sku': 'A', 'quantity': 1, 'arrives': '2026-09-18T04:00:00Z'}],
                 'load': [{'location': 'shop', 'slot': '2026-09-17T00:00:00+05:30', 'orders': 0},
                          {'location': 'wh', 'slot': '2026-09-17T00:00:01Z', 'orders': 3}]}
                """));

        String written = NetworkDocument.write(n);

        assertThat(NetworkDocument.read(written)).isEqualTo(n);
        assertThat(NetworkDocument.write(NetworkDocument.read(written))).isEqualTo(written);
    }

    @Test
    void writingIsStableAfterOneRoundTrip() {
        String once = NetworkDocument.write(NetworkDocument.read(resource("network.json")));

        assertThat(NetworkDocument.write(NetworkDocument.read(once))).isEqualTo(once);
    }

    @Test
    void writtenDocumentUsesSpecOrderPlainNumbersAndLeavesDefaultsOut() {
        String written = NetworkDocument.write(NetworkDocument.read(resource("network.json")));

        assertThat(written).startsWith("{\n  \"format\": \"promise-network/1\",\n  \"zone\": \"Europe/Paris\",\n  \"calendars\"");
        assertThat(written).contains("\"price\": 4.9\n", "\"price\": 12.5\n", "\"maxKm\": 5,");
        assertThat(written).contains("\"slot\": \"2026-09-17T14:00:00+02:00\"", "\"arrives\": \"2026-09-18T06:00:00+02:00\"");
        assertThat(written).contains("\"1\": 0.85,\n");
        assertThat(written).doesNotContain("\"reserved\": 0", "\"safety\": 0", "\"collect\": false", "\"ship\": false");
        // only the two stores that ship say so: a warehouse ships by default
        assertThat(written.split("\"ship\": true", -1)).hasSize(3);
        assertThat(written.indexOf("\"id\": \"std\"")).isLessThan(written.indexOf("\"carrier\": \"Colis Standard\""));
    }

    @Test
    void writesInstantsInTheNetworkZone() {
        Network paris = NetworkDocument.read(resource("network.json"));
        String utcDoc = NetworkDocument.write(paris).replace("\"zone\": \"Europe/Paris\"", "\"zone\": \"UTC\"");
        Network utc = NetworkDocument.read(utcDoc);

        assertThat(NetworkDocument.write(utc)).contains("\"arrives\": \"2026-09-18T04:00:00+00:00\"");
    }

    @Test
    void readsFromAReaderAndAPath() throws IOException {
        Path file = Files.createTempFile("network", ".json");
        try {
            Files.writeString(file, resource("network.json"));
            Network expected = NetworkDocument.read(resource("network.json"));

            assertThat(NetworkDocument.read(file)).isEqualTo(expected);
            assertThat(NetworkDocument.read(new StringReader(resource("network.json")))).isEqualTo(expected);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void smallestDocumentHasOnlyTheRequiredFields() {
        // one collect store is the least that can promise something (an empty network is refused)
        Network n = NetworkDocument.read("{\"format\": \"promise-network/1\", \"zone\": \"UTC\", \"locations\": [{\"id\": \"s\","
                + " \"kind\": \"STORE\", \"position\": {\"lat\": 48.85, \"lon\": 2.35}, \"collect\": true}], \"services\": []}");

        assertThat(n.locations()).hasSize(1);
        assertThat(NetworkDocument.write(n)).isEqualTo("""
                {
                  "format": "promise-network/1",
                  "zone": "UTC",
                  "locations": [
                    {
                      "id": "s",
                      "kind": "STORE",
                      "position": {
                        "lat": 48.85,
                        "lon": 2.35
                      },
                      "collect": true
                    }
                  ],
                  "services": []
                }
                """);
    }

    /** The builders keep a price as written ("4.90"); a document reads amounts plainly (4.9). */
    private static List<Service> plainPrices(List<Service> services) {
        return services.stream().map(s -> {
            if (s instanceof HomeDeliveryService h) {
                return (Service) new HomeDeliveryService(h.id(), h.carrier(), h.origins(), h.collections(),
                        h.deliveryDays(), h.closed(), h.deliverBy(), h.lanes(), plain(h.price()));
            }
            CourierService c = (CourierService) s;
            return new CourierService(c.id(), c.carrier(), c.origins(), c.hours(), c.closed(), c.bands(), plain(c.price()));
        }).toList();
    }

    private static BigDecimal plain(BigDecimal price) {
        return price.stripTrailingZeros();
    }
}
