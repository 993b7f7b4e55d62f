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

/**
 * A map from {@code long} keys to values, open addressing with linear probing and a mixed hash: instants
 * (epoch seconds) as keys without boxing and without the collisions their regular spacing causes in a
 * {@link java.util.HashMap}. Not thread-safe; one per quote context.
 */
final class LongMap<V> {

    private long[] keys;
    private Object[] values;
    private int size;
    /**
     * For a map of the thread's scratch space ({@link #reusable}): the slots filled, in the order they were, so that
     * {@link #clear} empties as many slots as the map holds, not its whole capacity; null for another map.
     */
    private int[] filled;

    LongMap() {
        this(8);
    }

    /** A map that holds {@code expected} entries without growing. */
    LongMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, Math.min(expected, 1 << 28)) * 2 - 1) * 2;
        keys = new long[capacity];
        values = new Object[capacity];
    }

    /** A map kept and {@link #clear}ed quote after quote ({@link QuoteContext#longMap}): it remembers its slots filled. */
    static <V> LongMap<V> reusable(int expected) {
        LongMap<V> m = new LongMap<>(expected);
        m.filled = new int[m.keys.length / 2 + 1];
        return m;
    }

    @SuppressWarnings("unchecked")
    V get(long key) {
        int mask = keys.length - 1;
        for (int i = index(key, mask); ; i = (i + 1) & mask) {
            Object v = values[i];
            if (v == null) {
                return null;
            }
            if (keys[i] == key) {
                return (V) v;
            }
        }
    }

    /** Puts a non-null value. */
    void put(long key, V value) {
        int mask = keys.length - 1;
        int i = index(key, mask);
        while (values[i] != null) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        if (filled != null) {
            filled[size] = i;
        }
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldValues.length * 2];
        if (filled != null) {
            filled = new int[keys.length / 2 + 1];
        }
        int mask = keys.length - 1;
        int n = 0;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldValues[j] != null) {
                int i = index(oldKeys[j], mask);
                while (values[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
                if (filled != null) {
                    filled[n++] = i;
                }
            }
        }
    }

    /** Empties the map, keeping its capacity (a map of the thread's scratch space, {@link QuoteContext#longMap}). */
    void clear() {
        if (filled != null) {
            for (int j = 0; j < size; j++) {
                values[filled[j]] = null;
            }
        } else if (size > 0) {
            java.util.Arrays.fill(values, null);
        }
        size = 0;
    }

    /** How many entries the map holds. */
    int size() {
        return size;
    }

    private static int index(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
