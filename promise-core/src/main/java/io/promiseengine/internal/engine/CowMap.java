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

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * An immutable map whose {@link #with} copies only what changes: keys are spread over 256 buckets, each
 * an immutable {@link HashMap}; a change copies the bucket array (256 references) and one bucket. So a
 * stock change of one sku copies about {@code size / 256} entries, not the whole inventory, and readers
 * never lock: a version, once published, never changes.
 */
final class CowMap<K, V> {

    private static final int BUCKETS = 256;
    private static final CowMap<?, ?> EMPTY = new CowMap<>(new Map<?, ?>[BUCKETS]);

    private final Map<K, V>[] buckets;

    private CowMap(Map<?, ?>[] buckets) {
        @SuppressWarnings("unchecked")
        Map<K, V>[] b = (Map<K, V>[]) buckets;
        this.buckets = b;
    }

    @SuppressWarnings("unchecked")
    static <K, V> CowMap<K, V> empty() {
        return (CowMap<K, V>) EMPTY;
    }

    private static int bucket(Object key) {
        int h = key.hashCode();
        return (h ^ (h >>> 16)) & (BUCKETS - 1);
    }

    /** The value, or null. */
    V get(K key) {
        Map<K, V> b = buckets[bucket(key)];
        return b == null ? null : b.get(key);
    }

    /** A version with {@code key} mapped to {@code value} (removed when {@code value} is null). */
    CowMap<K, V> with(K key, V value) {
        int i = bucket(key);
        Map<K, V> b = buckets[i] == null ? new HashMap<>() : new HashMap<>(buckets[i]);
        if (value == null) {
            b.remove(key);
        } else {
            b.put(key, value);
        }
        Map<?, ?>[] copy = buckets.clone();
        copy[i] = b.isEmpty() ? null : b;
        return new CowMap<>(copy);
    }

    void forEach(BiConsumer<K, V> action) {
        for (Map<K, V> b : buckets) {
            if (b != null) {
                b.forEach(action);
            }
        }
    }
}
