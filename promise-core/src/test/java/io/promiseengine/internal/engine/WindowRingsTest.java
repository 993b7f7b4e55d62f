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

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.model.Position;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sites a windows search's ring takes a window's {@code from} among ({@link WindowService#originsIn}): whichever
 * walk finds them (the service's grid, cells counted then walked row by row, or the entries of the cart's shortest
 * stock table grouped by pair), they are the entries of the pairs asked inside the ring's box, and among them is
 * every eligible origin of those pairs inside the box that holds the whole cart. The oracle tests every site.
 * Generated windows networks widened to many origins in dense clusters ({@link OriginClassesTest#widened}), seeds
 * {@code -Dwindowrings.firstSeed} (22,300,001) on, {@code -Dwindowrings.seeds} (150) of them, four requests each,
 * boxes of 0.3 to 1,000 km around the destination and random subsets of the pairs.
 */
class WindowRingsTest {

    private static final double[] RADII_KM = {0.3, 1, 3, 10, 30, 100, 300, 1000};

    @Test
    void eitherWalkFindsTheEntriesOfThePairsInsideTheBox() {
        long first = Long.getLong("windowrings.firstSeed", 22_300_001L);
        int seeds = Integer.getInteger("windowrings.seeds", 150);
        int[] counts = new int[2]; // boxes asked, boxes with sites
        for (long seed = first; seed < first + seeds; seed++) {
            NetworkGenerator gen = new NetworkGenerator(seed, NetworkGenerator.Shape.WINDOWS);
            Random rnd = new Random(seed);
            Snapshot snap = WindowSearchMatchesPlainTest.widenedWindows(gen, rnd);
            for (int r = 0; r < 4; r++) {
                QuoteRequest request = gen.request();
                Position destination = request.destination().position().orElse(null);
                if (destination == null) {
                    continue;
                }
                QuoteContext ctx = new QuoteContext(snap, request.lines(), request.confidence(), 1, destination,
                        request.destination().postalCode(), request.at().getEpochSecond());
                for (WindowService service : snap.scheduled) {
                    check(seed, r, snap, ctx, service, service.pairsOf(null), rnd, counts);
                    if (!ctx.anyUnknownSku && ctx.shortestTable() != null) {
                        check(seed, r, snap, ctx, service, service.pairsOf(ctx.shortestTable()), rnd, counts);
                    }
                }
            }
        }
        System.out.printf("WindowRingsTest: seeds %d to %d, %d boxes, %d with sites%n", first, first + seeds - 1,
                counts[0], counts[1]);
        assertThat(counts[1]).as("boxes with sites").isGreaterThan(seeds * 10);
    }

    private static void check(long seed, int r, Snapshot snap, QuoteContext ctx, WindowService service,
                              WindowService.Pairs among, Random rnd, int[] counts) {
        String as = "seed " + seed + ", request " + r + ", " + (among == service.pairsOf(null) ? "origins" : "table");
        boolean[] isEntry = new boolean[snap.sites.length];
        for (int site : among.sites) {
            isEntry[site] = true;
        }
        for (int site = 0; site < snap.sites.length; site++) {
            assertThat(among.has(site)).as(as + ", site " + site).isEqualTo(isEntry[site]);
        }
        for (double km : RADII_KM) {
            double[] box = SpatialIndex.box(ctx.destination, km);
            if (box == null) {
                continue;
            }
            // a random subset of the pairs, in random order
            int[] js = new int[among.pairs.length];
            int count = 0;
            for (int j = 0; j < among.pairs.length; j++) {
                if (rnd.nextInt(4) != 0) {
                    js[count++] = j;
                }
            }
            for (int i = count - 1; i > 0; i--) {
                int k = rnd.nextInt(i + 1);
                int x = js[i];
                js[i] = js[k];
                js[k] = x;
            }
            boolean[] asked = new boolean[service.pairOpen.length];
            for (int q = 0; q < count; q++) {
                asked[among.pairs[js[q]]] = true;
            }
            int[] expected = new int[snap.sites.length];
            int n = 0;
            for (int site = 0; site < snap.sites.length; site++) {
                Position p = snap.sites[site].location.position();
                boolean inBox = p.lat() >= box[0] && p.lat() <= box[1] && p.lon() >= box[2] && p.lon() <= box[3];
                boolean ofAskedPair = service.pairOf[site] >= 0 && asked[service.pairOf[site]];
                if (inBox && ofAskedPair && service.eligible[site] && ctx.holds(site) == ctx.fullMask) {
                    assertThat(isEntry[site]).as(as + ": holder " + site + " inside the box is an entry").isTrue();
                }
                if (inBox && ofAskedPair && isEntry[site]) {
                    expected[n++] = site;
                }
            }
            expected = Arrays.copyOf(expected, n);
            counts[0]++;
            if (n > 0) {
                counts[1]++;
            }
            int[] byCells = sorted(service.originsIn(box, among, js, count, Long.MAX_VALUE));
            int[] byEntries = sorted(service.originsIn(box, among, js, count, -1));
            int[] chosen = sorted(service.originsIn(box, among, js, count));
            assertThat(byCells).as(as + ", " + km + " km, by cells").isEqualTo(expected);
            assertThat(byEntries).as(as + ", " + km + " km, by entries").isEqualTo(expected);
            assertThat(chosen).as(as + ", " + km + " km").isEqualTo(expected);
        }
    }

    private static int[] sorted(int[] sites) {
        int[] out = sites.clone();
        Arrays.sort(out);
        return out;
    }
}
