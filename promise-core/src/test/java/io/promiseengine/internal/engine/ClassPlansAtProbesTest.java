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
import io.promiseengine.model.SlotLoad;
import io.promiseengine.model.StockLevel;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The class plans the order-by's probes share ({@code Solver.classPlans} in a probe solver, {@code original != null})
 * where a split is the best answer and some members of a class have a full slot at a probe's instant: there such a
 * member starts later than the class's plan, and only its own plan is right. Multi-line carts of the split shape
 * ({@link NetworkGenerator.Shape#split}, up to 10 shipments) on widened networks ({@link OriginClassesTest#widened},
 * 4 to 9 copies per location) whose every sku is stocked at two of its holders only (so that a block held by a loaded
 * member is seldom held by an unloaded member of its class, whose plan would keep the same date and order-by), a
 * third of the slots of every location with slots full over three days from the order, every target bounded
 * ({@code Solver.fewOrigins} 0). The whole quote (options, shipments, dates, order-bys) must be the same bounded and
 * plain. Seeds: {@code -Dprobeclasses.firstSeed}, {@code -Dprobeclasses.seeds}; a failure names its seed and request.
 */
class ClassPlansAtProbesTest {

    @Test
    void splitProbesOverLoadedClassMembersQuoteTheSameBoundedAndPlain() {
        // the default range holds seed 23,480,564, whose request 2 tells a probe giving the class's plan to a loaded member
        long first = Long.getLong("probeclasses.firstSeed", 23_480_541L);
        int seeds = Integer.getInteger("probeclasses.seeds", 40);
        int[] counts = new int[3];
        for (long seed = first; seed < first + seeds; seed++) {
            quoteSeed(seed, counts);
        }
        System.out.printf("ClassPlansAtProbesTest: seeds %d to %d, %d quotes, %d options, %d split%n",
                first, first + seeds - 1, counts[0], counts[1], counts[2]);
        assertThat(counts[2]).isGreaterThan(seeds / 4);
    }

    /** Three requests of a seed, bounded against plain; adds its quotes, options and split options to {@code counts}. */
    private static void quoteSeed(long seed, int[] counts) {
        NetworkGenerator gen = new NetworkGenerator(seed, NetworkGenerator.Shape.split(1, 8, 1_000_000));
        Random rnd = new Random(seed);
        Network widened = twoHolders(OriginClassesTest.widened(gen.network(), 4 + rnd.nextInt(6), rnd), rnd);
        int saved = Solver.fewOrigins;
        try {
            for (int r = 0; r < 3; r++) {
                QuoteRequest drawn = gen.request();
                Quote plain = ClassPlansTest.sameBoundedAndPlain(withFullSlots(widened, drawn.at(), rnd), drawn, 0,
                        seed, r);
                counts[0]++;
                counts[1] += plain.options().size();
                counts[2] += (int) plain.options().stream().filter(o -> o.shipments().size() > 1).count();
            }
        } finally {
            Solver.fewOrigins = saved;
        }
    }

    /** The network with each sku's stock kept at two of its holders, drawn. */
    private static Network twoHolders(Network n, Random rnd) {
        Map<String, List<StockLevel>> bySku = new TreeMap<>();
        for (StockLevel s : n.stock()) {
            bySku.computeIfAbsent(s.sku(), k -> new ArrayList<>()).add(s);
        }
        List<StockLevel> kept = new ArrayList<>();
        for (List<StockLevel> holders : bySku.values()) {
            Collections.shuffle(holders, rnd);
            kept.addAll(holders.subList(0, Math.min(2, holders.size())));
        }
        return new Network(n.zone(), n.calendars(), n.postalCodes(), n.locations(), n.services(), n.transfers(),
                kept, n.supply(), n.load(), n.windowLoad(), n.currency());
    }

    /** The network with each slot of every location with slots, over three days from {@code at}, full with probability 1/3. */
    private static Network withFullSlots(Network n, Instant at, Random rnd) {
        List<SlotLoad> load = new ArrayList<>(n.load());
        for (Location l : n.locations()) {
            long slot = l.preparation().slot().getSeconds();
            if (slot <= 0 || l.preparation().ordersPerSlot() <= 0) {
                continue;
            }
            ZoneId zone = l.zoneOr(n.zone());
            Instant last = null;
            for (long t = at.getEpochSecond() - slot; t < at.getEpochSecond() + 3 * 86_400; t += slot) {
                Instant start = l.preparation().slotStart(Instant.ofEpochSecond(t), zone);
                if (!start.equals(last) && rnd.nextInt(3) == 0) {
                    load.add(new SlotLoad(l.id(), start, l.preparation().ordersPerSlot()));
                }
                last = start;
            }
        }
        return new Network(n.zone(), n.calendars(), n.postalCodes(), n.locations(), n.services(), n.transfers(),
                n.stock(), n.supply(), load, n.windowLoad(), n.currency());
    }
}
