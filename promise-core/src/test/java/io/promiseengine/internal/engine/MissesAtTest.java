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

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The split bound's cheap answer ({@code Solver.missesAt}: every origin holding a line misses the date for an order at
 * a later instant, read from its class's bound there) is sound: whenever it says so, a solver at that instant plans
 * every origin holding the line and none keeps the date. On widened generated networks
 * ({@link OriginClassesTest#widened}), bounded ({@code Solver.fewOrigins} 0), carts of two and three lines, every
 * home-delivery and courier target, instants up to two days after the order and dates drawn at the own keys of the
 * plans there (and one second, or day, before), where a bound one too tight would show. Seeds:
 * {@code -Dmissesat.firstSeed}, {@code -Dmissesat.seeds}; a failure names its seed, request, target, line and instant.
 */
class MissesAtTest {

    @Test
    void aLineSaidToMissIsMissedByEveryOrigin() {
        long first = Long.getLong("missesat.firstSeed", 31_500_001L);
        int seeds = Integer.getInteger("missesat.seeds", 40);
        // lines said to miss; not; said, with a plan one key past the date; not, kept only where the line comes later
        long[] counts = new long[4];
        OriginClassesTest.onWidenedBounded(first, seeds, (seed, gen, network, snap) -> {
            Random rnd = new Random(seed * 31);
            for (int r = 0; r < 4; r++) {
                QuoteRequest q = gen.request();
                int lines = Math.min(q.lines().size(), 2 + rnd.nextInt(2));
                if (lines < 2) {
                    continue;
                }
                long t = q.at().getEpochSecond();
                QuoteContext ctx = OriginClassesTest.context(snap, network, q, q.lines().subList(0, lines), 2);
                if (ctx.anyUnknownSku) {
                    continue;
                }
                for (Target target : OriginClassesTest.targets(snap)) {
                    Solver solver = new Solver(ctx, target, t);
                    if (!solver.walksClasses()) {
                        continue;
                    }
                    for (int k = 0; k < 6; k++) {
                        long u = t + (k == 0 ? 0 : rnd.nextInt(2 * 86_400));
                        Solver at = new Solver(ctx, target, u);
                        int line = rnd.nextInt(lines);
                        int mask = 1 << line;
                        // a date at the own key of an origin's plan at u, or just before it: every other time of
                        // an origin where the line is available only after the order (supply), bounded alone
                        long keyLimit = Long.MIN_VALUE;
                        int[] origins = solver.origins();
                        boolean late = rnd.nextBoolean();
                        for (int tries = 0; tries < 64 && keyLimit == Long.MIN_VALUE; tries++) {
                            int site = origins[rnd.nextInt(origins.length)];
                            if ((ctx.holds(site) & mask) == mask && (!late || ctx.availableAt(site, mask) > t)) {
                                Plan p = at.plan(site, mask);
                                if (p != null && p.ownKey != Long.MAX_VALUE) {
                                    keyLimit = p.ownKey - rnd.nextInt(2);
                                }
                            }
                        }
                        if (keyLimit == Long.MIN_VALUE) {
                            continue;
                        }
                        String where = "seed " + seed + " request " + r + " " + target.method() + " line " + line
                                + " u " + u + " keyLimit " + keyLimit;
                        int[] classes = new int[solver.tieClassCount()];
                        boolean misses = solver.missesAt(mask, u, keyLimit, null, classes);
                        // the truth, origin by origin, at u
                        long keeping = 0;
                        long plannedAtTheEdge = 0;
                        long lateKeeping = 0;
                        for (int site : origins) {
                            if ((ctx.holds(site) & mask) != mask) {
                                continue;
                            }
                            Plan p = at.plan(site, mask);
                            if (p != null && p.ownKey <= keyLimit) {
                                keeping++;
                                lateKeeping += ctx.availableAt(site, mask) > t ? 1 : 0;
                            }
                            if (p != null && p.ownKey == keyLimit + 1) {
                                plannedAtTheEdge++;
                            }
                        }
                        if (misses) {
                            assertThat(keeping).as(where).isZero();
                            counts[0]++;
                            counts[2] += plannedAtTheEdge > 0 ? 1 : 0;
                        } else {
                            counts[1]++;
                            // kept only where the line comes later: what bounding those origins alone decides
                            counts[3] += keeping > 0 && keeping == lateKeeping ? 1 : 0;
                        }
                    }
                }
            }
        });
        long said = counts[0];
        long notSaid = counts[1];
        long atTheEdge = counts[2];
        long lateOnly = counts[3];
        System.out.printf("MissesAtTest: seeds %d to %d, %d lines said to miss (%d with a plan one key past the date),"
                + " %d not (%d kept only where the line comes later)%n", first, first + seeds - 1, said, atTheEdge,
                notSaid, lateOnly);
        assertThat(said).isGreaterThan(50);
        assertThat(atTheEdge).isPositive();
        assertThat(notSaid).isGreaterThan(50);
        assertThat(lateOnly).isPositive();
    }
}
