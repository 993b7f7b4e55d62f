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
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.promiseengine.events.EventFixtures.EVENT;
import static io.promiseengine.events.EventFixtures.capture;
import static io.promiseengine.events.EventFixtures.engine;
import static io.promiseengine.events.EventFixtures.network;
import static io.promiseengine.events.EventFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Events apply once each, in order; a listener that throws does not stop the others. */
class TrackerGuaranteesTest {

    @Test
    void anEventIdAppliedTwiceChangesTheEngineOnce() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 5)));
        PromiseTracker tracker = PromiseTracker.builder(engine).build();
        StockCorrected minusTwo = StockCorrected.delta("ev-1", EVENT, "store-paris", "TSHIRT", -2);

        EventOutcome first = tracker.apply(minusTwo);
        EventOutcome again = tracker.apply(minusTwo);
        EventOutcome sameIdOtherEvent = tracker.apply(StockCorrected.delta("ev-1", EVENT, "store-paris", "TSHIRT", -1));

        assertThat(first.repeated()).isFalse();
        assertThat(again.repeated()).isTrue();
        assertThat(sameIdOtherEvent.repeated()).isTrue();
        assertThat(tracker.applied("ev-1")).isTrue();
        assertThat(engine.stock("store-paris", "TSHIRT").onHand()).isEqualTo(3);
    }

    @Test
    void eventsApplyInTheOrderGiven() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 5)));
        PromiseTracker tracker = PromiseTracker.builder(engine).build();

        tracker.apply(StockCorrected.onHand("ev-1", EVENT, "store-paris", "TSHIRT", 9));
        tracker.apply(StockCorrected.delta("ev-2", EVENT, "store-paris", "TSHIRT", -4));
        tracker.apply(StockCorrected.onHand("ev-3", EVENT, "store-paris", "TSHIRT", 2));
        tracker.apply(StockCorrected.delta("ev-4", EVENT, "store-paris", "TSHIRT", 1));

        assertThat(engine.stock("store-paris", "TSHIRT").onHand()).isEqualTo(3);
    }

    @Test
    void aRefusedEventChangesNothingAndMayBeSentAgain() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 1)));
        PromiseTracker tracker = PromiseTracker.builder(engine).build();

        assertThatThrownBy(() -> tracker.apply(StockCorrected.delta("ev-1", EVENT, "store-paris", "TSHIRT", -2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("would be -1");
        assertThat(tracker.applied("ev-1")).isFalse();
        assertThat(tracker.apply(StockCorrected.delta("ev-1", EVENT, "store-paris", "TSHIRT", -1)).repeated()).isFalse();
        assertThat(engine.stock("store-paris", "TSHIRT").onHand()).isZero();
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheOthers() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 5)));
        List<String> heard = new ArrayList<>();
        PromiseTracker tracker = PromiseTracker.builder(engine)
                .listener(c -> heard.add("first " + c.orderId()))
                .listener(c -> {
                    throw new IllegalStateException("mail server down");
                })
                .listener(c -> heard.add("third " + c.orderId()))
                .build();
        capture(engine, tracker, order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
        capture(engine, tracker, order("o-2", "TSHIRT", 1, Method.HOME_DELIVERY), "std");

        EventOutcome out = tracker.apply(CarrierDelayed.shift("ev-1", EVENT, "std", 1));

        assertThat(out.changed()).hasSize(2);
        assertThat(heard).containsExactly("first o-1", "third o-1", "first o-2", "third o-2");
    }

    @Test
    void aListenerMayNotApplyEvents() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 5)));
        List<Exception> refused = new ArrayList<>();
        PromiseTracker[] tracker = new PromiseTracker[1];
        tracker[0] = PromiseTracker.builder(engine).listener(c -> {
            try {
                tracker[0].apply(StockCorrected.delta("ev-nested", EVENT, "store-paris", "TSHIRT", 1));
            } catch (IllegalStateException e) {
                refused.add(e);
            }
        }).build();
        capture(engine, tracker[0], order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY), "std");

        tracker[0].apply(CarrierDelayed.shift("ev-1", EVENT, "std", 1));

        assertThat(refused).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("ev-nested"));
        assertThat(tracker[0].applied("ev-nested")).isFalse();
    }

    @Test
    void closingAnOrderReleasesItsHolds() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 5)));
        PromiseTracker tracker = PromiseTracker.builder(engine).build();
        capture(engine, tracker, order("o-1", "TSHIRT", 2, Method.HOME_DELIVERY), "std");

        assertThat(tracker.close("o-1")).isTrue();
        assertThat(tracker.close("o-1")).isFalse();
        assertThat(engine.stock("store-paris", "TSHIRT").held()).isZero();
        assertThat(tracker.orders()).isEmpty();
    }

    @Test
    void aDelayOnALaneTheServiceDoesNotListIsRefusedAndChangesNothing() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 5)));
        PromiseTracker tracker = PromiseTracker.builder(engine).build();

        assertThatThrownBy(() -> tracker.apply(CarrierDelayed.shift("ev-1", EVENT, "std", 1).onLane("13", "75")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no lane from \"13\" to \"75\"");
        assertThatThrownBy(() -> tracker.apply(CarrierDelayed.shift("ev-2", EVENT, "courier", 30).onLane("", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bands, not lanes");
        assertThat(engine.networkVersion()).isEqualTo(1);
        assertThat(tracker.applied("ev-1")).isFalse();
    }

    @Test
    void aReplacedTransitAppliesToEveryBandOfACourier() {
        PromiseEngine engine = engine(network(StockLevel.of("store-paris", "TSHIRT", 5)));
        PromiseTracker tracker = PromiseTracker.builder(engine).build();
        capture(engine, tracker, order("o-1", "TSHIRT", 1, Method.COURIER), "courier");

        EventOutcome out = tracker.apply(CarrierDelayed.replace("ev-1", EVENT, "courier",
                io.promiseengine.model.MassFunction.of(120, 1.0)));

        // re-quoted from the event (10:30): ready 11:00, 120 minutes; the tracker plans the whole order again
        assertThat(out.changed()).singleElement().satisfies(c -> assertThat(c.message(java.util.Locale.ENGLISH))
                .isEqualTo("Your order will arrive on Friday 18 September at 1:00 pm instead of 11:30 am"));
    }
}
