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

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec 4.3's tie-breaks after the date, each deciding a hand-built cart in an order the allocator's search meets
 * the other way round (issue 13, mutation testing of {@link Allocator}): the distance sum in metres rounded with
 * {@code Math.round} (a sum half a millimetre short of a half metre ties with 0 m, a sum of exactly half a metre
 * does not), the sorted origin ids compared as {@code String.compareTo} does, the sku lists origin by origin in id
 * order; and the tolerance of 4.3 ({@code p >= c - 1e-9}) at its boundary; and an origin whose lines become
 * available on different days (their plans have the same probabilities on other keys). The answers are worked out
 * from the spec in the comments.
 */
class AllocationTieBreaksTest {

    private static final int A = 0b01;
    private static final int B = 0b10;

    /**
     * Two covers of the same product whose distance sums round to the same metres, the one with the larger ids
     * nearer: the search tries the levels of a line nearest first and must not leave the farther one.
     */
    @Test
    void aDistanceSumJustShortOfHalfAMetreTiesWithZero_andTheSmallerIdsWin() {
        // confidence 0.9; A only at o05 (0 km, day 10); B at o03 (0 km, 1.0 from day 9) and o02 (0.0004999995 km,
        // 1.0 on day 10). A reaches on day 10 only, so day 10, two shipments, product 1.0 either way. Distances:
        // o03 + o05 = 0 m; o02 + o05 = Math.round(0.4999995) = 0 m: a tie. Sorted ids: [o02, o05] < [o03, o05].
        HandBuiltCart cart = new HandBuiltCart(0.9, "A", "B")
                .origin("o05", A, 0.0, new long[] {10}, "1.0")
                .origin("o03", B, 0.0, new long[] {9}, "1.0")
                .origin("o02", B, 0.0004999995, new long[] {10}, "1.0");
        assertAll(cart, 2, "key 10 conf 1 m 0: o02=[B] o05=[A]");
    }

    @Test
    void aDistanceSumOfHalfAMetreRoundsUp_andTheNearerWins() {
        // as above with o02 at 0.0005 km: Math.round(0.5) = 1 m > 0 m, so o03 and o05 win on the distance
        HandBuiltCart cart = new HandBuiltCart(0.9, "A", "B")
                .origin("o05", A, 0.0, new long[] {10}, "1.0")
                .origin("o03", B, 0.0, new long[] {9}, "1.0")
                .origin("o02", B, 0.0005, new long[] {10}, "1.0");
        assertAll(cart, 2, "key 10 conf 1 m 0: o03=[B] o05=[A]");
    }

    /** Sorted lists of ids compared element by element as {@code String.compareTo} does: "o1" < "o10" < "o2" < "o9". */
    @Test
    void theSmallerSortedListOfOriginIdsWins_comparedAsStrings() {
        // lines A, B, C, every plan 1.0 on day 10; o2 holds A and B (2 km), o3 C (0 km), o9 A (0 km), o1 B and C
        // (2 km). None holds all three: two shipments, product 1.0. Covers: o2 A B + o3 C = 2 km; o9 A + o1 B C =
        // 2 km; o2 A + o1 B C = 4 km. A tie at 2,000 m: [o1, o9] < [o2, o3] (their first elements decide).
        HandBuiltCart cart = new HandBuiltCart(0.9, "A", "B", "C")
                .origin("o2", 0b011, 2.0, new long[] {10}, "1.0")
                .origin("o3", 0b100, 0.0, new long[] {10}, "1.0")
                .origin("o9", 0b001, 0.0, new long[] {10}, "1.0")
                .origin("o1", 0b110, 2.0, new long[] {10}, "1.0");
        assertAll(cart, 3, "key 10 conf 1 m 2000: o1=[B, C] o9=[A]");
        // the same with o10 for o9: "o10" < "o2" as strings, so [o1, o10] < [o2, o3] still
        HandBuiltCart tens = new HandBuiltCart(0.9, "A", "B", "C")
                .origin("o2", 0b011, 2.0, new long[] {10}, "1.0")
                .origin("o3", 0b100, 0.0, new long[] {10}, "1.0")
                .origin("o10", 0b001, 0.0, new long[] {10}, "1.0")
                .origin("o1", 0b110, 2.0, new long[] {10}, "1.0");
        assertAll(tens, 3, "key 10 conf 1 m 2000: o1=[B, C] o10=[A]");
        // o20 and o3 against o2 and o21: [o20, o3] vs [o2, o21]: "o2" < "o20", so o2 and o21 win
        HandBuiltCart second = new HandBuiltCart(0.9, "A", "B", "C")
                .origin("o20", 0b011, 2.0, new long[] {10}, "1.0")
                .origin("o3", 0b100, 0.0, new long[] {10}, "1.0")
                .origin("o2", 0b001, 0.0, new long[] {10}, "1.0")
                .origin("o21", 0b110, 2.0, new long[] {10}, "1.0");
        assertAll(second, 3, "key 10 conf 1 m 2000: o2=[A] o21=[B, C]");
    }

