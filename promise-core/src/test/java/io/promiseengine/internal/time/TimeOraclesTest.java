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

import io.promiseengine.model.TimeRange;
import io.promiseengine.model.WeeklyHours;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time classes against oracles that do not use them: java.time's {@code ZoneRules} and
 * {@code ZonedDateTime.of} for offsets and local times, and a minute-by-minute walk over intervals built with
 * java.time for opening hours. Seeded; DST days and closed days (holidays) are ordinary cases of the random draws,
 * and every transition of each zone between 2024 and 2028 is visited.
 */
class TimeOraclesTest {

    private static final String[] ZONES = {"Europe/Paris", "America/New_York", "Australia/Lord_Howe",
        "America/Santiago", "America/Havana", "Asia/Kolkata", "UTC", "America/St_Johns"};

    private static final long TO = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();

    private static final WeeklyHours HOURS = WeeklyHours.of("MON-FRI", "00:00-01:00", "01:00-02:40", "02:50-03:10", "08:00-12:00",
            "13:00-24:00");

    /** On a spring-forward Sunday in Paris 02:00-03:00 is empty and alone; 03:10-04:00 and 04:00-05:00 touch. */
    private static final WeeklyHours SAT_SUN = WeeklyHours.of("SAT-SUN", "00:00-01:30", "02:00-03:00", "03:10-04:00",
            "04:00-05:00", "23:30-24:00");

    /** On a spring-forward Sunday in Paris 02:10-02:50 becomes 03:10-03:50, inside 03:00-04:00. */
    private static final WeeklyHours GAP_INSIDE = WeeklyHours.of("SAT-SUN", "02:10-02:50", "03:00-04:00", "12:00-13:00");

    private static final WeeklyHours[] ALL_HOURS = {HOURS, SAT_SUN, GAP_INSIDE};

    private static long at(LocalDate date, int minute, ZoneId zone) {
        return ZonedDateTime.of(date.atStartOfDay().plusMinutes(minute), zone).toEpochSecond();
    }

    private static LocalDate dateOf(long s, ZoneId zone) {
        return Instant.ofEpochSecond(s).atZone(zone).toLocalDate();
    }

