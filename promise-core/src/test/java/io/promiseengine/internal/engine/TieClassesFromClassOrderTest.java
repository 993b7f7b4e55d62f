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

import io.promiseengine.quote.QuoteRequest;

import org.junit.jupiter.api.Test;

/**
 * The order-by's classes of a one-line quote's origins reaching the date ({@code Solver.tieClasses} given
 * {@code Solver.originsUpTo}'s origins: each one's class read from its group in the quote's {@link ClassOrder}) are
 * those {@code planClass} gives each origin (its class, and for a courier its band from the destination, looked up
 * again), -1 for an origin whose line is available only later (an origin out of every band has no bound: it never
 * reaches, as the counts printed show). On widened generated networks
 * ({@link OriginClassesTest#widened}), bounded ({@code Solver.fewOrigins} 0), every target, the origins up to a limit
 * drawn among their bounds and up to every bound. Seeds: {@code -Dtieclasses.firstSeed}, {@code -Dtieclasses.seeds};
 * a failure names its seed, request and target.
 */
class TieClassesFromClassOrderTest {

    @Test
    void classesFromTheClassOrderAreEachOriginsOwn() {
        long first = Long.getLong("tieclasses.firstSeed", 31_200_001L);
        int seeds = Integer.getInteger("tieclasses.seeds", 60);
        // origins classed from their group, courier origins in a band, out of every band
        long[] counts = new long[3];
        OriginClassesTest.onWidenedBounded(first, seeds, (seed, gen, network, snap) -> {
            for (int r = 0; r < 4; r++) {
                QuoteRequest q = gen.request();
                long t = q.at().getEpochSecond();
                QuoteContext ctx = OriginClassesTest.context(snap, network, q, q.lines().subList(0, 1), 1);
                if (ctx.anyUnknownSku) {
                    continue;
                }
                for (Target target : OriginClassesTest.targets(snap)) {
                    for (int pass = 0; pass < 2; pass++) {
                        Solver solver = new Solver(ctx, target, t);
                        Solver.Reaching all = solver.originsUpTo(ctx.fullMask, Long.MAX_VALUE - 1);
                        if (all == null || all.size() < 2) {
                            continue;
                        }
                        // the first pass up to every bound, the second up to a bound drawn among them
                        Solver.Reaching reaching = pass == 0 ? all : solver.originsUpTo(ctx.fullMask,
                                all.order().bound(Math.max(all.position(gen.random().nextInt(all.size())), 0)));
                        int[] sites = new int[reaching.size()];
                        for (int i = 0; i < sites.length; i++) {
                            sites[i] = reaching.site(i);
                        }
                        String where = "seed " + seed + " request " + r + " " + target.method() + " pass " + pass;
                        int[] got = solver.tieClasses(sites, ctx.fullMask, reaching);
                        // each origin's own class, looked up again by a fresh solver (no distance known to it)
                        int[] own = new Solver(ctx, target, t).tieClasses(sites, ctx.fullMask);
                        assertThat(got).as(where).isEqualTo(own);
                        assertThat(reaching.order()).as(where).isInstanceOf(ClassOrder.class);
                        for (int i = 0; i < sites.length; i++) {
                            if (reaching.position(i) >= 0 && ctx.availableAt(sites[i], ctx.fullMask) <= t) {
                                counts[0]++;
                                if (target.courier() != null) {
                                    if (got == null || got[i] < 0) {
                                        counts[2]++;
                                    } else {
                                        counts[1]++;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        });
        long fromGroups = counts[0];
        long courierClasses = counts[1];
        long outOfBands = counts[2];
        System.out.printf("TieClassesFromClassOrderTest: seeds %d to %d, %d origins classed from their group, %d courier"
                + " origins in a band, %d out of every band%n", first, first + seeds - 1, fromGroups, courierClasses,
                outOfBands);
        assertThat(fromGroups).isGreaterThan(1_000);
        assertThat(courierClasses).isPositive();
    }
}
