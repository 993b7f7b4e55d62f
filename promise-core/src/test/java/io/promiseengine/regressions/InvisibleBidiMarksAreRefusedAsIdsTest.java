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

import io.promiseengine.model.Echo;
import io.promiseengine.model.Limits;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, a gap left: the bidirectional overrides and isolates were refused in ids, skus and postal codes, but
 * the invisible marks U+200E (LRM), U+200F (RLM) and U+061C (ALM) were accepted, so {@code "TSHIRT\u200eM"} was
 * a sku other than {@code "TSHIRT-M"}'s neighbour {@code "TSHIRTM"} while printing the same. Every character of
 * Unicode's Bidi_Control property is now refused the same way.
 */
class InvisibleBidiMarksAreRefusedAsIdsTest {

    /** Unicode's PropList.txt, Bidi_Control (unchanged since Unicode 6.3): the oracle, written out by hand. */
    private static final Set<Integer> BIDI_CONTROL = Set.of(0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D,
            0x202E, 0x2066, 0x2067, 0x2068, 0x2069);

    @Test
    void everyBidiControlCharacterIsRefusedInAnId() {
        for (int cp : BIDI_CONTROL) {
            String id = "TSHIRT" + Character.toString(cp) + "M";
            assertThat(Limits.whyNotText(id, Limits.MAX_ID_LENGTH)).as("U+%04X", cp)
                    .isEqualTo("must not contain line separators or bidirectional controls, was \"TSHIRT\\u"
                            + String.format("%04x", cp) + "M\"");
        }
    }

    @Test
    void theInvisibleMarksAreRefusedWithTheFieldNamed() {
        for (String mark : List.of("\u200e", "\u200f", "\u061c")) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Limits.checkText("lines[0].sku", "A" + mark, 64)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("lines[0].sku must not contain line separators or bidirectional controls, was \"A\\u")
                    .hasMessageNotContaining(mark);
        }
    }

    /**
     * The set written out above is checked against the JDK's own bidi classes: every character whose class is an
     * explicit embedding, override or isolate (or their end) is in it, so none was forgotten in the list.
     */
    @Test
    void theOracleHasEveryExplicitFormattingCharacterOfTheJdk() {
        List<Integer> explicit = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING, Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
                     Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING, Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
                     Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT, Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
                     Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE, Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
                     Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> explicit.add(cp);
                default -> {
                }
            }
        }
        assertThat(explicit).hasSize(9).allSatisfy(cp -> assertThat(BIDI_CONTROL).contains(cp));
    }

    @Test
    void rightToLeftLettersAndOtherFormatCharactersStayIds() {
        // Hebrew, Arabic, an emoji, a zero-width joiner inside an emoji sequence: letters and symbols, not controls
        for (String id : List.of("\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\ud83d\udc55",
                "\ud83d\udc69\u200d\ud83d\udcbb")) {
            assertThat(Limits.whyNotText(id, Limits.MAX_ID_LENGTH)).as(Echo.escape(id)).isNull();
        }
    }
}
