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
package io.promiseengine.properties;

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.model.Method;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated cases exercise every method, splits and order-by: the invariants are not checked on empty quotes. */
class GeneratorCoverageTest {

    @Test
    void generatedCasesCoverEveryMethodAndSplits() {
        Map<Method, Integer> byMethod = new EnumMap<>(Method.class);
        int split = 0;
        int withOrderBy = 0;
        for (long seed = 1_000; seed < 1_150; seed++) {
            NetworkGenerator g = new NetworkGenerator(seed);
            Quote q = PromiseCalculator.of(g.network()).quote(g.request());
            for (PromiseOption o : q.options()) {
                byMethod.merge(o.method(), 1, Integer::sum);
                split += o.shipments().size() > 1 ? 1 : 0;
                withOrderBy += o.orderBy().isPresent() ? 1 : 0;
            }
        }
        System.out.println("options by method " + byMethod + ", split " + split + ", with orderBy " + withOrderBy);
        // SCHEDULED services come from the generator's windows shape only (WindowInvariantsTest), so the seeds of
        // the 1.0 methods keep their networks
        assertThat(byMethod.keySet()).containsExactlyInAnyOrder(Method.COLLECT, Method.COURIER, Method.HOME_DELIVERY);
        assertThat(byMethod.values()).allMatch(n -> n >= 20);
        assertThat(split).isGreaterThanOrEqualTo(10);
        assertThat(withOrderBy).isGreaterThanOrEqualTo(100);
    }
}
