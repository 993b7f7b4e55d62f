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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, case 6: a 200 MB network whose unknown field held a huge array ran out of memory after 30 s, and
 * millions of stock rows took gigabytes. Both are refused now, quickly, by the limits of docs/LIMITS.md.
 */
class Issue13Case06HugeDocumentsTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twoHundredMegabytesInAnUnknownFieldAreRefusedQuickly() throws IOException {
        String head = Hostile.network("\"zone\": \"Europe/Paris\",", "\"zone\": \"Europe/Paris\", \"junk\": [");
        int at = head.indexOf("\"junk\": [") + "\"junk\": [".length();
        Path file = dir.resolve("huge.json");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(head, 0, at);
            String chunk = "[1, 2, 3, {\"a\": \"bbbbbbbbbbbbbbbbbbbb\"}], ".repeat(1000);
            for (long written = 0; written < 200_000_000L; written += chunk.length()) {
                w.write(chunk);
            }
            w.write("0]");
            w.write(head, at, head.length() - at);
        }
        long start = System.nanoTime();
        assertThat(Hostile.refused("validate", file.toString()).errLines()).singleElement().asString()
                .startsWith("$: ").contains("64 MiB");
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(20));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void stockRowsPastTheLimitAreRefusedAtTheFirstRowTooMany() throws IOException {
        String network = Hostile.read(Hostile.NETWORK);
        String first = "{ \"location\": \"wh-lyon\", \"sku\": \"TSHIRT-M\", \"onHand\": 120, \"reserved\": 10 },";
        int at = network.indexOf(first);
        Path file = dir.resolve("rows.json");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(network, 0, at);
            for (int i = 0; i < 1_000_001; i++) {
                w.write("{\"location\":\"wh-lyon\",\"sku\":\"S" + i + "\",\"onHand\":1},");
            }
            w.write(network, at, network.length() - at);
        }
        assertThat(Hostile.refused("validate", file.toString()).errLines()).singleElement().asString()
                .isEqualTo("stock[1000000]: at most 1000000 items in an array or object (docs/LIMITS.md), the document has more");
    }
}
