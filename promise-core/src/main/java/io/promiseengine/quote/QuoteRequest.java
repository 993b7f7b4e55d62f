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

import io.promiseengine.model.Echo;
import io.promiseengine.model.Limits;
import io.promiseengine.model.Method;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A quote request (spec 3). Build one with {@link #builder(Instant, Destination)}.
 *
 * @param destination where the cart goes
 * @param at the order instant, within [{@link io.promiseengine.model.Limits#EARLIEST}, {@link io.promiseengine.model.Limits#LATEST}]
 * @param lines at least one, at most {@link io.promiseengine.model.Limits#MAX_LINES} distinct skus; lines naming
 *              the same sku are merged, in the order of first appearance, their quantities adding up to at most
 *              {@link io.promiseengine.model.Limits#MAX_QUANTITY}
 * @param confidence in (0, 1], 0.95 by default
 * @param methods the methods asked for
 * @param methodsGiven whether the request named its methods: then a method that needs a position the
 *                     destination cannot give refuses the request; else such methods are skipped
 * @param collectAt the collect stores asked for, in the request's order
 * @param collectAtGiven whether the request named them; else the 3 nearest collect stores within 50 km
 * @param maxShipments at most this many shipments, {@code >= 1}
 * @param explain whether to list every location passed over
 * @param maxWindows how many windows a SCHEDULED option lists, {@code >= 1} (6 by default)
 */
public record QuoteRequest(Instant at, Destination destination, List<Line> lines, double confidence,
                           Set<Method> methods, boolean methodsGiven, List<String> collectAt, boolean collectAtGiven,
                           int maxShipments, boolean explain, int maxWindows) {

    /** How many windows a SCHEDULED option lists when the request does not say (spec 3). */
    public static final int DEFAULT_MAX_WINDOWS = 6;

    /**
     * Checks the parts.
     *
     * @param at the order instant, within [{@link io.promiseengine.model.Limits#EARLIEST}, {@link
     *        io.promiseengine.model.Limits#LATEST}]
     * @param destination where the cart goes
     * @param lines at least one, at most {@link io.promiseengine.model.Limits#MAX_LINES} distinct skus; lines naming
     *        the same sku are merged, in the order of first appearance, their quantities adding up to at most {@link
     *        io.promiseengine.model.Limits#MAX_QUANTITY}
     * @param confidence in (0, 1], 0.95 by default
     * @param methods the methods asked for
     * @param methodsGiven whether the request named its methods: then a method that needs a position the destination
     *        cannot give refuses the request; else such methods are skipped
     * @param collectAt the collect stores asked for, in the request's order
     * @param collectAtGiven whether the request named them; else the 3 nearest collect stores within 50 km
     * @param maxShipments at most this many shipments, {@code >= 1}
     * @param maxWindows how many windows a SCHEDULED option lists, {@code >= 1}
     * @param explain whether to list every location passed over
     * @throws InvalidRequestException naming the field out of its range or not valid
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public QuoteRequest {
        Checks.at(at);
        Objects.requireNonNull(destination, "destination");
        lines = merge(lines);
        if (!(confidence > 0 && confidence <= 1)) {
            throw new InvalidRequestException("confidence", "must be in (0, 1], was " + confidence);
        }
        methods = methods.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Method.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(methods));
        collectAt = Checks.collectAt(collectAt);
        if (maxShipments < 1) {
            throw new InvalidRequestException("maxShipments", "must be >= 1, was " + maxShipments);
        }
        checkMaxWindows(maxWindows);
    }

    /**
     * A request with the default {@code maxWindows}: the fields of version 1.0 of the contract.
     *
     * @param at the order instant
     * @param destination where the cart goes
     * @param lines the cart
     * @param confidence in (0, 1]
     * @param methods the methods asked for
     * @param methodsGiven whether the request named its methods
     * @param collectAt the collect stores asked for
     * @param collectAtGiven whether the request named them
     * @param maxShipments at most this many shipments
     * @param explain whether to list every location passed over
     * @throws InvalidRequestException naming the field when one is out of its bounds
     */
    public QuoteRequest(Instant at, Destination destination, List<Line> lines, double confidence,
                        Set<Method> methods, boolean methodsGiven, List<String> collectAt, boolean collectAtGiven,
                        int maxShipments, boolean explain) {
        this(at, destination, lines, confidence, methods, methodsGiven, collectAt, collectAtGiven, maxShipments, explain,
                DEFAULT_MAX_WINDOWS);
    }

    private static int checkMaxWindows(int maxWindows) {
        if (maxWindows < 1) {
            throw new InvalidRequestException("maxWindows", "must be >= 1, was " + maxWindows);
        }
        return maxWindows;
    }

    private static List<Line> merge(List<Line> lines) {
        if (lines.isEmpty()) {
            throw new InvalidRequestException("lines", "at least one line is needed");
        }
        Map<String, Long> merged = new LinkedHashMap<>();
        for (Line l : lines) {
            merged.merge(l.sku(), (long) l.quantity(), Long::sum); // at most 2^31 lines of 10^9: no overflow
        }
        if (merged.size() > Limits.MAX_LINES) {
            throw new InvalidRequestException("lines", "at most " + Limits.MAX_LINES + " distinct skus, was " + merged.size());
        }
        List<Line> out = new ArrayList<>(merged.size());
        merged.forEach((sku, q) -> {
            if (q > Limits.MAX_QUANTITY) {
                throw new InvalidRequestException("lines", "the quantities of " + Echo.quote(sku) + " add up to " + q
                        + ", more than " + Limits.MAX_QUANTITY);
            }
            out.add(new Line(sku, q.intValue()));
        });
        return List.copyOf(out);
    }

    /**
     * A builder of a request at {@code at} for {@code destination}; add at least one line.
     *
     * @param at the order instant
     * @param destination where the cart goes
     * @return a builder
     * @throws NullPointerException when an argument is null
     */
    public static Builder builder(Instant at, Destination destination) {
        return new Builder(at, destination);
    }

    /**
     * A copy at another order instant.
     *
     * @param other the new order instant
     * @return the copy
     * @throws InvalidRequestException when {@code other} is out of range
     */
    public QuoteRequest at(Instant other) {
        return new QuoteRequest(other, destination, lines, confidence, methods, methodsGiven, collectAt, collectAtGiven,
                maxShipments, explain, maxWindows);
    }

    /**
     * A copy that lists at most another number of windows.
     *
     * @param other how many windows a SCHEDULED option lists, {@code >= 1}
     * @return the copy
     * @throws InvalidRequestException when {@code other < 1}
     */
    public QuoteRequest withMaxWindows(int other) {
        return new QuoteRequest(at, destination, lines, confidence, methods, methodsGiven, collectAt, collectAtGiven,
                maxShipments, explain, other);
    }

    /** Builds a request; unset parts take the spec's defaults. */
    public static final class Builder {
        private final Instant at;
        private final Destination destination;
        private final List<Line> lines = new ArrayList<>();
        private double confidence = 0.95;
        private Set<Method> methods = EnumSet.allOf(Method.class);
        private boolean methodsGiven;
        private List<String> collectAt = List.of();
        private boolean collectAtGiven;
        private int maxShipments = 1;
        private boolean explain;
        private int maxWindows = DEFAULT_MAX_WINDOWS;

        private Builder(Instant at, Destination destination) {
            this.at = Objects.requireNonNull(at, "at");
            this.destination = Objects.requireNonNull(destination, "destination");
        }

        /**
         * Adds a line; lines of the same sku are merged.
         *
         * @param sku the sku
         * @param quantity the units
         * @return this builder
         */
        public Builder line(String sku, int quantity) {
            lines.add(new Line(sku, quantity));
            return this;
        }

        /**
         * Adds lines; lines of the same sku are merged.
         *
         * @param lines the lines
         * @return this builder
         * @throws NullPointerException when the list or a line is null
         */
        public Builder lines(List<Line> lines) {
            this.lines.addAll(lines);
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
         * The methods asked for (duplicates ignored); a method then needs what it needs or the request is refused.
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
         * The methods asked for, as {@link #methods(Method...)}.
         *
         * @param methods the methods
         * @return this builder
         * @throws NullPointerException when the collection or a method is null
         */
        public Builder methods(java.util.Collection<Method> methods) {
            return methods(methods.toArray(new Method[0]));
        }

        /**
         * The collect stores asked for, in this order; else the 3 nearest within 50 km.
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
         * The collect stores asked for, in this order; else the 3 nearest within 50 km.
         *
         * @param storeIds the stores' ids
         * @return this builder
         * @throws NullPointerException when the list or an id is null
         */
        public Builder collectAt(List<String> storeIds) {
            this.collectAt = List.copyOf(storeIds);
            this.collectAtGiven = true;
            return this;
        }

        /**
         * At most this many shipments; 1 by default.
         *
         * @param maxShipments {@code >= 1}
         * @return this builder
         * @throws InvalidRequestException when {@code maxShipments < 1}
         */
        public Builder maxShipments(int maxShipments) {
            if (maxShipments < 1) {
                throw new InvalidRequestException("maxShipments", "must be >= 1, was " + maxShipments);
            }
            this.maxShipments = maxShipments;
            return this;
        }

        /**
         * Whether the quote lists every location passed over ({@code rejected}); false by default.
         *
         * @param explain true to list them
         * @return this builder
         */
        public Builder explain(boolean explain) {
            this.explain = explain;
            return this;
        }

        /**
         * How many windows a SCHEDULED option lists (spec 3 {@code maxWindows}, 6 by default).
         *
         * @param maxWindows at least 1
         * @return this builder
         * @throws InvalidRequestException when {@code maxWindows < 1}
         */
        public Builder maxWindows(int maxWindows) {
            this.maxWindows = checkMaxWindows(maxWindows);
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws InvalidRequestException naming the first field refused: no line, a quantity out of range, too many
         *         lines or stores
         */
        public QuoteRequest build() {
            return new QuoteRequest(at, destination, lines, confidence, methods, methodsGiven, collectAt, collectAtGiven,
                    maxShipments, explain, maxWindows);
        }
    }
}
