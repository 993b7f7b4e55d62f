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

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.model.Network;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The baseline's allocation search is cut where a partial assignment cannot beat the best found ({@code Allocator}'s
 * class comment); the cuts must not change one answer. On split carts (up to 6 lines, {@code maxShipments} up to 10)
 * and under generated rule sets, the cut baseline and the exhaustive one (every map of lines to origins) give equal
 * quotes, option by option, order-bys included. The exhaustive side is the old baseline: slow, so few seeds.
 */
class BaselineSearchCutsTest {

    static final int SEEDS = 20;

    @Test
    void cutSearchGivesTheExhaustiveSearchsAnswersOnCartsThatSplit() {
        List<String> failures = new ArrayList<>();
        int options = 0;
        int split = 0;
        for (long seed = 8_800_001; seed < 8_800_001 + SEEDS; seed++) {
            NetworkGenerator gen = new NetworkGenerator(seed, NetworkGenerator.Shape.split(2, 6, 3));
            Network network = gen.network();
            RuleSetGenerator rules = new RuleSetGenerator(seed);
            RuleSet ruleSet = seed % 2 == 0 ? RuleSet.none() : rules.rules(network);
            BaselineCalculator cut = new BaselineCalculator(network, true);
            BaselineCalculator exhaustive = new BaselineCalculator(network, false);
            for (int i = 0; i < 3; i++) {
                QuoteRequest request = gen.request();
                Map<String, Map<String, String>> attributes = rules.attributes(request.lines());
                Quote a;
                try {
                    a = cut.quote(request, ruleSet, attributes);
                } catch (RuntimeException e) {
                    continue; // a refused request: no search
                }
                Quote b = exhaustive.quote(request, ruleSet, attributes);
                if (!a.equals(b)) {
                    failures.add("seed " + seed + " request " + i + ": cut " + a + " / exhaustive " + b);
                }
                options += a.options().size();
                split += (int) a.options().stream().filter(o -> o.shipments().size() > 1).count();
            }
        }
        System.out.println("BaselineSearchCutsTest: " + options + " options (" + split + " split), " + failures.size()
                + " differ");
        assertThat(failures).isEmpty();
        assertThat(options).isGreaterThan(SEEDS);
        assertThat(split).isPositive();
    }
}
