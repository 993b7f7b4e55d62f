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

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, case 7: a 100,000-character postal code cost 9 s a quote. Postal codes and ids have length limits. */
class Issue13Case07LongPostalCodeTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aLongPostalCodeIsRefusedAtOnce() {
        String request = Hostile.write(dir, "r.json", Hostile.replaced(Hostile.read(Hostile.REQUEST), "\"75015\"",
                "\"" + "7".repeat(100_000) + "\""));
        assertThat(Hostile.refused("quote", Hostile.NETWORK, request).errLines()).singleElement().asString()
                .startsWith(request + ": request: a limit of docs/LIMITS.md is passed: String value length").contains("(10000");
        String shorter = Hostile.write(dir, "r2.json", Hostile.replaced(Hostile.read(Hostile.REQUEST), "\"75015\"",
                "\"" + "7".repeat(9_000) + "\""));
        assertThat(Hostile.refused("quote", Hostile.NETWORK, shorter).errLines()).singleElement().asString()
                .startsWith(shorter + ": destination.postalCode: must have at most 16 characters, was \"7777").endsWith("…\"");
    }

    @Test
    void aLongListingPostalCodeIsRefusedToo() {
        String listing = Hostile.write(dir, "l.json", Hostile.replaced(Hostile.read(Hostile.LISTING), "\"75011\"",
                "\"" + "7".repeat(17) + "\""));
        assertThat(Hostile.refused("listing", "networks/france-demo.json", listing).errLines()).singleElement()
                .asString().startsWith(listing + ": destination.postalCode: must have at most 16 characters");
    }

    @Test
    void longIdsAndPostalCodesOfTheNetworkAreRefused() {
        String network = Hostile.write(dir, "n.json", Hostile.network("\"75007\": { \"lat\"",
                "\"" + "7".repeat(17) + "\": { \"lat\"").replace("\"from\": \"69\", \"to\": \"75\"",
                "\"from\": \"69\", \"to\": \"" + "7".repeat(17) + "\"").replace("\"id\": \"express\"",
                "\"id\": \"" + "e".repeat(65) + "\""));
        assertThat(Hostile.refused("validate", network).errLines()).containsExactly(
                "postalCodes.77777777777777777: postal code must have at most 16 characters, was \"77777777777777777\"",
                "services[0].lanes[1].to: to must have at most 16 characters, was \"77777777777777777\"",
                "services[1].id: id must have at most 64 characters, was \"" + "e".repeat(65) + "\"");
    }
}
