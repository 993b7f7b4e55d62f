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
package io.promiseengine.regressions;

import io.promiseengine.json.DocumentLimits;
import io.promiseengine.json.ListingDocument;
import io.promiseengine.json.NetworkDocument;
import io.promiseengine.json.RequestDocument;
import io.promiseengine.json.RuleSetDocument;
import io.promiseengine.model.InvalidNetworkException;
import io.promiseengine.model.Problem;
import io.promiseengine.quote.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 13, cases 6, 8 and 9 through the readers' Java API, and hostile documents beyond the listed cases. */
class Issue13ReadersTest {

    private static final Path EXAMPLES = Path.of("../examples");

    private static String read(String file) {
        try {
            return Files.readString(EXAMPLES.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String network() {
        return read("spec-example/network.json");
    }

    private static String rules() {
        return read("rules/stores-first.json");
    }

    private static java.util.List<String> networkProblems(String json) {
        return problems(() -> NetworkDocument.read(json));
    }

    private static java.util.List<String> problems(Runnable read) {
        try {
            read.run();
        } catch (InvalidNetworkException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void case08_aTinyDistanceIsRefusedWithItsPath() {
        assertThat(problems(() -> RuleSetDocument.read(rules().replace("\"km\": 800", "\"km\": 1e-400"))))
                .containsExactly("filters[2].km: number 1e-400 is out of range: a number of a document is 0 or between"
                        + " 1e-12 and 1e15 in magnitude");
        assertThat(problems(() -> RuleSetDocument.read(rules().replace("\"km\": 800", "\"km\": -0"))))
                .containsExactly("filters[2].km: must be > 0, was 0"); // the parser reads -0 as 0
        assertThat(problems(() -> RuleSetDocument.read(rules().replace("\"km\": 800", "\"km\": 1e308")
                .replace("\"step\": 5", "\"step\": -1e-1000000000")))).hasSize(2)
                .allSatisfy(p -> assertThat(p).contains("is out of range"));
    }

    @Test
    void case09_everyReaderIgnoresALeadingByteOrderMark() throws IOException {
        String bom = "\uFEFF";
        assertThat(NetworkDocument.read(bom + network())).isEqualTo(NetworkDocument.read(network()));
        assertThat(NetworkDocument.read(new StringReader(bom + network()))).isEqualTo(NetworkDocument.read(network()));
        String request = read("spec-example/request-1-tshirt-paris.json");
        assertThat(RequestDocument.read(bom + request)).isEqualTo(RequestDocument.read(request));
        assertThat(RequestDocument.read(new StringReader(bom + request))).isEqualTo(RequestDocument.read(request));
        String listing = read("networks/listings/paris-bastille.json");
        assertThat(ListingDocument.read(bom + listing)).isEqualTo(ListingDocument.read(listing));
        assertThat(RuleSetDocument.read(bom + rules()).name()).isEqualTo("stores-first");
        assertThat(networkProblems(bom + bom + network())).singleElement().asString().startsWith("$: malformed JSON");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void case06_aDocumentPastTheLimitIsRefusedBeforeParsing() {
        String huge = network().replace("\"zone\": \"Europe/Paris\",", "\"zone\": \"Europe/Paris\", \"junk\": \""
                + "x".repeat(DocumentLimits.MAX_DOCUMENT_LENGTH) + "\",");
        assertThat(networkProblems(huge)).singleElement().asString()
                .startsWith("$: the document has more than 64 MiB (67108864) characters");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void case06_aHugeReaderIsReadNoFurtherThanTheLimit() {
        Reader endless = new Reader() {
            private long served;

            @Override
            public int read(char[] buf, int off, int len) {
                java.util.Arrays.fill(buf, off, off + len, ' ');
                served += len;
                if (served > 4L * DocumentLimits.MAX_DOCUMENT_LENGTH) {
                    throw new AssertionError("read past the limit");
                }
                return len;
            }

            @Override
            public void close() {
            }
        };
        assertThat(problems(() -> NetworkDocument.read(endless))).singleElement().asString()
                .startsWith("$: the document has more than 64 MiB");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void case06_anUnknownRootFieldIsSkippedUnbuilt() {
        String junk = "[1, {\"a\": [2, 3]}, \"x\"], ".repeat(500_000);
        String doc = network().replace("\"zone\": \"Europe/Paris\",", "\"zone\": \"Europe/Paris\", \"junk\": [" + junk + "0],");
        assertThat(networkProblems(doc)).containsExactly("junk: unknown field");
    }

    @Test
    void case06_nestingDeeperThanTheLimitIsRefused() {
        String deep = "[".repeat(40) + "]".repeat(40);
        assertThat(networkProblems(network().replace("\"FR\": [", "\"FR\": " + deep + ", \"FR2\": [")))
                .singleElement().asString().startsWith("$: a limit of docs/LIMITS.md is passed").contains("nesting depth");
        assertThatThrownBy(() -> RequestDocument.read("{\"at\": " + deep + "}"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("nesting depth");
    }

    @Test
    void hostileNumbersAreRefusedWithTheirPaths() {
        assertThat(networkProblems(network().replace("\"onHand\": 40", "\"onHand\": 9223372036854775808")
                .replace("\"price\": 12.50", "\"price\": 1e308")
                .replace("\"lat\": 45.7305", "\"lat\": 1e-400"))).containsExactly(
                "locations[0].position.lat: number 1e-400 is out of range: a number of a document is 0 or between 1e-12"
                        + " and 1e15 in magnitude",
                "services[1].price: number 1e308 is out of range: a number of a document is 0 or between 1e-12 and 1e15"
                        + " in magnitude",
                "stock[1].onHand: number 9223372036854775808 is out of range: a number of a document is 0 or between"
                        + " 1e-12 and 1e15 in magnitude");
    }

    @Test
    void datesAtTheEdgesAreRefused() {
        assertThat(networkProblems(network().replace("\"2026-01-01\"", "\"+999999999-12-31\"")
                .replace("\"closed\": [\"FR\"],\n      \"preparation\": { \"duration\": \"PT2H\"",
                        "\"closed\": [\"FR\", \"1969-12-31\"],\n      \"preparation\": { \"duration\": \"PT2H\"")))
                .containsExactly("calendars.FR[0]: date must be between 1970-01-01 and 2200-12-31, was +999999999-12-31",
                        "locations[0].closed[1]: date must be between 1970-01-01 and 2200-12-31, was 1969-12-31");
    }

    @Test
    void aNetworkWithoutLocationsIsRefusedWithAReason() {
        // an edge case of the readers: no crash, a refusal at its path (issue 16: an empty network promises nothing)
        String empty = "{\"format\": \"promise-network/1\", \"zone\": \"Europe/Paris\", \"locations\": [], \"services\": []}";
        assertThat(networkProblems(empty)).anySatisfy(p -> assertThat(p).startsWith("locations: "));
    }

    @Test
    void aRequestAtADstGapIsReadAtItsOffset() {
        // 02:30 does not exist in Paris on 2026-03-29; the request names an offset, so it is one instant
        String request = read("spec-example/request-1-tshirt-paris.json").replace("2026-09-17T14:30:00+02:00",
                "2026-03-29T02:30:00+01:00");
        assertThat(RequestDocument.read(request).at()).isEqualTo(java.time.Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void aRequestPastItsLimitIsRefusedUnread() {
        String request = read("spec-example/request-1-tshirt-paris.json");
        String big = request.replace("\"explain\": true", "\"explain\": true, \"junk\": \""
                + "x".repeat(DocumentLimits.MAX_REQUEST_LENGTH) + "\"");
        assertThatThrownBy(() -> RequestDocument.read(big)).isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("request: the document has more than 1 MiB (1048576) characters");
        assertThatThrownBy(() -> ListingDocument.read(big)).isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("request: the document has more than 1 MiB");
    }

    @Test
    void fuzzFinding_anEmptyKeyIsNamedInItsPath() {
        // found by the request and listing fuzz tests: the empty key made an empty path (": unknown field")
        String request = read("spec-example/request-1-tshirt-paris.json").replace("\"explain\": true", "\"\": 1");
        assertThatThrownBy(() -> RequestDocument.read(request)).isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("\"\": unknown field, expected one of [at, collectAt");
        String listing = read("networks/listings/paris-bastille.json").replace("\"destination\"", "\"\": 1, \"destination\"");
        assertThatThrownBy(() -> ListingDocument.read(listing)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("\"\": unknown field, expected one of [at, collectAt, confidence, destination, methods, skus]");
        assertThat(networkProblems(network().replace("\"zone\": \"Europe/Paris\",", "\"zone\": \"Europe/Paris\", \"\": 1,")))
                .containsExactly("\"\": unknown field");
        assertThat(networkProblems(network().replace("{ \"lat\": 48.8566, \"lon\": 2.3126 }",
                "{ \"lat\": 48.8566, \"lon\": 2.3126, \"\": 2 }"))).containsExactly("postalCodes.75007.\"\": unknown field");
    }
}
