package io.promiseengine.rules.spi;

import java.math.BigDecimal;

/**
 * What a shipment costs under a rule set. The planner minimises the sum over its shipments and over the
 * rule set's scores, exactly (decimal arithmetic). Implementations are stateless and thread-safe.
 */
public interface ShipmentScore {

    /** A short name ({@code "cost-per-km"}). */
    String name();

    /** The cost of the shipment, {@code >= 0} (the planner refuses a negative cost, naming the score). */
    BigDecimal cost(ShipmentCandidate shipment);

    /** A score from a name and a function. */
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
