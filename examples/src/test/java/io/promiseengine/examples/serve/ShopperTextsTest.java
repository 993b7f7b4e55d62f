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
package io.promiseengine.examples.serve;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The words the storefront builds around the engine's: prices, Shopify's subunits, the countdown's purpose. */
class ShopperTextsTest {

    @Test
    void subunits_areTheAmountInTheCurrencysSmallestUnit_exactly() {
        assertThat(ShopifyRates.subunits(new BigDecimal("4.90"), "EUR")).isEqualTo("490");
        assertThat(ShopifyRates.subunits(new BigDecimal("12.5"), "EUR")).isEqualTo("1250");
        assertThat(ShopifyRates.subunits(new BigDecimal("0"), "EUR")).isEqualTo("0");
        assertThat(ShopifyRates.subunits(new BigDecimal("1500"), "JPY")).isEqualTo("1500");
        assertThat(ShopifyRates.subunits(new BigDecimal("1.234"), "KWD")).isEqualTo("1234");
    }

    @Test
    void prices_readAsAFrenchOrEnglishShopperReadsThem() {
        assertThat(OptionView.Money.text(new BigDecimal("4.9"), "EUR", Locale.FRENCH)).isEqualTo("4,90\u00a0€");
        assertThat(OptionView.Money.text(new BigDecimal("4.9"), "EUR", Locale.ENGLISH)).isEqualTo("€4.90");
        assertThat(OptionView.Money.text(BigDecimal.ZERO, "EUR", Locale.FRENCH)).isEqualTo("Gratuit");
    }

    @Test
    void purpose_isWhatFollowsTheTimeLeft_inTheEnginesSentence() {
        assertThat(OptionView.purpose("Commandez dans les 2 h 5 min pour être livré demain",
                Duration.ofMinutes(125).plusSeconds(30), Locale.FRENCH)).isEqualTo("pour être livré demain");
        assertThat(OptionView.purpose("Order within 45 min to pick up today", Duration.ofMinutes(45),
                Locale.ENGLISH)).isEqualTo("to pick up today");
        assertThat(OptionView.purpose("Commandez dans moins d'une minute pour un retrait aujourd'hui",
                Duration.ofSeconds(20), Locale.FRENCH)).isEqualTo("pour un retrait aujourd'hui");
        assertThat(OptionView.purpose("Commandez avant le lundi 21 septembre à 15h00 pour être livré le mardi 22 septembre",
                Duration.ofHours(30), Locale.FRENCH)).isEmpty();
        assertThat(OptionView.purpose("Commandez dans les 1 h pour être livré demain", Duration.ofMinutes(61),
                Locale.FRENCH)).as("a sentence written for another instant is not cut").isEmpty();
    }

    @Test
    void html_isEscapedInElementsAndAttributes() {
        assertThat(PageHandlers.escape("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    }
}
