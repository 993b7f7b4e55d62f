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

/** Issue 13, case 3: a transfer of 2^63 ns passed {@code validate}, then every quote died. */
class Issue13Case03HugeTransferDurationTest {

    @TempDir
    Path dir;

    @Test
    void validateRefusesTheDuration() {
        String network = Hostile.write(dir, "n.json", Hostile.network("\"duration\": \"PT11H\"",
                "\"duration\": \"PT2562047788015215H\""));
        assertThat(Hostile.refused("validate", network).errLines()).singleElement().asString()
                .startsWith("transfers[0].duration: ").contains("366 days", "PT2562047788015215H");
    }

    @Test
    void quoteRefusesTheNetworkInsteadOfDying() {
        String network = Hostile.write(dir, "n.json", Hostile.network("\"duration\": \"PT11H\"",
                "\"duration\": \"PT2562047788015215H\""));
        assertThat(Hostile.refused("quote", network, Hostile.REQUEST).errLines()).singleElement().asString()
                .startsWith(network + ": transfers[0].duration: ");
    }

    @Test
    void everyDurationOfTheNetworkIsBounded() {
        String network = Hostile.write(dir, "n.json", Hostile.network("\"duration\": \"PT2H\", \"slot\": \"PT1H\"",
                "\"duration\": \"PT9000H\", \"slot\": \"PT9000H\"").replace("\"receiving\": \"PT1H\"",
                "\"receiving\": \"P1000D\""));
        assertThat(Hostile.refused("validate", network).errLines()).containsExactly(
                "locations[0].preparation.duration: duration must be at most 366 days (PT8784H), was PT9000H",
                "locations[0].preparation.slot: slot must be at most 366 days (PT8784H), was PT9000H",
                "transfers[0].receiving: receiving must be at most 366 days (PT8784H), was PT24000H");
    }
}
