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
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, case 5: ids with control characters were echoed raw into the {@code PATH: message} lines. */
class Issue13Case05EchoedControlCharactersTest {

    /** The JSON text of {@code nowhere ESC[2J NEWLINE FAKE: line}. */
    private static final String HOSTILE = "nowhere\\u001b[2J\\nFAKE: line";

    @TempDir
    Path dir;

    @Test
    void anUnknownLocationIsEchoedEscaped() {
        String network = Hostile.write(dir, "n.json", Hostile.network(
                "{ \"location\": \"wh-lyon\", \"sku\": \"JEAN-42\", \"onHand\": 40 }",
                "{ \"location\": \"" + HOSTILE + "\", \"sku\": \"JEAN-42\", \"onHand\": 40 }"));
        assertThat(Hostile.refused("validate", network).errLines())
                .containsExactly("stock[1].location: unknown location \"nowhere\\u001b[2J\\nFAKE: line\"");
    }

    @Test
    void anUnknownFieldIsEchoedEscapedInItsPath() {
        String network = Hostile.write(dir, "n.json", Hostile.network("\"zone\": \"Europe/Paris\",",
                "\"zone\": \"Europe/Paris\", \"" + HOSTILE + "\": 1,"));
        assertThat(Hostile.refused("validate", network).errLines())
                .containsExactly("nowhere\\u001b[2J\\nFAKE: line: unknown field");
    }

    @Test
    void aRequestsCollectStoreIsEchoedEscaped() {
        String request = Hostile.write(dir, "r.json", Hostile.replaced(Hostile.read(Hostile.REQUEST), "\"explain\": true",
                "\"explain\": true, \"collectAt\": [\"" + HOSTILE + "\"], \"methods\": [\"COLLECT\"]"));
        assertThat(Hostile.refused("quote", Hostile.NETWORK, request).errLines()).singleElement().asString()
                .startsWith(request + ": collectAt").contains("\"nowhere\\u001b[2J\\nFAKE: line\"");
    }

    @Test
    void aRequestsUnknownFieldIsEchoedEscaped() {
        String request = Hostile.write(dir, "r.json", Hostile.replaced(Hostile.read(Hostile.REQUEST), "\"explain\": true",
                "\"explain\": true, \"" + HOSTILE + "\": 1"));
        assertThat(Hostile.refused("quote", Hostile.NETWORK, request).errLines()).singleElement().asString()
                .startsWith(request + ": nowhere\\u001b[2J\\nFAKE: line: unknown field");
    }

    @Test
    void aLongValueIsEchoedShortened() {
        String network = Hostile.write(dir, "n.json", Hostile.network("\"zone\": \"Europe/Paris\"",
                "\"zone\": \"" + "x".repeat(5_000) + "\""));
        assertThat(Hostile.refused("validate", network).errLines()).singleElement().asString()
                .hasSizeLessThan(400).contains("xxx…\"");
    }
}
