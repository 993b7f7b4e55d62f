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
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, "others like them" (case 5's kin): text that is not a control character but still hostile. A sku or an
 * id with a bidirectional override (U+202E) was accepted and written raw into the {@code detail} of an explained
 * answer (the text around it shown reversed); a lone surrogate was accepted and written as {@code ?} (the
 * answer's bytes no longer said what the request said); a postal code with a control character was accepted; an
 * unknown {@code collectAt} id with a quote was echoed between quotes unescaped. Ids, skus and postal codes with
 * control characters, line separators, bidirectional overrides and isolates or lone surrogates are now refused at
 * their path, and every echo goes through {@code Echo} (docs/LIMITS.md).
 */
class Issue13BidiLoneSurrogateAndControlTextTest {

    @TempDir
    Path dir;

    private String request(String find, String replace) {
        return Hostile.write(dir, "r.json", Hostile.replaced(Hostile.read(Hostile.REQUEST), find, replace));
    }

    @Test
    void aSkuWithABidiOverrideIsRefusedAtItsPath() {
        String request = request("\"TSHIRT-M\"", "\"TSHIRT\\u202eM\"");
        assertThat(Hostile.refused("quote", Hostile.NETWORK, request).errLines()).containsExactly(request
                + ": lines[0].sku: must not contain line separators or bidirectional controls, was \"TSHIRT\\u202eM\"");
    }

    @Test
    void aSkuWithALoneSurrogateIsRefusedInsteadOfAnsweredWithAQuestionMark() {
        String request = request("\"TSHIRT-M\"", "\"TSHIRT\\ud800M\"");
        assertThat(Hostile.refused("quote", Hostile.NETWORK, request).errLines()).containsExactly(request
                + ": lines[0].sku: must be well-formed Unicode (a lone surrogate at index 6), was \"TSHIRT\\ud800M\"");
    }

    @Test
    void aListingSkuWithAnIsolateIsRefused() {
        String listing = Hostile.write(dir, "l.json", Hostile.replaced(Hostile.read(Hostile.LISTING), "\"KETTLE\"",
                "\"KET\\u2066TLE\""));
        assertThat(Hostile.refused("listing", Hostile.NETWORK, listing).errLines()).singleElement().asString()
                .contains("skus[4]").contains("\"KET\\u2066TLE\"");
    }

    @Test
    void aPostalCodeWithAControlCharacterIsRefused() {
        String request = request("\"75015\"", "\"75\\u0000015\"");
        assertThat(Hostile.refused("quote", Hostile.NETWORK, request).errLines()).containsExactly(request
                + ": destination.postalCode: must not contain control characters, was \"75\\u0000015\"");
    }

    @Test
    void aNetworkIdWithAnOverrideIsRefusedAtItsPath() {
        String network = Hostile.write(dir, "n.json", Hostile.network("\"id\": \"store-paris-11\"",
                "\"id\": \"store-paris-\\u202e11\""));
        assertThat(Hostile.refused("validate", network).errLines()).first().asString()
                .startsWith("locations[2].id: id must not contain line separators or bidirectional controls");
    }

    @Test
    void aLocationsPostalCodeWithALineSeparatorIsRefused() {
        String network = Hostile.write(dir, "n.json", Hostile.network("\"postalCode\": \"75011\"",
                "\"postalCode\": \"75\\u2028011\""));
        assertThat(Hostile.refused("validate", network).errLines()).singleElement().asString()
                .startsWith("locations[2].postalCode: ");
    }

    @Test
    void anUnknownCollectStoreWithAQuoteIsEchoedEscaped() {
        String request = request("\"explain\": true", "\"explain\": true, \"collectAt\": [\"a\\\"b\"], \"methods\": [\"COLLECT\"]");
        assertThat(Hostile.refused("quote", Hostile.NETWORK, request).errLines())
                .containsExactly(request + ": collectAt[0]: unknown location \"a\\\"b\"");
    }

    @Test
    void anUnknownSkuWithAQuoteIsExplainedEscapedOnce() {
        String request = request("\"TSHIRT-M\"", "\"a\\\"b\"");
        CliRun run = CliRun.of("quote", Hostile.NETWORK, request);
        assertThat(run.code()).isZero();
        // the detail echoes the sku as Echo does (a\"b), then JSON writes that text (a\\\"b)
        assertThat(run.out()).contains("\"detail\": \"unknown sku a\\\\\\\"b\"");
    }
}
