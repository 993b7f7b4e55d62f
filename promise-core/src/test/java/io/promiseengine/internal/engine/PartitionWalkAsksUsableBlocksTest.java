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

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partition walk asks an objective for a block's candidates only when the block can finish the walk: at the last
 * shipment allowed, only the lines left as one block (before, every subset holding the lowest line was asked there,
 * 2^(n-1) blocks for nothing: pricing each for the planner, planning each for the quote's fallback).
 */
class PartitionWalkAsksUsableBlocksTest {

    /** Records the blocks asked and offers no candidate, so the walk never goes deeper than its first shipment. */
    private static final class Asked implements PartitionAllocator.Objective {
        final List<Integer> blocks = new ArrayList<>();

        @Override
        public List<Plan> candidates(int depth, int block) {
            blocks.add(block);
            return List.of();
        }

        @Override
        public int admit(int depth, int i, Plan p, int left) {
            throw new AssertionError("no candidate was offered");
        }

        @Override
        public void complete(Plan[] chosen, int count) {
            throw new AssertionError("no candidate was offered");
        }
    }

    @Test
    void oneShipmentAllowedAsksTheWholeCartOnly() {
        Asked asked = new Asked();
        PartitionAllocator.search(5, 1, asked);
        assertThat(asked.blocks).containsExactly(0b11111);
    }

    @Test
    void beforeTheLastShipmentEveryBlockHoldingTheLowestLineIsAsked() {
        Asked asked = new Asked();
        PartitionAllocator.search(3, 2, asked);
        assertThat(asked.blocks).containsExactly(0b111, 0b101, 0b011, 0b001);
    }
}
