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
package io.promiseengine.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.quote.Badge;
import io.promiseengine.quote.Listing;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;

import java.time.Instant;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A listing page shares its setup among its one-line carts ({@link OriginOrder}: the origins of a target in the order
 * of their bound, made once per page; the order-by's knowledge of single origins; the cart's supply arrivals as
 * exceptions to the page's order), and each badge is still the first option of each method of the sku's one-line
 * quote, computed alone. On the generated networks of {@code ListingMatchesQuoteTest} the solvers never bound their
 * origins (a handful of locations), so here they are widened to more than 32 origins per service
 * ({@link OriginClassesTest#widened}), with supply arriving at some copies, and the page is asked at the request's
 * instant and a day later. Seeds: {@code -Dlisting.firstSeed}, {@code -Dlisting.seeds}.
 */
class ListingOnWideNetworksTest {

    private static Optional<PromiseOption> first(Quote q, Method m) {
        return q.options().stream().filter(o -> o.method() == m).findFirst();
    }

    /** A page of a widened network, with the calculator of that network and where it comes from (for messages). */
    interface WidePage {
        void check(DefaultPromiseCalculator calc, ListingRequest page, String where);
    }

    /**
     * Each page of the seeds {@code -Dlisting.firstSeed}, {@code -Dlisting.seeds} (1 and 60 by default): per seed the
     * generated network widened ({@link OriginClassesTest#widened}), every sku and an unknown one, at the request's
     * instant and a day later; returns the description of the seeds run.
     */
    static String widePages(WidePage check) {
        long firstSeed = Long.getLong("listing.firstSeed", 1);
        int seeds = Integer.getInteger("listing.seeds", 60);
        for (long seed = firstSeed; seed < firstSeed + seeds; seed++) {
            NetworkGenerator gen = new NetworkGenerator(seed);
            Network network = OriginClassesTest.widened(gen.network(), 30, new Random(seed));
            DefaultPromiseCalculator calc = new DefaultPromiseCalculator(network);
            QuoteRequest shape = gen.request();
            for (Instant at : new Instant[] {shape.at(), shape.at().plusSeconds(86_400 + gen.random().nextInt(7_200))}) {
                ListingRequest page = ListingRequest.builder(at, shape.destination()).skus(NetworkGenerator.SKUS)
                        .skus("UNKNOWN").confidence(shape.confidence()).build();
                check.check(calc, page, "seed " + seed + " at " + at);
            }
        }
        return "seeds " + firstSeed + ".." + (firstSeed + seeds - 1);
    }

    @Test
    void everyBadgeOfAWideNetworkEqualsTheOneLineQuote() {
        int[] counts = new int[2]; // badges, with a home-delivery or courier option
        String seeds = widePages((calc, page, at) -> {
            Listing listing = calc.listing(page);
            for (Badge b : listing.badges()) {
                Quote q = calc.quote(page.quoteFor(b.sku()));
                String where = at + " sku " + b.sku();
                assertThat(b.homeDelivery()).as(where).isEqualTo(first(q, Method.HOME_DELIVERY));
                assertThat(b.courier()).as(where).isEqualTo(first(q, Method.COURIER));
                assertThat(b.collect()).as(where).isEqualTo(first(q, Method.COLLECT));
                assertThat(b.collectStores()).as(where)
                        .isEqualTo((int) q.options().stream().filter(o -> o.method() == Method.COLLECT).count());
                counts[0]++;
                counts[1] += b.homeDelivery().isPresent() || b.courier().isPresent() ? 1 : 0;
            }
        });
        System.out.println("ListingOnWideNetworksTest " + seeds + ": " + counts[0] + " badges, " + counts[1]
                + " with a home-delivery or courier option");
        assertThat(counts[1]).as("badges with a home-delivery or courier option").isGreaterThan(counts[0] / 3);
    }
}
