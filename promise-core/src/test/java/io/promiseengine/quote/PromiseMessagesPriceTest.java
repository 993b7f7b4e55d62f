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
package io.promiseengine.quote;

import io.promiseengine.model.Method;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * docs/MESSAGES.md, "Prices": each catalogue writes a price with its currency as its shoppers read it. The
 * expected texts are written out by hand (the conventions of each language), not computed with the JDK's
 * NumberFormat, whose symbols and separators differ between versions.
 */
class PromiseMessagesPriceTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String NBSP = "\u00a0";

    private static String price(PromiseMessages m, String amount, String currency) {
        return m.price(new BigDecimal(amount), Currency.getInstance(currency));
    }

    @Test
    void eachLanguageWritesEurosItsOwnWay() {
        assertThat(price(PromiseMessages.french(), "4.9", "EUR")).isEqualTo("4,90" + NBSP + "€");
        assertThat(price(PromiseMessages.english(), "4.9", "EUR")).isEqualTo("€4.90");
        assertThat(price(PromiseMessages.german(), "4.9", "EUR")).isEqualTo("4,90" + NBSP + "€");
        assertThat(price(PromiseMessages.spanish(), "4.9", "EUR")).isEqualTo("4,90" + NBSP + "€");
        assertThat(price(PromiseMessages.italian(), "4.9", "EUR")).isEqualTo("4,90" + NBSP + "€");
        assertThat(price(PromiseMessages.dutch(), "4.9", "EUR")).isEqualTo("€" + NBSP + "4,90");
    }

    @Test
    void thousandsAreGroupedWithEachLanguagesSeparator() {
        assertThat(price(PromiseMessages.french(), "1250", "EUR")).isEqualTo("1\u202f250,00" + NBSP + "€");
        assertThat(price(PromiseMessages.english(), "1250", "EUR")).isEqualTo("€1,250.00");
        assertThat(price(PromiseMessages.german(), "1234567.5", "EUR")).isEqualTo("1.234.567,50" + NBSP + "€");
        assertThat(price(PromiseMessages.dutch(), "999.99", "EUR")).isEqualTo("€" + NBSP + "999,99");
    }

    @Test
    void theAmountIsRoundedHalfEvenToTheCurrencysMinorUnit() {
        assertThat(price(PromiseMessages.english(), "4.905", "EUR")).isEqualTo("€4.90");
        assertThat(price(PromiseMessages.english(), "4.915", "EUR")).isEqualTo("€4.92");
        assertThat(price(PromiseMessages.english(), "1250.4", "JPY")).isEqualTo("JPY 1,250"); // no minor unit
        assertThat(price(PromiseMessages.english(), "1.2345", "BHD")).isEqualTo("BHD 1.234"); // three decimals
    }

    @Test
    void aCurrencyWithoutASymbolInTheCatalogueIsWrittenWithItsCode() {
        assertThat(price(PromiseMessages.english(), "12", "CHF")).isEqualTo("CHF 12.00");
        assertThat(price(PromiseMessages.french(), "12", "CHF")).isEqualTo("12,00" + NBSP + "CHF");
        assertThat(price(PromiseMessages.dutch(), "12", "CHF")).isEqualTo("CHF" + NBSP + "12,00");
        assertThat(price(PromiseMessages.french(), "12", "USD")).isEqualTo("12,00" + NBSP + "$US");
        assertThat(price(PromiseMessages.english(), "12", "GBP")).isEqualTo("£12.00");
    }

    @Test
    void nothingToPayIsFreeInEachLanguage() {
        List<String> free = PromiseMessages.builtInLocales().stream()
                .map(l -> PromiseMessages.of(l).price(BigDecimal.ZERO, EUR)).toList();

        assertThat(free).containsExactly("Free", "Gratuit", "Kostenlos", "Gratis", "Gratis", "Gratis");
    }

    @Test
    void anOptionsPriceNeedsItsNetworksCurrency() {
        PromiseOption euros = option(Optional.of(EUR));
        PromiseOption none = option(Optional.empty());

        assertThat(PromiseMessages.french().price(euros)).contains("9,80" + NBSP + "€");
        assertThat(PromiseMessages.french().price(none)).isEmpty();
    }

    private static PromiseOption option(Optional<Currency> currency) {
        ZoneId paris = ZoneId.of("Europe/Paris");
        Instant at = Instant.parse("2026-09-19T16:00:00Z");
        return new PromiseOption(Method.HOME_DELIVERY, Optional.of("std"), Optional.empty(), paris, at, LocalDate.of(2026, 9, 19), Optional.empty(),
                0.97, new BigDecimal("9.80"), currency, List.of());
    }

    @Test
    void aRetailerRewritesPricesAndSymbols() {
        PromiseMessages mine = PromiseMessages.builder(Locale.ENGLISH)
                .wording("price", "{amount} {symbol}")
                .wording("currency.symbols", "EUR euros, CHF Fr.")
                .build();

        assertThat(mine.price(new BigDecimal("4.9"), EUR)).isEqualTo("4.90 euros");
        assertThat(mine.price(new BigDecimal("12"), Currency.getInstance("CHF"))).isEqualTo("12.00 Fr.");
        assertThat(mine.price(new BigDecimal("12"), Currency.getInstance("USD"))).isEqualTo("USD 12.00");
    }

    @Test
    void badSymbolListsAreRefusedWithTheKeyAndThePair() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PromiseMessages.builder(Locale.ENGLISH).wording("currency.symbols", "EUR €, euro"))
                .withMessageContaining("currency.symbols").withMessageContaining("\"euro\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PromiseMessages.builder(Locale.ENGLISH).wording("currency.symbols", "EUR €, EUR E"))
                .withMessageContaining("twice");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PromiseMessages.builder(Locale.ENGLISH).wording("price", "{amount} {code}"))
                .withMessageContaining("unknown placeholder {code}");
    }
}
