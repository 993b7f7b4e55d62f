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
package io.promiseengine.rules;

import io.promiseengine.model.Limits;
import io.promiseengine.rules.spi.LineFilter;
import io.promiseengine.rules.spi.ShipmentScore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules under which orders are promised and planned: filters (may this location serve this line by
 * this method?), scores (what does a shipment cost?) and constraints (at most so many shipments, ship
 * complete). Filters and constraints apply to quotes and plans alike, so what a quote promises the planner
 * can deliver; scores only choose among the plans that keep the promise. Immutable and thread-safe.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.builder("stores-first")
 *         .filter(myFilter).score(myScore)
 *         .maxShipments(2)
 *         .build();
 * }</pre>
 */
public final class RuleSet {

    private static final RuleSet NONE = new Builder("none").build();

    private final String name;
    private final List<LineFilter> filters;
    private final List<ShipmentScore> scores;
    private final int maxShipments;
    private final boolean shipComplete;

    private RuleSet(Builder b) {
        this.name = b.name;
        this.filters = Limits.copyOf("filters", b.filters);
        this.scores = Limits.copyOf("scores", b.scores);
        this.maxShipments = b.maxShipments;
        this.shipComplete = b.shipComplete;
    }

    /**
     * No filter, no score, no constraint: quotes as the spec computes them; every plan costs 0.
     *
     * @return the empty rule set, named {@code none}
     */
    public static RuleSet none() {
        return NONE;
    }

    /**
     * A builder of a rule set.
     *
     * @param name the rule set's name, for messages and logs
     * @return a builder
     * @throws NullPointerException when {@code name} is null
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The rule set's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The line filters, in the order added.
     *
     * @return the filters
     */
    public List<LineFilter> filters() {
        return filters;
    }

    /**
     * The shipment scores, in the order added: a plan's cost is their sum.
     *
     * @return the scores
     */
    public List<ShipmentScore> scores() {
        return scores;
    }

    /**
     * At most this many shipments per order, whatever the request asks ({@link Integer#MAX_VALUE}: no limit).
     *
     * @return the most shipments
     */
    public int maxShipments() {
        return maxShipments;
    }

    /**
     * Whether every order ships in one shipment (as if {@code maxShipments} were 1).
     *
     * @return true when orders ship complete
     */
    public boolean shipComplete() {
        return shipComplete;
    }

    /**
     * The shipments allowed for a request asking for {@code asked}: the smallest of the limits.
     *
     * @param asked the shipments the request allows
     * @return 1 when {@link #shipComplete()}, else the smaller of {@code asked} and {@link #maxShipments()}
     */
    public int shipmentsAllowed(int asked) {
        return shipComplete ? 1 : Math.min(asked, maxShipments);
    }

    @Override
    public String toString() {
        return "RuleSet[" + name + ": " + filters.size() + " filters, " + scores.size() + " scores, maxShipments "
                + (maxShipments == Integer.MAX_VALUE ? "any" : maxShipments) + (shipComplete ? ", ship complete" : "") + "]";
    }

    /** Builds a rule set; {@link #build()} copies, so a builder can be reused. */
    public static final class Builder {
        private final String name;
        private final List<LineFilter> filters = new ArrayList<>();
        private final List<ShipmentScore> scores = new ArrayList<>();
        private int maxShipments = Integer.MAX_VALUE;
        private boolean shipComplete;

        private Builder(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("rule set name must not be empty");
            }
            this.name = name;
        }

        /**
         * Adds a line filter.
         *
         * @param filter the filter
         * @return this builder
         * @throws NullPointerException when {@code filter} is null
         */
        public Builder filter(LineFilter filter) {
            filters.add(Objects.requireNonNull(filter, "filter"));
            return this;
        }

        /**
         * Adds a shipment score.
         *
         * @param score the score
         * @return this builder
         * @throws NullPointerException when {@code score} is null
         */
        public Builder score(ShipmentScore score) {
            scores.add(Objects.requireNonNull(score, "score"));
            return this;
        }

        /**
         * At most this many shipments per order; no limit by default.
         *
         * @param maxShipments {@code >= 1}
         * @return this builder
         * @throws IllegalArgumentException when {@code maxShipments < 1}
         */
        public Builder maxShipments(int maxShipments) {
            if (maxShipments < 1) {
                throw new IllegalArgumentException("maxShipments must be >= 1, was " + maxShipments);
            }
            this.maxShipments = maxShipments;
            return this;
        }

        /**
         * Whether every order ships in one shipment; false by default.
         *
         * @param shipComplete true to ship complete
         * @return this builder
         */
        public Builder shipComplete(boolean shipComplete) {
            this.shipComplete = shipComplete;
            return this;
        }

        /**
         * Builds the rule set; the builder can be used again.
         *
         * @return the rule set
         */
        public RuleSet build() {
            return new RuleSet(this);
        }
    }
}
