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

import io.promiseengine.model.Network;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Currency;

import static io.promiseengine.json.Docs.network;
import static io.promiseengine.json.Docs.refusedWith;
import static io.promiseengine.json.Docs.valid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network document's optional top-level {@code currency} (ISO 4217; docs/NETWORK-FORMAT.md): read into the
 * model, written back, refused at its path when it is not a code {@link Currency} knows, and written on each
 * option of a response only when the network declares it.
 */
class CurrencyDocumentTest {

    @Test
    void aDeclaredCurrencyIsReadAndWrittenBack() {
        Network n = valid(network("'currency': 'EUR'"));

        assertThat(n.currency()).contains(Currency.getInstance("EUR"));
        assertThat(NetworkDocument.write(n)).contains("\"zone\": \"Europe/Paris\",\n  \"currency\": \"EUR\",");
        assertThat(NetworkDocument.read(NetworkDocument.write(n))).isEqualTo(n);
    }

    @Test
    void withoutCurrencyTheNetworkHasNoneAndWritesNone() {
        Network n = valid(network(""));

        assertThat(n.currency()).isEmpty();
        assertThat(NetworkDocument.write(n)).doesNotContain("currency");
    }

    @Test
    void aCurrencyInLowerCaseIsRefusedAtItsPath() {
        refusedWith(network("'currency': 'eur'"), "currency", "three upper-case letters");
    }

    @Test
    void anUnknownCodeIsRefusedAtItsPath() {
        refusedWith(network("'currency': 'ABC'"), "currency", "unknown currency \"ABC\"");
    }

    @Test
    void aCurrencyThatIsNotAStringIsRefusedAtItsPath() {
        refusedWith(network("'currency': 978"), "currency", "expected a string");
    }

    @Test
    void aMisspeltCurrencyFieldNamesTheNearestKnownOne() {
        refusedWith(network("'curency': 'EUR'"), "curency", "currency");
    }

    @Test
    void optionsCarryTheCurrencyInTheResponseOnlyWhenTheNetworkDeclaresOne() {
        QuoteRequest q = RequestDocument.read(NetworkDocumentTest.resource("request-1-tshirt-paris.json"));
        Network without = NetworkDocument.read(NetworkDocumentTest.resource("network.json"));
        Network with = NetworkDocument.read(NetworkDocumentTest.resource("network.json")
                .replaceFirst("\"zone\": \"Europe/Paris\",", "\"zone\": \"Europe/Paris\", \"currency\": \"EUR\","));

        Quote plain = PromiseCalculator.of(without).quote(q);
        Quote priced = PromiseCalculator.of(with).quote(q);
        String plainDocument = ResponseDocument.write(plain, false);
        String pricedDocument = ResponseDocument.write(priced, false);

        assertThat(plain.options()).isNotEmpty().allSatisfy(o -> assertThat(o.currency()).isEmpty());
        assertThat(priced.options()).allSatisfy(o -> assertThat(o.currency()).contains(Currency.getInstance("EUR")));
        assertThat(plainDocument).doesNotContain("currency");
        // the same document with "currency": "EUR" before each option's "date" (keys in alphabetical order)
        assertThat(pricedDocument.replace("      \"currency\": \"EUR\",\n", "")).isEqualTo(plainDocument);
        assertThat(pricedDocument.split("\"currency\": \"EUR\"", -1)).hasSize(plain.options().size() + 1);
    }

    @Test
    void theListingDocumentCarriesItToo() {
        Network with = NetworkDocument.read(NetworkDocumentTest.resource("network.json")
                .replaceFirst("\"zone\": \"Europe/Paris\",", "\"zone\": \"Europe/Paris\", \"currency\": \"EUR\","));
        String listing = ListingDocument.write(PromiseCalculator.of(with).listing(
                io.promiseengine.quote.ListingRequest.builder(Instant.parse("2026-09-17T08:00:00Z"),
                        Destination.postalCode("75011")).skus("TSHIRT-M").build()));

        assertThat(listing).contains("\"currency\": \"EUR\"");
    }
}
