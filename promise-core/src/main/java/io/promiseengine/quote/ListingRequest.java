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

import io.promiseengine.model.Limits;
import io.promiseengine.model.Method;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A listing page: one destination and the skus of the page, one unit each (issue 7). Each sku is answered
 * as a one-line {@link QuoteRequest} with the same instant, destination, confidence, methods and collect
 * stores would be, so a product page never contradicts its badge.
 *
 * @param at the order instant
 * @param destination where the cart would go
 * @param skus the page's skus, distinct, in page order
 * @param confidence in (0, 1], 0.95 by default
 * @param methods the methods asked for
 * @param methodsGiven whether the request named its methods (as in {@link QuoteRequest})
 * @param collectAt the collect stores asked for
 * @param collectAtGiven whether the request named them; else the 3 nearest within 50 km
 */
public record ListingRequest(Instant at, Destination destination, List<String> skus, double confidence,
                             Set<Method> methods, boolean methodsGiven, List<String> collectAt, boolean collectAtGiven) {

    /**
     * Checks the parts.
     *
     * @param at the order instant
     * @param destination where the cart would go
     * @param skus the page's skus, distinct, in page order
     * @param confidence in (0, 1], 0.95 by default
     * @param methods the methods asked for
     * @param methodsGiven whether the request named its methods (as in {@link QuoteRequest})
     * @param collectAt the collect stores asked for
     * @param collectAtGiven whether the request named them; else the 3 nearest within 50 km
     * @throws InvalidRequestException naming the field out of its range or not valid
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public ListingRequest {
        Checks.at(at);
        Objects.requireNonNull(destination, "destination");
        if (skus.isEmpty()) {
            throw new InvalidRequestException("skus", "at least one sku is needed");
        }
        for (int i = 0; i < skus.size(); i++) {
            if (skus.get(i) == null || skus.get(i).isEmpty()) {
                throw new InvalidRequestException("skus[" + i + "]", "must be a non-empty sku");
            }
            Checks.text("skus[" + i + "]", skus.get(i));
        }
        skus = List.copyOf(new LinkedHashSet<>(skus));
        if (skus.size() > Limits.MAX_LISTING_SKUS) {
            throw new InvalidRequestException("skus", "at most " + Limits.MAX_LISTING_SKUS + " distinct skus, was " + skus.size());
        }
        if (!(confidence > 0 && confidence <= 1)) {
            throw new InvalidRequestException("confidence", "must be in (0, 1], was " + confidence);
        }
        methods = methods.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Method.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(methods));
        collectAt = Checks.collectAt(collectAt);
    }

    /**
     * A builder of a listing at {@code at} for {@code destination}; add at least one sku.
     *
     * @param at the order instant
     * @param destination where the carts would go
     * @return a builder
     * @throws NullPointerException when an argument is null
     */
    public static Builder builder(Instant at, Destination destination) {
        return new Builder(at, destination);
    }

    /**
     * The one-line quote request this listing answers for one sku.
     *
     * @param sku a sku of the listing
     * @return the quote request for one unit of the sku
     */
    public QuoteRequest quoteFor(String sku) {
        return new QuoteRequest(at, destination, List.of(new Line(sku, 1)), confidence, methods, methodsGiven, collectAt,
                collectAtGiven, 1, false);
    }

    /** Builds a listing request; unset parts take the quote's defaults. */
    public static final class Builder {
        private final Instant at;
        private final Destination destination;
        private final List<String> skus = new ArrayList<>();
        private double confidence = 0.95;
        private Set<Method> methods = EnumSet.allOf(Method.class);
        private boolean methodsGiven;
        private List<String> collectAt = List.of();
        private boolean collectAtGiven;

        private Builder(Instant at, Destination destination) {
            this.at = Objects.requireNonNull(at, "at");
            this.destination = Objects.requireNonNull(destination, "destination");
        }

        /**
         * Adds skus.
         *
         * @param skus the skus
         * @return this builder
         */
        public Builder skus(String... skus) {
            Collections.addAll(this.skus, skus);
            return this;
        }

        /**
         * Adds skus.
         *
         * @param skus the skus
         * @return this builder
         * @throws NullPointerException when the list or a sku is null
         */
        public Builder skus(List<String> skus) {
            this.skus.addAll(skus);
            return this;
        }

        /**
         * The confidence the promises must reach; 0.95 by default.
         *
         * @param confidence in (0, 1]
         * @return this builder
         * @throws InvalidRequestException when {@code confidence} is not in (0, 1]
         */
        public Builder confidence(double confidence) {
            if (!(confidence > 0 && confidence <= 1)) {
                throw new InvalidRequestException("confidence", "must be in (0, 1], was " + confidence);
            }
            this.confidence = confidence;
            return this;
        }

        /**
         * The methods asked for (duplicates ignored).
         *
         * @param methods the methods
         * @return this builder
         */
        public Builder methods(Method... methods) {
            EnumSet<Method> set = EnumSet.noneOf(Method.class);
            Collections.addAll(set, methods);
            this.methods = set;
            this.methodsGiven = true;
            return this;
        }

        /**
         * The collect stores asked for, in this order.
         *
         * @param storeIds the stores' ids
         * @return this builder
         */
        public Builder collectAt(String... storeIds) {
            this.collectAt = List.of(storeIds);
            this.collectAtGiven = true;
            return this;
        }

        /**
         * Builds the listing request.
         *
         * @return the request
         * @throws InvalidRequestException naming the first field refused: no sku, too many skus or stores
         */
        public ListingRequest build() {
            return new ListingRequest(at, destination, skus, confidence, methods, methodsGiven, collectAt, collectAtGiven);
        }
    }
}
