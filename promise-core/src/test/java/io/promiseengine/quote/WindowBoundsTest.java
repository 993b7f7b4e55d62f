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
package io.promiseengine.quote;

import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.Supply;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.model.WindowLoad;
import io.promiseengine.plan.Order;
import io.promiseengine.rules.RuleSet;
import io.promiseengine.rules.spi.LineFilter;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.promiseengine.quote.RejectReason.BEYOND_HORIZON;
import static io.promiseengine.quote.RejectReason.NO_CAPACITY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounds of spec 4.7 that the mutation run of docs/TESTING.md ("Delivery windows") left unchecked, each at
 * exactly its limit: a window starting exactly at {@code readyAt + leadTime}, a window ending exactly at
 * {@code H}, an option whose run of seconds ends exactly at {@code H}, a window's order-by equal to its start or
 * to {@code t}. Every value expected is counted by hand from the spec on a tiny network in UTC, never read back
 * from the engine. The order is Thursday 2026-09-17 10:00 UTC, so {@code H} is 2026-11-16 10:00 UTC.
 */
class WindowBoundsTest {

    static final Instant T = Instant.parse("2026-09-17T10:00:00Z");
    static final Instant H = Instant.parse("2026-11-16T10:00:00Z");
    /** The destination: 48.86 N 2.35 E, 1.1 km north of {@code near} and 10 km south of {@code far}. */
    static final Position HERE = Position.of(48.86, 2.35);
    static final Destination TO = Destination.of("75011", HERE);

    private static Location warehouse(String id, double lat, WeeklyHours hours, Duration prep) {
        return Location.builder(id, LocationKind.WAREHOUSE, Position.of(lat, 2.35)).postalCode("75001").hours(hours)
                .preparation(Preparation.of(prep)).build();
    }

