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

import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Method;
import io.promiseengine.model.StockLevel;
import io.promiseengine.plan.PlannedShipment;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static io.promiseengine.events.EventFixtures.EVENT;
import static io.promiseengine.events.EventFixtures.SLOT_10;
import static io.promiseengine.events.EventFixtures.capture;
import static io.promiseengine.events.EventFixtures.engine;
import static io.promiseengine.events.EventFixtures.network;
import static io.promiseengine.events.EventFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

/** One behaviour per event kind: the orders touched, and only them, kept, re-planned or promised again. */
class PromiseTrackerTest {

    private static final LocalDate SAT_19 = LocalDate.of(2026, 9, 19);
    private static final LocalDate MON_21 = LocalDate.of(2026, 9, 21);

    private final EventFixtures.Heard heard = new EventFixtures.Heard();

    private PromiseTracker tracker(PromiseEngine engine) {
        return PromiseTracker.builder(engine).listener(heard).build();
    }

    private static String origin(TrackedOrder t) {
        return t.fulfilment().shipments().get(0).from();
    }

    @Test
    void aCarrierDelayOnEveryLaneMovesThePromiseAndTellsTheCustomer() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 5), StockLevel.of("wh-lyon", "TSHIRT", 5)));
        PromiseTracker tracker = tracker(engine);
        TrackedOrder home = capture(engine, tracker, order("o-home", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
        capture(engine, tracker, order("o-courier", "TSHIRT", 1, Method.COURIER), "courier");
        assertThat(home.promise().date()).isEqualTo(SAT_19);

        EventOutcome out = tracker.apply(CarrierDelayed.shift("ev-1", EVENT, "std", 1));

        assertThat(out.touched()).containsExactly("o-home");
        assertThat(out.replanned()).isEmpty();
        assertThat(heard.changes).singleElement().satisfies(c -> {
            assertThat(c.orderId()).isEqualTo("o-home");
            assertThat(c.cause().id()).isEqualTo("ev-1");
            assertThat(c.previous().date()).isEqualTo(SAT_19);
            assertThat(c.promise().orElseThrow().date()).isEqualTo(MON_21);
            assertThat(c.message(Locale.FRENCH)).isEqualTo("Votre commande arrivera le lundi 21 septembre au lieu du samedi 19");
            assertThat(c.message(Locale.ENGLISH)).isEqualTo("Your order will arrive on Monday 21 September instead of Saturday 19");
        });
        assertThat(tracker.order("o-home").orElseThrow().promise().date()).isEqualTo(MON_21);
        assertThat(tracker.order("o-home").orElseThrow().fulfilment().date()).isEqualTo(MON_21);
    }

    @Test
    void aDelayOnOneLaneIsAbsorbedByAnotherOriginWithoutTellingTheCustomer() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 5), StockLevel.of("wh-lille", "TSHIRT", 5)));
        PromiseTracker tracker = tracker(engine);
        TrackedOrder captured = capture(engine, tracker, order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
        assertThat(origin(captured)).isEqualTo("store-paris"); // nearer than Lille, the same Saturday

        EventOutcome out = tracker.apply(CarrierDelayed.shift("ev-1", EVENT, "std", 1).onLane("75", "75"));

        assertThat(out.touched()).containsExactly("o-1");
        assertThat(heard.changes).isEmpty();
        assertThat(heard.replans).singleElement().satisfies(r -> {
            assertThat(r.previous().shipments().get(0).from()).isEqualTo("store-paris");
            assertThat(r.fulfilment().shipments().get(0).from()).isEqualTo("wh-lille");
            assertThat(r.fulfilment().date()).isEqualTo(SAT_19);
        });
        TrackedOrder now = tracker.order("o-1").orElseThrow();
        assertThat(now.promise()).isEqualTo(captured.promise());
        assertThat(engine.stock("store-paris", "TSHIRT").held()).isZero();
        assertThat(engine.stock("wh-lille", "TSHIRT").held()).isEqualTo(1);
        assertThat(engine.reservation("o-1").orElseThrow().confirmed()).isTrue();
    }

    @Test
    void aDelayOnALaneNoOrderUsesTouchesNobody() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 5)));
        PromiseTracker tracker = tracker(engine);
        capture(engine, tracker, order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY), "std");

        EventOutcome out = tracker.apply(CarrierDelayed.shift("ev-1", EVENT, "std", 3).onLane("59", "75"));

        assertThat(out.touched()).isEmpty();
        assertThat(heard.changes).isEmpty();
        assertThat(heard.replans).isEmpty();
    }

    @Test
    void aShelfFoundEmptyMovesTheLastCapturedOrderAndKeepsTheFirst() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 2), StockLevel.of("wh-lyon", "TSHIRT", 5),
                StockLevel.of("wh-lyon", "JEAN", 5)));
        PromiseTracker tracker = tracker(engine);
        capture(engine, tracker, order("o-first", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
        capture(engine, tracker, order("o-second", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
        capture(engine, tracker, order("o-jean", "JEAN", 1, Method.HOME_DELIVERY), "std");

        EventOutcome out = tracker.apply(StockCorrected.onHand("ev-1", EVENT, "store-paris", "TSHIRT", 1));

        assertThat(out.touched()).containsExactly("o-second", "o-first"); // last captured first
        assertThat(heard.changes).singleElement().satisfies(c -> {
            assertThat(c.orderId()).isEqualTo("o-second");
            assertThat(c.promise().orElseThrow().date()).isEqualTo(MON_21); // only Lyon has some left
        });
        assertThat(origin(tracker.order("o-first").orElseThrow())).isEqualTo("store-paris");
        assertThat(origin(tracker.order("o-second").orElseThrow())).isEqualTo("wh-lyon");
        assertThat(engine.stock("store-paris", "TSHIRT").held()).isEqualTo(1);
        assertThat(engine.stock("wh-lyon", "TSHIRT").held()).isEqualTo(1);
    }

    @Test
    void aCorrectionThatLeavesEnoughForEveryHoldTouchesNobody() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 5)));
        PromiseTracker tracker = tracker(engine);
        capture(engine, tracker, order("o-1", "TSHIRT", 2, Method.HOME_DELIVERY), "std");

        EventOutcome out = tracker.apply(StockCorrected.delta("ev-1", EVENT, "store-paris", "TSHIRT", -3));

        assertThat(out.touched()).isEmpty();
        assertThat(engine.stock("store-paris", "TSHIRT").onHand()).isEqualTo(2);
    }

    @Test
    void anOrderNothingCanServeAnyMoreIsReleasedAndTheCustomerTold() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 1)));
        PromiseTracker tracker = tracker(engine);
        capture(engine, tracker, order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY), "std");

        tracker.apply(StockCorrected.delta("ev-1", EVENT, "store-paris", "TSHIRT", -1));

        assertThat(heard.changes).singleElement().satisfies(c -> {
            assertThat(c.promise()).isEmpty();
            assertThat(c.message(Locale.FRENCH))
                    .isEqualTo("Votre commande ne pourra pas arriver le samedi 19 septembre comme prévu : nous revenons vers vous");
            assertThat(c.message(Locale.ENGLISH))
                    .isEqualTo("Your order cannot arrive on Saturday 19 September as promised: we will contact you");
        });
        assertThat(tracker.order("o-1")).isEmpty();
        assertThat(engine.reservation("o-1")).isEmpty();
        assertThat(engine.stock("store-paris", "TSHIRT").held()).isZero();
    }

    @Test
    void aClosedStoreMovesItsShipmentsAndItsCollectOrdersOnly() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 5), StockLevel.of("wh-lille", "TSHIRT", 5),
                StockLevel.of("wh-lyon", "JEAN", 5)));
        PromiseTracker tracker = tracker(engine);
        capture(engine, tracker, order("o-home", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
        TrackedOrder collect = capture(engine, tracker, order("o-collect", "TSHIRT", 1, Method.COLLECT), "");
        capture(engine, tracker, order("o-lyon", "JEAN", 1, Method.HOME_DELIVERY), "std");
        assertThat(collect.promise().promisedAt()).isEqualTo(Instant.parse("2026-09-18T08:30:00Z")); // Friday 10:30

        EventOutcome out = tracker.apply(new LocationClosed("ev-1", EVENT, "store-paris", LocalDate.of(2026, 9, 18),
                LocalDate.of(2026, 9, 19)));

        assertThat(out.touched()).containsExactly("o-home", "o-collect");
        assertThat(out.replanned()).singleElement().satisfies(r -> {
            assertThat(r.orderId()).isEqualTo("o-home");
            assertThat(r.fulfilment().shipments().get(0).from()).isEqualTo("wh-lille");
        });
        assertThat(heard.changes).singleElement().satisfies(c -> {
            assertThat(c.orderId()).isEqualTo("o-collect");
            assertThat(c.promise().orElseThrow().promisedAt()).isEqualTo(Instant.parse("2026-09-19T08:30:00Z"));
            assertThat(c.message(Locale.FRENCH))
                    .isEqualTo("Votre commande sera prête à retirer le samedi 19 septembre dès 10h30 au lieu du vendredi 18");
            assertThat(c.message(Locale.ENGLISH))
                    .isEqualTo("Your order will be ready to pick up on Saturday 19 September from 10:30 am instead of Friday 18");
        });
        assertThat(engine.network().location("store-paris").orElseThrow().closed()).containsExactly("2026-09-18");
    }

    @Test
    void aSlotCutMovesTheLastCapturedHolderToTheNextSlotWithoutTellingTheCustomer() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 5), StockLevel.of("wh-lyon", "JEAN", 5)));
        PromiseTracker tracker = tracker(engine);
        capture(engine, tracker, order("o-first", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
        capture(engine, tracker, order("o-second", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
        capture(engine, tracker, order("o-lyon", "JEAN", 1, Method.HOME_DELIVERY), "std");
        assertThat(engine.slot("store-paris", SLOT_10).held()).isEqualTo(2);

        EventOutcome out = tracker.apply(new SlotCapacityChanged("ev-1", EVENT, "store-paris", SLOT_10, 1));

        assertThat(out.touched()).containsExactly("o-second", "o-first");
        assertThat(heard.changes).isEmpty();
        assertThat(heard.replans).singleElement().satisfies(r -> {
            assertThat(r.orderId()).isEqualTo("o-second");
            PlannedShipment s = r.fulfilment().shipments().get(0);
            assertThat(s.from()).isEqualTo("store-paris");
            assertThat(s.startAt()).isEqualTo(Instant.parse("2026-09-18T09:00:00Z")); // the 11:00 slot
            assertThat(r.fulfilment().date()).isEqualTo(SAT_19);
        });
        assertThat(engine.slot("store-paris", SLOT_10).held()).isEqualTo(1);
        assertThat(engine.slot("store-paris", Instant.parse("2026-09-18T09:00:00Z")).held()).isEqualTo(1);
    }

    @Test
    void aLateShipmentMovesThePromiseToItsExpectedDateAndThenOnlyTrackingEventsTouchIt() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 5), StockLevel.of("wh-lyon", "TSHIRT", 5)));
        PromiseTracker tracker = tracker(engine);
        capture(engine, tracker, order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
        capture(engine, tracker, order("o-2", "TSHIRT", 1, Method.HOME_DELIVERY), "std");

        EventOutcome early = tracker.apply(new ShipmentLate("ev-1", EVENT, "o-1", "store-paris",
                Instant.parse("2026-09-19T10:00:00Z")));  // Saturday noon: still by 18:00
        EventOutcome late = tracker.apply(new ShipmentLate("ev-2", EVENT, "o-1", "store-paris",
                Instant.parse("2026-09-21T12:00:00Z")));  // Monday 14:00

        assertThat(early.touched()).containsExactly("o-1");
        assertThat(early.changed()).isEmpty();
        assertThat(late.touched()).containsExactly("o-1");
        assertThat(heard.changes).singleElement().satisfies(c -> {
            assertThat(c.promise().orElseThrow().promisedAt()).isEqualTo(Instant.parse("2026-09-21T16:00:00Z")); // 18:00
            assertThat(c.message(Locale.FRENCH)).isEqualTo("Votre commande arrivera le lundi 21 septembre au lieu du samedi 19");
        });
        TrackedOrder o1 = tracker.order("o-1").orElseThrow();
        assertThat(o1.inTransit()).isTrue();
        assertThat(o1.fulfilment().shipments().get(0).deliveryAt()).isEqualTo(Instant.parse("2026-09-21T12:00:00Z"));

        EventOutcome closed = tracker.apply(new LocationClosed("ev-3", EVENT, "store-paris", LocalDate.of(2026, 9, 18),
                LocalDate.of(2026, 9, 20)));
        assertThat(closed.touched()).containsExactly("o-2"); // o-1 has left the store
    }
}
