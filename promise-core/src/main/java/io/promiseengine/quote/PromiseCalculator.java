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

import io.promiseengine.internal.engine.DefaultPromiseCalculator;
import io.promiseengine.model.Network;

/**
 * Computes every option of a quote exactly as the spec's sections 3 and 4 say. Thread-safe: one
 * calculator may quote from many threads at once.
 */
public interface PromiseCalculator {

    /**
     * Every option for the request. Throws {@link InvalidRequestException} naming the field when the request
     * cannot be answered on this network (unknown {@code collectAt} id, a method that needs a position the
     * destination cannot give).
     *
     * @param request the request
     * @return the options and, with {@code explain}, the rejections
     * @throws InvalidRequestException when the request cannot be answered on this network
     */
    Quote quote(QuoteRequest request);

    /**
     * A badge per sku of a listing page, each equal to what a one-line {@link #quote} of that sku answers,
     * computed together: the work that depends on the destination only is done once for the page.
     *
     * @param request the listing request
     * @return a badge per sku
     * @throws InvalidRequestException when the request cannot be answered on this network
     */
    Listing listing(ListingRequest request);

    /**
     * A calculator over a snapshot of the network, compiled once.
     *
     * @param network the network
     * @return the calculator
     * @throws NullPointerException when {@code network} is null
     */
    static PromiseCalculator of(Network network) {
        return new DefaultPromiseCalculator(network);
    }
}
