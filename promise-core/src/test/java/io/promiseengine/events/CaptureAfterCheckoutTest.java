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
package io.promiseengine.events;

import io.promiseengine.live.MutableClock;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.Reservation;
import io.promiseengine.model.Method;
import io.promiseengine.model.StockLevel;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.PromiseOption;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import static io.promiseengine.events.EventFixtures.ORDERED;
import static io.promiseengine.events.EventFixtures.engine;
import static io.promiseengine.events.EventFixtures.network;
import static io.promiseengine.events.EventFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

/** An order reserved at checkout is adopted by the tracker's capture, never released and reserved again. */
class CaptureAfterCheckoutTest {

    private static final LocalDate SAT_19 = LocalDate.of(2026, 9, 19);

    private static PromiseOption std(PromiseEngine engine, Order order) {
        return engine.quote(order).options().stream().filter(o -> o.service().equals(Optional.of("std"))).findFirst().orElseThrow();
    }

    private static void checkout(PromiseEngine engine, Order order, PromiseOption option) {
        assertThat(engine.reserve(order.id(), engine.planner().plan(order, option).fulfilment().orElseThrow())
                .isReserved()).isTrue();
    }

    @Test
    void aHoldThatKeepsThePromiseIsConfirmedAndFollowedWithoutTakingMore() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 1), StockLevel.of("wh-lyon", "TSHIRT", 5)));
        PromiseTracker tracker = PromiseTracker.builder(engine).build();
        Order o = order("A-2", "TSHIRT", 1, Method.HOME_DELIVERY);
        PromiseOption option = std(engine, o);
        checkout(engine, o, option); // the store's last unit

        CaptureResult r = tracker.capture(o, option);

        assertThat(r).isInstanceOf(CaptureResult.Captured.class);
        TrackedOrder t = r.order().orElseThrow();
        assertThat(t.promise().date()).isEqualTo(SAT_19);
        assertThat(t.fulfilment().shipments().get(0).from()).isEqualTo("store-paris");
        assertThat(t.reservation().confirmed()).isTrue();
        assertThat(engine.reservation("A-2").orElseThrow().confirmed()).isTrue();
        assertThat(engine.stock("store-paris", "TSHIRT").held()).isEqualTo(1);
        assertThat(engine.stock("wh-lyon", "TSHIRT").held()).isZero();
        assertThat(tracker.orders()).extracting(TrackedOrder::id).containsExactly("A-2");
    }

    @Test
    void aHoldThatCannotKeepThePromiseIsReplannedInPlace() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 0), StockLevel.of("wh-lyon", "TSHIRT", 1)));
        PromiseTracker tracker = PromiseTracker.builder(engine).build();
        Order o = order("A-2", "TSHIRT", 1, Method.HOME_DELIVERY);
        checkout(engine, o, std(engine, o)); // Monday from Lyon, Lyon's only unit
        engine.setStock(StockLevel.of("store-paris", "TSHIRT", 1));
        PromiseOption saturday = std(engine, o);
        assertThat(saturday.date()).isEqualTo(SAT_19);

        CaptureResult r = tracker.capture(o, saturday);

        assertThat(r).isInstanceOf(CaptureResult.Captured.class);
        assertThat(r.order().orElseThrow().fulfilment().shipments().get(0).from()).isEqualTo("store-paris");
        Reservation held = engine.reservation("A-2").orElseThrow();
        assertThat(held.confirmed()).isTrue();
        assertThat(held.stock()).containsExactly(new Reservation.StockHold("store-paris", "TSHIRT", 1));
        assertThat(engine.stock("wh-lyon", "TSHIRT").held()).isZero();
        assertThat(engine.stock("store-paris", "TSHIRT").held()).isEqualTo(1);
    }

    @Test
    void aPromiseNoPlanCanKeepAnyMoreIsRefusedAndTheCheckoutHoldStays() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 1), StockLevel.of("wh-lyon", "TSHIRT", 5)));
        PromiseTracker tracker = PromiseTracker.builder(engine).build();
        Order o = order("A-2", "TSHIRT", 1, Method.HOME_DELIVERY);
        PromiseOption saturday = std(engine, o);
        checkout(engine, o, saturday);
        Reservation before = engine.reservation("A-2").orElseThrow();
        engine.setStock(StockLevel.of("store-paris", "TSHIRT", 0)); // the shelf was empty: only Lyon, Monday

        CaptureResult r = tracker.capture(o, saturday);

        assertThat(r.isCaptured()).isFalse();
        assertThat(r).isInstanceOfSatisfying(CaptureResult.Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(CaptureResult.Reason.NO_PLAN);
            assertThat(refused.detail()).startsWith("no allocation of order A-2");
        });
        assertThat(engine.reservation("A-2")).contains(before); // the checkout hold, unconfirmed, untouched
        assertThat(engine.stock("wh-lyon", "TSHIRT").held()).isZero();
        assertThat(tracker.orders()).isEmpty();
    }

    @Test
    void aCheckoutHoldThatLapsedBeforeTheCaptureIsReservedAgain() {
        MutableClock clock = new MutableClock(ORDERED);
        PromiseEngine engine = PromiseEngine.builder(network(StockLevel.of("store-paris", "TSHIRT", 1)))
                .clock(clock).holdFor(Duration.ofMinutes(10)).build();
        PromiseTracker tracker = PromiseTracker.builder(engine).build();
        Order o = order("A-2", "TSHIRT", 1, Method.HOME_DELIVERY);
        PromiseOption saturday = std(engine, o);
        checkout(engine, o, saturday);
        clock.advance(Duration.ofMinutes(11));

        CaptureResult r = tracker.capture(o, saturday);

        assertThat(r).isInstanceOf(CaptureResult.Captured.class);
        assertThat(engine.reservation("A-2").orElseThrow().confirmed()).isTrue();
        assertThat(engine.stock("store-paris", "TSHIRT").held()).isEqualTo(1);
    }

    @Test
    void aTrackedOrderReleasedInTheEngineLeavesTheTrackerAtItsNextLookAndIsNeverHeldAgain() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 5), StockLevel.of("wh-lyon", "TSHIRT", 5)));
        EventFixtures.Heard heard = new EventFixtures.Heard();
        PromiseTracker tracker = PromiseTracker.builder(engine).listener(heard).build();
        Order o = order("A-2", "TSHIRT", 1, Method.HOME_DELIVERY);
        Order kept = order("A-3", "TSHIRT", 1, Method.HOME_DELIVERY);
        assertThat(tracker.capture(o, std(engine, o)).isCaptured()).isTrue();
        assertThat(tracker.capture(kept, std(engine, kept)).isCaptured()).isTrue();

        assertThat(engine.release("A-2")).isTrue();
        EventOutcome out = tracker.apply(CarrierDelayed.shift("ev-1", EventFixtures.EVENT, "std", 1));

        assertThat(out.touched()).containsExactly("A-3");
        assertThat(engine.reservation("A-2")).isEmpty();
        assertThat(engine.stock("store-paris", "TSHIRT").held() + engine.stock("wh-lyon", "TSHIRT").held()).isEqualTo(1);
        assertThat(heard.changes).extracting(PromiseChange::orderId).containsExactly("A-3");
        assertThat(tracker.order("A-2")).isEmpty();
        assertThat(tracker.orders()).extracting(TrackedOrder::id).containsExactly("A-3");
    }

    @Test
    void readsForgetAnOrderReleasedInTheEngine() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 5)));
        PromiseTracker tracker = PromiseTracker.builder(engine).build();
        Order o = order("A-2", "TSHIRT", 1, Method.HOME_DELIVERY);
        assertThat(tracker.capture(o, std(engine, o)).isCaptured()).isTrue();

        engine.release("A-2");

        assertThat(tracker.orders()).isEmpty();
        assertThat(tracker.order("A-2")).isEmpty();
        assertThat(tracker.capture(o, std(engine, o)).isCaptured()).isTrue(); // followed again from scratch
    }
}
