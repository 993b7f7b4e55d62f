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
package io.promiseengine.internal.time;

import io.promiseengine.fixtures.SpecNetwork;
import io.promiseengine.model.WeeklyHours;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class OpenCalendarTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static long s(String odt) {
        return OffsetDateTime.parse(odt).toEpochSecond();
    }

    private static Set<Long> fr() {
        return SpecNetwork.FR.stream().map(LocalDate::toEpochDay).collect(Collectors.toSet());
    }

    @Test
    void springForwardDay_allDayHoursLast23Hours() {
        OpenCalendar cal = new OpenCalendar(PARIS, WeeklyHours.of("MON-SUN", "00:00-24:00"), Set.of());
        long[] day = cal.day(LocalDate.parse("2026-03-29").toEpochDay());
        assertThat(day).containsExactly(s("2026-03-29T00:00:00+01:00"), s("2026-03-30T00:00:00+02:00"));
        assertThat(Duration.ofSeconds(day[1] - day[0])).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void fallBackDay_allDayHoursLast25Hours() {
        OpenCalendar cal = new OpenCalendar(PARIS, WeeklyHours.of("MON-SUN", "00:00-24:00"), Set.of());
        long[] day = cal.day(LocalDate.parse("2026-10-25").toEpochDay());
        assertThat(Duration.ofSeconds(day[1] - day[0])).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void timeInTheSpringGap_movesForwardByTheGap() {
        // 02:30 does not exist on 2026-03-29: it is read as 03:30 (+02:00)
        OpenCalendar cal = new OpenCalendar(PARIS, WeeklyHours.of("SUN", "02:30-05:00"), Set.of());
        assertThat(cal.day(LocalDate.parse("2026-03-29").toEpochDay()))
                .containsExactly(s("2026-03-29T03:30:00+02:00"), s("2026-03-29T05:00:00+02:00"));
    }

    @Test
    void intervalEmptiedByTheGap_isDropped() {
        OpenCalendar cal = new OpenCalendar(PARIS, WeeklyHours.of("SUN", "02:10-02:50", "04:00-05:00"), Set.of());
        // 02:10 -> 03:10 and 02:50 -> 03:50: still an interval of 40 minutes
        assertThat(cal.day(LocalDate.parse("2026-03-29").toEpochDay())).hasSize(4);
        OpenCalendar gapToThree = new OpenCalendar(PARIS, WeeklyHours.of("SUN", "02:30-03:00"), Set.of());
        // 02:30 -> 03:30 after 03:00: empty
        assertThat(gapToThree.day(LocalDate.parse("2026-03-29").toEpochDay())).isEmpty();
    }

    @Test
    void timeInTheAutumnOverlap_takesTheEarlierOffset() {
        OpenCalendar cal = new OpenCalendar(PARIS, WeeklyHours.of("SUN", "02:30-04:00"), Set.of());
        long[] day = cal.day(LocalDate.parse("2026-10-25").toEpochDay());
        assertThat(day[0]).isEqualTo(s("2026-10-25T02:30:00+02:00"));
        assertThat(Duration.ofSeconds(day[1] - day[0])).isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void holidayClosesTheWholeDay() {
        OpenCalendar cal = new OpenCalendar(PARIS, WeeklyHours.of("MON-SAT", "10:00-20:00"), fr());
        // Wednesday 11 November 2026 is a French holiday
        assertThat(cal.nextOpen(s("2026-11-10T20:00:00+01:00"), s("2026-12-31T00:00:00+01:00")))
                .isEqualTo(s("2026-11-12T10:00:00+01:00"));
        assertThat(cal.isOpen(s("2026-11-11T12:00:00+01:00"))).isFalse();
        assertThat(cal.isOpen(s("2026-11-12T12:00:00+01:00"))).isTrue();
    }

    @Test
    void openIntervalsAreHalfOpen() {
        OpenCalendar cal = new OpenCalendar(PARIS, WeeklyHours.of("MON-SAT", "10:00-20:00"), Set.of());
        assertThat(cal.isOpen(s("2026-09-17T10:00:00+02:00"))).isTrue();
        assertThat(cal.isOpen(s("2026-09-17T19:59:59+02:00"))).isTrue();
        assertThat(cal.isOpen(s("2026-09-17T20:00:00+02:00"))).isFalse();
    }

    @Test
    void workingTime_pausesAtClosingAndResumesAtOpening() {
        OpenCalendar cal = new OpenCalendar(PARIS, WeeklyHours.of("MON-SAT", "10:00-20:00"), fr());
        long limit = s("2026-12-31T00:00:00+01:00");
        // Saturday 19:30 + 1 h: 30 min Saturday, Sunday closed, 30 min Monday
        assertThat(cal.addWorkingTime(s("2026-09-19T19:30:00+02:00"), 3600, limit)).isEqualTo(s("2026-09-21T10:30:00+02:00"));
        // work that ends exactly at closing is ready at the closing instant
        assertThat(cal.addWorkingTime(s("2026-09-17T19:00:00+02:00"), 3600, limit)).isEqualTo(s("2026-09-17T20:00:00+02:00"));
        // the holiday is skipped
        assertThat(cal.addWorkingTime(s("2026-11-10T19:30:00+01:00"), 3600, limit)).isEqualTo(s("2026-11-12T10:30:00+01:00"));
        // zero work is ready at once, even when closed
        assertThat(cal.addWorkingTime(s("2026-09-20T03:00:00+02:00"), 0, limit)).isEqualTo(s("2026-09-20T03:00:00+02:00"));
    }

    @Test
    void workingTime_acrossTheAutumnNightCountsElapsedTime() {
        OpenCalendar cal = new OpenCalendar(PARIS, WeeklyHours.allDay(), Set.of());
        // 00:00 to 04:00 local on 2026-10-25 is 5 hours of elapsed time
        assertThat(cal.addWorkingTime(s("2026-10-25T00:00:00+02:00"), 5 * 3600, s("2027-01-01T00:00:00+01:00")))
                .isEqualTo(s("2026-10-25T04:00:00+01:00"));
    }

    @Test
    void touchingIntervalsAcrossMidnight_formOnePeriod() {
        java.util.Map<io.promiseengine.model.DaySet, java.util.List<io.promiseengine.model.TimeRange>> h = new java.util.LinkedHashMap<>();
        h.put(io.promiseengine.model.DaySet.parse("THU"), java.util.List.of(io.promiseengine.model.TimeRange.parse("20:00-24:00")));
        h.put(io.promiseengine.model.DaySet.parse("FRI"), java.util.List.of(io.promiseengine.model.TimeRange.parse("00:00-02:00")));
        OpenCalendar cal = new OpenCalendar(PARIS, WeeklyHours.of(h), Set.of());
        assertThat(cal.isOpen(s("2026-09-18T00:00:00+02:00"))).isTrue();
        assertThat(cal.addWorkingTime(s("2026-09-17T23:00:00+02:00"), 2 * 3600, s("2026-12-01T00:00:00+01:00")))
                .isEqualTo(s("2026-09-18T01:00:00+02:00"));
    }

    @Test
    void slotsOnDstDays_haveAShorterOrLongerLastSlot() {
        long hour = 3600;
        // 25 h day: the last 1 h slot (k = 23) runs from 23:00 elapsed to the next date, 2 h long
        long lastStart = s("2026-10-25T22:00:00+01:00");
        assertThat(Slots.slotStart(s("2026-10-25T23:30:00+01:00"), PARIS, hour)).isEqualTo(lastStart);
        assertThat(Slots.slotEnd(lastStart, PARIS, hour) - lastStart).isEqualTo(2 * hour);
        // 23 h day: slot k starts k hours of elapsed time after midnight, so slot 3 starts at 04:00 local
        assertThat(Slots.isSlotStart(s("2026-03-29T04:00:00+02:00"), PARIS, hour)).isTrue();
        assertThat(Slots.slotStart(s("2026-03-29T03:30:00+02:00"), PARIS, hour)).isEqualTo(s("2026-03-29T03:00:00+02:00"));
        // a 2 h slot: slot 1 starts at 02:00 elapsed = 03:00 local on the spring day
        assertThat(Slots.isSlotStart(s("2026-03-29T03:00:00+02:00"), PARIS, 2 * hour)).isTrue();
        assertThat(Slots.isSlotStart(s("2026-03-29T04:00:00+02:00"), PARIS, 2 * hour)).isFalse();
        // 25 h day with 2 h slots: slot 1 starts 2 h elapsed = the first 02:00 (+02:00); the second 02:00 is not
        assertThat(Slots.isSlotStart(s("2026-10-25T02:00:00+02:00"), PARIS, 2 * hour)).isTrue();
        assertThat(Slots.isSlotStart(s("2026-10-25T02:00:00+01:00"), PARIS, 2 * hour)).isFalse();
    }

    @Test
    void timePoints_skipClosedDatesAndDedupeGapTimes() {
        int[][] m = new int[7][];
        for (int d = 0; d < 7; d++) {
            m[d] = new int[] {150, 210, 720}; // 02:30, 03:30, 12:00
        }
        TimePoints points = new TimePoints(PARIS, m, fr());
        // on the spring day 02:30 becomes 03:30: one point, not two
        assertThat(points.next(s("2026-03-29T00:00:00+01:00"), s("2027-01-01T00:00:00+01:00"))).isEqualTo(s("2026-03-29T03:30:00+02:00"));
        assertThat(points.next(s("2026-03-29T03:30:01+02:00"), s("2027-01-01T00:00:00+01:00"))).isEqualTo(s("2026-03-29T12:00:00+02:00"));
        // 11 November has no point
        assertThat(points.next(s("2026-11-10T12:00:01+01:00"), s("2027-01-01T00:00:00+01:00"))).isEqualTo(s("2026-11-12T02:30:00+01:00"));
    }
}
