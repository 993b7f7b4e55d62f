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

import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.model.WindowLoad;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec 4.7, one rule per test, on a small network: a warehouse {@code wh} in 75007 open all day whose
 * preparation is instant unless a test says otherwise, and one SCHEDULED service {@code vans}. Expected
 * windows are worked out by hand from the week map, the zone's lead time and the DST rules of spec 1.
 */
class ScheduledQuoteTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Position WH = Position.of(48.8566, 2.3126);

    private static Instant at(String t) {
        return OffsetDateTime.parse(t).toInstant();
    }

    private static Location warehouse(String id, Position p, WeeklyHours hours, Duration prep) {
        return Location.builder(id, LocationKind.WAREHOUSE, p).postalCode("75007").hours(hours)
                .preparation(Preparation.of(prep)).build();
    }

    private static Network network(Consumer<ScheduledService.Builder> service, WindowLoad... load) {
        ScheduledService.Builder s = ScheduledService.builder("vans", "Nos camions").origins("*").price("6.90");
        service.accept(s);
        Network.Builder b = Network.builder(PARIS)
                .location(warehouse("wh", WH, WeeklyHours.allDay(), Duration.ZERO))
                .stock("wh", "A", 10).service(s.build());
        for (WindowLoad l : load) {
            b.windowLoad(l);
        }
        return b.build();
    }

    private static QuoteRequest.Builder request(String at, Destination d) {
        return QuoteRequest.builder(at(at), d).line("A", 1).methods(Method.SCHEDULED);
    }

    private static PromiseOption only(Network n, QuoteRequest r) {
        Quote q = PromiseCalculator.of(n).quote(r);
        assertThat(q.options()).hasSize(1);
        return q.options().get(0);
    }

    /** The windows as {@code start/end} in the network's zone. */
    private static List<String> windows(PromiseOption o) {
        return o.windows().stream().map(w -> w.start().atZone(PARIS).toOffsetDateTime() + "/"
                + w.end().atZone(PARIS).toOffsetDateTime()).toList();
    }

    @Test
    void touchingWindowsStayTwoWindows() {
        Network n = network(s -> s.windows("MON-SUN", "08:00-10:00", "10:00-12:00").zone("", "PT0S", 5));

        PromiseOption o = only(n, request("2026-09-21T07:00:00+02:00", Destination.postalCode("75015")).maxWindows(3).build());

        assertThat(windows(o)).containsExactly("2026-09-21T08:00+02:00/2026-09-21T10:00+02:00",
                "2026-09-21T10:00+02:00/2026-09-21T12:00+02:00", "2026-09-22T08:00+02:00/2026-09-22T10:00+02:00");
        assertThat(o.promisedAt()).isEqualTo(at("2026-09-21T10:00:00+02:00"));
        assertThat(o.date()).hasToString("2026-09-21");
        assertThat(o.price()).isEqualByComparingTo("6.9");
        assertThat(o.confidence()).isEqualTo(1.0);
    }

    @Test
    void aWindowEndingAt24IsPromisedAtTheNextDatesFirstInstantButDatedByItsStart() {
        Network n = network(s -> s.windows("MON-SUN", "22:00-24:00").zone("", "PT0S", 5));

        PromiseOption o = only(n, request("2026-09-21T12:00:00+02:00", Destination.postalCode("75015")).maxWindows(1).build());

        assertThat(windows(o)).containsExactly("2026-09-21T22:00+02:00/2026-09-22T00:00+02:00");
        assertThat(o.promisedAt()).isEqualTo(at("2026-09-22T00:00:00+02:00"));
        assertThat(o.date()).hasToString("2026-09-21");
        // instant preparation and no lead: an order up to the window's start still makes it
        assertThat(o.windows().get(0).orderBy()).isEqualTo(at("2026-09-21T22:00:00+02:00"));
    }

    @Test
    void theSpringGapShortensAWindowAndDropsTheOneItEmpties() {
        // 2026-03-29 in Paris: 02:00 becomes 03:00. 01:00-02:30 ends at 03:30 (moved forward by the gap's hour),
        // 02:30-03:30 starts and ends at 03:30: empty, dropped; 03:30-05:00 is untouched
        Network n = network(s -> s.windows("MON-SUN", "01:00-02:30", "02:30-03:30", "03:30-05:00").zone("", "PT0S", 5));

        PromiseOption o = only(n, request("2026-03-28T12:00:00+01:00", Destination.postalCode("75015")).maxWindows(3).build());

        assertThat(windows(o)).containsExactly("2026-03-29T01:00+01:00/2026-03-29T03:30+02:00",
                "2026-03-29T03:30+02:00/2026-03-29T05:00+02:00", "2026-03-30T01:00+02:00/2026-03-30T02:30+02:00");
    }

    @Test
    void theAutumnOverlapTakesTheEarlierOffsetSoANightWindowLastsAnHourMore() {
        // 2026-10-25 in Paris: 03:00 becomes 02:00; 02:00 is read at +02:00 (the earlier offset), 03:00 at +01:00
        Network n = network(s -> s.windows("MON-SUN", "02:00-03:00").zone("", "PT0S", 5));

        PromiseOption o = only(n, request("2026-10-24T12:00:00+02:00", Destination.postalCode("75015")).maxWindows(1).build());

        assertThat(o.windows().get(0).start()).isEqualTo(at("2026-10-25T00:00:00Z"));
        assertThat(o.windows().get(0).end()).isEqualTo(at("2026-10-25T02:00:00Z"));
    }

    @Test
    void aDateClosedForTheServiceHasNoWindow() {
        Network n = network(s -> s.windows("MON-SUN", "08:00-10:00").closed("2026-09-22").zone("", "PT0S", 5));

        PromiseOption o = only(n, request("2026-09-21T12:00:00+02:00", Destination.postalCode("75015")).maxWindows(1).build());

        assertThat(o.date()).hasToString("2026-09-23");
    }

    @Test
    void aFullWindowIsNotOfferedButOneBelowCapacityIs() {
        Instant monday18 = at("2026-09-21T18:00:00+02:00");
        Instant monday20 = at("2026-09-21T20:00:00+02:00");
        Network n = network(s -> s.windows("MON-SUN", "18:00-20:00", "20:00-22:00").zone("75", "PT0S", 2),
                new WindowLoad("vans", "75", monday18, 1), new WindowLoad("vans", "75", monday18, 1),
                new WindowLoad("vans", "75", monday20, 1));

        PromiseOption o = only(n, request("2026-09-21T12:00:00+02:00", Destination.postalCode("75015")).maxWindows(2).build());

        // two entries for 18:00 add up to the capacity; 20:00 has room for one more
        assertThat(windows(o)).containsExactly("2026-09-21T20:00+02:00/2026-09-21T22:00+02:00",
                "2026-09-22T18:00+02:00/2026-09-22T20:00+02:00");
    }

    @Test
    void theLongestMatchingZoneGivesTheLeadTime() {
        Network n = network(s -> s.windows("MON-SUN", "08:00-10:00", "10:00-12:00", "12:00-14:00")
                .zone("", "PT6H", 5).zone("75", "PT1H", 5).zone("750", "PT3H", 5));
        String order = "2026-09-21T07:00:00+02:00";

        // 75015: "750" (3 h): ready 07:00 makes 10:00 at the earliest; shipAt is the window's start less the lead
        PromiseOption paris = only(n, request(order, Destination.postalCode("75015")).build());
        assertThat(paris.windows().get(0).start()).isEqualTo(at("2026-09-21T10:00:00+02:00"));
        assertThat(paris.shipments().get(0).shipAt()).contains(at("2026-09-21T07:00:00+02:00"));
        // 75115: "75" (1 h): 08:00
        assertThat(only(n, request(order, Destination.postalCode("75115")).build()).windows().get(0).start())
                .isEqualTo(at("2026-09-21T08:00:00+02:00"));
        // 69002 and a destination without postal code: "" (6 h): ready 07:00 makes 13:00 at the earliest, so
        // none of Monday's windows (the last starts at 12:00)
        assertThat(only(n, request(order, Destination.postalCode("69002")).build()).windows().get(0).start())
                .isEqualTo(at("2026-09-22T08:00:00+02:00"));
        assertThat(only(n, request(order, Destination.position(Position.of(48.84, 2.30))).build()).windows().get(0).start())
                .isEqualTo(at("2026-09-22T08:00:00+02:00"));
    }

    @Test
    void withoutAMatchingZoneTheServiceCannotServe_NoLane() {
        Network n = network(s -> s.windows("MON-SUN", "08:00-10:00").zone("75", "PT1H", 5));

        Quote q = PromiseCalculator.of(n).quote(request("2026-09-21T07:00:00+02:00", Destination.position(Position.of(48.84, 2.30)))
                .explain(true).build());

        assertThat(q.options()).isEmpty();
        assertThat(q.rejected()).containsExactly(new Rejection(Method.SCHEDULED, "vans", "wh", RejectReason.NO_LANE,
                "no zone of vans for a destination without postal code"));
    }

    @Test
    void eachWindowsOrderByIsTheLastSecondThatStillMakesIt() {
        // prep 1 h of working time in 10:00-20:00, lead 2 h: window 18:00 needs ready 16:00, so a start at 15:00;
        // window 20:00 needs ready 18:00 (start 17:00); Tuesday 08:00 needs ready 06:00: Monday 19:00 is the last
        Network n = Network.builder(PARIS)
                .location(warehouse("wh", WH, WeeklyHours.of("MON-SAT", "10:00-20:00"), Duration.ofHours(1)))
                .stock("wh", "A", 10)
                .service(ScheduledService.builder("vans", "Nos camions").origins("*")
                        .windows("MON-SAT", "08:00-10:00", "18:00-20:00", "20:00-22:00").zone("", "PT2H", 5).build())
                .build();

        PromiseOption o = only(n, request("2026-09-21T12:00:00+02:00", Destination.postalCode("75015")).maxWindows(3).build());

        assertThat(o.windows()).extracting(w -> w.orderBy().atZone(PARIS).toOffsetDateTime().toString()).containsExactly(
                "2026-09-21T15:00+02:00", "2026-09-21T17:00+02:00", "2026-09-21T19:00+02:00");
        // the option's date is Monday; Monday's last window 20:00-22:00 is made until 17:00
        assertThat(o.orderBy()).contains(at("2026-09-21T17:00:00+02:00"));
    }

    @Test
    void theNearestOriginThatMakesAWindowIsItsFrom_andTheFirstWindowsIsTheShipment() {
        // "near" (1.2 km) is ready only at 14:00 (it opens then); "far" (Lyon) is ready at once
        Location near = warehouse("near", Position.of(48.8466, 2.3126), WeeklyHours.of("MON-SUN", "14:00-20:00"), Duration.ZERO);
        Network n = Network.builder(PARIS).location(near)
                .location(warehouse("far", Position.of(45.75, 4.85), WeeklyHours.allDay(), Duration.ZERO))
                .stock("near", "A", 1).stock("far", "A", 1)
                .service(ScheduledService.builder("vans", "Nos camions").origins("*")
                        .windows("MON-SUN", "10:00-12:00", "16:00-18:00").zone("", "PT1H", 5).build())
                .build();

        PromiseOption o = only(n, request("2026-09-21T08:00:00+02:00", Destination.of("75015", Position.of(48.84, 2.30)))
                .maxWindows(3).build());

        assertThat(o.windows()).extracting(DeliveryWindow::from).containsExactly("far", "near", "near");
        // without a position every distance is 0: the smallest id
        PromiseOption unplaced = only(n, request("2026-09-21T08:00:00+02:00", Destination.postalCode("75015")).maxWindows(3).build());
        assertThat(unplaced.windows()).extracting(DeliveryWindow::from).containsExactly("far", "far", "far");
        assertThat(o.shipments()).extracting(Shipment::from).containsExactly("far");
    }

    @Test
    void anOriginHoldingPartOfTheCartCannotServe_OneDrop() {
        Network n = Network.builder(PARIS)
                .location(warehouse("wh", WH, WeeklyHours.allDay(), Duration.ZERO))
                .stock("wh", "A", 10)
                .service(ScheduledService.builder("vans", "Nos camions").origins("*")
                        .windows("MON-SUN", "08:00-10:00").zone("", "PT0S", 5).build())
                .build();

        Quote q = PromiseCalculator.of(n).quote(request("2026-09-21T07:00:00+02:00", Destination.postalCode("75015"))
                .line("B", 0 + 1).explain(true).build());

        assertThat(q.options()).isEmpty();
        assertThat(q.rejected()).extracting(Rejection::reason).containsExactly(RejectReason.UNKNOWN_SKU);
    }

    @Test
    void anOriginWhoseWindowsAreAllFullIsRejectedForCapacity() {
        Network.Builder b = Network.builder(PARIS)
                .location(warehouse("wh", WH, WeeklyHours.allDay(), Duration.ZERO)).stock("wh", "A", 10)
                .service(ScheduledService.builder("vans", "Nos camions").origins("*")
                        .windows("MON-SUN", "08:00-10:00").zone("", "PT0S", 1).build());
        for (int d = 0; d < 62; d++) {
            b.windowLoad(new WindowLoad("vans", "", OffsetDateTime.parse("2026-09-21T08:00:00+02:00").atZoneSameInstant(PARIS)
                    .plusDays(d).toInstant(), 1));
        }

        Quote q = PromiseCalculator.of(b.build()).quote(request("2026-09-21T07:00:00+02:00", Destination.postalCode("75015"))
                .explain(true).build());

        assertThat(q.options()).isEmpty();
        assertThat(q.rejected()).extracting(Rejection::reason).containsExactly(RejectReason.NO_CAPACITY);
    }

    @Test
    void aWindowEndingAfterTheHorizonIsNotOffered() {
        // the only windows are on one weekday; 60 days after Monday 21:00 is a Friday 21:00 (one hour more in
        // November's +01:00): Friday 20:00-22:00 is the last candidate and ends after it
        Network n = network(s -> s.windows("FRI", "20:00-22:00").zone("", "PT0S", 5));

        PromiseOption o = only(n, request("2026-09-21T21:00:00+02:00", Destination.postalCode("75015")).maxWindows(20).build());

        assertThat(o.windows()).hasSize(8);
        assertThat(o.windows().get(7).start()).isEqualTo(at("2026-11-13T20:00:00+01:00"));
    }
}
