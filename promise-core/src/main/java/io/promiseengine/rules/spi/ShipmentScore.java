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
package io.promiseengine.rules.spi;

import java.math.BigDecimal;

/**
 * What a shipment costs under a rule set. The planner minimises the sum over its shipments and over the
 * rule set's scores, exactly (decimal arithmetic). Implementations are stateless and thread-safe.
 */
public interface ShipmentScore {

    /**
     * A short name ({@code "cost-per-km"}).
     *
     * @return the name
     */
    String name();

    /**
     * The cost of the shipment, {@code >= 0} (the planner refuses a negative cost, naming the score).
     *
     * @param shipment the candidate shipment
     * @return its cost, {@code >= 0}
     */
    BigDecimal cost(ShipmentCandidate shipment);

    /**
     * A score from a name and a function.
     *
     * @param name the score's name
     * @param cost the cost of a shipment
     * @return the score
     * @throws NullPointerException when an argument is null
     */
    static ShipmentScore of(String name, java.util.function.Function<ShipmentCandidate, BigDecimal> cost) {
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(cost, "cost");
        return new ShipmentScore() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public BigDecimal cost(ShipmentCandidate shipment) {
                return cost.apply(shipment);
            }
        };
    }
}
