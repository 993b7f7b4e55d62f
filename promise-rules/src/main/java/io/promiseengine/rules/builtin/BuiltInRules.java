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
package io.promiseengine.rules.builtin;

import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Method;
import io.promiseengine.model.OrderLine;
import io.promiseengine.model.Selector;
import io.promiseengine.rules.spi.LineCandidate;
import io.promiseengine.rules.spi.LineFilter;
import io.promiseengine.rules.spi.ShipmentCandidate;
import io.promiseengine.rules.spi.ShipmentScore;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in rules, each an immutable value (equal when configured alike) that can be tested alone.
 * Filters: {@link #excludeKinds}, {@link #protectStoreStock}, {@link #maxDistance}, {@link #lineAttribute}.
 * Scores: {@link #costPerShipment}, {@link #costPerKm}, {@link #storeWorkload}, {@link #locationPriority}.
 * A {@code promise-rules/1} document names them (see {@code docs/RULES-FORMAT.md}).
 */
public final class BuiltInRules {

    private BuiltInRules() {
    }

    /**
     * Locations of these kinds never serve by this method ({@code "exclude-kinds"}).
     *
     * @param method the method the rule applies to
     * @param kinds the kinds of locations excluded
     * @return the filter
     */
    public static LineFilter excludeKinds(Method method, Set<LocationKind> kinds) {
        return new ExcludeKinds(method, kinds);
    }

    /**
     * A store keeps at least {@code keep} units of each sku: it serves a line only if that many are left after it.
     *
     * @param keep the units a store keeps of each sku, {@code >= 0}
     * @return the filter
     * @throws IllegalArgumentException when {@code keep < 0}
     */
    public static LineFilter protectStoreStock(int keep) {
        return new ProtectStoreStock(keep);
    }

    /**
     * No origin farther than {@code maxKm} from the destination (or the collect store) serves by these methods
     * (empty: all).
     *
     * @param maxKm the farthest distance, {@code > 0}
     * @param methods the methods the rule applies to, empty for all
     * @return the filter
     * @throws IllegalArgumentException when {@code maxKm} is not a number {@code > 0}
     */
    public static LineFilter maxDistance(double maxKm, Set<Method> methods) {
        return new MaxDistance(maxKm, methods);
    }

    /**
     * A line whose attribute is above a number ({@code weightKg} above 20), or equal to a text
     * ({@code category} equal to {@code furniture}), is not served by the locations the selectors match.
     *
     * @param attribute the line attribute's name
     * @param above the number the attribute must exceed, or empty
     * @param equalTo the text the attribute must equal, or empty
     * @param exclude the locations that do not serve such a line
     * @return the filter
     * @throws IllegalArgumentException unless exactly one of {@code above} and {@code equalTo} is present
     */
    public static LineFilter lineAttribute(String attribute, Optional<BigDecimal> above, Optional<String> equalTo,
                                           List<Selector> exclude) {
        return new LineAttribute(attribute, above, equalTo, exclude);
    }

    /**
     * {@code amount} per shipment.
     *
     * @param amount the cost of a shipment, {@code >= 0}
     * @return the score
     * @throws IllegalArgumentException when {@code amount < 0}
     */
    public static ShipmentScore costPerShipment(BigDecimal amount) {
        return new CostPerShipment(amount);
    }

    /**
     * {@code amount} per km from the origin to the destination (or the collect store), distance rounded to the metre.
     *
     * @param amount the cost of a km, {@code >= 0}
     * @return the score
     * @throws IllegalArgumentException when {@code amount < 0}
     */
    public static ShipmentScore costPerKm(BigDecimal amount) {
        return new CostPerKm(amount);
    }

    /**
     * {@code amount} times the share of the start slot's capacity already used ({@code load / capacity}, 6
     * decimals, half-even), so busy stores cost more; 0 at a location without capacity limit.
     *
     * @param amount the cost of a full slot, {@code >= 0}
     * @return the score
     * @throws IllegalArgumentException when {@code amount < 0}
     */
    public static ShipmentScore storeWorkload(BigDecimal amount) {
        return new StoreWorkload(amount);
    }

    /**
     * {@code step} times the rank of the first selector matching the origin (0 for the first); an origin no
     * selector matches costs {@code step} times the number of selectors.
     *
     * @param order the selectors, the most preferred first
     * @param step the cost of one rank, {@code >= 0}
     * @return the score
     * @throws IllegalArgumentException when {@code step < 0}
     */
    public static ShipmentScore locationPriority(List<Selector> order, BigDecimal step) {
        return new LocationPriority(order, step);
    }

    private static BigDecimal nonNegative(String name, BigDecimal amount) {
        Objects.requireNonNull(amount, name);
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + amount.toPlainString());
        }
        return amount;
    }

    /**
     * See {@link #excludeKinds}.
     *
     * @param method the method the rule applies to
     * @param kinds the kinds of locations excluded
     */
    public record ExcludeKinds(Method method, Set<LocationKind> kinds) implements LineFilter {
        /**
         * Checks and copies the parts.
         *
         * @param method the method the rule applies to
         * @param kinds the kinds of locations excluded
         * @throws NullPointerException when {@code method} or {@code kinds} is null
         */
        public ExcludeKinds {
            Objects.requireNonNull(method, "method");
            kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        }

        @Override
        public String name() {
            return "exclude-kinds";
        }

        @Override
        public boolean allows(LineCandidate c) {
            return c.method() != method || !kinds.contains(c.location().kind());
        }
    }

    /**
     * See {@link #protectStoreStock}.
     *
     * @param keep the units a store keeps of each sku
     */
    public record ProtectStoreStock(int keep) implements LineFilter {
        /**
         * Checks the number.
         *
         * @param keep the units a store keeps of each sku
         * @throws IllegalArgumentException when {@code keep < 0}
         */
        public ProtectStoreStock {
            if (keep < 0) {
                throw new IllegalArgumentException("keep must be >= 0, was " + keep);
            }
        }

        @Override
        public String name() {
            return "protect-store-stock";
        }

        @Override
        public boolean allows(LineCandidate c) {
            return c.location().kind() != LocationKind.STORE || c.available() - c.line().quantity() >= keep;
        }
    }

    /**
     * See {@link #maxDistance}.
     *
     * @param maxKm the farthest distance
     * @param methods the methods the rule applies to, empty for all
     */
    public record MaxDistance(double maxKm, Set<Method> methods) implements LineFilter {
        /**
         * Checks the parts.
         *
         * @param maxKm the farthest distance
         * @param methods the methods the rule applies to, empty for all
         * @throws IllegalArgumentException when {@code maxKm} is not a number {@code > 0}
         */
        public MaxDistance {
            if (!(maxKm > 0) || Double.isInfinite(maxKm)) {
                throw new IllegalArgumentException("maxKm must be a number > 0, was " + maxKm);
            }
            methods = Set.copyOf(methods);
        }

        @Override
        public String name() {
            return "max-distance";
        }

        @Override
        public boolean allows(LineCandidate c) {
            return (!methods.isEmpty() && !methods.contains(c.method())) || c.distanceKm() <= maxKm;
        }
    }

    /**
     * See {@link #lineAttribute}.
     *
     * @param attribute the line attribute's name
     * @param above the number the attribute must exceed, or empty
     * @param equalTo the text the attribute must equal, or empty
     * @param exclude the locations that do not serve such a line
     */
    public record LineAttribute(String attribute, Optional<BigDecimal> above, Optional<String> equalTo,
                                List<Selector> exclude) implements LineFilter {
        /**
         * Checks the parts.
         *
         * @param attribute the line attribute's name
         * @param above the number the attribute must exceed, or empty
         * @param equalTo the text the attribute must equal, or empty
         * @param exclude the locations that do not serve such a line
         * @throws IllegalArgumentException unless exactly one of {@code above} and {@code equalTo} is present
         * @throws NullPointerException when a part is null
         */
        public LineAttribute {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(above, "above");
            Objects.requireNonNull(equalTo, "equalTo");
            if (above.isPresent() == equalTo.isPresent()) {
                throw new IllegalArgumentException("a line attribute rule needs exactly one of above and equals, for "
                        + attribute);
            }
            exclude = List.copyOf(exclude);
        }

        @Override
        public String name() {
            return "line-attribute " + attribute;
        }

        @Override
        public boolean allows(LineCandidate c) {
            return !matches(c.line()) || exclude.stream().noneMatch(s -> s.matches(c.location()));
        }

        /** Whether the line has the attribute as the rule says (a value that is not a number is never above). */
        boolean matches(OrderLine line) {
            String value = line.attribute(attribute);
            if (equalTo.isPresent()) {
                return value.equals(equalTo.get());
            }
            try {
                return !value.isEmpty() && new BigDecimal(value).compareTo(above.get()) > 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }

    /**
     * See {@link #costPerShipment}.
     *
     * @param amount the cost of a shipment
     */
    public record CostPerShipment(BigDecimal amount) implements ShipmentScore {
        /**
         * Checks the amount.
         *
         * @param amount the cost of a shipment
         * @throws IllegalArgumentException when {@code amount < 0}
         */
        public CostPerShipment {
            nonNegative("amount", amount);
        }

        @Override
        public String name() {
            return "cost-per-shipment";
        }

        @Override
        public BigDecimal cost(ShipmentCandidate s) {
            return amount;
        }
    }

    /**
     * See {@link #costPerKm}.
     *
     * @param amount the cost of a km
     */
    public record CostPerKm(BigDecimal amount) implements ShipmentScore {
        /**
         * Checks the amount.
         *
         * @param amount the cost of a km
         * @throws IllegalArgumentException when {@code amount < 0}
         */
        public CostPerKm {
            nonNegative("amount", amount);
        }

        @Override
        public String name() {
            return "cost-per-km";
        }

        @Override
        public BigDecimal cost(ShipmentCandidate s) {
            return amount.multiply(BigDecimal.valueOf(Math.round(s.distanceKm() * 1000), 3));
        }
    }

    /**
     * See {@link #storeWorkload}.
     *
     * @param amount the cost of a full slot
     */
    public record StoreWorkload(BigDecimal amount) implements ShipmentScore {
        /**
         * Checks the amount.
         *
         * @param amount the cost of a full slot
         * @throws IllegalArgumentException when {@code amount < 0}
         */
        public StoreWorkload {
            nonNegative("amount", amount);
        }

        @Override
        public String name() {
            return "store-workload";
        }

        @Override
        public BigDecimal cost(ShipmentCandidate s) {
            if (s.slotCapacity() <= 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal share = BigDecimal.valueOf(s.slotLoad())
                    .divide(BigDecimal.valueOf(s.slotCapacity()), 6, RoundingMode.HALF_EVEN);
            return amount.multiply(share, MathContext.UNLIMITED);
        }
    }

    /**
     * See {@link #locationPriority}.
     *
     * @param order the selectors, the most preferred first
     * @param step the cost of one rank
     */
    public record LocationPriority(List<Selector> order, BigDecimal step) implements ShipmentScore {
        /**
         * Checks and copies the parts.
         *
         * @param order the selectors, the most preferred first
         * @param step the cost of one rank
         * @throws IllegalArgumentException when {@code step < 0}
         */
        public LocationPriority {
            order = List.copyOf(order);
            nonNegative("step", step);
        }

        @Override
        public String name() {
            return "location-priority";
        }

        @Override
        public BigDecimal cost(ShipmentCandidate s) {
            int rank = order.size();
            for (int i = 0; i < order.size(); i++) {
                if (order.get(i).matches(s.origin())) {
                    rank = i;
                    break;
                }
            }
            return step.multiply(BigDecimal.valueOf(rank));
        }
    }
}
