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
package io.promiseengine.internal.time;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.LongFunction;

/**
 * A lock-free cache of one {@code long[]} per local date (epoch day), in chunks of 512 days allocated on
 * first use. Racing threads may compute a date twice; both results are equal and either is kept.
 */
final class DayCache {

    private static final int CHUNK_BITS = 9;
    private static final int CHUNK = 1 << CHUNK_BITS;
    /** Epoch days cached: 1970-01-01 to about 2249. */
    private static final int CHUNKS = 200;

    private final AtomicReferenceArray<AtomicReferenceArray<long[]>> chunks = new AtomicReferenceArray<>(CHUNKS);
    private final LongFunction<long[]> compute;

    DayCache(LongFunction<long[]> compute) {
        this.compute = compute;
    }

    long[] get(long epochDay) {
        if (epochDay < 0 || epochDay >= (long) CHUNKS * CHUNK) {
            return compute.apply(epochDay);
        }
        int c = (int) (epochDay >>> CHUNK_BITS);
        AtomicReferenceArray<long[]> chunk = chunks.get(c);
        if (chunk == null) {
            chunks.compareAndSet(c, null, new AtomicReferenceArray<>(CHUNK));
            chunk = chunks.get(c);
        }
        int i = (int) (epochDay & (CHUNK - 1));
        long[] v = chunk.get(i);
        if (v == null) {
            v = compute.apply(epochDay);
            chunk.lazySet(i, v);
        }
        return v;
    }
}
