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
package io.promiseengine.properties;

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.fixtures.SpecNetwork;
import io.promiseengine.model.Method;
import io.promiseengine.quote.Badge;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.Listing;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static io.promiseengine.fixtures.SpecNetwork.at;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 7: a listing badge never contradicts the product page (a one-line quote). */
class ListingMatchesQuoteTest {

    private static Optional<PromiseOption> first(Quote q, Method m) {
        return q.options().stream().filter(o -> o.method() == m).findFirst();
    }

    @Test
    void everyBadgeEqualsTheOneLineQuote() {
        for (long seed = 7_000; seed < 7_200; seed++) {
            NetworkGenerator g = new NetworkGenerator(seed);
            PromiseCalculator calc = PromiseCalculator.of(g.network());
            QuoteRequest shape = g.request();
            ListingRequest page = ListingRequest.builder(shape.at(), shape.destination()).skus(NetworkGenerator.SKUS)
                    .skus("UNKNOWN").confidence(shape.confidence()).build();
            Listing listing = calc.listing(page);
            assertThat(listing.badges()).extracting(Badge::sku).containsExactly("A", "B", "C", "D", "UNKNOWN");
            for (Badge b : listing.badges()) {
                Quote q = calc.quote(page.quoteFor(b.sku()));
                String context = "seed " + seed + " sku " + b.sku();
                assertThat(b.homeDelivery()).as(context).isEqualTo(first(q, Method.HOME_DELIVERY));
                assertThat(b.courier()).as(context).isEqualTo(first(q, Method.COURIER));
                assertThat(b.collect()).as(context).isEqualTo(first(q, Method.COLLECT));
                assertThat(b.collectStores()).as(context)
                        .isEqualTo((int) q.options().stream().filter(o -> o.method() == Method.COLLECT).count());
            }
        }
    }

    @Test
    void specNetworkPage_showsCollectTodayAndDeliveryDates() {
        Listing l = PromiseCalculator.of(SpecNetwork.network()).listing(ListingRequest.builder(
                at("2026-09-17T14:30:00+02:00"), Destination.postalCode("75015")).skus("TSHIRT-M", "JEAN-42", "SNEAKER-40").build());
        Badge tshirt = l.badges().get(0);
        // one unit: Paris Bastille holds one and prepares in 30 min; Tour Eiffel's 14:00 slot is full
        assertThat(tshirt.collect().orElseThrow().location()).contains("store-paris-11");
        assertThat(tshirt.collect().orElseThrow().promisedAt()).isEqualTo(at("2026-09-17T15:00:00+02:00"));
        assertThat(tshirt.collectStores()).isEqualTo(2);
        assertThat(tshirt.homeDelivery().orElseThrow().service()).contains("express");
        Badge sneaker = l.badges().get(2);
        assertThat(sneaker.courier()).isEmpty();
        assertThat(sneaker.homeDelivery()).isPresent();
    }
}
