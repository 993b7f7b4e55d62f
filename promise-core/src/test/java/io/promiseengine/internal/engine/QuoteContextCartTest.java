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

import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Supply;
import io.promiseengine.quote.Line;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What a quote context holds of its cart (issue 13, mutation testing of {@code QuoteContext}): each site's
 * lines and when they are available (spec 4.1), the sku lists of blocks of lines, the order instant of a
 * context and of its {@code withLines}, the cumulative masses it shares, and the scratch space's epochs at their
 * wrap. The expected values are written out by hand from the network below, never read back from the engine.
 *
 * <p>The network (UTC): {@code w0} at (0, 0) holds A 5 and B 5; {@code w1} at (0.5, 0) holds A 5, and 3 units
 * of C arrive there on 2026-09-20 at 08:00; {@code w2} at (1, 0) holds nothing. The cart is C x 2, A x 1, B x 1,
 * in that order: line 0 is C, line 1 is A, line 2 is B. Orders at Thursday 2026-09-17 10:00 UTC.
 */
class QuoteContextCartTest {

    private static final Instant T = Instant.parse("2026-09-17T10:00:00Z");
    private static final long C_ARRIVES = Instant.parse("2026-09-20T08:00:00Z").getEpochSecond();
    private static final Position P1 = Position.of(0, 0);
    private static final Position P2 = Position.of(1, 0);

    private static Network network() {
        Network.Builder b = Network.builder(ZoneOffset.UTC);
        b.location(Location.builder("w0", LocationKind.WAREHOUSE, Position.of(0, 0)).build());
        b.location(Location.builder("w1", LocationKind.WAREHOUSE, Position.of(0.5, 0)).build());
        b.location(Location.builder("w2", LocationKind.WAREHOUSE, Position.of(1, 0)).build());
        b.stock("w0", "A", 5).stock("w0", "B", 5).stock("w1", "A", 5);
        b.supply(new Supply("w1", "C", 3, Instant.ofEpochSecond(C_ARRIVES)));
        return b.build();
    }

    private final Snapshot snap = new Snapshot(network());
    private final int w0 = snap.siteIndex.get("w0");
    private final int w1 = snap.siteIndex.get("w1");
    private final int w2 = snap.siteIndex.get("w2");

    private static final List<Line> CART = List.of(new Line("C", 2), new Line("A", 1), new Line("B", 1));

    private QuoteContext context(List<Line> lines, Position destination) {
        return new QuoteContext(snap, lines, 0.95, 1, destination, null, T.getEpochSecond());
    }

    /**
     * w0 holds A and B now, never C (lines 1 and 2: mask 6); w1 holds A now and C (2 of the 3 arriving) from
     * 2026-09-20 08:00 (lines 0 and 1: mask 3), never B; w2 holds nothing.
     */
    @Test
    void eachSiteHoldsTheLinesItCanEverHave_availableNowOrWhenTheSupplyArrives() {
        QuoteContext ctx = context(CART, P1);
        assertThat(ctx.holds(w0)).isEqualTo(0b110);
        assertThat(ctx.holds(w1)).isEqualTo(0b011);
        assertThat(ctx.holds(w2)).isZero();
        assertThat(ctx.available(w0, 0)).isEqualTo(Long.MAX_VALUE);
        assertThat(ctx.available(w0, 1)).isEqualTo(Long.MIN_VALUE);
        assertThat(ctx.available(w0, 2)).isEqualTo(Long.MIN_VALUE);
        assertThat(ctx.available(w1, 0)).isEqualTo(C_ARRIVES);
        assertThat(ctx.available(w1, 1)).isEqualTo(Long.MIN_VALUE);
        assertThat(ctx.available(w1, 2)).isEqualTo(Long.MAX_VALUE);
        assertThat(ctx.available(w2, 1)).isEqualTo(Long.MAX_VALUE);
    }

