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

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.promiseengine.events.EventFixtures;
import io.promiseengine.events.PromiseTracker;
import io.promiseengine.events.StockCorrected;
import io.promiseengine.live.MutableClock;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Method;
import io.promiseengine.model.StockLevel;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.InvalidRequestException;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static io.promiseengine.events.EventFixtures.EVENT;
import static io.promiseengine.events.EventFixtures.ORDERED;
import static io.promiseengine.events.EventFixtures.network;
import static io.promiseengine.events.EventFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docs/OBSERVING.md, "Metrics": the meters a quote, a listing, reservations and notices move. */
class MicrometerObserverTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerObserver metrics = MicrometerObserver.of(registry);

    private double count(String name, String... tags) {
        return registry.get("promise.engine." + name).tags(tags).counter().count();
    }

    private Timer timer(String name, String outcome) {
        return registry.get("promise.engine." + name).tag("outcome", outcome).timer();
    }

    /** 1000, 1300, 1600, ...: each call observed takes 300 ns. */
    private static io.promiseengine.observe.Ticker steps() {
        long[] now = {700};
        return () -> now[0] += 300;
    }

    @Test
    void aQuoteIsTimedAndItsOptionsCountedByMethod() {
        PromiseCalculator calculator = PromiseCalculator.builder(network(StockLevel.of("store-paris", "TSHIRT", 5)))
                .observer(metrics).ticker(steps()).build();

        calculator.quote(QuoteRequest.builder(ORDERED, Destination.postalCode("75015")).line("TSHIRT", 1)
                .methods(Method.HOME_DELIVERY, Method.COLLECT).build());
        calculator.quote(QuoteRequest.builder(ORDERED, Destination.postalCode("75015")).line("SOLD-OUT", 1)
                .methods(Method.HOME_DELIVERY).build());

        assertThat(timer("quote", "answered").count()).isEqualTo(2);
        assertThat(timer("quote", "answered").totalTime(TimeUnit.NANOSECONDS)).isEqualTo(600);
        assertThat(count("quote.options", "method", "home_delivery")).isEqualTo(1);
        assertThat(count("quote.options", "method", "collect")).isEqualTo(1);
        assertThat(count("quote.options", "method", "courier")).isZero();
        assertThat(count("quote.unanswered", "method", "home_delivery")).isEqualTo(1);
        assertThat(count("quote.unanswered", "method", "courier")).isZero(); // not asked for
    }

    @Test
    void aRefusedQuoteAndAListingPageAreCounted() {
        PromiseCalculator calculator = PromiseCalculator.builder(network(StockLevel.of("store-paris", "TSHIRT", 5)))
                .observer(metrics).ticker(steps()).build();

        assertThatThrownBy(() -> calculator.quote(QuoteRequest.builder(ORDERED, Destination.postalCode("75015"))
                .line("TSHIRT", 1).methods(Method.COLLECT).collectAt("nowhere").build()))
                .isInstanceOf(InvalidRequestException.class);
        calculator.listing(ListingRequest.builder(ORDERED, Destination.postalCode("75015")).skus("TSHIRT", "JEAN").build());

        assertThat(timer("quote", "refused").count()).isEqualTo(1);
        assertThat(timer("listing", "answered").count()).isEqualTo(1);
        assertThat(count("listing.skus")).isEqualTo(2);
        assertThat(count("listing.badges", "method", "home_delivery")).isEqualTo(1); // TSHIRT only
    }

    @Test
    void reservationsRefusalsByReasonConfirmationsAndLapsesAreCounted() {
        MutableClock clock = new MutableClock(ORDERED);
        PromiseEngine engine = PromiseEngine.builder(network(StockLevel.of("store-paris", "TSHIRT", 2))).clock(clock)
                .holdFor(Duration.ofMinutes(10)).observer(metrics).build();
        Fulfilment one = plan(engine, order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY));
        Fulfilment two = plan(engine, order("o-2", "TSHIRT", 2, Method.HOME_DELIVERY));

        engine.reserve("o-1", one);
        engine.reserve("o-1", one);
        engine.reserve("o-2", two);
        engine.confirm("o-1");
        engine.reserve("o-3", one);
        clock.advance(Duration.ofMinutes(11));
        engine.confirm("o-3");
        engine.release("o-1");

        assertThat(count("reservations", "operation", "reserve", "outcome", "accepted")).isEqualTo(2);
        assertThat(count("reservations", "operation", "reserve", "outcome", "repeated")).isEqualTo(1);
        assertThat(count("reservations", "operation", "reserve", "outcome", "refused")).isEqualTo(1);
        assertThat(count("reservation.refusals", "operation", "reserve", "reason", "stock_short")).isEqualTo(1);
        assertThat(count("reservation.refusals", "operation", "reserve", "reason", "slot_full")).isZero();
        assertThat(count("confirmations", "outcome", "confirmed")).isEqualTo(1);
        assertThat(count("confirmations", "outcome", "nothing_held")).isEqualTo(1);
        assertThat(count("lapses")).isEqualTo(1);
        assertThat(count("releases", "outcome", "released")).isEqualTo(1);
    }

    private static Fulfilment plan(PromiseEngine engine, Order order) {
        return engine.planner().plan(order, engine.quote(order).options().get(0)).fulfilment().orElseThrow();
    }

    @Test
    void theTrackersNoticesAreCountedByKind() {
        PromiseEngine engine = EventFixtures.engine(network(StockLevel.of("store-paris", "TSHIRT", 1)));
        PromiseTracker tracker = PromiseTracker.builder(engine).observer(metrics).build();
        EventFixtures.capture(engine, tracker, order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY), "std");

        tracker.apply(StockCorrected.delta("ev-1", EVENT, "store-paris", "TSHIRT", -1));

        assertThat(count("notices", "kind", "withdrawn")).isEqualTo(1);
        assertThat(count("notices", "kind", "changed")).isZero();
    }

    @Test
    void everyMeterIsRegisteredAtOnceWithFixedTags() {
        // 2 + 2 timers, 1 + 3 x 4 counters of listings and options (four methods), 6 reservations, 2 x 6 refusals,
        // 3 x 2 confirmations, releases and hand-offs, 1 lapse counter, 3 notices
        assertThat(registry.getMeters()).hasSize(45);
        assertThat(registry.get("promise.engine.reservation.refusals").counters()).extracting(c -> c.getId().getTag("reason"))
                .containsOnly("stock_short", "slot_full", "unknown_location", "order_id_in_use", "invalid_plan",
                        "window_full");
    }

    @Test
    void aPrefixMustBeLowerCaseWords() {
        assertThat(MicrometerObserver.of(new SimpleMeterRegistry(), "shop.promise")).isNotNull();
        assertThatThrownBy(() -> MicrometerObserver.of(new SimpleMeterRegistry(), "Shop-Promise"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"Shop-Promise\"");
    }
}
