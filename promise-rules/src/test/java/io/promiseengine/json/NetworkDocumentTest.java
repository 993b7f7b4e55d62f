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

/** Reading and writing whole documents: the spec's example, the round trip, the three inputs. */
class NetworkDocumentTest {

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
        Network n = NetworkDocument.read("{\"format\": \"promise-network/1\", \"zone\": \"UTC\", \"locations\": [], \"services\": []}");

        assertThat(n.locations()).isEmpty();
        assertThat(NetworkDocument.write(n)).isEqualTo("""
                {
                  "format": "promise-network/1",
                  "zone": "UTC",
                  "locations": [],
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
