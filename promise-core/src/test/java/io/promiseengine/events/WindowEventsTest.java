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
import io.promiseengine.live.Reservation;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tracker and delivery windows (docs/EVENTS.md, "Delivery windows"; spec 4.7), one behaviour per test on a
 * small network: two Paris warehouses ({@code wh-a} in 75007, nearer to 75015, and {@code wh-b} in 93100), open
 * Monday to Saturday 08:00-20:00 with an hour of preparation, and vans ({@code vans}) delivering every day
 * 14:00-16:00 and 18:00-20:00 in zone {@code 75} with an hour of lead time and 2 drops a window. Orders are placed
 * on Thursday 17 September 2026 at 10:00 in Paris for 75015: every window from Thursday 14:00 on is made (ready
 * 11:00, plus the lead, 12:00). The expected windows are worked out by hand.
 */
class WindowEventsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant ORDERED = at("2026-09-17T10:00:00+02:00");
    private static final Instant EVENT = at("2026-09-17T10:30:00+02:00");
    private static final Instant SAT_14 = at("2026-09-19T14:00:00+02:00");
    private static final Instant SAT_18 = at("2026-09-19T18:00:00+02:00");

    private final EventFixtures.Heard heard = new EventFixtures.Heard();

    private static Instant at(String t) {
        return OffsetDateTime.parse(t).toInstant();
    }

    private static Network network(int stockA, int stockB) {
        return network(stockA, stockB, 2);
    }

    /** The class's network with {@code capacity} drops a window. */
    static Network network(int stockA, int stockB, int capacity) {
        return network(stockA, stockB, capacity, Preparation.of(Duration.ofHours(1)));
    }

    private static Network network(int stockA, int stockB, int capacity, Preparation atA) {
        ScheduledService vans = ScheduledService.builder("vans", "Nos camions").origins("*").price("6.90")
                .windows("MON-SUN", "14:00-16:00", "18:00-20:00").zone("75", "PT1H", capacity).build();
        return Network.builder(PARIS)
                .postalCode("75015", Position.of(48.8412, 2.3003))
                .location(warehouse("wh-a", Position.of(48.8566, 2.3126), "75007", atA))
                .location(warehouse("wh-b", Position.of(48.9362, 2.3574), "93100", Preparation.of(Duration.ofHours(1))))
                .stock("wh-a", "A", stockA).stock("wh-b", "A", stockB)
                .service(vans).build();
    }

    private static Location warehouse(String id, Position p, String postalCode, Preparation preparation) {
        return Location.builder(id, LocationKind.WAREHOUSE, p).postalCode(postalCode)
                .hours(WeeklyHours.of("MON-SAT", "08:00-20:00")).preparation(preparation).build();
    }

    private static PromiseEngine engine(Network network, Instant now) {
        return PromiseEngine.builder(network).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    }

    private PromiseTracker tracker(PromiseEngine engine) {
        return PromiseTracker.builder(engine).listener(heard).build();
    }

    private static Order order(String id, Instant at, String postalCode) {
        return Order.of(id, QuoteRequest.builder(at, Destination.postalCode(postalCode)).line("A", 1)
                .methods(Method.SCHEDULED).maxWindows(10).build());
    }

    /** Quotes the order and captures its vans option in the window starting at {@code start}. */
    private static TrackedOrder capture(PromiseEngine engine, PromiseTracker tracker, Order order, Instant start) {
        PromiseOption option = engine.quote(order).options().get(0);
        DeliveryWindow window = option.windows().stream().filter(w -> w.start().equals(start)).findFirst().orElseThrow();
        CaptureResult r = tracker.capture(order, option, window);
        assertThat(r).isInstanceOf(CaptureResult.Captured.class);
        return r.order().orElseThrow();
    }

    private static Instant held(TrackedOrder t) {
        assertThat(t.reservation().windows()).hasSize(1);
        Reservation.WindowHold h = t.reservation().windows().get(0);
        assertThat(t.fulfilment().window().orElseThrow().start()).isEqualTo(h.window());
        assertThat(t.promise().windows()).singleElement().satisfies(w -> assertThat(w.start()).isEqualTo(h.window()));
        return h.window();
    }

    @Test
    void aWindowIsCapturedAsThePromiseOfThatWindowAlone() {
        PromiseEngine engine = engine(network(5, 0), ORDERED);
        PromiseTracker tracker = tracker(engine);
        Order order = order("o-1", ORDERED, "75015");
        PromiseOption option = engine.quote(order).options().get(0);
        assertThat(option.windows().get(0).start()).isEqualTo(at("2026-09-17T14:00:00+02:00"));

        TrackedOrder t = capture(engine, tracker, order, SAT_14);

        assertThat(held(t)).isEqualTo(SAT_14);
        assertThat(t.promise().promisedAt()).isEqualTo(at("2026-09-19T16:00:00+02:00"));
        assertThat(t.promise().date()).isEqualTo(LocalDate.of(2026, 9, 19));
        assertThat(t.promise().orderBy()).contains(t.promise().windows().get(0).orderBy());
        assertThat(t.promise().shipments()).singleElement().satisfies(s -> assertThat(s.from()).isEqualTo("wh-a"));
        assertThat(t.reservation().windows()).containsExactly(new Reservation.WindowHold("vans", "75", SAT_14));
        assertThat(engine.window("vans", "75", SAT_14).held()).isEqualTo(1);
    }

    @Test
    void captureWithoutAWindowTakesTheFirst() {
        PromiseEngine engine = engine(network(5, 0), ORDERED);
        PromiseTracker tracker = tracker(engine);
        Order order = order("o-1", ORDERED, "75015");

        TrackedOrder t = tracker.capture(order, engine.quote(order).options().get(0)).order().orElseThrow();

        assertThat(held(t)).isEqualTo(at("2026-09-17T14:00:00+02:00"));
        assertThat(t.promise().promisedAt()).isEqualTo(at("2026-09-17T16:00:00+02:00"));
    }

    @Test
    void aWindowTheOptionDoesNotListIsRefusedNamingIt() {
        PromiseEngine engine = engine(network(5, 0), ORDERED);
        PromiseTracker tracker = tracker(engine);
        Order order = order("o-1", ORDERED, "75015");
        PromiseOption option = engine.quote(order).options().get(0);
        DeliveryWindow first = option.windows().get(0);
        DeliveryWindow shifted = new DeliveryWindow(first.start().plusSeconds(3600), first.end(), first.from(),
                first.orderBy());

        assertThatThrownBy(() -> tracker.capture(order, option, shifted))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window 2026-09-17T13:00:00Z to 2026-09-17T14:00:00Z is not one of the 10 windows the vans option lists");
        assertThat(tracker.orders()).isEmpty();
        assertThat(engine.reservation("o-1")).isEmpty();
    }

    @Test
    void aWindowChosenForAnotherMethodIsRefusedNamingIt() {
        PromiseEngine engine = engine(network(5, 0), ORDERED);
        PromiseTracker tracker = tracker(engine);
        Order order = order("o-1", ORDERED, "75015");
        PromiseOption vans = engine.quote(order).options().get(0);
        PromiseOption home = new PromiseOption(Method.HOME_DELIVERY, java.util.Optional.of("std"), java.util.Optional.empty(),
                PARIS, vans.promisedAt(), vans.date(), vans.orderBy(), 1.0, vans.price(), vans.shipments());

        assertThatThrownBy(() -> tracker.capture(order, home, vans.windows().get(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a window is chosen for a SCHEDULED option, not HOME_DELIVERY (std)");
        assertThatThrownBy(() -> tracker.capture(order, vans, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("window");
        assertThat(engine.reservation("o-1")).isEmpty();
    }

    @Test
    void aFullWindowIsRefusedAtCapture() {
        PromiseEngine engine = engine(network(5, 0), ORDERED);
        PromiseTracker tracker = tracker(engine);
        Order order = order("o-1", ORDERED, "75015");
        PromiseOption option = engine.quote(order).options().get(0);
        engine.setWindowCapacity("vans", "75", SAT_14, 0);

        CaptureResult r = tracker.capture(order, option, option.windows().stream()
                .filter(w -> w.start().equals(SAT_14)).findFirst().orElseThrow());

        assertThat(r).isInstanceOfSatisfying(CaptureResult.Refused.class, f -> {
            assertThat(f.reason()).isEqualTo(CaptureResult.Reason.NO_PLAN);
            assertThat(f.detail()).contains("the window is full in zone \"75\"");
        });
    }

    @Test
    void aCancelledWindowMovesItsOrdersToTheNextWindowAndTellsTheCustomer() {
        PromiseEngine engine = engine(network(5, 5), ORDERED);
        PromiseTracker tracker = tracker(engine);
        capture(engine, tracker, order("o-1", ORDERED, "75015"), SAT_14);

        EventOutcome out = tracker.apply(new WindowCancelled("ev-1", EVENT, "vans", "75", SAT_14));

        assertThat(out.touched()).containsExactly("o-1");
        assertThat(out.changed()).hasSize(1);
        TrackedOrder moved = tracker.order("o-1").orElseThrow();
        assertThat(held(moved)).isEqualTo(SAT_18);
        assertThat(moved.promise().promisedAt()).isEqualTo(at("2026-09-19T20:00:00+02:00"));
        assertThat(moved.promise().orderBy()).isEmpty();
        assertThat(engine.window("vans", "75", SAT_14).held()).isZero();
        assertThat(engine.window("vans", "75", SAT_14).capacity()).isZero();
        assertThat(engine.window("vans", "75", SAT_18).held()).isEqualTo(1);
        assertThat(heard.changes).singleElement().satisfies(c -> {
            assertThat(c.cause().id()).isEqualTo("ev-1");
            assertThat(c.previous().windows().get(0).start()).isEqualTo(SAT_14);
            assertThat(List.of(Locale.FRENCH, Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("es"),
                    Locale.ITALIAN, Locale.forLanguageTag("nl")).stream().map(c::message).toList()).containsExactly(
                    "Votre livraison est déplacée au samedi 19 septembre entre 18h et 20h",
                    "Your delivery is moved to Saturday 19 September between 6 pm and 8 pm",
                    "Ihre Lieferung wird auf Samstag, 19. September zwischen 18 Uhr und 20 Uhr verschoben",
                    "Tu entrega se ha cambiado al sábado 19 de septiembre entre las 18:00 y las 20:00",
                    "La tua consegna è stata spostata a sabato 19 settembre tra le 18:00 e le 20:00",
                    "Je bezorging is verplaatst naar zaterdag 19 september tussen 18:00 en 20:00");
        });
    }

    @Test
    void anOrderHandedOffBeforeItsWindowIsCancelledIsLeftToTheFleetAndNobodyIsTold() {
        PromiseEngine engine = engine(network(5, 5), ORDERED);
        PromiseTracker tracker = tracker(engine);
        capture(engine, tracker, order("o-1", ORDERED, "75015"), SAT_14);
        capture(engine, tracker, order("o-2", ORDERED, "75015"), SAT_14);
        assertThat(engine.handOff("o-1")).isPresent(); // its parcel is with the fleet: its drop is a drop booked

        EventOutcome out = tracker.apply(new WindowCancelled("ev-1", EVENT, "vans", "75", SAT_14));

        // only the order still held moves; the one handed off holds nothing to move and leaves the tracker silently
        assertThat(out.touched()).containsExactly("o-2");
        assertThat(heard.changes).singleElement().satisfies(c -> assertThat(c.orderId()).isEqualTo("o-2"));
        assertThat(tracker.order("o-1")).isEmpty();
        assertThat(engine.reservation("o-1")).isEmpty();
        assertThat(held(tracker.order("o-2").orElseThrow())).isEqualTo(SAT_18);
        // the cancelled round keeps the drop booked by the hand-off (load 1, capacity 0): the fleet's to deliver
        assertThat(engine.window("vans", "75", SAT_14)).satisfies(w -> {
            assertThat(w.load()).isEqualTo(1);
            assertThat(w.held()).isZero();
            assertThat(w.capacity()).isZero();
        });
        assertThat(engine.window("vans", "75", SAT_18).held()).isEqualTo(1);

        // a capacity cut of a window whose only drop was handed off touches no order either
        capture(engine, tracker, order("o-3", ORDERED, "75015"), SAT_18);
        engine.handOff("o-2");
        engine.handOff("o-3");
        out = tracker.apply(new WindowCapacityChanged("ev-2", EVENT, "vans", "75", SAT_18, 0));
        assertThat(out.touched()).isEmpty();
        assertThat(out.changed()).isEmpty();
        assertThat(tracker.orders()).isEmpty();
        assertThat(heard.changes).hasSize(1);
    }

    @Test
    void aMovedOrderNeverGoesToAnEarlierWindowThanItChose() {
        PromiseEngine engine = engine(network(5, 5), ORDERED);
        PromiseTracker tracker = tracker(engine);
        capture(engine, tracker, order("o-1", ORDERED, "75015"), SAT_18); // Saturday 14:00 has room

        tracker.apply(new WindowCancelled("ev-1", EVENT, "vans", "75", SAT_18));

        assertThat(held(tracker.order("o-1").orElseThrow())).isEqualTo(at("2026-09-20T14:00:00+02:00"));
        assertThat(heard.changes.get(0).message(Locale.FRENCH))
                .isEqualTo("Votre livraison est déplacée au dimanche 20 septembre entre 14h et 16h");
    }

    @Test
    void aCapacityCutMovesTheOrdersCapturedLastAndKeepsTheFirst() {
        PromiseEngine engine = engine(network(5, 5), ORDERED);
        PromiseTracker tracker = tracker(engine);
        capture(engine, tracker, order("o-1", ORDERED, "75015"), SAT_14);
        capture(engine, tracker, order("o-2", ORDERED, "75015"), SAT_14);
        capture(engine, tracker, order("o-3", ORDERED, "75015"), SAT_18);

        EventOutcome out = tracker.apply(new WindowCapacityChanged("ev-1", EVENT, "vans", "75", SAT_14, 1));

        assertThat(out.touched()).containsExactly("o-2", "o-1"); // looked at, the last captured first
        assertThat(out.changed()).extracting(PromiseChange::orderId).containsExactly("o-2");
        assertThat(held(tracker.order("o-1").orElseThrow())).isEqualTo(SAT_14);
        assertThat(held(tracker.order("o-2").orElseThrow())).isEqualTo(SAT_18);
        assertThat(engine.window("vans", "75", SAT_14).held()).isEqualTo(1);
        assertThat(engine.window("vans", "75", SAT_18).held()).isEqualTo(2);
        // Saturday 18:00 is full now: a cut there moves the order captured last (o-3), not the one moved in (o-2)
        out = tracker.apply(new WindowCapacityChanged("ev-2", EVENT, "vans", "75", SAT_18, 1));
        assertThat(out.changed()).extracting(PromiseChange::orderId).containsExactly("o-3");
        assertThat(held(tracker.order("o-3").orElseThrow())).isEqualTo(at("2026-09-20T14:00:00+02:00"));
        assertThat(held(tracker.order("o-2").orElseThrow())).isEqualTo(SAT_18);
    }

    @Test
    void moreCapacityTouchesNoOrder() {
        PromiseEngine engine = engine(network(5, 5), ORDERED);
        PromiseTracker tracker = tracker(engine);
        capture(engine, tracker, order("o-1", ORDERED, "75015"), SAT_14);

        EventOutcome out = tracker.apply(new WindowCapacityChanged("ev-1", EVENT, "vans", "75", SAT_14, 5));

        assertThat(out.touched()).isEmpty();
        assertThat(engine.window("vans", "75", SAT_14).capacity()).isEqualTo(5);
        assertThat(heard.changes).isEmpty();
    }

    @Test
    void anOriginThatLosesTheStockIsReplacedInTheSameWindowWithoutTellingTheCustomer() {
        PromiseEngine engine = engine(network(1, 1), ORDERED);
        PromiseTracker tracker = tracker(engine);
        TrackedOrder t = capture(engine, tracker, order("o-1", ORDERED, "75015"), SAT_14);
        assertThat(t.fulfilment().shipments().get(0).from()).isEqualTo("wh-a");

        EventOutcome out = tracker.apply(StockCorrected.onHand("ev-1", EVENT, "wh-a", "A", 0));

        assertThat(out.replanned()).hasSize(1);
        assertThat(heard.changes).isEmpty();
        TrackedOrder now = tracker.order("o-1").orElseThrow();
        assertThat(held(now)).isEqualTo(SAT_14);
        assertThat(now.fulfilment().shipments().get(0).from()).isEqualTo("wh-b");
        assertThat(now.promise()).isEqualTo(t.promise());
        assertThat(engine.window("vans", "75", SAT_14).held()).isEqualTo(1);
    }

    @Test
    void anOriginClosedUntilMondayMovesTheOrderToTheFirstWindowItMakesAfterTheOneHeld() {
        PromiseEngine engine = engine(network(5, 0), ORDERED);
        PromiseTracker tracker = tracker(engine);
        capture(engine, tracker, order("o-1", ORDERED, "75015"), SAT_14);

        // wh-a shut Thursday to Saturday, and closed on Sundays: prepared Monday 08:00-09:00, lead 1 h
        tracker.apply(new LocationClosed("ev-1", EVENT, "wh-a", LocalDate.of(2026, 9, 17), LocalDate.of(2026, 9, 20)));

        assertThat(held(tracker.order("o-1").orElseThrow())).isEqualTo(at("2026-09-21T14:00:00+02:00"));
        assertThat(heard.changes.get(0).message(Locale.FRENCH))
                .isEqualTo("Votre livraison est déplacée au lundi 21 septembre entre 14h et 16h");
        assertThat(heard.changes.get(0).message(Locale.ENGLISH))
                .isEqualTo("Your delivery is moved to Monday 21 September between 2 pm and 4 pm");
    }

    @Test
    void aSlotCutReplansThePreparationAndKeepsTheWindowWithoutTellingTheCustomer() {
        // wh-a prepares in 30 min, one order an hour: the order starts at 10:00 in the 10:00 slot
        PromiseEngine engine = engine(network(5, 0, 2, Preparation.of(Duration.ofMinutes(30), Duration.ofHours(1), 1)), ORDERED);
        PromiseTracker tracker = tracker(engine);
        TrackedOrder t = capture(engine, tracker, order("o-1", ORDERED, "75015"), SAT_14);
        Instant slot10 = at("2026-09-17T10:00:00+02:00");
        assertThat(t.reservation().slots()).containsExactly(new Reservation.SlotHold("wh-a", slot10));

        EventOutcome out = tracker.apply(new SlotCapacityChanged("ev-1", EVENT, "wh-a", slot10, 0));

        // planned again from 10:30: the 11:00 slot, ready 11:30, plus the hour of lead: Saturday 14:00 still made
        assertThat(out.replanned()).hasSize(1);
        assertThat(heard.changes).isEmpty();
        TrackedOrder now = tracker.order("o-1").orElseThrow();
        assertThat(held(now)).isEqualTo(SAT_14);
        assertThat(now.reservation().slots()).containsExactly(new Reservation.SlotHold("wh-a", at("2026-09-17T11:00:00+02:00")));
        assertThat(now.promise()).isEqualTo(t.promise());
    }

    @Test
    void aLateDropKeepsItsWindowAndTellsTheNewTimeAsACourierWould() {
        PromiseEngine engine = engine(network(5, 0), ORDERED);
        PromiseTracker tracker = tracker(engine);
        capture(engine, tracker, order("o-1", ORDERED, "75015"), SAT_14);

        tracker.apply(new ShipmentLate("ev-1", EVENT, "o-1", "wh-a", at("2026-09-19T17:30:00+02:00")));

        TrackedOrder t = tracker.order("o-1").orElseThrow();
        assertThat(t.inTransit()).isTrue();
        assertThat(t.promise().promisedAt()).isEqualTo(at("2026-09-19T17:30:00+02:00"));
        assertThat(held(t)).isEqualTo(SAT_14);
        assertThat(heard.changes.get(0).message(Locale.FRENCH))
                .isEqualTo("Votre commande arrivera le samedi 19 septembre à 17h30 au lieu de 16h00");
    }

    @Test
    void anOrderNoWindowCanTakeAnyMoreIsLostAndTheCustomerTold() {
        PromiseEngine engine = engine(network(1, 0), ORDERED);
        PromiseTracker tracker = tracker(engine);
        capture(engine, tracker, order("o-1", ORDERED, "75015"), SAT_14);

        EventOutcome out = tracker.apply(StockCorrected.onHand("ev-1", EVENT, "wh-a", "A", 0));

        assertThat(out.changed()).singleElement().satisfies(c -> assertThat(c.promise()).isEmpty());
        assertThat(tracker.order("o-1")).isEmpty();
        assertThat(engine.reservation("o-1")).isEmpty();
        assertThat(engine.window("vans", "75", SAT_14).held()).isZero();
        assertThat(List.of(Locale.FRENCH, Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("es"),
                Locale.ITALIAN, Locale.forLanguageTag("nl")).stream().map(heard.changes.get(0)::message).toList()).containsExactly(
                "Votre livraison du samedi 19 septembre entre 14h et 16h ne pourra pas avoir lieu : nous revenons vers vous",
                "Your delivery on Saturday 19 September between 2 pm and 4 pm cannot take place as promised: we will contact you",
                "Ihre Lieferung am Samstag, 19. September zwischen 14 Uhr und 16 Uhr kann leider nicht wie zugesagt stattfinden: Wir melden uns bei Ihnen",
                "Tu entrega del sábado 19 de septiembre entre las 14:00 y las 16:00 no podrá realizarse como estaba previsto: nos pondremos en contacto contigo",
                "La tua consegna prevista per sabato 19 settembre tra le 14:00 e le 16:00 non potrà avvenire: ti contatteremo al più presto",
                "Je bezorging op zaterdag 19 september tussen 14:00 en 16:00 kan helaas niet zoals beloofd plaatsvinden: we nemen contact met je op");
    }

    @Test
    void aWindowEventTheEngineRefusesChangesNothingAndIsNotRecorded() {
        PromiseEngine engine = engine(network(5, 0), ORDERED);
        PromiseTracker tracker = tracker(engine);
        capture(engine, tracker, order("o-1", ORDERED, "75015"), SAT_14);

        assertThatThrownBy(() -> tracker.apply(new WindowCancelled("ev-1", EVENT, "vans", "92", SAT_14)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("92");
        assertThatThrownBy(() -> tracker.apply(new WindowCancelled("ev-2", EVENT, "vans", "75", SAT_14.plusSeconds(60))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not the start of a window");
        assertThatThrownBy(() -> new WindowCapacityChanged("ev-3", EVENT, "vans", "75", SAT_14, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("capacity must be >= 0, was -1");

        assertThatThrownBy(() -> tracker.apply(CarrierDelayed.shift("ev-4", EVENT, "vans", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("service \"vans\" delivers in windows (SCHEDULED): it has no transit to delay; maybe"
                        + " WindowCancelled or WindowCapacityChanged");

        assertThat(tracker.applied("ev-1")).isFalse();
        assertThat(tracker.applied("ev-4")).isFalse();
        assertThat(held(tracker.order("o-1").orElseThrow())).isEqualTo(SAT_14);
    }

    // ---- the nights the clocks change (spec 1: a local time in a gap moves forward, an overlap takes the earlier offset)

    /** An all-day warehouse with instant preparation, and night windows 01:00-02:00, 02:00-03:00, 03:00-04:00. */
    private static Network nights() {
        ScheduledService night = ScheduledService.builder("vans", "Nos camions").origins("*").price("6.90")
                .windows("MON-SUN", "01:00-02:00", "02:00-03:00", "03:00-04:00").zone("", "PT0S", 5).build();
        return Network.builder(PARIS)
                .location(Location.builder("wh", LocationKind.WAREHOUSE, Position.of(48.8566, 2.3126)).postalCode("75007")
                        .hours(WeeklyHours.allDay()).preparation(Preparation.of(Duration.ZERO)).build())
                .stock("wh", "A", 5).service(night).build();
    }

    @Test
    void onTheSpringNightAWindowCancelledMovesPastTheWindowTheGapEmptied() {
        Instant ordered = at("2026-03-28T12:00:00+01:00");
        PromiseEngine engine = engine(nights(), ordered);
        PromiseTracker tracker = tracker(engine);
        Instant one = at("2026-03-29T01:00:00+01:00"); // 01:00-02:00 ends at 03:00+02:00: "02:00" is in the gap
        capture(engine, tracker, order("o-1", ordered, "75015"), one);

        tracker.apply(new WindowCancelled("ev-1", ordered, "vans", "", one));

        // 02:00-03:00 starts and ends at 03:00+02:00: no window; the next is 03:00-04:00
        TrackedOrder t = tracker.order("o-1").orElseThrow();
        assertThat(held(t)).isEqualTo(at("2026-03-29T03:00:00+02:00"));
        assertThat(t.promise().promisedAt()).isEqualTo(at("2026-03-29T04:00:00+02:00"));
        assertThat(heard.changes.get(0).message(Locale.FRENCH))
                .isEqualTo("Votre livraison est déplacée au dimanche 29 mars entre 3h et 4h");
    }

    @Test
    void onTheAutumnNightAWindowCancelledMovesToTheWindowThatLastsTwoHours() {
        Instant ordered = at("2026-10-24T12:00:00+02:00");
        PromiseEngine engine = engine(nights(), ordered);
        PromiseTracker tracker = tracker(engine);
        Instant one = at("2026-10-25T01:00:00+02:00");
        capture(engine, tracker, order("o-1", ordered, "75015"), one);

        tracker.apply(new WindowCancelled("ev-1", ordered, "vans", "", one));

        // 02:00 is read at +02:00 (the earlier offset), 03:00 at +01:00: two hours
        TrackedOrder t = tracker.order("o-1").orElseThrow();
        assertThat(held(t)).isEqualTo(at("2026-10-25T02:00:00+02:00"));
        assertThat(t.promise().promisedAt()).isEqualTo(at("2026-10-25T03:00:00+01:00"));
        assertThat(heard.changes.get(0).message(Locale.FRENCH))
                .isEqualTo("Votre livraison est déplacée au dimanche 25 octobre entre 2h et 3h");
        assertThat(heard.changes.get(0).message(Locale.ENGLISH))
                .isEqualTo("Your delivery is moved to Sunday 25 October between 2 am and 3 am");
    }
}
