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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec 4.3's date of a shipment set (the earliest key at which the product of the shipments' probabilities reaches
 * the confidence) on plans whose keys interleave with gaps (two services delivering on different days), and on a
 * set that never reaches: the generated carts of {@link AllocationOracleTest} give every plan consecutive keys and
 * always reach in the end, so neither can tell the keys of the shipments looked at in the wrong order, or one key
 * too many. The expected answers are worked out by hand in the comments.
 */
class AllocationKeysTest {

    private static final double CONFIDENCE = 0.9;

    /** Line A from o0: 0.9 on day 10, 1.0 on day 14 (nothing between); line B from o1: 1.0 on day 12 only. */
    private static final Plan O0_A = plan(0, 0b01, "A", new long[] {10, 14}, new double[] {0.9, 1.0});
    private static final Plan O1_B = plan(1, 0b10, "B", new long[] {12}, new double[] {1.0});

    @Test
    void theEarliestKeyOfAnyShipmentAtWhichTheProductReaches() {
        // o0 reaches alone on 10, o1 on 12: from 12 on, 12 is o1's key and not o0's: 0.9 x 1.0 = 0.9 reaches 0.9
        // on 12 (o0's next key, 14, is later); the plans are listed by origin id whatever order they come in
        for (Plan[] set : new Plan[][] {{O0_A, O1_B}, {O1_B, O0_A}}) {
            Allocation a = Allocator.allocation(set, CONFIDENCE);
            assertThat(a.key()).isEqualTo(12);
            assertThat(a.exactConfidence()).isEqualByComparingTo("0.9");
            assertThat(a.plans()).containsExactly(O0_A, O1_B);
        }
    }

    @Test
    void bothSearchesGiveThatDate() {
        // the only allocation of A and B: o0 ships A, o1 ships B (no origin holds both), on day 12 at 0.9
        Map<Integer, List<Plan>> byMask = new HashMap<>();
        byMask.put(0b01, List.of(O0_A));
        byMask.put(0b10, List.of(O1_B));
        for (boolean filtered : new boolean[] {false, true}) {
            Allocation a = new Allocator(2, 2, CONFIDENCE, m -> byMask.getOrDefault(m, List.of()), filtered).solve();
            assertThat(a.key()).as("filtered " + filtered).isEqualTo(12);
            assertThat(a.exactConfidence()).isEqualByComparingTo("0.9");
            assertThat(new Allocator(2, 2, CONFIDENCE, m -> byMask.getOrDefault(m, List.of()), filtered).reachesBy(12))
                    .isTrue();
            assertThat(new Allocator(2, 2, CONFIDENCE, m -> byMask.getOrDefault(m, List.of()), filtered).reachesBy(11))
                    .isFalse();
        }
        Allocation p = new PartitionAllocator(2, 2, CONFIDENCE, m -> byMask.getOrDefault(m, List.of())).solve();
        assertThat(p.key()).isEqualTo(12);
        assertThat(p.exactConfidence()).isEqualByComparingTo("0.9");
    }

    @Test
    void aSetWhoseProductNeverReachesHasNoDate() {
        // each reaches 0.9 alone on day 10; together 0.9 x 0.9 = 0.81 on 10 and 0.93 x 0.93 = 0.8649 on 11, the
        // last keys: never 0.9, so no date (every key of both is at or after the start, day 10)
        Plan a = plan(0, 0b01, "A", new long[] {10, 11}, new double[] {0.9, 0.93});
        Plan b = plan(1, 0b10, "B", new long[] {10, 11}, new double[] {0.9, 0.93});
        assertThat(Allocator.allocation(new Plan[] {a, b}, CONFIDENCE)).isNull();
        Map<Integer, List<Plan>> byMask = new HashMap<>();
        byMask.put(0b01, List.of(a));
        byMask.put(0b10, List.of(b));
        assertThat(new PartitionAllocator(2, 2, CONFIDENCE, m -> byMask.getOrDefault(m, List.of())).solve()).isNull();
        for (boolean filtered : new boolean[] {false, true}) {
            assertThat(new Allocator(2, 2, CONFIDENCE, m -> byMask.getOrDefault(m, List.of()), filtered).solve())
                    .as("filtered " + filtered).isNull();
        }
    }

    private static Plan plan(int o, int mask, String sku, long[] keys, double[] cum) {
        BigDecimal[] exact = new BigDecimal[cum.length];
        for (int j = 0; j < cum.length; j++) {
            exact[j] = new BigDecimal(String.valueOf(cum[j]));
        }
        return new Plan(o, "o" + o, mask, List.of(sku), 1.0, 0, 0, 0, keys, cum, exact, CONFIDENCE);
    }
}
