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
package io.promiseengine.regressions;

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 (found by the differential test's horizon seed 7101340, {@code Shape.WINDOWS.withHorizonEdges()}): a
 * SCHEDULED option whose date still held for an order at the horizon {@code H} got an order-by after {@code H}
 * (2026-12-24T16:59:59Z for an order at 2026-10-25T13:27:10Z, {@code H} 2026-12-24T13:27:10Z). Spec 4.7 gives the
 * option the order-by of 4.6, which is absent when the date would still be the same at {@code H}. The oracle is the
 * spec's own: a quote placed at {@code H} offers the option with the same date, so no order-by may be given.
 */
class ScheduledOrderByPastTheHorizonTest {

    @Test
    void anOptionWhoseDateHoldsAtTheHorizonHasNoOrderBy() {
        NetworkGenerator gen = new NetworkGenerator(7_101_340L, NetworkGenerator.Shape.WINDOWS.withHorizonEdges());
        Network network = gen.network();
        QuoteRequest drawn = gen.request();
        // sku A alone, as the listing page's badge asks it
        QuoteRequest request = new QuoteRequest(drawn.at(), drawn.destination(), List.of(new io.promiseengine.quote.Line("A", 1)),
                drawn.confidence(), drawn.methods(), drawn.methodsGiven(), drawn.collectAt(), drawn.collectAtGiven(),
                drawn.maxShipments(), false, 1);
        PromiseCalculator engine = PromiseCalculator.of(network);
        PromiseOption option = scheduled(engine, request);
        Instant h = request.at().plus(Duration.ofDays(60));
        assertThat(option.promisedAt()).isBeforeOrEqualTo(h);
        PromiseOption atH = scheduled(engine, request.at(h));
        assertThat(atH.date()).as("the date of an order at H").isEqualTo(option.date());
        assertThat(option.orderBy()).as("order-by of a date that holds at H").isEmpty();
    }

    private static PromiseOption scheduled(PromiseCalculator engine, QuoteRequest request) {
        return engine.quote(request).options().stream().filter(o -> o.method() == Method.SCHEDULED).findFirst().orElseThrow();
    }
}
