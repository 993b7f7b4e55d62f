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
package io.promiseengine.internal.events;

import io.promiseengine.events.TrackedOrder;
import io.promiseengine.events.spi.TrackerStore;
import io.promiseengine.model.Network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A tracker's cache of the orders it follows: by id, by capture sequence, and an {@link OrderIndex} of what
 * each uses, brought up to its {@link TrackerStore}'s revision by {@link #catchUp}. Not thread-safe: the
 * tracker's lock guards it.
 */
final class TrackedOrders {

    /** One followed order: its capture sequence, what it is now, and the index keys it is under. */
    static final class Entry {
        final long sequence;
        TrackedOrder order;
        List<String> keys;

        Entry(long sequence, TrackedOrder order) {
            this.sequence = sequence;
            this.order = order;
        }
    }

    private final Supplier<Network> network;
    private final Map<String, Entry> byId = new HashMap<>();
    private final TreeMap<Long, Entry> bySequence = new TreeMap<>();
    private final OrderIndex index = new OrderIndex();
    /** The store revision the cache reflects; -1 to read the whole set again. */
    private long known = -1;

    TrackedOrders(Supplier<Network> network) {
        this.network = network;
    }

    Entry get(String orderId) {
        return byId.get(orderId);
    }

    /** Whether {@code e} is still the entry of its order (not forgotten nor replaced by a catch-up). */
    boolean current(Entry e) {
        return byId.get(e.order.id()) == e;
    }

    /** The entries under an index key, in capture order or its reverse. */
    List<Entry> under(String key, boolean latestFirst) {
        List<Entry> out = new ArrayList<>();
        for (Long s : index.get(key, latestFirst)) {
            out.add(bySequence.get(s));
        }
        return out;
    }

    void add(Entry e) {
        byId.put(e.order.id(), e);
        bySequence.put(e.sequence, e);
        e.keys = index.keys(e.order, network.get());
        index.add(e.sequence, e.keys);
    }

    void remove(Entry e) {
        index.remove(e.sequence, e.keys);
        byId.remove(e.order.id());
        bySequence.remove(e.sequence);
    }

    /** The entry's order becomes {@code order}, indexed again. */
    void replace(Entry e, TrackedOrder order) {
        index.remove(e.sequence, e.keys);
        e.order = order;
        e.keys = index.keys(e.order, network.get());
        index.add(e.sequence, e.keys);
    }

    /** Brings the cache up to the store's revision (what other trackers sharing the store wrote). */
    void catchUp(TrackerStore.Transaction tx) {
        if (tx.revision() == known) {
            return;
        }
        TrackerStore.Changes c = tx.changesSince(known);
        if (c.whole()) {
            byId.clear();
            bySequence.clear();
            index.clear();
        }
        for (String id : c.removed()) {
            Entry e = byId.get(id);
            if (e != null) {
                remove(e);
            }
        }
        for (TrackerStore.StoredOrder o : c.orders()) {
            Entry e = byId.get(o.order().id());
            if (e != null) {
                remove(e);
            }
            add(new Entry(o.sequence(), o.order()));
        }
        known = c.revision();
    }

    /** The cache reflects the store at {@code revision} (after this tracker's own writes). */
    void seen(long revision) {
        known = revision;
    }

    /** A step failed: read everything again at the next one. */
    void invalidate() {
        known = -1;
    }

    /** Every entry, in capture order (a view: do not change the cache while going through it). */
    Collection<Entry> all() {
        return bySequence.values();
    }
}
