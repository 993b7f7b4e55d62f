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

import io.promiseengine.live.spi.SlotPosition;
import io.promiseengine.live.spi.StockPosition;
import io.promiseengine.live.spi.WindowPosition;
import io.promiseengine.model.Echo;
import io.promiseengine.model.Limits;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Issue 13 (echo of hostile text), the leftovers: the refusals of {@code PromiseMessages.Builder} (an unknown
 * wording key, a wording's text, a placeholder, a list, currency symbols) and of the live store's positions
 * ({@code StockPosition}, {@code SlotPosition}, {@code WindowPosition}, a supply line) put the caller's text
 * between quotes raw, so a newline or an escape sequence in it forged a log line or rewrote a terminal, and a quote
 * closed the quoted value early. They now go through {@link Echo}. With them: ids, skus and postal codes with a line
 * separator, a bidirectional override or isolate or a lone surrogate are refused ({@link Limits#whyNotText}), and
 * {@link Echo} escapes every bidirectional formatting character.
 */
class WordingsAndPositionsEchoHostileTextEscapedTest {

    private static final String HOSTILE = "x\u001b[2J\nFAKE: \"line\"\u202e";
    private static final String ESCAPED = "x\\u001b[2J\\nFAKE: \\\"line\\\"\\u202e";

    private static void refusedEscaped(Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertThat(e.getMessage()).contains(ESCAPED).doesNotContain("\u001b").doesNotContain("\n").doesNotContain("\u202e");
    }

    @Test
    void theWordingRefusalsEchoTheCallersTextEscaped() {
        PromiseMessages.Builder b = PromiseMessages.builder(Locale.FRANCE);
        refusedEscaped(() -> b.wording(HOSTILE, "x"));
        refusedEscaped(() -> b.wording("delivery.tomorrow", "Demain {" + HOSTILE + "}"));
        refusedEscaped(() -> b.wording("delivery.tomorrow", "Demain } " + HOSTILE));
        refusedEscaped(() -> b.wording("months", HOSTILE + ", b"));
        refusedEscaped(() -> b.wording("currency.symbols", "EUR €, " + HOSTILE));
        refusedEscaped(() -> b.wordings(Map.of(HOSTILE, "x")));
    }

    @Test
    void thePositionsRefusalsEchoTheIdsEscaped() {
        refusedEscaped(() -> new StockPosition(HOSTILE, "A", -1, 0, 0, 0, List.of()));
        refusedEscaped(() -> new StockPosition("L", HOSTILE, -1, 0, 0, 0, List.of()));
        refusedEscaped(() -> new StockPosition.SupplyLine(HOSTILE, 0, 0));
        refusedEscaped(() -> new SlotPosition(HOSTILE, 0, -1, 0, -1));
        refusedEscaped(() -> new WindowPosition(HOSTILE, "75", 0, -1, 0, -1));
        refusedEscaped(() -> new WindowPosition("vans", HOSTILE, 0, -1, 0, -1));
    }

    @Test
    void textThatShowsOtherThanItIsIsRefusedAsAnId() {
        for (String bad : List.of("a\u202eb", "a\u202ab", "a\u2066b", "a\u2069b", "a\u2028b", "a\u2029b", "a\ud800b", "a\udc00b",
                "a\ud800", "\udc00\ud800")) {
            assertThat(Limits.whyNotText(bad, 64)).as(Echo.escape(bad)).isNotNull().doesNotContain(bad);
        }
        // a pair is one character: an emoji, a CJK extension character, right-to-left letters are ids like any other
        for (String good : List.of("sku-\ud83d\udc5f", "\ud840\udc0b", "שלום", "مرحبا", "é\u00a0x")) {
            assertThat(Limits.whyNotText(good, 64)).as(good).isNull();
        }
        assertThatThrownBy(() -> new Destination("75\u0000015", java.util.Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("postalCode must not contain control characters, was \"75\\u0000015\"");
    }

    @Test
    void echoEscapesEveryBidiFormattingCharacter() {
        assertThat(Echo.escape("a\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069b"))
                .isEqualTo("a\\u061c\\u200e\\u200f\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069b");
        assertThat(Echo.escape("שלום")).isEqualTo("שלום");
    }
}