    /**
     * A block of lines is available when its latest line is: MIN for no line (and now), MAX when one line never
     * is, whether or not the site holds anything.
     */
    @Test
    void aBlockIsAvailableWhenItsLatestLineIs() {
        QuoteContext ctx = context(CART, P1);
        assertThat(ctx.availableAt(w1, 0b011)).isEqualTo(C_ARRIVES);   // C at the arrival, A now
        assertThat(ctx.availableAt(w1, 0b001)).isEqualTo(C_ARRIVES);   // C alone
        assertThat(ctx.availableAt(w1, 0b010)).isEqualTo(Long.MIN_VALUE); // A alone: now
        assertThat(ctx.availableAt(w1, 0b110)).isEqualTo(Long.MAX_VALUE); // A now, B never
        assertThat(ctx.availableAt(w1, 0b100)).isEqualTo(Long.MAX_VALUE);
        assertThat(ctx.availableAt(w1, 0)).isEqualTo(Long.MIN_VALUE);
        assertThat(ctx.availableAt(w0, 0b110)).isEqualTo(Long.MIN_VALUE); // A and B now
        assertThat(ctx.availableAt(w0, 0b111)).isEqualTo(Long.MAX_VALUE); // C never
        assertThat(ctx.availableAt(w2, 0)).isEqualTo(Long.MIN_VALUE);     // nothing asked of a site holding nothing
        assertThat(ctx.availableAt(w2, 0b001)).isEqualTo(Long.MAX_VALUE);
        assertThat(ctx.availableAt(w2, 0b111)).isEqualTo(Long.MAX_VALUE);
    }

    /**
     * {@code withLines} gives the same scratch space to another cart: a site the new cart stamps afresh must not
     * keep the old cart's availability for a line it does not hold. Old cart A, B (w0 holds both now); new cart
     * A, C: w0 holds A (line 0) only, C (line 1) never.
     */
    @Test
    void aNewCartInTheSameSpace_doesNotInheritTheOldCartsAvailability() {
        QuoteContext first = context(List.of(new Line("A", 1), new Line("B", 1)), P1);
        assertThat(first.availableAt(w0, 0b11)).isEqualTo(Long.MIN_VALUE);
        QuoteContext next = first.withLines(List.of(new Line("A", 1), new Line("C", 2)));
        assertThat(next.holds(w0)).isEqualTo(0b01);
        assertThat(next.available(w0, 1)).isEqualTo(Long.MAX_VALUE);
        assertThat(next.availableAt(w0, 0b11)).isEqualTo(Long.MAX_VALUE);
        assertThat(next.holds(w1)).isEqualTo(0b11);
        assertThat(next.availableAt(w1, 0b11)).isEqualTo(C_ARRIVES);
    }

    /** A context and its {@code withLines} are made for the same order instant, and search to the same limit. */
    @Test
    void withLinesKeepsTheOrderInstant() {
        QuoteContext ctx = context(CART, P1);
        assertThat(ctx.orderAt()).isEqualTo(T.getEpochSecond());
        assertThat(ctx.limit).isEqualTo(Instant.parse("2027-01-15T10:00:00Z").getEpochSecond()); // t + 120 days
        QuoteContext other = ctx.withLines(List.of(new Line("B", 1)));
        assertThat(other.orderAt()).isEqualTo(T.getEpochSecond());
        assertThat(other.limit).isEqualTo(ctx.limit);
    }

    /** A block's skus sorted as String.compareTo does, whatever the lines' order: C, A, B are lines 0, 1, 2. */
    @Test
    void theSkusOfABlockAreItsOwn_sorted() {
        QuoteContext ctx = context(CART, P1);
        assertThat(ctx.sortedSkus(0b001)).containsExactly("C");
        assertThat(ctx.sortedSkus(0b011)).containsExactly("A", "C");
        assertThat(ctx.sortedSkus(0b110)).containsExactly("A", "B");
        assertThat(ctx.sortedSkus(0b100)).containsExactly("B");
        assertThat(ctx.sortedSkus(0b111)).containsExactly("A", "B", "C");
    }

