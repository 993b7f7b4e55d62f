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
package io.promiseengine.internal.engine;

import io.promiseengine.internal.time.ZoneOffsets;
import io.promiseengine.model.Band;
import io.promiseengine.model.Collection;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.quote.Line;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar arithmetic of a quote context (issue 13, mutation testing of {@code QuoteContext}): the delivery
 * dates of spec 4.3 ({@code homeDeliveryDate}, {@code homeDeliveryDates} and the small cache of
 * {@code homeDeliveryDateShared}), the horizon's last delivery day, and the courier band of spec 4.5, each at its
 * edges. Every expected date is worked out by hand in the comments from the spec, never read back from the engine.
 *
 * <p>The network (zone UTC): warehouse {@code w-utc} in UTC and {@code w-tokyo} in Asia/Tokyo (UTC+9, no DST).
 * Home delivery {@code weekdays} delivers MON-FRI, closed on Friday 2026-09-18, by 18:00 (network zone, UTC);
 * {@code daily} delivers every day by 18:00. The context's order instant {@code T} is Thursday 2026-09-17 10:00
 * UTC, so its search limit is {@code T + 120 days} = Friday 2027-01-15 10:00 UTC.
 */
class QuoteContextDatesTest {

    private static final Instant T = Instant.parse("2026-09-17T10:00:00Z");

    private static Network network() {
        Network.Builder b = Network.builder(ZoneOffset.UTC);
        b.location(Location.builder("w-utc", LocationKind.WAREHOUSE, Position.of(0, 0)).build());
        b.location(Location.builder("w-tokyo", LocationKind.WAREHOUSE, Position.of(35.68, 139.77))
                .zone(ZoneId.of("Asia/Tokyo")).build());
        b.service(HomeDeliveryService.builder("weekdays", "Colis").origins("*")
                .collections(Collection.of("MON-SUN", "12:00")).deliveryDays("MON-FRI").closed("2026-09-18")
                .deliverBy("18:00").lanes(new Lane("", "", MassFunction.of(1, 1.0))).price("4.90").build());
        b.service(HomeDeliveryService.builder("daily", "Colis").origins("*")
                .collections(Collection.of("MON-SUN", "12:00")).deliveryDays("MON-SUN")
                .deliverBy("18:00").lanes(new Lane("", "", MassFunction.of(1, 1.0))).price("4.90").build());
        b.stock("w-utc", "A", 1);
        return b.build();
    }

    private final Snapshot snap = new Snapshot(network());
    private final QuoteContext ctx = new QuoteContext(snap, List.of(new Line("A", 1)), 0.95, 1, Position.of(0, 0),
            "75001", T.getEpochSecond());
    private final Snapshot.HomeDelivery weekdays = service("weekdays");
    private final Snapshot.HomeDelivery daily = service("daily");
    private final ZoneOffsets utc = snap.sites[snap.siteIndex.get("w-utc")].offsets;
    private final ZoneOffsets tokyo = snap.sites[snap.siteIndex.get("w-tokyo")].offsets;

    private Snapshot.HomeDelivery service(String id) {
        for (Snapshot.HomeDelivery hd : snap.homeDeliveries) {
            if (hd.service.id().equals(id)) {
                return hd;
            }
        }
        throw new AssertionError(id);
    }

    private static long at(String instant) {
        return Instant.parse(instant).getEpochSecond();
    }

    private static long day(String date) {
        return LocalDate.parse(date).toEpochDay();
    }

    /** k = 0, 1, 2 transit days: the cases of spec 4.3 on the weekdays service. */
    private static final MassFunction ZERO_ONE_TWO = MassFunction.of(0, 0.2, 1, 0.3, 2, 0.5);

    private List<Long> dates(Snapshot.HomeDelivery hd, MassFunction days, long shipAt, ZoneOffsets zone) {
        List<Long> out = new ArrayList<>();
        for (long d : ctx.homeDeliveryDates(hd, days, shipAt, zone)) {
            out.add(d);
        }
        return out;
    }

    /** The dates of the values 0, 1, 2, alone ({@code homeDeliveryDate}) and together ({@code homeDeliveryDates}). */
    private void assertDates(long shipAt, ZoneOffsets zone, String k0, String k1, String k2) {
        assertThat(dates(weekdays, ZERO_ONE_TWO, shipAt, zone)).as("homeDeliveryDates")
                .containsExactly(day(k0), day(k1), day(k2));
        assertThat(ctx.homeDeliveryDate(weekdays, 0, shipAt, zone)).as("k = 0").isEqualTo(day(k0));
        assertThat(ctx.homeDeliveryDate(weekdays, 1, shipAt, zone)).as("k = 1").isEqualTo(day(k1));
        assertThat(ctx.homeDeliveryDate(weekdays, 2, shipAt, zone)).as("k = 2").isEqualTo(day(k2));
    }

