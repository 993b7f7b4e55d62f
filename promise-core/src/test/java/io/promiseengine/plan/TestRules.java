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
package io.promiseengine.plan;

import io.promiseengine.model.Location;
import io.promiseengine.model.Network;
import io.promiseengine.rules.RuleSet;
import io.promiseengine.rules.spi.LineFilter;
import io.promiseengine.rules.spi.ShipmentScore;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generated rule sets for planner properties: random exclusions of (location, sku), costs per shipment, per km
 * and per line. The prices are kept beside the rule set ({@link Generated}), so a test can price a shipment
 * itself, independently of how the planner evaluates scores.
 */
final class TestRules {

    private TestRules() {
    }

    /**
     * A generated rule set and what it charges.
     *
     * @param rules the rule set
     * @param excluded "location/sku" pairs the filter refuses
     * @param perShipment location id to the fixed cost of a shipment from it
     * @param perLine "location/sku" to the cost of preparing that line there
     * @param perKm the cost of a km, charged on the distance rounded to the metre
     */
    record Generated(RuleSet rules, Set<String> excluded, Map<String, BigDecimal> perShipment,
                     Map<String, BigDecimal> perLine, BigDecimal perKm) {
    }

    static RuleSet generate(Network network, Random rnd) {
        return generated(network, rnd).rules();
    }

    static Generated generated(Network network, Random rnd) {
        Set<String> excluded = new HashSet<>();
        Map<String, BigDecimal> perShipment = new HashMap<>();
        Map<String, BigDecimal> perLine = new HashMap<>();
        for (Location l : network.locations()) {
            for (String sku : io.promiseengine.fixtures.NetworkGenerator.SKUS) {
                if (rnd.nextInt(7) == 0) {
                    excluded.add(l.id() + "/" + sku);
                }
                perLine.put(l.id() + "/" + sku, BigDecimal.valueOf(rnd.nextInt(10)));
            }
            perShipment.put(l.id(), BigDecimal.valueOf(rnd.nextInt(6), rnd.nextInt(2)));
        }
        BigDecimal perKm = BigDecimal.valueOf(rnd.nextInt(3), 2);
        RuleSet.Builder b = RuleSet.builder("generated");
        if (!excluded.isEmpty()) {
            b.filter(LineFilter.of("excluded-pairs", c -> !excluded.contains(c.location().id() + "/" + c.line().sku())));
        }
        b.score(ShipmentScore.of("per-shipment", s -> perShipment.get(s.origin().id())));
        b.score(ShipmentScore.of("per-km", s -> perKm.multiply(BigDecimal.valueOf(Math.round(s.distanceKm() * 1000), 3))));
        b.score(ShipmentScore.of("per-line", s -> {
            BigDecimal total = BigDecimal.ZERO;
            for (OrderLine l : s.lines()) {
                total = total.add(perLine.get(s.origin().id() + "/" + l.sku()));
            }
            return total;
        }));
        if (rnd.nextInt(4) == 0) {
            b.maxShipments(1 + rnd.nextInt(2));
        }
        return new Generated(b.build(), Collections.unmodifiableSet(excluded), Collections.unmodifiableMap(perShipment),
                Collections.unmodifiableMap(perLine), perKm);
    }
}
