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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order of the allocator's levels (issue 13, mutation testing of {@link Allocator}): a level is left out of the
 * cover search when a level before it covers its lines, so a level out of place can be dropped behind a wider, less
 * probable one, and the answer's confidence falls (or a line loses its only level). The levels are made origin by
 * origin in the order origins first appear, line by line (each block's candidates by own key, then id), and sorted
 * most probable first (exactly), then widest, by an insertion sort below 12 levels and a merge of sorted halves
 * from 12 on. Each cart below is built so that the merge is needed and one way of getting it wrong shows in the
 * answer; the answers are worked out from spec 4.3 in the comments, without the allocator's levels.
 *
 * <p>Every plan is on day 10 only, 1 km from the destination, unless said; origin ids sort as their numbers do.
 */
class AllocationLevelOrderTest {

    private static final int A = 0b001;
    private static final int B = 0b010;
    private static final int C = 0b100;

    /**
     * Twelve levels whose decisive one (o00 ships A at 1.0) is in the first half and a wider, less probable one
     * (o06: A and B at 0.95) in the second half: the halves merged the wrong way round would drop o00 as covered by
     * o06. The least probable level (o05 at 0.91) is in the first half, so the merge ends on the first half.
     */
    @Test
    void aDecisiveLevelOfTheFirstHalfStaysBeforeAWiderOneOfTheSecond() {
        // confidence 0.9. No origin holds A and C (o06 holds A and B, o07 B and C): two shipments at least. The
        // two-shipment allocations reaching 0.9: o00 A + o07 B C (1.0 x 1.0 = 1.0), o06 A or A B + o07 (0.95),
        // o01..o04 A + o07 (0.92), o05 A + o07 (0.91); o06 A B + o08..o11 C (0.95 x 0.92 = 0.874) does not reach.
        // Spec 4.3: same day, same count, the higher confidence: o00 ships A, o07 B and C, confidence 1.
        HandBuiltCart cart = new HandBuiltCart(0.9, "A", "B", "C").origin("o00", A, "1.0");
        for (int o = 1; o <= 4; o++) {
            cart.origin(id(o), A, "0.92");
        }
        cart.origin("o05", A, "0.91").origin("o06", A | B, "0.95").origin("o07", B | C, "1.0");
        for (int o = 8; o <= 11; o++) {
            cart.origin(id(o), C, "0.92");
        }
        assertAll(cart, 3, "key 10 conf 1 m 2000: o00=[A] o07=[B, C]");
    }

    /**
     * Twelve levels whose sorted second half starts with two equal levels (o06 and o07: A at 1.0), which must move
     * before a wider, less probable level of the first half (o00: A and B at 0.95): a merge skipped because those
     * two compare equal would leave them behind o00, dropped as covered by it.
     */
    @Test
    void twoEqualLevelsOpeningTheSecondHalfAreMergedToTheFront() {
        // confidence 0.9. No origin holds A and C: two shipments at least. B and C together only at o08 (0.96).
        // Reaching 0.9: o06 or o07 A + o08 B C (1.0 x 0.96 = 0.96); o00 A or A B + o08 (0.95 x 0.96 = 0.912);
        // o01..o05 A + o08 (0.92 x 0.96 = 0.8832) and o00 A B + o09..o11 C (0.95 x 0.92 = 0.874) do not.
        // The highest confidence, 0.96, twice: the same distance (2 km), the smaller ids: o06 ships A, o08 B and C.
        HandBuiltCart cart = new HandBuiltCart(0.9, "A", "B", "C").origin("o00", A | B, "0.95");
        for (int o = 1; o <= 5; o++) {
            cart.origin(id(o), A, "0.92");
        }
        cart.origin("o06", A, "1.0").origin("o07", A, "1.0").origin("o08", B | C, "0.96");
        for (int o = 9; o <= 11; o++) {
            cart.origin(id(o), C, "0.92");
        }
        assertAll(cart, 3, "key 10 conf 0.96 m 2000: o06=[A] o08=[B, C]");
    }

    /**
     * Twelve levels whose first half ends before the second (every level of the first half more probable than the
     * last of the second), the last of the second half being the only level of line B: a merge that takes one
     * level too many from the first half loses it.
     */
    @Test
    void theLastLevelOfTheSecondHalfIsKept() {
        // confidence 0.5. A at o00..o05 (0.9) and o06..o10 (1.0); B only at o11 (0.6). Two shipments: A from
        // anyone and o11 for B; the best, 1.0 x 0.6 = 0.6 with o06..o10, all at 2 km: the smallest ids, o06.
        HandBuiltCart cart = new HandBuiltCart(0.5, "A", "B");
        for (int o = 0; o <= 5; o++) {
            cart.origin(id(o), A, "0.9");
        }
        for (int o = 6; o <= 10; o++) {
            cart.origin(id(o), A, "1.0");
        }
        cart.origin("o11", B, "0.6");
        assertAll(cart, 2, "key 10 conf 0.6 m 2000: o06=[A] o11=[B]");
    }

    /**
     * Twenty-five levels: the merge of the second half's own halves (levels 12 to 17 and 18 to 24) is needed, the
     * first merge that does not start at level 0.
     */
    @Test
    void twentyFiveLevelsAreMergedInTheSecondHalfToo() {
        // confidence 0.9. A at o00..o17 (0.92) and o18..o23 (1.0); B only at o24 (1.0). Two shipments: the best
        // product 1.0 x 1.0 with any of o18..o23, all at 2 km: the smallest ids, o18 and o24.
        HandBuiltCart cart = new HandBuiltCart(0.9, "A", "B");
        for (int o = 0; o <= 17; o++) {
            cart.origin(id(o), A, "0.92");
        }
        for (int o = 18; o <= 23; o++) {
            cart.origin(id(o), A, "1.0");
        }
        cart.origin("o24", B, "1.0");
        assertAll(cart, 2, "key 10 conf 1 m 2000: o18=[A] o24=[B]");
    }

    /**
     * Two levels equal as doubles (0.95) whose exact probabilities differ: the exactly more probable, narrower one
     * (o01: A) must come before the wider one (o00: A and B), or it is dropped as covered by it (docs/SEMANTICS.md,
     * decision 5: the higher-confidence tie-break compares exact values). A few levels: the insertion sort.
     */
    @Test
    void levelsEqualAsDoublesAreOrderedByTheirExactProbability() {
        // confidence 0.9. No origin holds A and C: two shipments. o02 ships B and C at 1.0. Reaching 0.9: o01 A +
        // o02 B C (0.95000000000000000001), o00 A or A B + o02 (0.95). The higher exact confidence: o01 and o02.
        HandBuiltCart cart = new HandBuiltCart(0.9, "A", "B", "C")
                .origin("o00", A | B, "0.95")
                .origin("o01", A, "0.95000000000000000001")
                .origin("o02", B | C, "1.0");
        assertAll(cart, 3, "key 10 conf 0.95000000000000000001 m 2000: o01=[A] o02=[B, C]");
    }

    /**
     * One origin's lines at probabilities equal as doubles whose exact values differ (issue 14, the first solve: a
     * column's distinct distributions are ordered by their doubles first, the exact values deciding equal doubles):
     * two levels, not one. Merged into one level at the lower probability, the exactly more probable narrower one
     * (o00: A) would be lost, and with it the answer's confidence.
     */
    @Test
    void oneOriginsLinesEqualAsDoublesAreTwoLevels() {
        // confidence 0.9. o00's one distribution: 0.95 on day 10, 0.95000000000000000001 on day 11; its line B
        // arrives a day late, so on day 11 it ships A at 0.95000000000000000001, B (and A with B) at 0.95. o01 ships
        // B and C at 1.0 on day 11 only. No origin holds A and C: two shipments, B needs day 11. On day 11: o00 A +
        // o01 B C (0.95000000000000000001) or o00 A B + o01 C (0.95). The higher exact confidence: o00 A, o01 B C.
        HandBuiltCart cart = new HandBuiltCart(0.9, "A", "B", "C")
                .origin("o00", new int[] {0, 1, -1}, 1.0, new long[] {10, 11}, "0.95", "0.95000000000000000001")
                .origin("o01", B | C, 1.0, new long[] {11}, "1.0");
        assertAll(cart, 2, "key 11 conf 0.95000000000000000001 m 2000: o00=[A] o01=[B, C]");
    }

    /**
     * A level dropped from the search for the largest product (o01: A, covered as probably by o00: A and B) still
     * takes part in the tie-breaks: among the covers of that product it gives the smallest distance.
     */
    @Test
    void aDominatedLevelStillWinsTheDistanceTieBreak() {
        // confidence 0.9, every plan 1.0. No origin holds A and C: two shipments, product 1.0 either way: o00 A B
        // (5 km) + o02 B C (1 km) = 6 km; o00 A + o02 B C = 6 km; o01 A (0 km) + o02 B C = 1 km. The smallest
        // distance sum: o01 ships A, o02 B and C, 1,000 m.
        HandBuiltCart cart = new HandBuiltCart(0.9, "A", "B", "C")
                .origin("o00", A | B, 5.0, new long[] {10}, "1.0")
                .origin("o01", A, 0.0, new long[] {10}, "1.0")
                .origin("o02", B | C, 1.0, new long[] {10}, "1.0");
        assertAll(cart, 3, "key 10 conf 1 m 1000: o01=[A] o02=[B, C]");
    }

    /** The cover search with and without a rule set's filters, and the partition search, all give the answer. */
    private static void assertAll(HandBuiltCart cart, int maxShipments, String expected) {
        assertThat(cart.covers(maxShipments, false)).as("covers").isEqualTo(expected);
        assertThat(cart.covers(maxShipments, true)).as("covers, filtered").isEqualTo(expected);
        assertThat(cart.partitions(maxShipments)).as("partitions").isEqualTo(expected);
    }

    private static String id(int o) {
        return String.format("o%02d", o);
    }
}
