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
import io.promiseengine.model.Location;
import io.promiseengine.model.Network;
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.Supply;
import io.promiseengine.quote.Listing;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The order-by's misses by class ({@code Feasibility.classMissed}: an origin whose plan at an instant is its class's,
 * its slot at the class calendar's first open instant not full, misses the date there only if every origin of the
 * class does) against the plain search, which checks every origin: on widened generated networks ({@link
 * OriginClassesTest#widened}) where half the slots of the next two days are full at one location with slots in two
 * ({@link ClassPlansTest#withFullSlots}), and where a third of the copies' stock arrives only later, as supply 1 to 30
 * hours after the order (origins of a class then start at different instants, by their slots and by their stock).
 * Each request is quoted, and asked as a listing page of its skus, bounded ({@code Solver.fewOrigins} 0) and plain:
 * the quotes, and the pages, must be the same. Seeds: {@code -Dclassmisses.firstSeed}, {@code -Dclassmisses.seeds};
 * a failure names its seed and request.
 */
class ClassMissesTest {

    @Test
    void missesByClassQuoteAndListTheSameBoundedAndPlain() {
        // the default range holds seed 24,300,063, whose request 1 (a listing page) tells a class miss recorded by an
        // origin whose stock arrives later
        long first = Long.getLong("classmisses.firstSeed", 24_300_041L);
        int seeds = Integer.getInteger("classmisses.seeds", 40);
        int[] counts = new int[3]; // quotes, options, badges
        ClassPlansTest.eachRequest(first, seeds,
                (widened, drawn, rnd) -> ClassPlansTest.withFullSlots(stockLater(widened, drawn.at(), rnd), drawn.at(), rnd),
                (network, drawn, fewOrigins, seed, r) -> {
                    Quote plain = ClassPlansTest.sameBoundedAndPlain(network, drawn, 0, seed, r);
                    counts[0]++;
                    counts[1] += plain.options().size();
                    ListingRequest page = ListingRequest.builder(drawn.at(), drawn.destination())
                            .skus(NetworkGenerator.SKUS).confidence(drawn.confidence()).build();
                    Solver.fewOrigins = 0;
                    Listing bounded = new DefaultPromiseCalculator(network).listing(page);
                    Solver.fewOrigins = Integer.MAX_VALUE;
                    Listing plainPage = new DefaultPromiseCalculator(network).listing(page);
                    assertThat(bounded).as("seed %d, request %d: listing %s", seed, r, page).isEqualTo(plainPage);
                    counts[2] += plainPage.badges().size();
                });
        System.out.printf("ClassMissesTest: seeds %d to %d, %d quotes, %d options, %d badges%n",
                first, first + seeds - 1, counts[0], counts[1], counts[2]);
        assertThat(counts[1]).isGreaterThan(seeds);
    }

    /**
     * The network where one copy ({@code -c<k>} location) in three has its stock arriving later instead: each of its
     * stock levels becomes a supply of the same quantity arriving 1 to 30 hours after {@code at}.
     */
    static Network stockLater(Network n, Instant at, Random rnd) {
        Set<String> later = new HashSet<>();
        for (Location l : n.locations()) {
            if (l.id().contains("-c") && rnd.nextInt(3) == 0) {
                later.add(l.id());
            }
        }
        List<StockLevel> stock = new ArrayList<>();
        List<Supply> supply = new ArrayList<>(n.supply());
        for (StockLevel s : n.stock()) {
            int quantity = s.onHand() - s.reserved() - s.safety();
            if (later.contains(s.location()) && quantity > 0) {
                supply.add(new Supply(s.location(), s.sku(), quantity, at.plusSeconds(3_600L + rnd.nextInt(29 * 3_600))));
            } else {
                stock.add(s);
            }
        }
        return new Network(n.zone(), n.calendars(), n.postalCodes(), n.locations(), n.services(), n.transfers(),
                stock, supply, n.load(), n.windowLoad(), n.currency());
    }
}
