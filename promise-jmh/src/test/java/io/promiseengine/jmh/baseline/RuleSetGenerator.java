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
package io.promiseengine.jmh.baseline;

import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Selector;
import io.promiseengine.model.Supply;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.rules.RuleSet;
import io.promiseengine.rules.builtin.BuiltInRules;
import io.promiseengine.rules.spi.LineFilter;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Seeded rule sets for the differential test, on a random stream of their own (the network and requests of a seed
 * stay the generator's): the built-in filters of docs/RULES-FORMAT.md ({@code excludeKinds}, {@code
 * protectStoreStock}, {@code maxDistance}, {@code lineAttribute} with the line attributes drawn per sku), filters
 * by location and sku, a quantity rule that is not monotone (stores serve only while they hold an odd number), and
 * now and then {@code maxShipments} or {@code shipComplete}; and supply arriving at stores in the hours after each
 * request's order instant, so that quantity rules change their answer before the order-by.
 */
final class RuleSetGenerator {

    private static final Method[] FILTERED = {Method.HOME_DELIVERY, Method.COURIER, Method.COLLECT, Method.SCHEDULED};
    private static final double[] KMS = {0.5, 2, 4, 6, 10, 30, 400};

    private final Random rnd;

    RuleSetGenerator(long seed) {
        this.rnd = new Random(seed * 0x2545F4914F6CDD1DL ^ 0x52554C4553L);
    }

    /** A rule set for the network: one to four filters, and a limit on shipments in one case in five. */
    RuleSet rules(Network network) {
        RuleSet.Builder b = RuleSet.builder("generated");
        List<Location> locations = network.locations();
        for (int i = 0, n = 1 + rnd.nextInt(4); i < n; i++) {
            switch (rnd.nextInt(7)) {
                case 0 -> {
                    Set<LocationKind> kinds = EnumSet.noneOf(LocationKind.class);
                    kinds.add(LocationKind.values()[rnd.nextInt(3)]);
                    if (rnd.nextBoolean()) {
                        kinds.add(LocationKind.values()[rnd.nextInt(3)]);
                    }
                    b.filter(BuiltInRules.excludeKinds(FILTERED[rnd.nextInt(FILTERED.length)], kinds));
                }
                case 1, 2 -> b.filter(BuiltInRules.protectStoreStock(rnd.nextInt(4)));
                case 3 -> {
                    Set<Method> methods = EnumSet.noneOf(Method.class);
                    for (Method m : FILTERED) {
                        if (rnd.nextInt(3) == 0) {
                            methods.add(m);
                        }
                    }
                    b.filter(BuiltInRules.maxDistance(KMS[rnd.nextInt(KMS.length)], methods));
                }
                case 4 -> {
                    List<Selector> exclude = List.of(rnd.nextBoolean()
                            ? Selector.kind(LocationKind.values()[rnd.nextInt(3)])
                            : Selector.id(locations.get(rnd.nextInt(locations.size())).id()));
                    b.filter(rnd.nextBoolean()
                            ? BuiltInRules.lineAttribute("category", Optional.empty(), Optional.of("fragile"), exclude)
                            : BuiltInRules.lineAttribute("weightKg", Optional.of(BigDecimal.valueOf(20)), Optional.empty(),
                                    exclude));
                }
                case 5 -> {
                    // a location may not serve some skus
                    Map<String, Boolean> refused = new HashMap<>();
                    for (Location l : locations) {
                        for (String sku : io.promiseengine.fixtures.NetworkGenerator.WIDE_SKUS) {
                            if (rnd.nextInt(5) == 0) {
                                refused.put(l.id() + "/" + sku, true);
                            }
                        }
                    }
                    b.filter(LineFilter.of("location-sku", c -> !refused.containsKey(c.location().id() + "/"
                            + c.line().sku())));
                }
                default -> b.filter(LineFilter.of("odd-at-stores", c -> c.location().kind() != LocationKind.STORE
                        || c.available() % 2 == 1));
            }
        }
        switch (rnd.nextInt(10)) {
            case 0 -> b.maxShipments(1 + rnd.nextInt(3));
            case 1 -> b.shipComplete(true);
            default -> {
            }
        }
        return b.build();
    }

    /** Each sku's attributes: a category (fragile or not, or none) and a weight (a number, a word, or none). */
    Map<String, Map<String, String>> attributes(List<Line> lines) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Line l : lines) {
            Map<String, String> a = new LinkedHashMap<>();
            switch (rnd.nextInt(3)) {
                case 0 -> a.put("category", "fragile");
                case 1 -> a.put("category", "books");
                default -> {
                }
            }
            switch (rnd.nextInt(4)) {
                case 0 -> a.put("weightKg", "25");
                case 1 -> a.put("weightKg", "3.5");
                case 2 -> a.put("weightKg", "heavy");
                default -> {
                }
            }
            if (!a.isEmpty()) {
                out.put(l.sku(), a);
            }
        }
        return out;
    }

    /**
     * Supply at the network's stores of the requests' skus, arriving 1 minute to 8 hours after an order instant, 1 to
     * 3 units: a quantity rule refusing at the order instant may allow from an arrival on, before the order-by.
     */
    Network withSupplyAfter(Network network, List<QuoteRequest> requests) {
        List<Supply> supply = new ArrayList<>(network.supply());
        for (QuoteRequest r : requests) {
            for (Location l : network.locations()) {
                if (l.kind() == LocationKind.STORE && rnd.nextBoolean()) {
                    Line line = r.lines().get(rnd.nextInt(r.lines().size()));
                    Instant arrives = r.at().plusSeconds(60L * (1 + rnd.nextInt(8 * 60)));
                    supply.add(new Supply(l.id(), line.sku(), 1 + rnd.nextInt(3), arrives));
                }
            }
        }
        return network.withInventory(network.stock(), supply, network.load());
    }
}
