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
package io.promiseengine.examples.serve;

import io.promiseengine.events.PromiseChange;
import io.promiseengine.events.TrackedOrder;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The storefront's own record per order, beside the tracker's: the order as placed (its first promise, its
 * cart, kept after the order leaves the tracker), the promise changes told, and the order numbers. In memory,
 * or in PostgreSQL ({@link PostgresOrderBook}) so that every server on one database shares it. Thread-safe.
 */
interface OrderBook {

    /** A new order id: {@code W1001}, {@code W1002}, ... (unique across the servers sharing the book). */
    String nextOrderId();

    /** Remembers an order as captured. */
    void placed(TrackedOrder order);

    /** The order as it was captured, if a storefront sharing this book placed it. */
    Optional<TrackedOrder> placed(String orderId);

    /** Records a change told by the tracker (a change heard again, by its key, is recorded once). */
    void told(PromiseChange change);

    /** The promise changes told for an order, oldest first. */
    List<PromiseChange> changes(String orderId);

    /** The book of one storefront process. */
    static OrderBook inMemory() {
        return new OrderBook() {
            private final Map<String, TrackedOrder> placed = new ConcurrentHashMap<>();
            private final Map<String, List<PromiseChange>> changes = new ConcurrentHashMap<>();
            private final AtomicLong numbers = new AtomicLong(1000);

            @Override
            public String nextOrderId() {
                return "W" + numbers.incrementAndGet();
            }

            @Override
            public void placed(TrackedOrder order) {
                placed.put(order.id(), order);
            }

            @Override
            public Optional<TrackedOrder> placed(String orderId) {
                return Optional.ofNullable(placed.get(orderId));
            }

            @Override
            public void told(PromiseChange change) {
                changes.computeIfAbsent(change.orderId(), id -> new CopyOnWriteArrayList<>()).add(change);
            }

            @Override
            public List<PromiseChange> changes(String orderId) {
                return List.copyOf(changes.getOrDefault(orderId, List.of()));
            }
        };
    }
}
