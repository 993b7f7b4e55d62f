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
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.SlotLoad;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The plans the bounded path takes from an origin's class ({@code Solver.classPlans}: an origin of a class whose slot
 * at the class's first open instant is not full starts then, and its plan is the class's with its own site, id and
 * distance) against the plain search of every candidate, on widened generated networks ({@link
 * OriginClassesTest#widened}) where half the slots of the next two days are full, at each location with slots
 * drawn one in two: so that the origins of one class start at different instants, some at the class's first open
 * instant and some later. The whole quote must be the same bounded and plain. Seeds: {@code -Dclassplans.firstSeed},
 * {@code -Dclassplans.seeds}; a failure names its seed and request.
 */
class ClassPlansTest {

    @Test
    void originsOfAClassWithFullSlotsQuoteTheSameBoundedAndPlain() {
        long first = Long.getLong("classplans.firstSeed", 41_000_001L);
        int seeds = Integer.getInteger("classplans.seeds", 40);
        int[] counts = new int[3]; // quotes, options, full slots added
        eachRequest(first, seeds, (widened, drawn, rnd) -> {
            Network network = withFullSlots(widened, drawn.at(), rnd);
            counts[2] += network.load().size() - widened.load().size();
            return network;
        }, (network, drawn, fewOrigins, seed, r) -> {
            Quote plain = sameBoundedAndPlain(network, drawn, fewOrigins, seed, r);
            counts[0]++;
            counts[1] += plain.options().size();
        });
        System.out.printf("ClassPlansTest: seeds %d to %d, %d quotes, %d options, %d full slots added%n",
                first, first + seeds - 1, counts[0], counts[1], counts[2]);
        assertThat(counts[1]).isGreaterThan(seeds);
        assertThat(counts[2]).isGreaterThan(seeds);
    }

    /** The network a request is quoted on, made from the seed's widened network. */
    interface Loading {
        Network of(Network widened, QuoteRequest drawn, Random rnd);
    }

    /** A check of a drawn request on its network; {@code fewOrigins} is {@code Solver.fewOrigins} as the test found it. */
    interface Check {
        void of(Network network, QuoteRequest drawn, int fewOrigins, long seed, int r);
    }

    /**
     * For each seed of {@code [first, first + seeds)}: the generator's network widened ({@link OriginClassesTest#widened},
     * 8 to 17 copies of each location), and three requests drawn, each checked on its network; {@code
     * Solver.fewOrigins} restored after.
     */
    static void eachRequest(long first, int seeds, Loading loading, Check check) {
        int saved = Solver.fewOrigins;
        try {
            for (long seed = first; seed < first + seeds; seed++) {
                NetworkGenerator gen = new NetworkGenerator(seed);
                Random rnd = new Random(seed);
                Network widened = OriginClassesTest.widened(gen.network(), 8 + rnd.nextInt(10), rnd);
                for (int r = 0; r < 3; r++) {
                    QuoteRequest drawn = gen.request();
                    check.of(loading.of(widened, drawn, rnd), drawn, saved, seed, r);
                }
            }
        } finally {
            Solver.fewOrigins = saved;
        }
    }

    /**
     * Quotes the drawn request, home delivery (and courier when its destination is placed), bounded with {@code
     * fewOrigins} as {@code Solver.fewOrigins} and plain, asserts the two quotes equal and returns the plain one.
     */
    static Quote sameBoundedAndPlain(Network network, QuoteRequest drawn, int fewOrigins, long seed, int r) {
        boolean placed = drawn.destination().position().isPresent()
                || network.postalCodes().containsKey(drawn.destination().postalCode());
        QuoteRequest request = new QuoteRequest(drawn.at(), drawn.destination(), drawn.lines(), drawn.confidence(),
                placed ? EnumSet.of(Method.HOME_DELIVERY, Method.COURIER) : EnumSet.of(Method.HOME_DELIVERY), true,
                List.of(), false, drawn.maxShipments(), drawn.explain(), drawn.maxWindows());
        PromiseCalculator calculator = PromiseCalculator.of(network);
        Solver.fewOrigins = fewOrigins;
        Quote bounded = calculator.quote(request);
        Solver.fewOrigins = Integer.MAX_VALUE;
        Quote plain = calculator.quote(request);
        assertThat(bounded).as("seed %d, request %d: %s", seed, r, request).isEqualTo(plain);
        return plain;
    }

    /**
     * The network with, at one location with slots in two, each slot of the two days from {@code at} full (its
     * capacity of orders) with probability one half.
     */
    static Network withFullSlots(Network n, Instant at, Random rnd) {
        List<SlotLoad> load = new ArrayList<>(n.load());
        for (Location l : n.locations()) {
            long slot = l.preparation().slot().getSeconds();
            if (slot <= 0 || l.preparation().ordersPerSlot() <= 0 || rnd.nextBoolean()) {
                continue;
            }
            ZoneId zone = l.zoneOr(n.zone());
            Instant last = null;
            for (long t = at.getEpochSecond() - slot; t < at.getEpochSecond() + 2 * 86_400; t += slot) {
                Instant start = l.preparation().slotStart(Instant.ofEpochSecond(t), zone);
                if (!start.equals(last) && rnd.nextBoolean()) {
                    load.add(new SlotLoad(l.id(), start, l.preparation().ordersPerSlot()));
                }
                last = start;
            }
        }
        return new Network(n.zone(), n.calendars(), n.postalCodes(), n.locations(), n.services(), n.transfers(),
                n.stock(), n.supply(), load, n.windowLoad(), n.currency());
    }
}
