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

/**
 * Issue 13, a gap left by {@link Issue13BidiLoneSurrogateAndControlTextTest}: the bidirectional overrides and
 * isolates were refused, but the invisible marks LRM (U+200E), RLM (U+200F) and ALM (U+061C) went through in a
 * sku, a postal code or a network's id, which then printed the same as another id. Now refused at their path, as
 * every Bidi_Control character (docs/LIMITS.md, "Text that is refused").
 */
class Issue13InvisibleBidiMarksTest {

    private static final String WHY = "must not contain line separators or bidirectional controls, was ";

    @TempDir
    Path dir;

    private String request(String find, String replace) {
        return Hostile.write(dir, "r.json", Hostile.replaced(Hostile.read(Hostile.REQUEST), find, replace));
    }

    @Test
    void aSkuWithALeftToRightMarkIsRefusedAtItsPath() {
        String request = request("\"TSHIRT-M\"", "\"TSHIRT\\u200e-M\"");
        assertThat(Hostile.refused("quote", Hostile.NETWORK, request).errLines())
                .containsExactly(request + ": lines[0].sku: " + WHY + "\"TSHIRT\\u200e-M\"");
    }

    @Test
    void aPostalCodeWithARightToLeftMarkIsRefusedAtItsPath() {
        String request = request("\"75015\"", "\"75015\\u200f\"");
        assertThat(Hostile.refused("quote", Hostile.NETWORK, request).errLines())
                .containsExactly(request + ": destination.postalCode: " + WHY + "\"75015\\u200f\"");
    }

    @Test
    void aNetworkIdWithAnArabicLetterMarkIsRefusedAtItsPath() {
        String network = Hostile.write(dir, "n.json", Hostile.network("\"id\": \"store-paris-11\"",
                "\"id\": \"store-paris-\\u061c11\""));
        assertThat(Hostile.refused("validate", network).errLines()).first().asString()
                .isEqualTo("locations[2].id: id " + WHY + "\"store-paris-\\u061c11\"");
    }

    @Test
    void aListingSkuWithARightToLeftMarkIsRefusedAtItsPath() {
        String listing = Hostile.write(dir, "l.json", Hostile.replaced(Hostile.read(Hostile.LISTING), "\"KETTLE\"",
                "\"KETTLE\\u200f\""));
        assertThat(Hostile.refused("listing", Hostile.NETWORK, listing).errLines()).singleElement().asString()
                .contains("skus[4]").contains(WHY + "\"KETTLE\\u200f\"");
    }
}
