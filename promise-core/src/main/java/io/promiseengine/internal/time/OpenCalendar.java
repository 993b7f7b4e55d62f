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

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The open periods of a place: weekly hours read in a zone, less closed dates (spec 1, 2.1, 4.2).
 *
 * <p>Layout: for each local date (as an epoch day) a {@code long[]} of {@code [from0, to0, from1, to1, ...]}
 * epoch seconds, half-open, sorted, with touching or overlapping intervals of the date merged. Local times
 * become instants as {@link ZonedDateTime#of} resolves them (a time in a gap moves forward by the gap, an
 * overlap takes the earlier offset); {@code 24:00} is the next date's first instant. An interval that DST
 * makes empty is dropped. Dates are computed once and cached; the calendar is immutable and thread-safe.
 */
public final class OpenCalendar {

    /** Returned by searches that find nothing at or before their limit. */
    public static final long NONE = Long.MAX_VALUE;

    private static final long[] EMPTY = new long[0];

    private final ZoneId zone;
    private final ZoneOffsets offsets;
    private final int[][] minutesByDay = new int[7][];
    private final ClosedDays closed;
    private final DayCache days = new DayCache(this::compute);

    /**
     * @param zone the zone the hours are read in
     * @param hours the weekly hours
     * @param closedEpochDays the closed local dates, as epoch days
     */
    public OpenCalendar(ZoneId zone, WeeklyHours hours, Set<Long> closedEpochDays) {
        this.zone = zone;
        this.offsets = ZoneOffsets.of(zone);
        this.closed = new ClosedDays(closedEpochDays);
        for (DayOfWeek d : DayOfWeek.values()) {
            List<TimeRange> ranges = hours.on(d);
            int[] m = new int[ranges.size() * 2];
            for (int i = 0; i < ranges.size(); i++) {
                m[2 * i] = ranges.get(i).fromMinute();
                m[2 * i + 1] = ranges.get(i).toMinute();
            }
            minutesByDay[d.getValue() - 1] = m;
        }
    }

    public ZoneId zone() {
        return zone;
    }

    /** The local date of an instant in this calendar's zone, as an epoch day. */
    public long epochDay(long epochSecond) {
        if (epochSecond == Long.MAX_VALUE || epochSecond == Long.MIN_VALUE) {
            return LocalDates.epochDay(epochSecond, zone);
        }
        return offsets.epochDay(epochSecond);
    }

    /** The open intervals of one local date. Do not modify the array. */
    public long[] day(long epochDay) {
        return days.get(epochDay);
    }

    private long[] compute(long epochDay) {
        if (closed.contains(epochDay)) {
            return EMPTY;
        }
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        int[] m = minutesByDay[date.getDayOfWeek().getValue() - 1];
        if (m.length == 0) {
            return EMPTY;
        }
        List<long[]> list = new ArrayList<>();
        for (int i = 0; i < m.length; i += 2) {
            long from = instant(date.toEpochDay(), m[i], offsets);
            long to = instant(date.toEpochDay(), m[i + 1], offsets);
            if (to > from) {
                list.add(new long[] {from, to});
            }
        }
        list.sort((a, b) -> Long.compare(a[0], b[0]));
        long[] out = new long[list.size() * 2];
        int n = 0;
        for (long[] iv : list) {
            if (n > 0 && iv[0] <= out[n - 1]) {
                out[n - 1] = Math.max(out[n - 1], iv[1]);
            } else {
                out[n++] = iv[0];
                out[n++] = iv[1];
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** A local date and minute of the day ({@code 1440} = the next date's first instant) as epoch seconds. */
    public static long instant(LocalDate date, int minuteOfDay, ZoneId zone) {
        return instant(date.toEpochDay(), minuteOfDay, ZoneOffsets.of(zone));
    }

    /**
     * The instant of a minute of a local date (an epoch day) as {@code ZonedDateTime.of} resolves it
     * (minute 1440 is the next date's midnight).
     */
    public static long instant(long epochDay, int minuteOfDay, ZoneOffsets zone) {
        return zone.toEpochSecond(epochDay * 86_400 + minuteOfDay * 60L);
    }

    /** Whether the place is open at the instant. */
    public boolean isOpen(long s) {
        return nextOpen(s, s) == s;
    }

    /** The earliest open instant {@code >= s}, or {@link #NONE} if there is none at or before {@code limit}. */
    public long nextOpen(long s, long limit) {
        long last = epochDay(limit) + 1;
        for (long d = epochDay(s) - 1; d <= last; d++) {
            long[] iv = day(d);
            for (int i = 0; i < iv.length; i += 2) {
                if (iv[i + 1] > s) {
                    long at = Math.max(iv[i], s);
                    return at <= limit ? at : NONE;
                }
            }
        }
        return NONE;
    }

    /**
     * The instant at which {@code seconds} of working time after {@code start} are complete, time counting
     * only inside open intervals (spec 4.2): work pauses at closing and resumes at the next opening, and the
     * result may be a closing instant. With zero seconds, {@code start}. {@link #NONE} past {@code limit}.
     */
    public long addWorkingTime(long start, long seconds, long limit) {
        if (seconds == 0) {
            return start;
        }
        long remaining = seconds;
        long cur = start;
        long last = epochDay(limit) + 1;
        for (long d = epochDay(start) - 1; d <= last; d++) {
            long[] iv = day(d);
            for (int i = 0; i < iv.length; i += 2) {
                if (iv[i + 1] <= cur) {
                    continue;
                }
                long from = Math.max(iv[i], cur);
                long span = iv[i + 1] - from;
                if (remaining <= span) {
                    long done = from + remaining;
                    return done <= limit ? done : NONE;
                }
                remaining -= span;
                cur = iv[i + 1];
                if (cur > limit) {
                    return NONE;
                }
            }
        }
        return NONE;
    }

    @Override
    public String toString() {
        return "OpenCalendar[" + zone + ", from " + Instant.EPOCH + "]";
    }
}
