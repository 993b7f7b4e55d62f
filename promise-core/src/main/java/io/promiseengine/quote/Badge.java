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
package io.promiseengine.quote;

import java.util.Objects;
import java.util.Optional;

/**
 * The promise badge of one product on a listing page: its best option per method, each exactly the
 * first option of that method in the one-line quote (earliest promised instant, then service or store id).
 *
 * @param sku the product
 * @param homeDelivery the earliest home delivery, with its service and order-by
 * @param courier the earliest courier delivery
 * @param collect the earliest click and collect among the stores considered
 * @param collectStores how many of those stores can have it ready ("in stock in 3 stores near you")
 * @param scheduled the first delivery window the product can make (spec 4.7): the SCHEDULED option with the
 *                  earliest promised instant, then service id, listing that one window
 */
public record Badge(String sku, Optional<PromiseOption> homeDelivery, Optional<PromiseOption> courier,
                    Optional<PromiseOption> collect, int collectStores, Optional<PromiseOption> scheduled) {

    /**
     * Checks the fields.
     *
     * @param sku the product
     * @param homeDelivery the earliest home delivery, with its service and order-by
     * @param courier the earliest courier delivery
     * @param collect the earliest click and collect among the stores considered
     * @param collectStores how many of those stores can have it ready ("in stock in 3 stores near you")
     * @param scheduled the first delivery window the product can make (spec 4.7): the SCHEDULED option with the
     *                  earliest promised instant, then service id, listing that one window
     * @throws NullPointerException when a field is null
     */
    public Badge {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(homeDelivery, "homeDelivery");
        Objects.requireNonNull(courier, "courier");
        Objects.requireNonNull(collect, "collect");
        Objects.requireNonNull(scheduled, "scheduled");
    }

    /**
     * A badge without a delivery window: the methods of version 1.0 of the contract.
     *
     * @param sku the product
     * @param homeDelivery the earliest home delivery
     * @param courier the earliest courier delivery
     * @param collect the earliest click and collect
     * @param collectStores how many stores can have it ready
     * @throws NullPointerException when a field is null
     */
    public Badge(String sku, Optional<PromiseOption> homeDelivery, Optional<PromiseOption> courier,
                 Optional<PromiseOption> collect, int collectStores) {
        this(sku, homeDelivery, courier, collect, collectStores, Optional.empty());
    }

    /**
     * The record's usual form, with {@code scheduled} only when present (a badge of the 1.0 methods reads as
     * it always did).
     *
     * @return {@code Badge[sku=..., collectStores=...]}, then {@code , scheduled=...} when there is a window
     */
    @Override
    public String toString() {
        return "Badge[sku=" + sku + ", homeDelivery=" + homeDelivery + ", courier=" + courier + ", collect=" + collect
                + ", collectStores=" + collectStores + (scheduled.isEmpty() ? "" : ", scheduled=" + scheduled) + "]";
    }
}
