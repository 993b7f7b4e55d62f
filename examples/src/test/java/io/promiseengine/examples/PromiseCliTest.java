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
package io.promiseengine.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PromiseCliTest {

    private static final String NETWORK = "spec-example/network.json";
    private static final String REQUEST_1 = "spec-example/request-1-tshirt-paris.json";
    private static final String RESPONSE_1 = "spec-example/response-1-tshirt-paris.json";
    private static final String DEMO = "networks/france-demo.json";

    @TempDir
    Path dir;

    private String file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p.toString();
    }

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    // --- the entry point

    @Test
    void helpPrintsEveryCommandOnStdoutAndExitsZero() {
        CliRun run = CliRun.of("help");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("usage: java -jar promise.jar COMMAND [ARGUMENTS]\n")
                .contains("\n  validate NETWORK.json ", "\n  quote NETWORK.json REQUEST.json ",
                        "\n  listing NETWORK.json LISTING.json ", "\n  demo ", "\n  simulate [--orders N] ", "\n  help ");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertThat(run.code()).isEqualTo(PromiseCli.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).first().isEqualTo("promise: no command given");
        assertThat(run.err()).contains("usage: java -jar promise.jar COMMAND [ARGUMENTS]");
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = CliRun.of("frobnicate", NETWORK);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("promise: unknown command 'frobnicate'");
        assertThat(run.err()).contains("\n  validate NETWORK.json ");
    }

    // --- validate

    @Test
    void validateSummarisesTheSpecExampleNetwork() {
        CliRun run = CliRun.of("validate", NETWORK);
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("spec-example/network.json: valid promise-network/1, 4 locations"
                + " (1 warehouse, 3 stores), 3 services, 1 transfer, 7 stock rows, 1 supply arrival, 1 slot load\n");
    }

    @Test
    void validateSummarisesTheDemoNetwork() {
        CliRun run = CliRun.of("validate", DEMO);
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("networks/france-demo.json: valid promise-network/1, 26 locations"
                + " (3 warehouses, 21 stores, 2 dark stores), 5 services, 5 transfers, 85 stock rows,"
                + " 4 supply arrivals, 7 slot loads, 3 window loads\n");
    }

    @Test
    void validateRefusesABrokenNetworkWithOneProblemPerLineInDocumentOrder() throws IOException {
        String broken = read(NETWORK)
                .replace("\"zone\": \"Europe/Paris\"", "\"zone\": \"Europe/Pariss\"")
                .replace("{ \"2\": 0.7, \"3\": 0.25, \"4\": 0.05 }", "{ \"2\": 0.7, \"3\": 0.25 }")
                .replace("\"collect\": true, \"ship\": true },\n    { \"id\": \"store-paris-11\"",
                        "\"collect\": true, \"ship\": true, \"color\": \"red\" },\n    { \"id\": \"store-paris-11\"");
        assertThat(broken).as("the three edits applied").doesNotContain("\"Europe/Paris\"").contains("\"color\"");

        CliRun run = CliRun.of("validate", file("broken.json", broken));

        assertThat(run.code()).isEqualTo(PromiseCli.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(3);
        assertThat(run.errLines().get(0)).startsWith("zone: ").contains("Europe/Pariss");
        assertThat(run.errLines().get(1)).startsWith("locations[1].color: ");
        assertThat(run.errLines().get(2)).startsWith("services[0].lanes[0].days: ").contains("sum");
    }

    @Test
    void validateRefusesMalformedJsonAtTheDocumentRoot() throws IOException {
        CliRun run = CliRun.of("validate", file("cut.json", "{ \"format\": "));
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("$: ");
    }

    @Test
    void validateWithoutAFileIsAUsageError() {
        CliRun run = CliRun.of("validate");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("promise validate: expects NETWORK.json, got no argument",
                "usage: java -jar promise.jar validate NETWORK.json");
    }

    @Test
    void validateWithTwoFilesOrAnOptionIsAUsageError() {
        assertThat(CliRun.of("validate", NETWORK, NETWORK).errLines())
                .containsExactly("promise validate: expects NETWORK.json, got 2 arguments",
                        "usage: java -jar promise.jar validate NETWORK.json");
        CliRun option = CliRun.of("validate", "--strict", NETWORK);
        assertThat(option.code()).isEqualTo(2);
        assertThat(option.errLines()).first().isEqualTo("promise validate: unknown option --strict");
    }

    @Test
    void anUnreadableFileIsAUsageError() {
        CliRun missing = CliRun.of("validate", "no/such/network.json");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.errLines()).containsExactly("promise validate: cannot read no/such/network.json: no such file",
                "usage: java -jar promise.jar validate NETWORK.json");
        assertThat(CliRun.of("quote", NETWORK, dir.toString()).code()).isEqualTo(2);
    }

    // --- quote

    @Test
    void quoteOfTheSpecRequestIsTheSpecResponseByteForByte() throws IOException {
        // request-1 asks to explain; the spec's response-1 is its answer with "rejected" left out (spec 6)
        String withoutExplain = read(REQUEST_1).replace(",\n  \"explain\": true", "");
        assertThat(withoutExplain).doesNotContain("explain");

        CliRun run = CliRun.of("quote", NETWORK, file("request-1.json", withoutExplain));

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().getBytes(StandardCharsets.UTF_8))
                .isEqualTo((read(RESPONSE_1) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quoteOfTheSpecRequestAsShippedAddsItsRejectedToTheSpecResponse() throws IOException {
        CliRun run = CliRun.of("quote", NETWORK, REQUEST_1);

        assertThat(run.code()).isZero();
        String rejected = ",\n  \"rejected\": [\n";
        int at = run.out().indexOf(rejected);
        assertThat(at).isPositive();
        assertThat(run.out().substring(0, at) + "\n}").isEqualTo(read(RESPONSE_1));
        assertThat(run.out().substring(at)).contains("\"reason\": \"OUT_OF_STOCK\"").endsWith("\n  ]\n}\n");
    }

    @Test
    void quoteOfTheSpecWindowsRequestIsTheSpecResponseByteForByte() throws IOException {
        CliRun run = CliRun.of("quote", "spec-example/network-windows.json", "spec-example/request-6-windows.json");

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(read("spec-example/response-6-windows.json").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void validateNamesTheWindowLoad() {
        CliRun run = CliRun.of("validate", "spec-example/network-windows.json");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("spec-example/network-windows.json: valid promise-network/1, 4 locations"
                + " (1 warehouse, 3 stores), 4 services, 1 transfer, 7 stock rows, 1 supply arrival, 1 slot load,"
                + " 1 window load\n");
    }

    @Test
    void quotePrintsTheSameBytesEveryTime() {
        String first = CliRun.of("quote", DEMO, "networks/requests/lyon-split-cart.json").out();
        assertThat(first).contains("\"method\": \"COURIER\"");
        assertThat(CliRun.of("quote", DEMO, "networks/requests/lyon-split-cart.json").out()).isEqualTo(first);
    }

    @Test
    void quoteRefusesABadRequestNamingTheFileAndEveryField() throws IOException {
        String bad = file("bad.json", "{ \"at\": \"2026-09-17T14:30:00+02:00\", \"destination\": { \"postalCode\": \"75015\" },"
                + " \"lines\": [ { \"sku\": \"TSHIRT-M\", \"quantity\": 0 } ], \"confidence\": 2 }");

        CliRun run = CliRun.of("quote", NETWORK, bad);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(bad + ": lines[0].quantity: ").contains("; confidence: ");
    }

    @Test
    void quoteRefusesWhatOnlyTheNetworkCanTell() throws IOException {
        String unknownStore = file("store.json", read(REQUEST_1).replace("\"explain\": true",
                "\"collectAt\": [\"store-nowhere\"]"));

        CliRun run = CliRun.of("quote", NETWORK, unknownStore);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith(unknownStore + ": collectAt[0]: ")
                .contains("store-nowhere");
    }

    @Test
    void quoteOnABrokenNetworkNamesTheNetworkFileOnEachProblem() throws IOException {
        String broken = file("net.json", read(NETWORK).replace("\"zone\": \"Europe/Paris\"", "\"zone\": \"Mars\"")
                .replace("\"format\": \"promise-network/1\"", "\"format\": \"promise-network/9\""));

        CliRun run = CliRun.of("quote", broken, REQUEST_1);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith(broken + ": "));
        assertThat(run.errLines().get(0)).startsWith(broken + ": format: ");
        assertThat(run.errLines().get(1)).startsWith(broken + ": zone: ");
    }

    @Test
    void quoteNeedsBothFilesAndNoNowOption() {
        assertThat(CliRun.of("quote", NETWORK).errLines())
                .containsExactly("promise quote: expects NETWORK.json REQUEST.json, got 1 argument",
                        "usage: java -jar promise.jar quote NETWORK.json REQUEST.json");
        assertThat(CliRun.of("quote", NETWORK, REQUEST_1, "--now", "2026-09-17T14:30:00+02:00").code()).isEqualTo(2);
    }

    // --- listing

    @Test
    void listingBadgesAreTheFirstOptionsOfTheOneUnitQuote() throws IOException {
        String page = file("page.json", "{ \"at\": \"2026-09-17T14:30:00+02:00\", \"destination\": { \"postalCode\": \"75015\" },"
                + " \"skus\": [ \"TSHIRT-M\", \"NOPE\" ] }");
        String oneUnit = file("one.json", "{ \"at\": \"2026-09-17T14:30:00+02:00\", \"destination\": { \"postalCode\": \"75015\" },"
                + " \"lines\": [ { \"sku\": \"TSHIRT-M\", \"quantity\": 1 } ] }");

        CliRun listing = CliRun.of("listing", NETWORK, page);
        CliRun quote = CliRun.of("quote", NETWORK, oneUnit);

        assertThat(listing.code()).isZero();
        assertThat(listing.err()).isEmpty();
        assertThat(listing.out()).endsWith("}\n");
        ObjectMapper json = new ObjectMapper();
        JsonNode badges = json.readTree(listing.out()).get("badges");
        JsonNode options = json.readTree(quote.out()).get("options");
        assertThat(badges).hasSize(2);
        JsonNode tshirt = badges.get(0);
        assertThat(tshirt.get("sku").asText()).isEqualTo("TSHIRT-M");
        assertThat(tshirt.get("collect")).isEqualTo(first(options, "COLLECT"));
        assertThat(tshirt.get("homeDelivery")).isEqualTo(first(options, "HOME_DELIVERY"));
        assertThat(tshirt.get("courier")).isEqualTo(first(options, "COURIER"));
        // one unit: store-paris-11 has it (1 available) and prepares it in 30 min; store-paris-7's 14:00 slot is full
        assertThat(tshirt.get("collect").get("location").asText()).isEqualTo("store-paris-11");
        assertThat(tshirt.get("collect").get("promisedAt").asText()).isEqualTo("2026-09-17T15:00:00+02:00");
        JsonNode unknown = badges.get(1);
        assertThat(unknown.get("sku").asText()).isEqualTo("NOPE");
        assertThat(unknown.has("homeDelivery") || unknown.has("courier") || unknown.has("collect")).isFalse();
    }

    private static JsonNode first(JsonNode options, String method) {
        for (JsonNode o : options) {
            if (o.get("method").asText().equals(method)) {
                return o;
            }
        }
        throw new AssertionError("no " + method + " option in " + options);
    }

    @Test
    void listingOfTheDemoPagesWorksFromTheirFiles() {
        CliRun run = CliRun.of("listing", DEMO, "networks/listings/lyon-bellecour.json");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("{\n  \"at\": \"2026-09-17T14:30:00+02:00\",\n  \"badges\": [\n")
                .contains("\"sku\": \"COFFEE-MACHINE\"");
    }

    @Test
    void listingRefusesAQuoteRequest() {
        CliRun run = CliRun.of("listing", NETWORK, REQUEST_1);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith(REQUEST_1 + ": lines: ");
    }
}