    /** The oracle's intervals: every range of every open date in [from, to], from java.time, empties dropped. */
    private static List<long[]> intervals(WeeklyHours hours, Set<Long> closed, ZoneId zone, LocalDate from, LocalDate to) {
        List<long[]> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (closed.contains(d.toEpochDay())) {
                continue;
            }
            for (TimeRange r : hours.on(d.getDayOfWeek())) {
                long a = at(d, r.fromMinute(), zone);
                long b = at(d, r.toMinute(), zone);
                if (b > a) {
                    out.add(new long[] {a, b});
                }
            }
        }
        return out;
    }

    private static boolean open(List<long[]> ivs, long t) {
        for (long[] iv : ivs) {
            if (iv[0] <= t && t < iv[1]) {
                return true;
            }
        }
        return false;
    }

    private static long walkNextOpen(List<long[]> ivs, long s, long limit) {
        if (open(ivs, s)) {
            return s <= limit ? s : OpenCalendar.NONE;
        }
        for (long t = Math.floorDiv(s, 60) * 60 + 60; t <= limit; t += 60) {
            if (open(ivs, t)) {
                return t;
            }
        }
        return OpenCalendar.NONE;
    }

    private static long walkWork(List<long[]> ivs, long start, long seconds, long limit) {
        if (seconds == 0) {
            return start;
        }
        long done = 0;
        for (long t = start; t < limit; t += 60) {
            if (open(ivs, t)) {
                done += 60;
                if (done == seconds) {
                    return t + 60 <= limit ? t + 60 : OpenCalendar.NONE;
                }
            }
        }
        return OpenCalendar.NONE;
    }

    private static List<Long> starts(ZoneId zone) {
        List<Long> out = new ArrayList<>();
        ZoneOffsetTransition tr = zone.getRules().nextTransition(Instant.parse("2024-01-01T00:00:00Z"));
        while (tr != null && tr.toEpochSecond() < Instant.parse("2028-01-01T00:00:00Z").getEpochSecond()) {
            out.add(tr.toEpochSecond());
            tr = zone.getRules().nextTransition(tr.getInstant());
        }
        return out;
    }

    private static Set<Long> closedDays(SplittableRandom random, long day0) {
        Set<Long> closed = new java.util.HashSet<>();
        for (int i = 0; i < 400; i++) {
            if (random.nextInt(5) == 0) {
                closed.add(day0 + i);
            }
        }
        return closed;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Paris", "America/New_York", "Australia/Lord_Howe", "America/Santiago",
        "America/Havana", "Asia/Kolkata", "UTC", "America/St_Johns", "Pacific/Apia", "America/Sao_Paulo"})
    void offsetsAndDatesOfInstantsAreZoneRules(String id) {
        ZoneId zone = ZoneId.of(id);
        ZoneOffsets offsets = ZoneOffsets.of(zone);
        SplittableRandom random = new SplittableRandom(13);
        List<Long> probes = new ArrayList<>(List.of(0L, 1L, 86_399L, 86_400L, 2 * 86_400L - 1, 2 * 86_400L, TO - 1, TO, TO + 1,
                TO - 2 * 86_400L, TO - 2 * 86_400L - 1, TO - 2 * 86_400L + 1, -1L, -86_401L, TO + 400 * 86_400L));
        ZoneOffsetTransition tr = zone.getRules().nextTransition(Instant.EPOCH);
        while (tr != null && tr.toEpochSecond() < TO) {
            for (long d : new long[] {-86_400, -3_601, -1, 0, 1, 1_799, 3_600, 86_400}) {
                probes.add(tr.toEpochSecond() + d);
            }
            tr = zone.getRules().nextTransition(tr.getInstant());
        }
        for (int i = 0; i < 2_000; i++) {
            probes.add(random.nextLong(0, TO));
        }
        for (long s : probes) {
            Instant instant = Instant.ofEpochSecond(s);
            assertThat(offsets.offsetAt(s)).as("offset at %s in %s", instant, id)
                    .isEqualTo(zone.getRules().getOffset(instant).getTotalSeconds());
            assertThat(offsets.epochDay(s)).as("date at %s in %s", instant, id)
                    .isEqualTo(instant.atZone(zone).toLocalDate().toEpochDay());
            assertThat(LocalDates.epochDay(s, zone)).isEqualTo(instant.atZone(zone).toLocalDate().toEpochDay());
            // a local second near the probe, as a local time resolved by ZonedDateTime.of (gap later, overlap earlier)
            long local = s + zone.getRules().getOffset(instant).getTotalSeconds() + random.nextLong(-7_200, 7_200);
            LocalDateTime ldt = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
            assertThat(offsets.toEpochSecond(local)).as("%s in %s", ldt, id)
                    .isEqualTo(ZonedDateTime.of(ldt, zone).toEpochSecond());
        }
        for (long local : new long[] {0, 2 * 86_400L - 1, 2 * 86_400L, 2 * 86_400L + 1, TO - 2 * 86_400L - 1, TO - 2 * 86_400L,
            TO - 1, TO + 86_400L}) {
            LocalDateTime ldt = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
            assertThat(offsets.toEpochSecond(local)).as("%s in %s", ldt, id)
                    .isEqualTo(ZonedDateTime.of(ldt, zone).toEpochSecond());
        }
    }

    @Test
    void extremeInstantsHaveExtremeDates() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        assertThat(LocalDates.epochDay(Long.MAX_VALUE, paris)).isEqualTo(Long.MAX_VALUE / 86_400);
        assertThat(LocalDates.epochDay(Long.MIN_VALUE, paris)).isEqualTo(Long.MIN_VALUE / 86_400);
        OpenCalendar cal = new OpenCalendar(paris, HOURS, Set.of());
        assertThat(cal.epochDay(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE / 86_400);
        assertThat(cal.epochDay(Long.MIN_VALUE)).isEqualTo(Long.MIN_VALUE / 86_400);
        assertThat(LocalDates.epochDays(Set.of(LocalDate.of(2026, 5, 1), LocalDate.of(1970, 1, 1))))
                .containsExactlyInAnyOrder(LocalDate.of(2026, 5, 1).toEpochDay(), 0L);
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L})
    void openCalendarAgreesWithAMinuteWalk(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long day0 = LocalDate.of(2026, 1, 1).toEpochDay();
        for (String id : ZONES) {
            ZoneId zone = ZoneId.of(id);
            for (WeeklyHours hours : ALL_HOURS) {
                Set<Long> closed = closedDays(random, day0);
                OpenCalendar cal = new OpenCalendar(zone, hours, closed);
                List<Long> probes = new ArrayList<>();
                for (long t : starts(zone)) {
                    probes.add(t - random.nextLong(0, 6 * 3_600));
                }
                for (int i = 0; i < 30; i++) {
                    probes.add(day0 * 86_400 + random.nextLong(0, 390L * 86_400));
                }
                for (long s : probes) {
                    if (s < day0 * 86_400 - 86_400 || s > (day0 + 390) * 86_400) {
                        continue;
                    }
                    long limit = s + random.nextLong(0, 4 * 86_400);
                    LocalDate from = dateOf(s, zone).minusDays(2);
                    List<long[]> ivs = intervals(hours, closed, zone, from, dateOf(limit, zone).plusDays(2));
                    assertThat(cal.day(dateOf(s, zone).toEpochDay())).as("day of %s in %s", Instant.ofEpochSecond(s), id)
                            .containsExactly(merged(intervals(hours, closed, zone, dateOf(s, zone), dateOf(s, zone))));
                    assertThat(cal.nextOpen(s, limit)).as("next open from %s to %s in %s", Instant.ofEpochSecond(s),
                            Instant.ofEpochSecond(limit), id).isEqualTo(walkNextOpen(ivs, s, limit));
                    assertThat(cal.isOpen(s)).isEqualTo(open(ivs, s));
                    long aligned = Math.floorDiv(s, 60) * 60;
                    long seconds = 60L * random.nextInt(0, 24 * 60);
                    assertThat(cal.addWorkingTime(aligned, seconds, limit)).as("%s s of work from %s to %s in %s", seconds,
                            Instant.ofEpochSecond(aligned), Instant.ofEpochSecond(limit), id)
                            .isEqualTo(walkWork(ivs, aligned, seconds, limit));
                }
            }
        }
    }

    /** Merges touching or overlapping intervals of one date (sorted by start), as a flat array. */
    private static long[] merged(List<long[]> ivs) {
        ivs.sort((a, b) -> Long.compare(a[0], b[0]));
        List<long[]> out = new ArrayList<>();
        for (long[] iv : ivs) {
            if (!out.isEmpty() && iv[0] <= out.get(out.size() - 1)[1]) {
                out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], iv[1]);
            } else {
                out.add(iv.clone());
            }
        }
        return out.stream().flatMapToLong(java.util.Arrays::stream).toArray();
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L})
    void windowCalendarDaysAreTheJavaTimeWindowsSorted(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long day0 = LocalDate.of(2026, 1, 1).toEpochDay();
        for (String id : ZONES) {
            ZoneId zone = ZoneId.of(id);
            for (WeeklyHours windows : ALL_HOURS) {
                Set<Long> closed = closedDays(random, day0);
                WindowCalendar cal = new WindowCalendar(zone, windows, closed);
                for (long d = day0; d < day0 + 400; d++) {
                    List<long[]> ivs = intervals(windows, closed, zone, LocalDate.ofEpochDay(d), LocalDate.ofEpochDay(d));
                    ivs.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
                    assertThat(cal.day(d)).as("%s in %s", LocalDate.ofEpochDay(d), id)
                            .containsExactly(ivs.stream().flatMapToLong(java.util.Arrays::stream).toArray());
                    long s = at(LocalDate.ofEpochDay(d), random.nextInt(0, 1440), zone);
                    assertThat(cal.epochDay(s)).isEqualTo(dateOf(s, zone).toEpochDay());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L})
    void timePointsNextIsTheFirstJavaTimePointAtOrAfter(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long day0 = LocalDate.of(2026, 1, 1).toEpochDay();
        for (String id : ZONES) {
            ZoneId zone = ZoneId.of(id);
            Set<Long> closed = closedDays(random, day0);
            int[][] minutes = new int[7][];
            for (int d = 0; d < 7; d++) {
                minutes[d] = d == 2 ? new int[0] : new int[] {150, 0, 1_439, 130, 720, 150, 180, 200, 120};
            }
            TimePoints points = new TimePoints(zone, minutes, closed);
            assertThat(points.isEmpty()).isFalse();
            assertThat(points.zone()).isEqualTo(zone);
            assertThat(points.minutesOn(DayOfWeek.MONDAY)).containsExactly(0, 120, 130, 150, 180, 200, 720, 1_439);
            assertThat(points.minutesOn(DayOfWeek.WEDNESDAY)).isEmpty();
            TreeSet<Long> all = new TreeSet<>();
            for (long d = day0 - 3; d < day0 + 410; d++) {
                LocalDate date = LocalDate.ofEpochDay(d);
                if (!closed.contains(d)) {
                    for (int m : minutes[date.getDayOfWeek().getValue() - 1]) {
                        all.add(at(date, m, zone));
                    }
                }
            }
            for (long p : all.subSet(day0 * 86_400, (day0 + 395) * 86_400)) {
                // every point is found at itself: a point the gap moved before a later one is not lost
                assertThat(points.next(p, p)).as("point %s in %s", Instant.ofEpochSecond(p), id).isEqualTo(p);
            }
            List<Long> probes = new ArrayList<>();
            for (long t : starts(zone)) {
                probes.add(t - random.nextLong(0, 4 * 3_600));
            }
            for (int i = 0; i < 200; i++) {
                probes.add(day0 * 86_400 + random.nextLong(0, 395L * 86_400));
            }
            for (long s : probes) {
                if (s < day0 * 86_400 || s > (day0 + 396) * 86_400) {
                    continue;
                }
                long limit = s + random.nextLong(0, 3 * 86_400);
                Long next = all.ceiling(s);
                long expected = next != null && next <= limit ? next : OpenCalendar.NONE;
                assertThat(points.next(s, limit)).as("next from %s to %s in %s", Instant.ofEpochSecond(s),
                        Instant.ofEpochSecond(limit), id).isEqualTo(expected);
                if (next != null) {
                    assertThat(points.next(next, next)).isEqualTo(next);
                    assertThat(points.next(next - 1, next - 1)).isEqualTo(OpenCalendar.NONE);
                }
            }
        }
        int[][] none = new int[7][0];
        assertThat(new TimePoints(ZoneId.of("UTC"), none, Set.of()).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {900L, 1_800L, 3_600L, 10_800L, 86_400L})
    void slotsAreTheLastJavaTimeSlotStartOfTheDate(long slot) {
        SplittableRandom random = new SplittableRandom(slot);
        for (String id : ZONES) {
            ZoneId zone = ZoneId.of(id);
            List<Long> probes = new ArrayList<>();
            for (long t : starts(zone)) {
                for (long d : new long[] {-1, 0, 1}) {
                    probes.add(t + d);
                }
                probes.add(t + random.nextLong(-86_400, 86_400));
            }
            for (int i = 0; i < 300; i++) {
                probes.add(LocalDate.of(2024, 1, 1).toEpochDay() * 86_400 + random.nextLong(0, 4 * 365L * 86_400));
            }
            for (long s : probes) {
                LocalDate date = dateOf(s, zone);
                long first = date.atStartOfDay(zone).toEpochSecond();
                long next = date.plusDays(1).atStartOfDay(zone).toEpochSecond();
                long start = first;
                List<Long> startsOfDay = new ArrayList<>();
                for (long k = 0; k * slot < 86_400; k++) {
                    startsOfDay.add(first + k * slot);
                    if (first + k * slot <= s) {
                        start = first + k * slot;
                    }
                }
                assertThat(Slots.slotStart(s, zone, slot)).as("slot of %s in %s", Instant.ofEpochSecond(s), id)
                        .isEqualTo(start);
                assertThat(Slots.isSlotStart(s, zone, slot)).isEqualTo(start == s);
                int k = startsOfDay.indexOf(start);
                long end = k == startsOfDay.size() - 1 ? next : Math.min(next, startsOfDay.get(k + 1));
                assertThat(Slots.slotEnd(start, zone, slot)).as("end of slot %s in %s", Instant.ofEpochSecond(start), id)
                        .isEqualTo(end);
            }
        }
    }

    @Test
    void closedDaysAndTheDayCacheOutsideItsRange() {
        ClosedDays a = new ClosedDays(Set.of(3L, 1L, -5L));
        assertThat(a.contains(1L)).isTrue();
        assertThat(a.contains(-5L)).isTrue();
        assertThat(a.contains(2L)).isFalse();
        assertThat(new ClosedDays(Set.of()).contains(0L)).isFalse();
        assertThat(a).isEqualTo(new ClosedDays(Set.of(1L, 3L, -5L))).isNotEqualTo(new ClosedDays(Set.of(1L, 3L)))
                .isNotEqualTo("x");
        assertThat(a.hashCode()).isEqualTo(new ClosedDays(Set.of(-5L, 1L, 3L)).hashCode());
        int[] calls = new int[1];
        DayCache cache = new DayCache(d -> {
            calls[0]++;
            return new long[] {d};
        });
        for (long d : new long[] {-1L, 0L, 511L, 512L, 102_399L, 102_400L, 5_000_000L}) {
            assertThat(cache.get(d)).containsExactly(d);
            assertThat(cache.get(d)).containsExactly(d);
        }
        // cached inside [0, 102400), computed again outside
        assertThat(calls[0]).isEqualTo(4 + 3 * 2);
    }

    @Test
    void workEndingExactlyAtTheLimitIsInTime_andTheCalendarNamesItsZone() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        OpenCalendar cal = new OpenCalendar(paris, WeeklyHours.of("MON-FRI", "08:00-12:00", "13:00-17:00"), Set.of());
        LocalDate monday = LocalDate.of(2026, 3, 30);
        long start = at(monday, 11 * 60, paris);
        long done = at(monday, 14 * 60, paris); // 1 h before noon, 1 h after 13:00
        assertThat(cal.addWorkingTime(start, 7_200, done)).isEqualTo(done);
        assertThat(cal.addWorkingTime(start, 7_200, done - 1)).isEqualTo(OpenCalendar.NONE);
        assertThat(cal.nextOpen(done, done)).isEqualTo(done);
        assertThat(cal.zone()).isEqualTo(paris);
        assertThat(cal.toString()).contains("Europe/Paris");
        assertThat(OpenCalendar.instant(LocalDate.of(2026, 3, 29), 150, paris))
                .isEqualTo(ZonedDateTime.of(LocalDate.of(2026, 3, 29).atTime(2, 30), paris).toEpochSecond());
    }
}