    /** The same two origins, the lines given differently: the sku lists decide, origin by origin in id order. */
    @Test
    void theSmallerSkuListsOriginByOriginWin() {
        // lines 0, 1, 2 with skus C, A, B; o1 holds C and A, o2 holds A and B, every plan 1.0; none holds all
        // three: two shipments from o1 and o2, C at o1, B at o2, A at either. o1's list first: [A, C] < [C]
        // (their first skus differ, A < C), so o1 ships A and C, o2 ships B
        HandBuiltCart cart = new HandBuiltCart(0.9, "C", "A", "B")
                .origin("o1", 0b011, "1.0")
                .origin("o2", 0b110, "1.0");
        assertAll(cart, 2, "key 10 conf 1 m 2000: o1=[A, C] o2=[B]");
        // skus A, B, C; o1 holds A and B, o2 B and C: o1's [A] < [A, B] (a prefix is smaller): o1 ships A alone
        HandBuiltCart prefix = new HandBuiltCart(0.9, "A", "B", "C")
                .origin("o1", 0b011, "1.0")
                .origin("o2", 0b110, "1.0");
        assertAll(prefix, 2, "key 10 conf 1 m 2000: o1=[A] o2=[B, C]");
    }

    /**
     * An origin whose second line is available a day after its first: both lines' plans have the probabilities
     * 0.5 then 1.0, on days 10 and 11 for A and on 11 and 12 for B. They are not one distribution: on day 11 A is
     * at 1.0 and B at 0.5.
     */
    @Test
    void plansOfTheSameProbabilitiesOnOtherDaysAreNotOneLevel() {
        // confidence 0.9. o0 ships A and B together on B's plan: 1.0 on day 12. o0 A (1.0 on day 11) + o1 B (1.0
        // on day 11): day 11. The earliest date wins over fewer shipments: o0 ships A, o1 ships B, on day 11.
        HandBuiltCart cart = new HandBuiltCart(0.9, "A", "B")
                .origin("o0", new int[] {0, 1}, 1.0, new long[] {10, 11}, "0.5", "1.0")
                .origin("o1", B, 1.0, new long[] {11}, "1.0");
        assertAll(cart, 2, "key 11 conf 1 m 2000: o0=[A] o1=[B]");
        // one shipment only: o0 ships both on day 12
        assertAll(cart, 1, "key 12 conf 1 m 1000: o0=[A, B]");
        // reaching by day 11 with two shipments, not by day 10 (A needs day 11)
        assertThat(cart.allocator(2, false).reachesBy(11)).isTrue();
        assertThat(cart.allocator(2, false).reachesBy(10)).isFalse();
    }

    /**
     * Spec 4.3: a probability {@code p} reaches the confidence {@code c} when {@code p >= c - 1e-9}, here in binary64
     * as the engine computes it: exactly {@code 0.9 - 1e-9} reaches 0.9, the double below it does not.
     */
    @Test
    void aProbabilityExactlyTheToleranceBelowTheConfidenceReachesIt() {
        double atTolerance = 0.9 - 1e-9;
        double below = Math.nextDown(atTolerance);
        assertThat(Plan.reaches(atTolerance, 0.9)).isTrue();
        assertThat(Plan.reaches(below, 0.9)).isFalse();
        // a plan of that probability on day 10 reaches on day 10; one of the double below never does
        Plan at = plan(1, 10, atTolerance);
        Plan shortOfIt = plan(2, 10, below);
        assertThat(at.ownKey).isEqualTo(10);
        assertThat(shortOfIt.ownKey).isEqualTo(io.promiseengine.internal.time.OpenCalendar.NONE);
        Allocation a = new Allocator(1, 1, 0.9, m -> Allocator.sorted(List.of(at, shortOfIt))).solve();
        assertThat(a.plans()).containsExactly(at);
        assertThat(a.key()).isEqualTo(10);
        assertThat(Allocator.allocation(new Plan[] {shortOfIt}, 0.9)).isNull();
    }

    private static Plan plan(int o, long key, double p) {
        return new Plan(o, "o" + o, 1, List.of("A"), 1.0, 0, 0, 0, new long[] {key}, new double[] {p},
                new BigDecimal[] {new BigDecimal(p)}, 0.9);
    }

    private static void assertAll(HandBuiltCart cart, int maxShipments, String expected) {
        assertThat(cart.covers(maxShipments, false)).as("covers").isEqualTo(expected);
        assertThat(cart.covers(maxShipments, true)).as("covers, filtered").isEqualTo(expected);
        assertThat(cart.partitions(maxShipments)).as("partitions").isEqualTo(expected);
    }
}
