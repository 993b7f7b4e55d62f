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
package io.promiseengine.json;

import io.promiseengine.json.internal.FieldNames;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The nearest allowed name offered for an unknown field, by edit distance. */
class FieldNamesTest {

    private static final List<String> LOCATION = List.of("id", "name", "kind", "postalCode", "position", "zone", "hours",
            "closed", "preparation", "collect", "ship");

    @Test
    void aTypoIsMatchedToTheNearestName() {
        assertThat(FieldNames.nearest("postcode", LOCATION)).isEqualTo("postalCode");   // two letters missing
        assertThat(FieldNames.nearest("postalcode", LOCATION)).isEqualTo("postalCode"); // case only
        assertThat(FieldNames.nearest("positon", LOCATION)).isEqualTo("position");
        assertThat(FieldNames.nearest("colect", LOCATION)).isEqualTo("collect");
        assertThat(FieldNames.nearest("preperation", LOCATION)).isEqualTo("preparation");
    }

    @Test
    void aNameTooFarFromEveryAllowedOneGetsNoSuggestion() {
        assertThat(FieldNames.nearest("colour", LOCATION)).isNull();
        assertThat(FieldNames.nearest("ab", LOCATION)).isNull();      // two edits from "id", too many for a short name
        assertThat(FieldNames.nearest("ix", LOCATION)).isEqualTo("id"); // one edit is allowed even for a short name
        assertThat(FieldNames.nearest("openingHours", LOCATION)).isNull();
        assertThat(FieldNames.unknown("colour", LOCATION)).isEqualTo("unknown field");
    }

    @Test
    void aTieGoesToTheAlphabeticallyFirstName() {
        assertThat(FieldNames.nearest("sip", List.of("ship", "slip"))).isEqualTo("ship");
        assertThat(FieldNames.nearest("sip", List.of("slip", "ship"))).isEqualTo("ship");
    }

    @Test
    void theMessageNamesTheSuggestion() {
        assertThat(FieldNames.unknown("postcode", LOCATION)).isEqualTo("unknown field; did you mean postalCode?");
    }
}
