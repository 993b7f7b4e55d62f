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
package io.promiseengine.micrometer;

import io.promiseengine.events.CarrierDelayed;
import io.promiseengine.events.EventFixtures;
import io.promiseengine.events.PromiseTracker;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Method;
import io.promiseengine.model.Position;
import io.promiseengine.model.StockLevel;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static io.promiseengine.events.EventFixtures.EVENT;
import static io.promiseengine.events.EventFixtures.ORDERED;
import static io.promiseengine.events.EventFixtures.network;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/OBSERVING.md, "Decision log": at DEBUG (set for {@code io.promiseengine.decision} in this module's surefire
 * configuration), every decision is logged, and no line holds the shopper's postal code, position or order id.
 * slf4j-simple writes to {@code System.err}, which the test replaces while the decisions are made.
 */
class DecisionLogTest {

    private static final String POSTAL_CODE = "75015";
    private static final Position HOME = Position.of(48.8412, 2.3003);
    private static final String ORDER_ID = "CUSTOMER-ORDER-77";

    @Test
    void theDecisionLogNamesWhatWasDecidedNeverWhoFor() {
        String log = captured(() -> {
            PromiseCalculator calculator = PromiseCalculator.of(network(StockLevel.of("store-paris", "TSHIRT", 5)));
            calculator.quote(QuoteRequest.builder(ORDERED, Destination.postalCode(POSTAL_CODE)).line("TSHIRT", 1).build());
            calculator.quote(QuoteRequest.builder(ORDERED, Destination.of(POSTAL_CODE, HOME)).line("TSHIRT", 1).build());
            calculator.listing(ListingRequest.builder(ORDERED, Destination.of(POSTAL_CODE, HOME)).skus("TSHIRT").build());

            PromiseEngine engine = EventFixtures.engine(network(StockLevel.of("store-paris", "TSHIRT", 5),
                    StockLevel.of("wh-lyon", "TSHIRT", 5)));
            Order order = Order.of(ORDER_ID, QuoteRequest.builder(ORDERED, Destination.of(POSTAL_CODE, HOME))
                    .line("TSHIRT", 1).methods(Method.HOME_DELIVERY).build());
            Fulfilment plan = engine.planner().plan(order, engine.quote(order).options().get(0)).fulfilment().orElseThrow();
            engine.reserve(ORDER_ID, plan);
            engine.confirm(ORDER_ID);
            engine.release(ORDER_ID);

            PromiseTracker tracker = PromiseTracker.builder(engine).build();
            EventFixtures.capture(engine, tracker, order, "std");
            tracker.apply(CarrierDelayed.shift("ev-1", EVENT, "std", 1));
        });

        assertThat(log).contains("io.promiseengine.decision.quote - quote answered methods=[COLLECT, COURIER, HOME_DELIVERY, SCHEDULED] lines=1 "
                        + "destination=postalCode options=")
                .contains("destination=position")
                .contains("io.promiseengine.decision.quote - listing answered skus=1")
                .contains("io.promiseengine.decision.reservation - reserve accepted order=#")
                .contains("io.promiseengine.decision.reservation - confirm confirmed order=#")
                .contains("io.promiseengine.decision.reservation - release released order=#")
                .contains("io.promiseengine.decision.tracker - notice kind=changed event=CarrierDelayed order=#");
        assertThat(log).doesNotContain(POSTAL_CODE).doesNotContain("48.84").doesNotContain("2.30")
                .doesNotContain(ORDER_ID).doesNotContain("ORDER-77");
        // one order, one pseudonym within the process
        assertThat(log.lines().filter(l -> l.contains("order=#")).map(l -> l.substring(l.indexOf("order=#"), l.indexOf("order=#") + 19)).distinct()).hasSize(1);
    }

    private static String captured(Runnable work) {
        PrintStream err = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(err);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
