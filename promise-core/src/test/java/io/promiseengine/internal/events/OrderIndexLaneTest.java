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
package io.promiseengine.internal.events;

import io.promiseengine.fixtures.SpecNetwork;
import io.promiseengine.model.Collection;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Network;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracker's order index keys a home-delivery shipment by the lane a quote chooses (spec 4.3: the longest
 * {@code to} prefix, then the longest {@code from} prefix, then the first listed), through the engine's
 * {@code LaneIndex}, checked here against the rule as the spec words it, on lanes whose prefixes overlap.
 */
class OrderIndexLaneTest {

    private static final long SEED = Long.getLong("orderIndexLane.seed", 24_000_101L);
    /** Postal codes sharing prefixes, so that lanes nest: 7 / 75 / 750 / 7501 / 75015 and 75011, 92, 69. */
    private static final String[] CODES = {"75015", "75011", "75001", "75100", "92100", "69002", "7", ""};

    @Test
    void theIndexChoosesTheSpecsLaneOnOverlappingPrefixes() {
        Network network = SpecNetwork.network();
        Random random = new Random(SEED);
        int withLane = 0;
        int tiesOnFirstListed = 0;
        for (int trial = 0; trial < 2_000; trial++) {
            List<Lane> lanes = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                if (!lanes.isEmpty() && random.nextInt(6) == 0) { // the same prefixes listed again, another transit
                    Lane again = lanes.get(random.nextInt(lanes.size()));
                    lanes.add(new Lane(again.from(), again.to(), MassFunction.of(1 + i % 5, 1.0)));
                } else {
                    lanes.add(new Lane(prefix(random), prefix(random), MassFunction.of(1 + i % 5, 1.0)));
                }
            }
            HomeDeliveryService service = service(lanes);
            OrderIndex index = new OrderIndex();
            for (int q = 0; q < 20; q++) {
                String origin = code(random);
                String destination = code(random);
                Lane expected = bySpec(lanes, origin, destination);
                assertThat(index.lane(network, service, origin, destination))
                        .as("seed %s, trial %s: lanes %s, from %s to %s", SEED, trial, lanes, origin, destination)
                        .isSameAs(expected);
                if (expected != null) {
                    withLane++;
                    if (lanes.stream().filter(l -> l.from().equals(expected.from()) && l.to().equals(expected.to()))
                            .count() > 1) {
                        tiesOnFirstListed++;
                    }
                }
            }
        }
        assertThat(withLane).as("questions with a lane").isGreaterThan(10_000);
        assertThat(tiesOnFirstListed).as("questions decided by the first listed").isGreaterThan(500);
    }

    @Test
    void aNewNetworkVersionIsIndexedAgain() {
        OrderIndex index = new OrderIndex();
        Lane paris = new Lane("", "75", MassFunction.of(1, 1.0));
        Lane parisFromParis = new Lane("75", "75", MassFunction.of(2, 1.0));
        Network before = SpecNetwork.network();
        Network after = SpecNetwork.network();

        assertThat(index.lane(before, service(List.of(paris)), "75011", "75015")).isSameAs(paris);
        assertThat(index.lane(after, service(List.of(paris, parisFromParis)), "75011", "75015")).isSameAs(parisFromParis);
    }

    /** Spec 4.3 as worded: of the lanes whose prefixes match, the longest {@code to}, then {@code from}, then the first. */
    private static Lane bySpec(List<Lane> lanes, String origin, String destination) {
        Lane best = null;
        for (Lane l : lanes) {
            if (!destination.startsWith(l.to()) || !origin.startsWith(l.from())) {
                continue;
            }
            if (best == null || l.to().length() > best.to().length()
                    || l.to().length() == best.to().length() && l.from().length() > best.from().length()) {
                best = l;
            }
        }
        return best;
    }

    private static HomeDeliveryService service(List<Lane> lanes) {
        return HomeDeliveryService.builder("std", "Colis").origins("kind:WAREHOUSE")
                .collections(Collection.of("MON-FRI", "17:00")).deliveryDays("MON-SAT").deliverBy("18:00")
                .lanes(lanes.toArray(Lane[]::new)).price("4.90").build();
    }

    private static String code(Random random) {
        return CODES[random.nextInt(CODES.length)];
    }

    private static String prefix(Random random) {
        String code = code(random);
        return code.substring(0, random.nextInt(code.length() + 1));
    }
}