    /**
     * Collected Thursday 17:00 UTC: D0 = Thursday, a delivery day, and 17:00 is not after 18:00, so k = 0 is
     * Thursday. k = 1 is the first delivery day strictly after Thursday: Friday 18 is closed, Saturday and Sunday
     * are not delivery days, so Monday 21; k = 2 is Tuesday 22.
     */
    @Test
    void zeroTransitDaysBeforeDeliverBy_isDeliveredOnD0() {
        assertDates(at("2026-09-17T17:00:00Z"), utc, "2026-09-17", "2026-09-21", "2026-09-22");
    }

    /** Collected at exactly Thursday 18:00, deliverBy: "not after D0 at deliverBy", so still Thursday for k = 0. */
    @Test
    void zeroTransitDaysExactlyAtDeliverBy_isStillDeliveredOnD0() {
        assertDates(at("2026-09-17T18:00:00Z"), utc, "2026-09-17", "2026-09-21", "2026-09-22");
    }

    /** One second after deliverBy: k = 0 falls on the first delivery day after D0, the same as k = 1 (Monday 21). */
    @Test
    void zeroTransitDaysOneSecondAfterDeliverBy_isDeliveredWithOneTransitDay() {
        assertDates(at("2026-09-17T18:00:01Z"), utc, "2026-09-21", "2026-09-21", "2026-09-22");
    }

    /** Collected on Saturday 19, not a delivery day: k = 0 and k = 1 are Monday 21, k = 2 Tuesday 22. */
    @Test
    void zeroTransitDaysOnADayWithoutDelivery_isTheNextDeliveryDay() {
        assertDates(at("2026-09-19T10:00:00Z"), utc, "2026-09-21", "2026-09-21", "2026-09-22");
    }

    /**
     * D0 is read in the origin's zone, deliverBy in the network's. Collected Wednesday 16 at 16:00 UTC from Tokyo:
     * that is Thursday 01:00 there, so D0 = Thursday 17 (in UTC it would be Wednesday), and 16:00 UTC Wednesday is
     * not after Thursday 18:00 UTC: k = 0 is Thursday 17; k = 1 Monday 21 (Friday closed), k = 2 Tuesday 22.
     * Collected Thursday 09:30 UTC from Tokyo (18:30 there, after 18:00 local time): still not after Thursday
     * 18:00 UTC, so k = 0 is Thursday.
     */
    @Test
    void d0IsTheOriginsDate_andDeliverByIsTheNetworksTime() {
        assertDates(at("2026-09-16T16:00:00Z"), tokyo, "2026-09-17", "2026-09-21", "2026-09-22");
        assertDates(at("2026-09-17T09:30:00Z"), tokyo, "2026-09-17", "2026-09-21", "2026-09-22");
    }

    /**
     * The last useful day is the day after the limit's date: the limit is 2027-01-15 10:00, so 2027-01-16. Every
     * day is a delivery day on {@code daily}; collected at T (D0 = 2026-09-17), k transit days land on
     * 2026-09-17 + k: 121 days is 2027-01-16 (13 days to the end of September, then 31 + 30 + 31 + 16), still
     * dated; 122 days is past it: {@link Long#MAX_VALUE}.
     */
    @Test
    void aDateOnTheLastUsefulDayIsKept_andTheDayAfterIsNone() {
        assertThat(ctx.limit).isEqualTo(at("2027-01-15T10:00:00Z"));
        assertThat(ctx.homeDeliveryDate(daily, 121, T.getEpochSecond(), utc)).isEqualTo(day("2027-01-16"));
        assertThat(ctx.homeDeliveryDate(daily, 122, T.getEpochSecond(), utc)).isEqualTo(Long.MAX_VALUE);
        assertThat(dates(daily, MassFunction.of(121, 0.5, 122, 0.5), T.getEpochSecond(), utc))
                .containsExactly(day("2027-01-16"), Long.MAX_VALUE);
    }

    /**
     * The k-th days are kept in a buffer reused from call to call: a later call that finds fewer days must not
     * read the earlier call's. Collected at T, values 1 and 3 are 2026-09-18 and 2026-09-20; collected on
     * 2027-01-14, value 1 is 2027-01-15 and value 3 (2027-01-17) is past the last useful day (2027-01-16).
     */
    @Test
    void aLaterCallFindingFewerDays_doesNotReadTheEarlierCallsDays() {
        MassFunction oneOrThree = MassFunction.of(1, 0.5, 3, 0.5);
        assertThat(dates(daily, oneOrThree, T.getEpochSecond(), utc))
                .containsExactly(day("2026-09-18"), day("2026-09-20"));
        assertThat(dates(daily, oneOrThree, at("2027-01-14T10:00:00Z"), utc))
                .containsExactly(day("2027-01-15"), Long.MAX_VALUE);
    }

