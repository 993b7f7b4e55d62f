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

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allocator's per-thread index of sites (issue 13, mutation testing of {@link Allocator}) grows to hold any site
 * number: on a fresh thread (so the index starts empty whatever ran before), a site at the index's length (0, then
 * 64 once it holds 64) and one past twice its length (1000 when it holds 128).
 */
class AllocatorSiteRowsTest {

    @Test
    void sitesAtTheIndexsLengthAndFarBeyondItAreIndexed() throws InterruptedException {
        // three lines, each held by one origin only, 1.0 on day 10, 1 km away: three shipments, o0 A, o1 B, o2 C
        HandBuiltCart cart = new HandBuiltCart(0.9, "A", "B", "C")
                .nextSite(0).origin("o0", 0b001, "1.0")
                .nextSite(64).origin("o1", 0b010, "1.0")
                .nextSite(1000).origin("o2", 0b100, "1.0");
        AtomicReference<Object> answer = new AtomicReference<>();
        Thread fresh = new Thread(() -> {
            try {
                answer.set(cart.covers(3, false));
            } catch (Throwable t) {
                answer.set(t);
            }
        });
        fresh.start();
        fresh.join();
        assertThat(answer.get()).isEqualTo("key 10 conf 1 m 3000: o0=[A] o1=[B] o2=[C]");
    }
}