    /** Every ISO date from {@code first} to {@code last}, both included. */
    private static String[] days(String first, String last) {
        List<String> out = new ArrayList<>();
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            out.add(d.toString());
        }
        return out.toArray(String[]::new);
    }

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    private static QuoteRequest.Builder request(Instant t) {
        return QuoteRequest.builder(t, TO).line("A", 1).methods(Method.SCHEDULED);
    }

    private static Quote quote(Network n, Instant t) {
        return PromiseCalculator.of(n).quote(request(t).maxWindows(2).explain(true).build());
    }

    private static PromiseOption only(Quote q) {
        assertThat(q.options()).hasSize(1);
        return q.options().get(0);
    }

    private static DeliveryWindow window(String start, String end, String from, String orderBy) {
        return new DeliveryWindow(at(start), at(end), from, at(orderBy));
    }

    // ------------------------------------------------------------ a window starting exactly at readyAt + leadTime

    /**
     * Windows 14:00-16:00 every day, zone 75 with a 2-hour lead; near and far, open all day, prepare in 2 hours and
     * hold one A each: both are ready at 12:00 for an order at 10:00, and 12:00 + 2 h is exactly the start of
     * today's window.
     */
    static Network exactLead() {
        return Network.builder(ZoneOffset.UTC)
                .service(ScheduledService.builder("vans", "Nos camions").origins("*").price("6.90")
                        .windows("MON-SUN", "14:00-16:00").zone("75", "PT2H", 2).build())
                .location(warehouse("near", 48.85, WeeklyHours.allDay(), Duration.ofHours(2)))
                .location(warehouse("far", 48.95, WeeklyHours.allDay(), Duration.ofHours(2)))
                .stock("near", "A", 1).stock("far", "A", 1).build();
    }

    @Test
    void aWindowStartingExactlyAtReadyPlusLeadIsOfferedFromTheNearestOrigin() {
        Quote q = quote(exactLead(), T);

        PromiseOption o = only(q);
        // today's window is made (12:00 + 2 h <= 14:00), from near (1.1 km against 10 km, though "far" < "near");
        // its order-by: a start at 10:00:01 is ready at 12:00:01, too late, so exactly t. Tomorrow's window: an
        // order up to 18 September 10:00 is ready by 12:00
        assertThat(o.windows()).containsExactly(
                window("2026-09-17T14:00:00Z", "2026-09-17T16:00:00Z", "near", "2026-09-17T10:00:00Z"),
                window("2026-09-18T14:00:00Z", "2026-09-18T16:00:00Z", "near", "2026-09-18T10:00:00Z"));
        assertThat(o.promisedAt()).isEqualTo(at("2026-09-17T16:00:00Z"));
        assertThat(o.date()).isEqualTo(LocalDate.parse("2026-09-17"));
        // the date's only window is offered from t to t: the run of seconds is [t, t]
        assertThat(o.orderBy()).contains(T);
        assertThat(o.shipments()).hasSize(1);
        Shipment s = o.shipments().get(0);
        assertThat(s.from()).isEqualTo("near");
        assertThat(s.startAt()).isEqualTo(T);
        assertThat(s.readyAt()).isEqualTo(at("2026-09-17T12:00:00Z"));
        assertThat(s.shipAt()).contains(at("2026-09-17T12:00:00Z"));
        // far makes an offered window too: it lost to a nearer origin, so it is not listed
        assertThat(q.rejected()).isEmpty();

        // one second later neither makes today's window: the date moves (spec 4.6, the order-by is t)
        PromiseOption later = only(quote(exactLead(), T.plusSeconds(1)));
        assertThat(later.date()).isEqualTo(LocalDate.parse("2026-09-18"));
    }

    // ------------------------------------------------------------ a window ending exactly at H

    /**
     * Windows 08:00-10:00 every day, the service closed from 17 September to 15 November, zone 75 with a 2-hour
     * lead; near and far, open all day, instant preparation, each with one A arriving on 16 November at 06:00: both
     * are ready at 06:00, and 06:00 + 2 h is exactly the start of 16 November's window, which ends exactly at H.
     */
    static Network.Builder atTheHorizon() {
        return Network.builder(ZoneOffset.UTC)
                .service(ScheduledService.builder("vans", "Nos camions").origins("*").price("6.90")
                        .windows("MON-SUN", "08:00-10:00").closed(days("2026-09-17", "2026-11-15"))
                        .zone("75", "PT2H", 2).build())
                .location(warehouse("near", 48.85, WeeklyHours.allDay(), Duration.ZERO))
                .location(warehouse("far", 48.95, WeeklyHours.allDay(), Duration.ZERO))
                .stock("near", "A", 0).stock("far", "A", 0)
                .supply(new Supply("near", "A", 1, at("2026-11-16T06:00:00Z")))
                .supply(new Supply("far", "A", 1, at("2026-11-16T06:00:00Z")));
    }

    @Test
    void aWindowEndingExactlyAtTheHorizonIsOffered() {
        Quote q = quote(atTheHorizon().build(), T);

        PromiseOption o = only(q);
        // an order at u is ready at max(u, 06:00 on 16 November): the window is made for every order up to 06:00
        assertThat(o.windows()).containsExactly(
                window("2026-11-16T08:00:00Z", "2026-11-16T10:00:00Z", "near", "2026-11-16T06:00:00Z"));
        assertThat(o.promisedAt()).isEqualTo(H);
        assertThat(o.date()).isEqualTo(LocalDate.parse("2026-11-16"));
        // the date's one window is offered from t (its end less 60 days is t) to 06:00: before H, so an order-by
        assertThat(o.orderBy()).contains(at("2026-11-16T06:00:00Z"));
        // far makes the same window (06:00 + 2 h <= 08:00, 10:00 <= H): it lost to near, so it is not listed
        assertThat(q.rejected()).isEmpty();
    }

    @Test
    void theOnlyWindowEndingByTheHorizonFullIsNoCapacity() {
        Network n = atTheHorizon().windowLoad(new WindowLoad("vans", "75", at("2026-11-16T08:00:00Z"), 2)).build();

        Quote q = quote(n, T);

        assertThat(q.options()).isEmpty();
        assertThat(q.rejected()).containsExactlyInAnyOrder(
                new Rejection(Method.SCHEDULED, "vans", "near", NO_CAPACITY,
                        "every window near can make before the horizon is full in zone \"75\""),
                new Rejection(Method.SCHEDULED, "vans", "far", NO_CAPACITY,
                        "every window far can make before the horizon is full in zone \"75\""));
    }

    @Test
    void oneSecondShortOfTheLeadIsBeyondTheHorizon() {
        // near's A arrives at 06:00:01: ready then, 08:00:01 is after the window's start, and the next window
        // (17 November) ends after H
        Network n = Network.builder(ZoneOffset.UTC)
                .service(ScheduledService.builder("vans", "Nos camions").origins("*").price("6.90")
                        .windows("MON-SUN", "08:00-10:00").closed(days("2026-09-17", "2026-11-15"))
                        .zone("75", "PT2H", 2).build())
                .location(warehouse("near", 48.85, WeeklyHours.allDay(), Duration.ZERO))
                .stock("near", "A", 0).supply(new Supply("near", "A", 1, at("2026-11-16T06:00:01Z"))).build();

        Quote q = quote(n, T);

        assertThat(q.options()).isEmpty();
        assertThat(q.rejected()).containsExactly(new Rejection(Method.SCHEDULED, "vans", "near", BEYOND_HORIZON,
                "no window starts PT2H or more after near is ready and ends within 60 days"));
    }

    // ------------------------------------------------------------ an option's run of seconds ending exactly at H

    /**
     * Windows 06:00-08:00 and 12:00-14:00 every day, the service closed from 17 September to 15 November, zone 75
     * with a 2-hour lead (capacity 1); wh, open all day, instant preparation, one A in stock.
     */
    static Network.Builder runToTheHorizon() {
        return Network.builder(ZoneOffset.UTC)
                .service(ScheduledService.builder("vans", "Nos camions").origins("*").price("6.90")
                        .windows("MON-SUN", "06:00-08:00", "12:00-14:00").closed(days("2026-09-17", "2026-11-15"))
                        .zone("75", "PT2H", 1).build())
                .location(warehouse("wh", 48.85, WeeklyHours.allDay(), Duration.ZERO))
                .stock("wh", "A", 1);
    }

    @Test
    void aRunOfSecondsEndingExactlyAtTheHorizonHasNoOrderBy() {
        Network n = runToTheHorizon().build();

        PromiseOption o = only(quote(n, T));

        // 16 November 06:00-08:00 ends by H; 12:00-14:00 ends after it
        assertThat(o.windows()).containsExactly(
                window("2026-11-16T06:00:00Z", "2026-11-16T08:00:00Z", "wh", "2026-11-16T04:00:00Z"));
        assertThat(o.date()).isEqualTo(LocalDate.parse("2026-11-16"));
        // the date's windows: 06:00 offered from t to 04:00 on 16 November; 12:00 from 17 September 14:00 (its end
        // less 60 days) to 10:00 on 16 November (ready by 12:00 - 2 h), which is H: the run reaches H, so no order-by
        assertThat(o.orderBy()).isEmpty();
        // spec 4.6 read directly: at H the date is the same, one second later it is not
        assertThat(only(quote(n, H)).date()).isEqualTo(LocalDate.parse("2026-11-16"));
        assertThat(only(quote(n, H.plusSeconds(1))).date()).isEqualTo(LocalDate.parse("2026-11-17"));
    }

    @Test
    void aFullWindowOfTheDateDoesNotCarryTheRun() {
        // 16 November 12:00 full: the date is offered only through 06:00-08:00, up to 04:00
        Network n = runToTheHorizon().windowLoad(new WindowLoad("vans", "75", at("2026-11-16T12:00:00Z"), 1)).build();

        PromiseOption o = only(quote(n, T));

        assertThat(o.date()).isEqualTo(LocalDate.parse("2026-11-16"));
        assertThat(o.orderBy()).contains(at("2026-11-16T04:00:00Z"));
    }

    // ------------------------------------------------------------ a window's order-by equal to its start

    /**
     * Windows 14:00-16:00 every day, zone 75 without lead time; instant preparation, one A each. early (nearer) is
     * open 00:00-14:00, so it is ready at once for an order at 10:00 and makes today's window for orders up to
     * 13:59:59 (at 14:00 it is closed until tomorrow); late is open 12:00-24:00, so it is ready at 12:00 at the
     * earliest and makes the window for orders up to 14:00:00, its start.
     */
    static Network startAtTheWindow() {
        return Network.builder(ZoneOffset.UTC)
                .service(ScheduledService.builder("vans", "Nos camions").origins("*").price("6.90")
                        .windows("MON-SUN", "14:00-16:00").zone("75", "PT0S", 2).build())
                .location(warehouse("early", 48.85, WeeklyHours.of("MON-SUN", "00:00-14:00"), Duration.ZERO))
                .location(warehouse("late", 48.95, WeeklyHours.of("MON-SUN", "12:00-24:00"), Duration.ZERO))
                .stock("early", "A", 1).stock("late", "A", 1).build();
    }

    private static void assertStartAtTheWindow(PromiseOption o) {
        assertThat(o.windows()).containsExactly(
                window("2026-09-17T14:00:00Z", "2026-09-17T16:00:00Z", "early", "2026-09-17T14:00:00Z"),
                window("2026-09-18T14:00:00Z", "2026-09-18T16:00:00Z", "early", "2026-09-18T14:00:00Z"));
        assertThat(o.date()).isEqualTo(LocalDate.parse("2026-09-17"));
        assertThat(o.orderBy()).contains(at("2026-09-17T14:00:00Z"));
        assertThat(o.shipments().get(0).from()).isEqualTo("early");
        assertThat(o.shipments().get(0).readyAt()).isEqualTo(T);
    }

    @Test
    void aWindowsOrderByIsItsStartWhenAnOriginReadyOnlyLaterMakesItLonger() {
        assertStartAtTheWindow(only(quote(startAtTheWindow(), T)));
    }

    @Test
    void underARuleSetTheOrderByIsBisectedToTheSameSecond() {
        // a filter that allows everything: the window order-bys are searched by bisection (WindowSearch), early's
        // ends at 13:59:59, and late's search starts at exactly the window's start
        RuleSet all = RuleSet.builder("all").filter(LineFilter.of("all", c -> true)).build();
        PromiseEngine engine = PromiseEngine.builder(startAtTheWindow()).clock(Clock.fixed(T, ZoneOffset.UTC)).build();
        try {
            Quote q = engine.quote(Order.of("o", request(T).maxWindows(2).build()), all);
            assertStartAtTheWindow(only(q));
        } finally {
            engine.close();
        }
    }

    @Test
    void underARuleSetTheLeadTimeBoundIsTheSame() {
        // exactLead again, its order-bys bisected under a filter that allows everything: ready at 12:00 + 2 h makes
        // 14:00 exactly for an order at t, and not for one a second later
        RuleSet all = RuleSet.builder("all").filter(LineFilter.of("all", c -> true)).build();
        PromiseEngine engine = PromiseEngine.builder(exactLead()).clock(Clock.fixed(T, ZoneOffset.UTC)).build();
        try {
            PromiseOption o = only(engine.quote(Order.of("o", request(T).maxWindows(2).build()), all));
            assertThat(o.windows()).containsExactly(
                    window("2026-09-17T14:00:00Z", "2026-09-17T16:00:00Z", "near", "2026-09-17T10:00:00Z"),
                    window("2026-09-18T14:00:00Z", "2026-09-18T16:00:00Z", "near", "2026-09-18T10:00:00Z"));
            assertThat(o.orderBy()).contains(T);
        } finally {
            engine.close();
        }
    }

    // ------------------------------------------------------------ a filter that ends the window's order-by

    /**
     * A filter that allows a sku only while the location holds an odd number of units (not monotone): wh holds one
     * A and receives one more at 12:00. Windows 14:00-16:00 every day, zone 75 without lead time, wh open all day,
     * instant preparation. An order before 12:00 starts at once (1 unit); from 12:00 wh holds 2 and no later
     * arrival makes the number odd again, so no preparation starts: every window's order-by is 11:59:59, the
     * calendar alone would say each window's start.
     */
    @Test
    void aFilterThatRefusesFromAnArrivalOnEndsEveryWindowsOrderByBeforeIt() {
        Network n = Network.builder(ZoneOffset.UTC)
                .service(ScheduledService.builder("vans", "Nos camions").origins("*").price("6.90")
                        .windows("MON-SUN", "14:00-16:00").zone("75", "PT0S", 2).build())
                .location(warehouse("wh", 48.85, WeeklyHours.allDay(), Duration.ZERO))
                .stock("wh", "A", 1).supply(new Supply("wh", "A", 1, at("2026-09-17T12:00:00Z"))).build();
        RuleSet odd = RuleSet.builder("odd").filter(LineFilter.of("odd-units", c -> c.available() % 2 == 1)).build();
        PromiseEngine engine = PromiseEngine.builder(n).clock(Clock.fixed(T, ZoneOffset.UTC)).build();
        try {
            PromiseOption o = only(engine.quote(Order.of("o", request(T).maxWindows(2).build()), odd));
            assertThat(o.windows()).containsExactly(
                    window("2026-09-17T14:00:00Z", "2026-09-17T16:00:00Z", "wh", "2026-09-17T11:59:59Z"),
                    window("2026-09-18T14:00:00Z", "2026-09-18T16:00:00Z", "wh", "2026-09-17T11:59:59Z"));
            assertThat(o.orderBy()).contains(at("2026-09-17T11:59:59Z"));
            assertThat(o.shipments().get(0).readyAt()).isEqualTo(T);
            // at 12:00 the filter refuses at every instant left: no option at all
            assertThat(engine.quote(Order.of("o2", request(at("2026-09-17T12:00:00Z")).build()), odd).options()).isEmpty();
        } finally {
            engine.close();
        }
    }

    // ------------------------------------------------------------ an origin that makes a window for a shorter prefix

    /**
     * Windows 14:00-16:00 every day, no lead time. first (nearer) is open 00:00-14:00 with instant preparation: ready
     * at once, it makes today's window for orders up to 13:59:59 and tomorrow's up to 13:59:59 tomorrow. second, open
     * all day, takes 2 seconds: its earliest window start is 2 seconds later, and it makes each window for orders
     * up to 13:59:58, one second less: it must not lower the order-by that first gives.
     */
    static Network shorterPrefix() {
        return Network.builder(ZoneOffset.UTC)
                .service(ScheduledService.builder("vans", "Nos camions").origins("*").price("6.90")
                        .windows("MON-SUN", "14:00-16:00").zone("75", "PT0S", 2).build())
                .location(warehouse("first", 48.85, WeeklyHours.of("MON-SUN", "00:00-14:00"), Duration.ZERO))
                .location(warehouse("second", 48.95, WeeklyHours.allDay(), Duration.ofSeconds(2)))
                .stock("first", "A", 1).stock("second", "A", 1).build();
    }

    @Test
    void anOriginMakingAWindowOneSecondLessDoesNotLowerItsOrderBy() {
        List<DeliveryWindow> expected = List.of(
                window("2026-09-17T14:00:00Z", "2026-09-17T16:00:00Z", "first", "2026-09-17T13:59:59Z"),
                window("2026-09-18T14:00:00Z", "2026-09-18T16:00:00Z", "first", "2026-09-18T13:59:59Z"));
        PromiseOption plain = only(quote(shorterPrefix(), T));
        assertThat(plain.windows()).isEqualTo(expected);
        assertThat(plain.orderBy()).contains(at("2026-09-17T13:59:59Z"));

        RuleSet all = RuleSet.builder("all").filter(LineFilter.of("all", c -> true)).build();
        PromiseEngine engine = PromiseEngine.builder(shorterPrefix()).clock(Clock.fixed(T, ZoneOffset.UTC)).build();
        try {
            PromiseOption ruled = only(engine.quote(Order.of("o", request(T).maxWindows(2).build()), all));
            assertThat(ruled.windows()).isEqualTo(expected);
            assertThat(ruled.orderBy()).contains(at("2026-09-17T13:59:59Z"));
        } finally {
            engine.close();
        }
    }

    // ------------------------------------------------------------ nine calendars and durations

    @Test
    void nineOriginsOfNineDurationsAllCount() {
        // w0 to w8, each a kilometre further, open all day, preparing in 0 to 8 minutes: nine (calendar, duration)
        // pairs for one window. w0 is ready at once and makes 14:00 (no lead) for orders up to 14:00
        Network.Builder b = Network.builder(ZoneOffset.UTC)
                .service(ScheduledService.builder("vans", "Nos camions").origins("*").price("6.90")
                        .windows("MON-SUN", "14:00-16:00").zone("75", "PT0S", 2).build());
        for (int i = 0; i < 9; i++) {
            b.location(warehouse("w" + i, 48.85 - 0.01 * i, WeeklyHours.allDay(), Duration.ofMinutes(i))).stock("w" + i, "A", 1);
        }

        PromiseOption o = only(quote(b.build(), T));

        assertThat(o.windows()).containsExactly(
                window("2026-09-17T14:00:00Z", "2026-09-17T16:00:00Z", "w0", "2026-09-17T14:00:00Z"),
                window("2026-09-18T14:00:00Z", "2026-09-18T16:00:00Z", "w0", "2026-09-18T14:00:00Z"));
        assertThat(o.orderBy()).contains(at("2026-09-17T14:00:00Z"));
    }

    @Test
    void twoOriginsOfOneCalendarAndTwoDurationsEachCount() {
        // slow (nearer) and late share a calendar (open all day) with two durations. slow holds one A and takes an
        // hour: ready at 11:00, it makes 14:00 (no lead) for orders up to 13:00. late takes no time but its A
        // arrives at 11:30: its earliest window start is later, yet it makes 14:00 for orders up to 14:00
        Network n = Network.builder(ZoneOffset.UTC)
                .service(ScheduledService.builder("vans", "Nos camions").origins("*").price("6.90")
                        .windows("MON-SUN", "14:00-16:00").zone("75", "PT0S", 2).build())
                .location(warehouse("slow", 48.85, WeeklyHours.allDay(), Duration.ofHours(1)))
                .location(warehouse("late", 48.95, WeeklyHours.allDay(), Duration.ZERO))
                .stock("slow", "A", 1).stock("late", "A", 0)
                .supply(new Supply("late", "A", 1, at("2026-09-17T11:30:00Z"))).build();

        PromiseOption o = only(quote(n, T));

        assertThat(o.windows()).containsExactly(
                window("2026-09-17T14:00:00Z", "2026-09-17T16:00:00Z", "slow", "2026-09-17T14:00:00Z"),
                window("2026-09-18T14:00:00Z", "2026-09-18T16:00:00Z", "slow", "2026-09-18T14:00:00Z"));
        assertThat(o.orderBy()).contains(at("2026-09-17T14:00:00Z"));
        assertThat(o.shipments().get(0).readyAt()).isEqualTo(at("2026-09-17T11:00:00Z"));
    }

    // ------------------------------------------------------------ the spring DST night: windows out of order

    /**
     * Europe/Paris, Sunday 28 March 2027, when 02:00 becomes 03:00: the windows 02:30-02:45 and 03:00-04:00 become
     * 03:30-03:45 and 03:00-04:00 (CEST), the second starting first and ending last. The order is on 27 January
     * at 01:50 UTC, so H is 28 March at 03:50 CEST: 03:30-03:45 ends by it, 03:00-04:00 does not. The service is
     * closed until 27 March; wh, open all day, instant preparation, no lead time.
     */
    @Test
    void onTheSpringNightTheOptionsOrderByTakesTheDatesWindowsInTimeOrder() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        Instant t = at("2027-01-27T01:50:00Z");
        Network n = Network.builder(paris)
                .service(ScheduledService.builder("vans", "Nos camions").origins("*").price("6.90")
                        .windows("MON-SUN", "02:30-02:45", "03:00-04:00").closed(days("2027-01-27", "2027-03-27"))
                        .zone("", "PT0S", 2).build())
                .location(Location.builder("wh", LocationKind.WAREHOUSE, Position.of(48.85, 2.35)).postalCode("75001")
                        .preparation(Preparation.of(Duration.ZERO)).build())
                .stock("wh", "A", 1).build();

        PromiseOption o = only(quote(n, t));

        assertThat(t.plus(Duration.ofDays(60))).isEqualTo(OffsetDateTime.parse("2027-03-28T03:50:00+02:00").toInstant());
        assertThat(o.windows()).containsExactly(new DeliveryWindow(OffsetDateTime.parse("2027-03-28T03:30:00+02:00").toInstant(),
                OffsetDateTime.parse("2027-03-28T03:45:00+02:00").toInstant(), "wh",
                OffsetDateTime.parse("2027-03-28T03:30:00+02:00").toInstant()));
        assertThat(o.date()).isEqualTo(LocalDate.parse("2027-03-28"));
        // 03:30-03:45 is offered from t to 03:30; 03:00-04:00 from 27 January 02:00 UTC (its end less 60 days) to
        // 03:00. Taken in time order of their first seconds the run goes on to 03:30; at 03:30:01 the date's
        // windows are all missed and the next date's come
        assertThat(o.orderBy()).contains(OffsetDateTime.parse("2027-03-28T03:30:00+02:00").toInstant());
    }

    // ------------------------------------------------------------ the listing badge (the first window)

    private static Network twoServices(String firstId, String firstWindow, String secondId, String secondWindow) {
        return Network.builder(ZoneOffset.UTC)
                .service(ScheduledService.builder(firstId, "Vans").origins("*").price("6.90")
                        .windows("MON-SUN", firstWindow).zone("", "PT0S", 2).build())
                .service(ScheduledService.builder(secondId, "Vans").origins("*").price("5.90")
                        .windows("MON-SUN", secondWindow).zone("", "PT0S", 2).build())
                .location(warehouse("wh", 48.85, WeeklyHours.allDay(), Duration.ZERO))
                .stock("wh", "A", 1).build();
    }

    private static PromiseOption badge(Network n) {
        Listing l = PromiseCalculator.of(n).listing(ListingRequest.builder(T, TO).skus("A").methods(Method.SCHEDULED).build());
        assertThat(l.badges()).hasSize(1);
        return l.badges().get(0).scheduled().orElseThrow();
    }

    @Test
    void theBadgeIsTheServiceWithTheEarliestFirstWindowThenTheSmallestId() {
        // wh is ready at once (10:00): late's first window ends at 15:00, early's (listed second) at 13:00
        PromiseOption o = badge(twoServices("a-late", "14:00-15:00", "b-early", "12:00-13:00"));
        assertThat(o.service()).contains("b-early");
        assertThat(o.windows()).containsExactly(
                window("2026-09-17T12:00:00Z", "2026-09-17T13:00:00Z", "wh", "2026-09-17T12:00:00Z"));
        assertThat(o.promisedAt()).isEqualTo(at("2026-09-17T13:00:00Z"));
        assertThat(o.orderBy()).contains(at("2026-09-17T12:00:00Z"));
        // the same windows: the smaller id, although listed second
        assertThat(badge(twoServices("vans-b", "12:00-13:00", "vans-a", "12:00-13:00")).service()).contains("vans-a");
        assertThat(badge(twoServices("vans-a", "12:00-13:00", "vans-b", "12:00-13:00")).service()).contains("vans-a");
    }

    /**
     * Under a rule set the origins are walked by earliest readiness (WindowSearch.orderByProbed), not nearest first:
     * {@code near} (1.1 km) prepares in 3 hours, ready at 13:00, and misses today's 14:00 window (2-hour lead);
     * {@code far} (10 km) prepares in 2 hours, ready at 12:00, and makes it exactly: today's window is from far, its
     * order-by t (an order a second later is ready at 12:00:01). Tomorrow's is from near (the nearer maker), its
     * order-by far's 10:00 (near's would be 09:00). The filter allows everything.
     */
    @Test
    void underARuleSetAWindowsOrderByIsTheEarliestReadyOriginsEvenWhenANearerOneIsLater() {
        Network n = Network.builder(ZoneOffset.UTC)
                .service(ScheduledService.builder("vans", "Nos camions").origins("*").price("6.90")
                        .windows("MON-SUN", "14:00-16:00").zone("75", "PT2H", 2).build())
                .location(warehouse("near", 48.87, WeeklyHours.allDay(), Duration.ofHours(3)))
                .location(warehouse("far", 48.95, WeeklyHours.allDay(), Duration.ofHours(2)))
                .stock("near", "A", 1).stock("far", "A", 1).build();
        RuleSet all = RuleSet.builder("all").filter(LineFilter.of("all", c -> true)).build();
        PromiseEngine engine = PromiseEngine.builder(n).clock(Clock.fixed(T, ZoneOffset.UTC)).build();
        try {
            PromiseOption o = only(engine.quote(Order.of("o", request(T).maxWindows(2).build()), all));
            assertThat(o.windows()).containsExactly(
                    window("2026-09-17T14:00:00Z", "2026-09-17T16:00:00Z", "far", "2026-09-17T10:00:00Z"),
                    window("2026-09-18T14:00:00Z", "2026-09-18T16:00:00Z", "near", "2026-09-18T10:00:00Z"));
        } finally {
            engine.close();
        }
    }
}
