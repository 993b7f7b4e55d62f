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
import io.promiseengine.internal.observe.Watch;
import io.promiseengine.model.Network;
import io.promiseengine.observe.PromiseObserver;
import io.promiseengine.observe.Ticker;

import java.util.Objects;

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

    /**
     * A builder of a calculator over a snapshot of the network, for the settings {@link #of} leaves at their
     * defaults: an observer of its quotes and listing pages.
     *
     * @param network the network, compiled at {@link Builder#build()}
     * @return the builder
     */
    static Builder builder(Network network) {
        return new Builder(network);
    }

    /** Builds a calculator; the builder can be reused. */
    final class Builder {
        private final Network network;
        private PromiseObserver observer = PromiseObserver.none();
        private Ticker ticker = Ticker.system();

        private Builder(Network network) {
            this.network = Objects.requireNonNull(network, "network");
        }

        /**
         * The observer of the calculator's quotes and listing pages (docs/OBSERVING.md); none by default. What
         * it throws is caught ({@link io.promiseengine.observe.GuardedObserver}).
         *
         * @param observer the observer
         * @return this builder
         */
        public Builder observer(PromiseObserver observer) {
            this.observer = Objects.requireNonNull(observer, "observer");
            return this;
        }

        /**
         * The source of the durations the observer hears; {@link Ticker#system()} by default.
         *
         * @param ticker the ticker
         * @return this builder
         */
        public Builder ticker(Ticker ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        /**
         * The calculator, over the network compiled now.
         *
         * @return the calculator
         */
        public PromiseCalculator build() {
            return new DefaultPromiseCalculator(network, Watch.of(observer, ticker));
        }
    }
}
