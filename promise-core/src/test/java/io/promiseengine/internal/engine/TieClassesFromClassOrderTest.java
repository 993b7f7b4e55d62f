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
import io.promiseengine.quote.QuoteRequest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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

    private static final long FIRST = Long.getLong("tieclasses.firstSeed", 31_200_001L);
    private static final int SEEDS = Integer.getInteger("tieclasses.seeds", 60);

    /** One target of a one-line quote on a widened network, bounded. */
    private interface Visit {
        void visit(String where, Snapshot snap, QuoteContext ctx, Target target, long t, NetworkGenerator gen);
    }

    /** Every target of four one-line quotes per seed, on the widened networks, with {@code Solver.fewOrigins} 0. */
    private static void eachTarget(Visit visit) {
        OriginClassesTest.onWidenedBounded(FIRST, SEEDS, (seed, gen, network, snap) -> {
            for (int r = 0; r < 4; r++) {
                QuoteRequest q = gen.request();
                long t = q.at().getEpochSecond();
                QuoteContext ctx = OriginClassesTest.context(snap, network, q, q.lines().subList(0, 1), 1);
                if (ctx.anyUnknownSku) {
                    continue;
                }
                for (Target target : OriginClassesTest.targets(snap)) {
                    visit.visit("seed " + seed + " request " + r + " " + target.method(), snap, ctx, target, t, gen);
                }
            }
        });
    }

    @Test
    void classesFromTheClassOrderAreEachOriginsOwn() {
        long[] counts = new long[3]; // classed from their group, courier origins in a band, out of every band
        eachTarget((whereTarget, snap, ctx, target, t, gen) -> {
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
                String where = whereTarget + " pass " + pass;
                int[] got = solver.tieClasses(sites, ctx.fullMask, reaching);
                // each origin's own class, looked up again by a fresh solver (no distance known to it)
                int[] own = new Solver(ctx, target, t).tieClasses(sites, ctx.fullMask);
                assertThat(got).as(where).isEqualTo(own);
                assertThat(reaching.order()).as(where).isInstanceOf(ClassOrder.class);
                for (int i = 0; i < sites.length; i++) {
                    if (reaching.position(i) >= 0 && ctx.availableAt(sites[i], ctx.fullMask) <= t) {
                        counts[0]++;
                        if (target.courier() != null) {
                            counts[got == null || got[i] < 0 ? 2 : 1]++;
                        }
                    }
                }
            }
        });
        System.out.printf("TieClassesFromClassOrderTest: seeds %d to %d, %d origins classed from their group, %d courier"
                + " origins in a band, %d out of every band%n", FIRST, FIRST + SEEDS - 1, counts[0], counts[1], counts[2]);
        assertThat(counts[0]).isGreaterThan(1_000);
        assertThat(counts[1]).isPositive();
    }

    /**
     * The quote's {@link ClassOrder} itself, on the same networks and targets: each candidate origin that holds the
     * line is walked exactly once (home delivery: a class none of whose members holds it is left out, its members not
     * walked; courier: the origins near the destination holding it, read unsorted, are the walk), the members of a
     * group come ascending, and {@link ClassOrder#member} answers, of every site holding the line, whether it is a
     * candidate.
     */
    @Test
    void theClassOrderWalksEachCandidateHolderOnceAscendingWithinItsGroup() {
        long[] counts = new long[3]; // candidate holders walked, of them a courier's, candidates not walked
        eachTarget((where, snap, ctx, target, t, gen) -> {
            Solver.Reaching all = new Solver(ctx, target, t).originsUpTo(ctx.fullMask, Long.MAX_VALUE - 1);
            if (all == null) {
                return;
            }
            ClassOrder order = (ClassOrder) all.order();
            int[] candidates = target.courier() == null ? target.homeDelivery().origins
                    : ctx.destination == null ? target.courier().origins : ctx.originsNear(target.courier());
            Set<Integer> candidateSet = new HashSet<>();
            for (int site : candidates) {
                candidateSet.add(site);
            }
            Map<Integer, Integer> walked = new HashMap<>();
            for (int i = 0; i < order.size(); i++) {
                int site = order.site(i);
                assertThat(walked.put(site, i)).as(where + " site %d walked twice", site).isNull();
                assertThat(candidateSet).as(where).contains(site);
                if (target.courier() != null) {
                    assertThat(ctx.holds(site)).as(where + " courier site %d", site).isNotZero();
                }
                if (i > 0 && order.group(i) == order.group(i - 1)) {
                    assertThat(site).as(where + " position %d", i).isGreaterThan(order.site(i - 1));
                }
            }
            for (int site = 0; site < snap.sites.length; site++) {
                if (ctx.holds(site) != 0) {
                    boolean candidate = candidateSet.contains(site);
                    assertThat(order.member(site)).as(where + " member %d", site).isEqualTo(candidate);
                    if (candidate) {
                        assertThat(walked).as(where + " holder %d", site).containsKey(site);
                        counts[0]++;
                        counts[1] += target.courier() != null ? 1 : 0;
                    }
                }
            }
            counts[2] += candidates.length - walked.size();
        });
        System.out.printf("TieClassesFromClassOrderTest: seeds %d to %d, %d candidate holders walked (%d a courier's), %d"
                + " candidates not walked%n", FIRST, FIRST + SEEDS - 1, counts[0], counts[1], counts[2]);
        assertThat(counts[1]).isGreaterThan(1_000);
        assertThat(counts[2]).isPositive();
    }
}
