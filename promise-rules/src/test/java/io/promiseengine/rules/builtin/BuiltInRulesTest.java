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

import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Method;
import io.promiseengine.model.OrderLine;
import io.promiseengine.model.Position;
import io.promiseengine.model.Selector;
import io.promiseengine.rules.spi.LineCandidate;
import io.promiseengine.rules.spi.ShipmentCandidate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each built-in rule alone, on hand-made candidates. */
class BuiltInRulesTest {

    static final Location STORE = Location.builder("store-1", LocationKind.STORE, Position.of(48.85, 2.35)).build();
    static final Location WAREHOUSE = Location.builder("wh-1", LocationKind.WAREHOUSE, Position.of(45.75, 4.85)).build();
    static final Instant T = Instant.parse("2026-09-17T12:00:00Z");

    static LineCandidate line(Location at, Method method, int quantity, long available, double km, Map<String, String> attrs) {
        return new LineCandidate(at, method, "std", "", new OrderLine("A", quantity, attrs), available, km);
    }

    static ShipmentCandidate shipment(Location from, double km, int load, int capacity) {
        return new ShipmentCandidate(from, Method.HOME_DELIVERY, "std", "", List.of(new OrderLine("A", 1, Map.of())), km, T, T,
                load, capacity);
    }

    @Test
    void excludeKindsOnlyForItsMethod() {
        var f = BuiltInRules.excludeKinds(Method.COURIER, Set.of(LocationKind.WAREHOUSE));
        assertThat(f.allows(line(WAREHOUSE, Method.COURIER, 1, 5, 1, Map.of()))).isFalse();
        assertThat(f.allows(line(WAREHOUSE, Method.HOME_DELIVERY, 1, 5, 1, Map.of()))).isTrue();
        assertThat(f.allows(line(STORE, Method.COURIER, 1, 5, 1, Map.of()))).isTrue();
    }

    @Test
    void protectStoreStockKeepsTheLastUnitsOfStoresOnly() {
        var f = BuiltInRules.protectStoreStock(2);
        assertThat(f.allows(line(STORE, Method.HOME_DELIVERY, 1, 3, 1, Map.of()))).isTrue();
        assertThat(f.allows(line(STORE, Method.HOME_DELIVERY, 2, 3, 1, Map.of()))).isFalse();
        assertThat(f.allows(line(WAREHOUSE, Method.HOME_DELIVERY, 3, 3, 1, Map.of()))).isTrue();
    }

    @Test
    void maxDistanceForItsMethodsOrAll() {
        assertThat(BuiltInRules.maxDistance(100, Set.of()).allows(line(STORE, Method.COLLECT, 1, 1, 100, Map.of()))).isTrue();
        assertThat(BuiltInRules.maxDistance(100, Set.of()).allows(line(STORE, Method.COLLECT, 1, 1, 100.1, Map.of()))).isFalse();
        assertThat(BuiltInRules.maxDistance(100, Set.of(Method.COURIER)).allows(line(STORE, Method.COLLECT, 1, 1, 500, Map.of())))
                .isTrue();
    }

    @Test
    void lineAttributeAboveANumberOrEqualToAText() {
        var heavy = BuiltInRules.lineAttribute("weightKg", Optional.of(new BigDecimal("20")), Optional.empty(),
                List.of(Selector.parse("kind:STORE")));
        assertThat(heavy.allows(line(STORE, Method.HOME_DELIVERY, 1, 1, 1, Map.of("weightKg", "20.5")))).isFalse();
        assertThat(heavy.allows(line(STORE, Method.HOME_DELIVERY, 1, 1, 1, Map.of("weightKg", "20")))).isTrue();
        assertThat(heavy.allows(line(STORE, Method.HOME_DELIVERY, 1, 1, 1, Map.of("weightKg", "heavy")))).isTrue();
        assertThat(heavy.allows(line(STORE, Method.HOME_DELIVERY, 1, 1, 1, Map.of()))).isTrue();
        assertThat(heavy.allows(line(WAREHOUSE, Method.HOME_DELIVERY, 1, 1, 1, Map.of("weightKg", "45")))).isTrue();
        var fragile = BuiltInRules.lineAttribute("category", Optional.empty(), Optional.of("fragile"),
                List.of(Selector.parse("store-1")));
        assertThat(fragile.allows(line(STORE, Method.COLLECT, 1, 1, 1, Map.of("category", "fragile")))).isFalse();
        assertThat(fragile.allows(line(STORE, Method.COLLECT, 1, 1, 1, Map.of("category", "apparel")))).isTrue();
        assertThatThrownBy(() -> BuiltInRules.lineAttribute("x", Optional.empty(), Optional.empty(), List.of()))
                .hasMessageContaining("exactly one of above and equals");
    }

    @Test
    void scoresAreExactDecimals() {
        assertThat(BuiltInRules.costPerShipment(new BigDecimal("3.50")).cost(shipment(STORE, 1, 0, 0))).isEqualByComparingTo("3.5");
        assertThat(BuiltInRules.costPerKm(new BigDecimal("0.02")).cost(shipment(STORE, 12.3456, 0, 0))).isEqualByComparingTo("0.24692");
        assertThat(BuiltInRules.storeWorkload(new BigDecimal("2")).cost(shipment(STORE, 1, 1, 3))).isEqualByComparingTo("0.666666");
        assertThat(BuiltInRules.storeWorkload(new BigDecimal("2")).cost(shipment(WAREHOUSE, 1, 0, 0))).isZero();
        var priority = BuiltInRules.locationPriority(List.of(Selector.parse("wh-1"), Selector.parse("kind:STORE")), BigDecimal.TEN);
        assertThat(priority.cost(shipment(WAREHOUSE, 1, 0, 0))).isEqualByComparingTo("0");
        assertThat(priority.cost(shipment(STORE, 1, 0, 0))).isEqualByComparingTo("10");
        assertThat(priority.cost(shipment(Location.builder("ds", LocationKind.DARK_STORE, Position.of(0, 0)).build(), 1, 0, 0)))
                .isEqualByComparingTo("20");
        assertThatThrownBy(() -> BuiltInRules.costPerKm(new BigDecimal("-1"))).hasMessage("amount must be >= 0, was -1");
    }
}