    /**
     * Masks from 256 up (carts of nine lines and more) are cached in a map instead of an array: line i has sku
     * {@code S(8 - i)}, so mask 257 (lines 0 and 8) is S8 and S0, and mask 511 every sku.
     */
    @Test
    void theSkusOfABlockOfANineLineCart() {
        List<Line> nine = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(new Line("S" + (8 - i), 1));
        }
        QuoteContext ctx = context(nine, P1);
        assertThat(ctx.sortedSkus(257)).containsExactly("S0", "S8");
        assertThat(ctx.sortedSkus(256)).containsExactly("S0");
        assertThat(ctx.sortedSkus(511)).containsExactly("S0", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8");
        assertThat(ctx.sortedSkus(257)).containsExactly("S0", "S8");
        assertThat(ctx.sortedSkus(3)).containsExactly("S7", "S8");
    }

    /**
     * The cumulative masses of a mass function, remembered by identity for the last eight: 0.25 then 1 for
     * {1: 0.25, 2: 0.75}; 0.5 then 1 for {3: 0.5, 4: 0.5}; the first again after eight others, still its own.
     */
    @Test
    void theCumulativeMassesAreEachFunctionsOwn() {
        QuoteContext ctx = context(CART, P1);
        MassFunction quarter = MassFunction.of(1, 0.25, 2, 0.75);
        MassFunction half = MassFunction.of(3, 0.5, 4, 0.5);
        QuoteContext.Cumulative q = ctx.cumulative(quarter);
        assertThat(q.cum()).containsExactly(0.25, 1.0);
        assertThat(q.exact()[0]).isEqualByComparingTo("0.25");
        assertThat(q.exact()[1]).isEqualByComparingTo("1");
        QuoteContext.Cumulative h = ctx.cumulative(half);
        assertThat(h.cum()).containsExactly(0.5, 1.0);
        assertThat(h.exact()[0]).isEqualByComparingTo("0.5");
        assertThat(ctx.cumulative(quarter)).isSameAs(q);
        for (int k = 1; k <= 9; k++) {
            // {k: 0.125, k + 1: 0.875}: cumulative 0.125 then 1
            assertThat(ctx.cumulative(MassFunction.of(k, 0.125, k + 1, 0.875)).cum()).containsExactly(0.125, 1.0);
        }
        assertThat(ctx.cumulative(quarter).cum()).containsExactly(0.25, 1.0);
        assertThat(ctx.cumulative(half).cum()).containsExactly(0.5, 1.0);
    }

    /**
     * The epochs of the scratch space count up from 1 and, after {@link Integer#MAX_VALUE}, start again at 1 with
     * every stamp cleared: a context after the wrap must not read what a context read at epoch 1 before it. Run
     * on a thread of its own, whose scratch space is new (epochs at 0).
     */
    @Test
    void afterTheEpochsWrap_aContextReadsItsOwnCartAndDestination() throws Throwable {
        onAFreshThread(() -> {
            // epoch 1: cart A, B to P1; w0 holds both, 0 km from P1
            QuoteContext before = QuoteContext.forQuote(snap, List.of(new Line("A", 1), new Line("B", 1)), 0.95, 1,
                    P1, null, T.getEpochSecond());
            assertThat(before.holds(w0)).isEqualTo(0b11);
            assertThat(before.distanceToDestination(w0)).isEqualTo(0.0);
            before.release();
            QuoteContext.Scratch s = QuoteContext.Scratch.acquire();
            s.epochsForTest(Integer.MAX_VALUE - 2, Integer.MAX_VALUE - 2);
            s.release();
            for (int round = 0; round < 3; round++) {
                // epochs MAX - 1, MAX, then 1 again: cart C to P2; w0 holds nothing, 1 degree of latitude from P2
                // (R x pi / 180 = 111.195 km), w2 is at P2
                QuoteContext after = QuoteContext.forQuote(snap, List.of(new Line("C", 2)), 0.95, 1, P2, null,
                        T.getEpochSecond());
                assertThat(after.holds(w0)).as("round %d", round).isZero();
                assertThat(after.available(w0, 0)).as("round %d", round).isEqualTo(Long.MAX_VALUE);
                assertThat(after.availableAt(w0, 0b1)).as("round %d", round).isEqualTo(Long.MAX_VALUE);
                assertThat(after.holds(w1)).as("round %d", round).isEqualTo(0b1);
                assertThat(after.distanceToDestination(w2)).as("round %d", round).isEqualTo(0.0);
                if (round == 2) {
                    // asked only after the wrap, so that w0's stamp is still the one of epoch 1
                    assertThat(after.distanceToDestination(w0)).isCloseTo(111.195, within(0.001));
                }
                after.release();
            }
        });
    }

