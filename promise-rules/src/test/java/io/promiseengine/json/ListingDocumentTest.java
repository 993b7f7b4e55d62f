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

import io.promiseengine.fixtures.SpecNetwork;
import io.promiseengine.model.Method;
import io.promiseengine.quote.InvalidRequestException;
import io.promiseengine.quote.Listing;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseCalculator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListingDocumentTest {

    private static final String PAGE = "{ \"at\": \"2026-09-17T14:30:00+02:00\", \"destination\": { \"postalCode\": \"75015\" },"
            + " \"skus\": [\"TSHIRT-M\", \"JEAN-42\", \"NOPE\"] }";

    @Test
    void readsAPageWithTheQuoteRequestsDefaults() {
        ListingRequest r = ListingDocument.read(PAGE);
        assertThat(r.skus()).containsExactly("TSHIRT-M", "JEAN-42", "NOPE");
        assertThat(r.confidence()).isEqualTo(0.95);
        assertThat(r.methods()).containsExactly(Method.values());
        assertThat(r.methodsGiven()).isFalse();
    }

    @Test
    void writesOneBadgePerSkuWithTheOptionsLayoutOfAQuote() {
        Listing l = PromiseCalculator.of(SpecNetwork.network()).listing(ListingDocument.read(PAGE));
        String json = ListingDocument.write(l);
        assertThat(json).startsWith("{\n  \"at\": \"2026-09-17T14:30:00+02:00\",\n  \"badges\": [\n");
        assertThat(json).contains("\"sku\": \"TSHIRT-M\"", "\"homeDelivery\": {", "\"service\": \"express\"",
                "\"collect\": {", "\"location\": \"store-paris-11\"", "\"collectStores\": 2");
        // the unknown sku has a badge without any option
        assertThat(json).contains("{\n      \"collectStores\": 0,\n      \"sku\": \"NOPE\"\n    }");
        assertThat(ListingDocument.write(l)).isEqualTo(json);
    }

    @Test
    void refusesWhatAListingDoesNotHave() {
        assertThatThrownBy(() -> ListingDocument.read(PAGE.replace("\"skus\"", "\"lines\"")))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("lines:");
        assertThatThrownBy(() -> ListingDocument.read(PAGE.replace("\"skus\": [\"TSHIRT-M\", \"JEAN-42\", \"NOPE\"]", "\"skus\": []")))
                .hasMessageStartingWith("skus:");
        assertThatThrownBy(() -> ListingDocument.read(PAGE.replace("\"JEAN-42\"", "\"\"")))
                .hasMessageStartingWith("skus[1]:");
        assertThatThrownBy(() -> ListingDocument.read(PAGE.replace("\"skus\"", "\"confidence\": 2, \"skus\"")))
                .hasMessageStartingWith("confidence:");
    }
}
