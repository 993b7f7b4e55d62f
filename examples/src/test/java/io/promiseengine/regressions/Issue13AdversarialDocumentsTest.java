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

import io.promiseengine.examples.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, beyond the listed cases: documents at the edges of every limit, which must be answered (exit 0,
 * a response document) in well under a second each, never a stack trace and never a promise for stock that
 * does not exist.
 */
class Issue13AdversarialDocumentsTest {

    private static final String REQUEST_LINE = "[ { \"sku\": \"TSHIRT-M\", \"quantity\": 2 } ]";

    @TempDir
    Path dir;

    static Stream<Arguments> edges() {
        String net = Hostile.read(Hostile.NETWORK);
        String req = Hostile.read(Hostile.REQUEST);
        String at = "2026-09-17T14:30:00+02:00";
        String bigLines = IntStream.range(0, 30).mapToObj(i -> "{\"sku\": \"S" + i + "\", \"quantity\": 1000000000}")
                .collect(Collectors.joining(","));
        return Stream.of(
                Arguments.of("the spec's request", net, req, true),
                Arguments.of("the last instant", net, req.replace(at, "2200-12-31T23:59:59Z"), true),
                Arguments.of("the first instant", net, req.replace(at, "1970-01-01T00:00:00Z"), true),
                Arguments.of("at a DST gap", net, req.replace(at, "2026-03-29T02:30:00+01:00"), true),
                Arguments.of("maxShipments 1e9", net, req.replace("\"explain\": true", "\"explain\": true, \"maxShipments\": 1000000000"), true),
                Arguments.of("confidence 1e-12", net, req.replace("\"explain\": true", "\"explain\": true, \"confidence\": 1e-12"), true),
                Arguments.of("30 lines of 1e9 units", net, req.replace(REQUEST_LINE, "[" + bigLines + "]"), false),
                Arguments.of("a slot of one second", net.replace("\"duration\": \"PT1H\", \"slot\": \"PT1H\", \"ordersPerSlot\": 4",
                        "\"duration\": \"PT1H\", \"slot\": \"PT1S\", \"ordersPerSlot\": 1"), req, true),
                Arguments.of("every preparation 366 days", net.replace("\"PT2H\"", "\"P366D\"")
                        .replace("\"PT1H\", \"slot\"", "\"P366D\", \"slot\"").replace("\"PT30M\", \"slot\"", "\"P366D\", \"slot\"")
                        .replace("\"PT45M\"", "\"P366D\""), req, false),
                Arguments.of("366 days of work one minute a week", net.replace("\"duration\": \"PT1H\", \"slot\": \"PT1H\"",
                        "\"duration\": \"P366D\", \"slot\": \"PT1H\"").replace("\"MON-SAT\": [\"10:00-20:00\"]",
                        "\"MON\": [\"10:00-10:01\"]"), req, true),
                Arguments.of("a transfer of 366 + 366 days", net.replace("\"PT11H\"", "\"P366D\"")
                        .replace("\"receiving\": \"PT1H\"", "\"receiving\": \"P366D\""), req, true),
                Arguments.of("a lane of 366 days", net.replace("{ \"1\": 0.93, \"2\": 0.07 }", "{ \"366\": 1 }"), req, true),
                Arguments.of("a courier of 366 days", net.replace("{ \"45\": 0.6, \"60\": 0.3, \"90\": 0.1 }", "{ \"527040\": 1 }"), req, true),
                Arguments.of("a zone of -10:40 in 1970", net.replace("Europe/Paris", "Pacific/Kiritimati"),
                        req.replace(at, "1970-01-01T00:00:00Z"), true),
                Arguments.of("a zone of -12:00 at the last instant", net.replace("Europe/Paris", "Etc/GMT+12"),
                        req.replace(at, "2200-12-31T23:59:59Z"), true),
                Arguments.of("supply at the last instant", net.replace("2026-09-18T06:00:00+02:00", "2200-12-31T23:59:59Z"),
                        req.replace("TSHIRT-M", "SNEAKER-40"), false));
    }

    @Test
    void aNetworkWithNoLocationAtAllIsRefusedAtItsPath() {
        String empty = "{\"format\": \"promise-network/1\", \"zone\": \"Europe/Paris\", \"locations\": [], \"services\": []}";
        String request = Hostile.write(dir, "r.json", Hostile.read(Hostile.REQUEST));
        CliRun run = CliRun.of("quote", Hostile.write(dir, "n.json", empty), request);
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("n.json: locations: ").doesNotContain("Exception");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edges")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void isAnsweredCleanly(String name, String network, String request, boolean hasOptions) {
        CliRun run = CliRun.of("quote", Hostile.write(dir, "n.json", network), Hostile.write(dir, "r.json", request));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        if (hasOptions) {
            assertThat(run.out()).contains("\"promisedAt\"");
        } else {
            assertThat(run.out()).contains("\"options\": []");
        }
    }
}
