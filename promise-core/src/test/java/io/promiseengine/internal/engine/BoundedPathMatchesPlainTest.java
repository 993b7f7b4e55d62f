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
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The bounded best-first path of {@link Solver} (origins planned in the order of their own-key bound, in pools, at a
 * growing limit: docs/SEMANTICS.md, "origins are planned best first") against the plain search of every candidate
 * ({@link Solver#fewOrigins} set to {@link Integer#MAX_VALUE}, so that no target is bounded), on seeded generated
 * networks: the whole quote (options with their shipments and order-bys, rejections) must be the same. The plain
 * search plans every eligible origin and hands the allocator all of their plans: it shares no code with the pools,
 * the bounds or the limit (issue 13, mutation testing of the solver's bounded path).
 *
 * <p>Two kinds of networks: the generator's networks widened to more than 32 origins (copies of their locations
 * with the hours, preparation, postal code, stock, supply and slot load of random originals, so that many origins
 * tie, and bounds that ignore slot load or closing hours fall short of the plans), quoted with the threshold as it
 * is; and the generator's small networks with the threshold at 0 (every home-delivery and courier target bounded).
 * Seeds: {@code -Dbounded.firstSeed}, {@code -Dbounded.seeds}; a failure names its seed and request.
 */
class BoundedPathMatchesPlainTest {

    @Test
    void widenedNetworksQuoteTheSameBoundedAndPlain() {
        long first = Long.getLong("bounded.firstSeed", 31_000_001L);
        int seeds = Integer.getInteger("bounded.seeds", 25);
        int[] counts = new int[3];
        for (long seed = first; seed < first + seeds; seed++) {
            NetworkGenerator gen = new NetworkGenerator(seed);
            Random rnd = new Random(seed);
            Network network = OriginClassesTest.widened(gen.network(), 8 + rnd.nextInt(10), rnd);
            compare(seed, network, gen, 4, Solver.fewOrigins, counts);
        }
        System.out.printf("BoundedPathMatchesPlainTest widened: seeds %d to %d, %d quotes, %d options, %d multi-shipment%n",
                first, first + seeds - 1, counts[0], counts[1], counts[2]);
        // the comparison means something only when the quotes have options, some of them split
        assertThat(counts[1]).isGreaterThan(seeds);
        assertThat(counts[2]).isGreaterThan(0);
    }

    @Test
    void smallNetworksQuoteTheSameWhenEveryTargetIsBounded() {
        long first = Long.getLong("bounded.firstSeed", 31_000_001L);
        int seeds = Integer.getInteger("bounded.seeds", 25) * 3;
        int[] counts = new int[3];
        for (long seed = first; seed < first + seeds; seed++) {
            NetworkGenerator gen = new NetworkGenerator(seed);
            compare(seed, gen.network(), gen, 4, 0, counts);
        }
        System.out.printf("BoundedPathMatchesPlainTest small: seeds %d to %d, %d quotes, %d options, %d multi-shipment%n",
                first, first + seeds - 1, counts[0], counts[1], counts[2]);
        assertThat(counts[1]).isGreaterThan(seeds);
        assertThat(counts[2]).isGreaterThan(0);
    }

    private static void compare(long seed, Network network, NetworkGenerator gen, int requests, int threshold, int[] counts) {
        PromiseCalculator calculator = PromiseCalculator.of(network);
        int saved = Solver.fewOrigins;
        try {
            for (int r = 0; r < requests; r++) {
                QuoteRequest drawn = gen.request();
                // home delivery and courier only: the targets that may be bounded (the others are planned plainly); a
                // courier needs a destination the network can place
                boolean placed = drawn.destination().position().isPresent()
                        || network.postalCodes().containsKey(drawn.destination().postalCode());
                QuoteRequest request = new QuoteRequest(drawn.at(), drawn.destination(), drawn.lines(), drawn.confidence(),
                        placed ? EnumSet.of(Method.HOME_DELIVERY, Method.COURIER) : EnumSet.of(Method.HOME_DELIVERY), true, List.of(), false, drawn.maxShipments(),
                        drawn.explain(), drawn.maxWindows());
                Solver.fewOrigins = threshold;
                Quote bounded = calculator.quote(request);
                Solver.fewOrigins = Integer.MAX_VALUE;
                Quote plain = calculator.quote(request);
                assertThat(bounded).as("seed %d, request %d: %s", seed, r, request).isEqualTo(plain);
                counts[0]++;
                counts[1] += plain.options().size();
                counts[2] += (int) plain.options().stream().filter(o -> o.shipments().size() > 1).count();
            }
        } finally {
            Solver.fewOrigins = saved;
        }
    }
}