    /** The epochs given, on either side of the wrap: MAX - 1, MAX, then 1, 2 (and the same for the distances). */
    @Test
    void theEpochsCountUp_andStartAgainAtOneAfterTheLargestInt() throws Throwable {
        onAFreshThread(() -> {
            QuoteContext.Scratch s = QuoteContext.Scratch.acquire();
            try {
                assertThat(s.newEpoch(3, 1)).isEqualTo(1);
                assertThat(s.newEpoch(3, 1)).isEqualTo(2);
                assertThat(s.newDistanceEpoch(3)).isEqualTo(1);
                s.epochsForTest(Integer.MAX_VALUE - 2, Integer.MAX_VALUE - 2);
                assertThat(s.newEpoch(3, 1)).isEqualTo(Integer.MAX_VALUE - 1);
                assertThat(s.newEpoch(3, 1)).isEqualTo(Integer.MAX_VALUE);
                assertThat(s.newEpoch(3, 1)).isEqualTo(1);
                assertThat(s.newEpoch(3, 1)).isEqualTo(2);
                assertThat(s.newDistanceEpoch(3)).isEqualTo(Integer.MAX_VALUE - 1);
                assertThat(s.newDistanceEpoch(3)).isEqualTo(Integer.MAX_VALUE);
                assertThat(s.newDistanceEpoch(3)).isEqualTo(1);
                assertThat(s.newDistanceEpoch(3)).isEqualTo(2);
            } finally {
                s.release();
            }
        });
    }

    /**
     * The preparation results of a quote are forgotten at the next quote ({@code Prepared.clear}, a new
     * generation), also when the generations wrap after {@link Integer#MAX_VALUE} and when the table grows (it
     * grows past 32 entries): a result of an earlier quote is never found again.
     */
    @Test
    void aPreparationOfAnEarlierQuoteIsNeverFoundAgain() {
        QuoteContext.Prepared p = new QuoteContext.Prepared();
        Readiness old = Readiness.of(100, 200);
        p.put(3, 1000, old);                    // generation 1
        assertThat(p.get(3, 1000)).isSameAs(old);
        p.clear();                              // generation 2
        assertThat(p.get(3, 1000)).isNull();
        for (int site = 0; site < 40; site++) { // grows past 32 entries: generation 1 again, this quote's 40 kept
            p.put(site, 5000 + site, Readiness.of(site, site));
        }
        assertThat(p.get(3, 1000)).isNull();
        for (int site = 0; site < 40; site++) {
            assertThat(p.get(site, 5000 + site).start()).isEqualTo(site);
        }
        p.generationForTest(Integer.MAX_VALUE - 1);
        p.clear();                              // MAX
        p.put(7, 9000, Readiness.of(7, 7));
        assertThat(p.get(7, 9000).start()).isEqualTo(7);
        assertThat(p.get(3, 5003)).isNull();
        p.clear();                              // wraps to 1, the generation of the 40 entries above
        for (int site = 0; site < 40; site++) {
            assertThat(p.get(site, 5000 + site)).as("site %d", site).isNull();
        }
        assertThat(p.get(7, 9000)).isNull();
    }

    /** Runs the check on a new thread (a new thread's scratch space is new), failing as it fails. */
    private static void onAFreshThread(Runnable check) throws Throwable {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            thread.submit(check).get(5, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw e.getCause();
        } finally {
            thread.shutdownNow();
        }
    }
}