    /**
     * A lane of up to 20 transit days on a fresh context (its buffer of k-th days made for exactly 21 of them): the
     * search stops at the 20th delivery day. Collected at T on {@code daily}: 1 day is 2026-09-18, 20 days
     * 2026-10-07 (13 days to the end of September, then 7).
     */
    @Test
    void theSearchStopsAtTheLargestValuesDay() {
        assertThat(dates(daily, MassFunction.of(1, 0.5, 20, 0.5), T.getEpochSecond(), utc))
                .containsExactly(day("2026-09-18"), day("2026-10-07"));
    }

    /**
     * The small cache of {@code homeDeliveryDateShared} is keyed by collection instant, transit days, origin zone
     * and service: each call below differs from the first in one of them only, and has another date. Then more
     * entries than the cache holds (16), each asked twice.
     */
    @Test
    void theSharedDatesAreKeyedByInstantDaysZoneAndService() {
        long thu17 = at("2026-09-17T17:00:00Z");
        // weekdays, k = 1 from Thursday: Monday 21 (Friday closed, then the weekend)
        assertThat(ctx.homeDeliveryDateShared(weekdays, 1, thu17, utc)).isEqualTo(day("2026-09-21"));
        // daily, the same: Friday 18
        assertThat(ctx.homeDeliveryDateShared(daily, 1, thu17, utc)).isEqualTo(day("2026-09-18"));
        // daily from Tokyo: 17:00 UTC is Friday 02:00 there, D0 = Friday, k = 1 is Saturday 19
        assertThat(ctx.homeDeliveryDateShared(daily, 1, thu17, tokyo)).isEqualTo(day("2026-09-19"));
        // daily, k = 2 from Thursday: Saturday 19
        assertThat(ctx.homeDeliveryDateShared(daily, 2, thu17, utc)).isEqualTo(day("2026-09-19"));
        // daily, k = 1 collected a day later: Saturday 19
        assertThat(ctx.homeDeliveryDateShared(daily, 1, thu17 + 86_400, utc)).isEqualTo(day("2026-09-19"));
        // and the first again, and the second
        assertThat(ctx.homeDeliveryDateShared(weekdays, 1, thu17, utc)).isEqualTo(day("2026-09-21"));
        assertThat(ctx.homeDeliveryDateShared(daily, 1, thu17, utc)).isEqualTo(day("2026-09-18"));
        // 24 more: collected at 00:00 on 2026-09-17 + i, k = 0 on daily is that same day (00:00 is before 18:00)
        long midnight = at("2026-09-17T00:00:00Z");
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 24; i++) {
                assertThat(ctx.homeDeliveryDateShared(daily, 0, midnight + i * 86_400L, utc))
                        .as("round %d, day %d", round, i).isEqualTo(day("2026-09-17") + i);
            }
        }
    }

    /**
     * The horizon's last delivery day is the last date whose deliverBy (18:00 UTC) is at or before the horizon:
     * a horizon at exactly 18:00 on Monday 2026-11-16 keeps Monday; one second earlier, Sunday 15.
     */
    @Test
    void theLastDeliveryDayIsTheLastWhoseDeliverByIsAtOrBeforeTheHorizon() {
        assertThat(ctx.lastDeliveryDay(daily, at("2026-11-16T18:00:00Z"))).isEqualTo(day("2026-11-16"));
        assertThat(ctx.lastDeliveryDay(daily, at("2026-11-16T17:59:59Z"))).isEqualTo(day("2026-11-15"));
        assertThat(ctx.lastDeliveryDay(daily, at("2026-11-16T23:59:59Z"))).isEqualTo(day("2026-11-16"));
    }

    /** Spec 4.5: the first band whose maxKm is at or above the distance; none past the last. */
    @Test
    void aDistanceOnABandsEdgeTakesThatBand() {
        Band five = new Band(5, MassFunction.of(45, 1.0));
        Band twelve = new Band(12, MassFunction.of(60, 1.0));
        List<Band> bands = List.of(five, twelve);
        assertThat(QuoteContext.band(bands, 0.0)).isSameAs(five);
        assertThat(QuoteContext.band(bands, 5.0)).isSameAs(five);
        assertThat(QuoteContext.band(bands, Math.nextUp(5.0))).isSameAs(twelve);
        assertThat(QuoteContext.band(bands, 12.0)).isSameAs(twelve);
        assertThat(QuoteContext.band(bands, Math.nextUp(12.0))).isNull();
        assertThat(QuoteContext.band(List.of(), 0.0)).isNull();
    }
}
