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
import io.promiseengine.quote.Badge;
import io.promiseengine.quote.Listing;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.QuoteRequest;

import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A listing page's one-line cart whose sku has few holders walks the page's order of a target's origins from one
 * holder to the next ({@code Solver.Pool.held}: the sku's stock table mapped to the order's positions) instead of
 * testing the positions one by one: the same origins in the same order, so the same badges. On the widened networks of
 * {@link ListingOnWideNetworksTest} (more than 32 origins per service, supply arriving at some copies, the page at the
 * request's instant and a day later) every page is computed with {@link Solver#fewHolders} at 0 (every sku walks
 * from holder to holder), at 2 (the skus held by at most half the order's origins do) and never, and the three
 * listings must be equal. Seeds: {@code -Dlisting.firstSeed}, {@code -Dlisting.seeds}.
 */
class ListingHolderWalkTest {

    private int saved;

    @BeforeEach
    void save() {
        saved = Solver.fewHolders;
    }

    @AfterEach
    void restore() {
        Solver.fewHolders = saved;
    }

    @Test
    void walkingFromHolderToHolderGivesTheSameBadges() {
        int[] counts = new int[2]; // badges, with a home-delivery or courier option
        String seeds = ListingOnWideNetworksTest.widePages((calc, page, where) -> {
            Solver.fewHolders = Integer.MAX_VALUE;
            Listing byPosition = calc.listing(page);
            Solver.fewHolders = 0;
            Listing everyHolder = calc.listing(page);
            Solver.fewHolders = 2;
            Listing some = calc.listing(page);
            assertThat(everyHolder).as(where).isEqualTo(byPosition);
            assertThat(some).as(where).isEqualTo(byPosition);
            for (Badge b : byPosition.badges()) {
                counts[0]++;
                counts[1] += b.homeDelivery().isPresent() || b.courier().isPresent() ? 1 : 0;
            }
        });
        System.out.println("ListingHolderWalkTest " + seeds + ": " + counts[0] + " badges, " + counts[1]
                + " with a home-delivery or courier option");
        assertThat(counts[1]).as("badges with a home-delivery or courier option").isGreaterThan(counts[0] / 3);
    }

    /**
     * The page order's positions by site (one entry per site of the snapshot, made for the holder walk) are the order's
     * own array, not the thread's scratch space: its slots keep the longest array each ever lent, so arrays of one
     * entry per site taken there at varying slots would stay in many slots of every thread after the page: after pages
     * on widened networks, the thread's scratch space keeps no array of exactly one entry per site (the shelf makes a
     * new array of the length asked).
     */
    @Test
    void thePositionsBySiteAreNotKeptInTheThreadsScratchSpace() {
        Solver.fewHolders = 0; // every sku walks from holder to holder: every bounded target's order makes its positions
        for (long seed = 1; seed <= 10; seed++) {
            NetworkGenerator gen = new NetworkGenerator(seed);
            DefaultPromiseCalculator calc = new DefaultPromiseCalculator(
                    OriginClassesTest.widened(gen.network(), 200, new Random(seed)));
            QuoteRequest shape = gen.request();
            calc.listing(ListingRequest.builder(shape.at(), shape.destination()).skus(NetworkGenerator.SKUS)
                    .confidence(shape.confidence()).build());
            int sites = calc.snapshot().sites.length;
            assertThat(QuoteContext.Scratch.intsKeptOfLength(sites)).as("seed %d, %d sites", seed, sites).isZero();
        }
    }
}
