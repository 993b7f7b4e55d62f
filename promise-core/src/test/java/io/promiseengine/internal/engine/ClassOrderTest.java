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

import io.promiseengine.internal.time.OpenCalendar;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ClassOrder} walks the groups in the order of their keys {@code (bound - least) << 32 | g} sorted (issue 14,
 * the first solve: counted by difference of bound, at most eight distinct ones, sorted past them), against that
 * order computed here by a plain sort: on seeded random groups (some empty, some without a plan, some bounds so far
 * apart that their differences are capped, few and many distinct bounds, so that both the counting and the sort of the
 * rest decide, some left out of the walk by {@link ClassOrder#LEFT_OUT}: absent, as empty ones), in space longer than
 * asked and left dirty past the groups, as the context's scratch space hands out; and membership read from the first
 * {@code candidateCount} candidates only.
 */
class ClassOrderTest {

    @Test
    void walksTheGroupsInTheOrderOfTheirSortedKeys() {
        long firstSeed = Long.getLong("classorder.firstSeed", 28_500_001L);
        int seeds = Integer.getInteger("classorder.seeds", 2_000);
        int countedOnly = 0;
        int sortedRest = 0;
        int leftOut = 0;
        for (long seed = firstSeed; seed < firstSeed + seeds; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int count = 1 + random.nextInt(random.nextBoolean() ? 12 : 150);
            int distinct = 1 + random.nextInt(random.nextBoolean() ? 6 : 30);
            long[] values = new long[distinct];
            long base = 20_000 + random.nextInt(1_000);
            for (int v = 0; v < distinct; v++) {
                int kind = random.nextInt(20);
                values[v] = kind == 0 ? OpenCalendar.NONE
                        : kind == 1 ? base + (1L << 32) + random.nextInt(1_000) // past 31 bits: capped to FAR
                        : base + random.nextInt(random.nextBoolean() ? 5 : 100_000);
            }
            int[] sizes = new int[count];
            long[] bounds = dirty(count, random);
            List<Integer> sites = new ArrayList<>();
            int[] start = new int[count + 1];
            for (int g = 0; g < count; g++) {
                sizes[g] = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(4);
                bounds[g] = random.nextInt(6) == 0 ? ClassOrder.LEFT_OUT : values[random.nextInt(distinct)];
                leftOut += sizes[g] > 0 && bounds[g] == ClassOrder.LEFT_OUT ? 1 : 0;
                start[g + 1] = start[g] + sizes[g];
                for (int k = 0; k < sizes[g]; k++) {
                    sites.add(1_000 * g + k);
                }
            }
            int[] grouped = sites.stream().mapToInt(Integer::intValue).toArray();
            // the expected order: every non-empty group's key, sorted
            long least = Long.MAX_VALUE;
            for (int g = 0; g < count; g++) {
                if (sizes[g] > 0 && bounds[g] != OpenCalendar.NONE && bounds[g] != ClassOrder.LEFT_OUT) {
                    least = Math.min(least, bounds[g]);
                }
            }
            List<Long> keys = new ArrayList<>();
            for (int g = 0; g < count; g++) {
                if (sizes[g] > 0 && bounds[g] != ClassOrder.LEFT_OUT) {
                    long d = bounds[g] == OpenCalendar.NONE ? OriginOrder.NEVER : Math.min(bounds[g] - least, OriginOrder.FAR);
                    keys.add(d << 32 | g);
                }
            }
            keys.sort(null);
            long taken = keys.stream().map(k -> k >>> 32).distinct().count();
            if (taken > 8) {
                sortedRest++;
            } else {
                countedOnly++;
            }
            List<Integer> expectedSites = new ArrayList<>();
            List<Long> expectedBounds = new ArrayList<>();
            for (long key : keys) {
                int g = (int) key;
                long d = key >>> 32;
                for (int k = start[g]; k < start[g + 1]; k++) {
                    expectedSites.add(grouped[k]);
                    expectedBounds.add(d == OriginOrder.NEVER ? Long.MAX_VALUE : least + d);
                }
            }
            int[] end = new int[count + random.nextInt(5)];
            Arrays.fill(end, count, end.length, 1 + random.nextInt(9)); // dirty past count, as scratch space may be
            // the candidates: a prefix of the grouped sites (ascending), in an array longer than that
            int candidateCount = random.nextInt(grouped.length + 1);
            int[] candidates = Arrays.copyOf(grouped, grouped.length + 3);
            ClassOrder order = new ClassOrder(grouped, start, bounds, count, null, candidates, candidateCount,
                    dirty(count + random.nextInt(5), random), end);
            for (int k = 0; k < grouped.length; k++) {
                assertThat(order.member(grouped[k])).as("seed %d member %d", seed, grouped[k]).isEqualTo(k < candidateCount);
            }
            assertThat(order.size()).as("seed %d", seed).isEqualTo(expectedSites.size());
            List<Integer> walked = new ArrayList<>();
            List<Long> walkedBounds = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                walked.add(order.site(i));
                walkedBounds.add(order.bound(i));
            }
            assertThat(walked).as("seed %d", seed).isEqualTo(expectedSites);
            assertThat(walkedBounds).as("seed %d", seed).isEqualTo(expectedBounds);
            // positions asked out of order too (a pool's walk restarts at 0, an order-by asks a later one)
            for (int n = 0; n < 10 && order.size() > 0; n++) {
                int i = random.nextInt(order.size());
                assertThat(order.site(i)).as("seed %d position %d", seed, i).isEqualTo(expectedSites.get(i));
            }
        }
        System.out.printf("ClassOrderTest: seeds %d to %d, %d orders counted, %d sorted, %d groups"
                + " left out%n", firstSeed, firstSeed + seeds - 1, countedOnly, sortedRest, leftOut);
        assertThat(leftOut).isGreaterThan(seeds);
        assertThat(countedOnly).isGreaterThan(seeds / 10);
        assertThat(sortedRest).isGreaterThan(seeds / 10);
    }

    /** An array of at least {@code n} entries of random values (space handed out again is not cleared). */
    private static long[] dirty(int n, SplittableRandom random) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextLong();
        }
        return a;
    }
}
