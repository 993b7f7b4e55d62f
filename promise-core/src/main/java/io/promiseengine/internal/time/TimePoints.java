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

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * Instants that recur each week at local times, never on closed dates: a carrier's collections at an
 * origin (spec 2.1, 4.3), a transfer route's departures (4.4). Local times become instants as
 * {@link java.time.ZonedDateTime#of} resolves them; two times resolving to one instant count once.
 *
 * <p>Layout: per local date (epoch day) a sorted {@code long[]} of distinct epoch seconds, cached.
 */
public final class TimePoints {

    private static final long[] EMPTY = new long[0];

    private final ZoneId zone;
    private final ZoneOffsets offsets;
    private final int[][] minutesByDay = new int[7][];
    private final ClosedDays closed;
    private final DayCache days = new DayCache(this::compute);

    /**
     * @param zone the zone of the local times
     * @param minutesByDayOfWeek for Monday (index 0) to Sunday, the minutes of the day (any order, duplicates allowed)
     * @param closedEpochDays dates without any point
     */
    public TimePoints(ZoneId zone, int[][] minutesByDayOfWeek, Set<Long> closedEpochDays) {
        this.zone = zone;
        this.offsets = ZoneOffsets.of(zone);
        this.closed = new ClosedDays(closedEpochDays);
        for (int d = 0; d < 7; d++) {
            TreeSet<Integer> sorted = new TreeSet<>();
            for (int m : minutesByDayOfWeek[d]) {
                sorted.add(m);
            }
            minutesByDay[d] = sorted.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    public ZoneId zone() {
        return zone;
    }

    /** Whether any day of the week has a point at all. */
    public boolean isEmpty() {
        for (int[] m : minutesByDay) {
            if (m.length > 0) {
                return false;
            }
        }
        return true;
    }

    private long[] day(long epochDay) {
        return days.get(epochDay);
    }

    private long[] compute(long epochDay) {
        long[] cached;
        {
            if (closed.contains(epochDay)) {
                cached = EMPTY;
            } else {
                LocalDate date = LocalDate.ofEpochDay(epochDay);
                int[] m = minutesByDay[date.getDayOfWeek().getValue() - 1];
                long[] all = new long[m.length];
                for (int i = 0; i < m.length; i++) {
                    all[i] = OpenCalendar.instant(epochDay, m[i], offsets);
                }
                // a time in a DST gap moves forward and may pass a later time of the date: sort, then dedupe
                Arrays.sort(all);
                int n = 0;
                for (long s : all) {
                    if (n == 0 || s > all[n - 1]) {
                        all[n++] = s;
                    }
                }
                cached = n == all.length ? all : Arrays.copyOf(all, n);
            }
        }
        return cached;
    }

    /** The first point {@code >= s}, or {@link OpenCalendar#NONE} if none at or before {@code limit}. */
    public long next(long s, long limit) {
        long last = LocalDates.epochDay(limit, offsets) + 1;
        for (long d = LocalDates.epochDay(s, offsets) - 1; d <= last; d++) {
            long[] p = day(d);
            for (long x : p) {
                if (x >= s) {
                    return x <= limit ? x : OpenCalendar.NONE;
                }
            }
        }
        return OpenCalendar.NONE;
    }

    /** Minutes of the day of a day of the week, for building: Monday is {@link DayOfWeek#MONDAY}. */
    public int[] minutesOn(DayOfWeek day) {
        return minutesByDay[day.getValue() - 1].clone();
    }
}
