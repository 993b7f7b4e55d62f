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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;

/**
 * The delivery windows of a SCHEDULED service (spec 2.1 {@code windows}, 4.7): a week map read in the network's
 * zone where each interval is one window, less the service's closed dates.
 *
 * <p>Layout: for each local date (as an epoch day) a {@code long[]} of {@code [start0, end0, start1, end1, ...]}
 * epoch seconds, half-open, sorted by start then end. Unlike {@link OpenCalendar}, touching windows are not
 * merged: they stay two windows. Local times become instants as {@link OpenCalendar#instant(long, int,
 * ZoneOffsets)} resolves them ({@code 24:00} is the next date's first instant); a window that a DST gap
 * empties is dropped. Dates are computed once and cached; the calendar is immutable and thread-safe.
 */
public final class WindowCalendar {

    private static final long[] EMPTY = new long[0];

    private final ZoneOffsets offsets;
    private final int[][] minutesByDay = new int[7][];
    private final ClosedDays closed;
    private final DayCache days = new DayCache(this::compute);

    /**
     * @param zone the network's zone
     * @param windows the week map of windows
     * @param closedEpochDays the dates closed for the service, as epoch days
     */
    public WindowCalendar(ZoneId zone, WeeklyHours windows, Set<Long> closedEpochDays) {
        this.offsets = ZoneOffsets.of(zone);
        this.closed = new ClosedDays(closedEpochDays);
        for (DayOfWeek d : DayOfWeek.values()) {
            minutesByDay[d.getValue() - 1] = minutes(windows, d);
        }
    }

    private static int[] minutes(WeeklyHours windows, DayOfWeek d) {
        java.util.List<TimeRange> ranges = windows.on(d);
        int[] m = new int[ranges.size() * 2];
        for (int i = 0; i < ranges.size(); i++) {
            m[2 * i] = ranges.get(i).fromMinute();
            m[2 * i + 1] = ranges.get(i).toMinute();
        }
        return m;
    }

    /** The local date of an instant in the network's zone, as an epoch day. */
    public long epochDay(long epochSecond) {
        return offsets.epochDay(epochSecond);
    }

    /** The windows of one local date, {@code [start, end]} pairs. Do not modify the array. */
    public long[] day(long epochDay) {
        return days.get(epochDay);
    }

    private long[] compute(long epochDay) {
        return closed.contains(epochDay) ? EMPTY : windowsOn(epochDay, minutesByDay, offsets);
    }

    private static long[] windowsOn(long epochDay, int[][] minutesByDay, ZoneOffsets offsets) {
        int[] m = minutesByDay[LocalDate.ofEpochDay(epochDay).getDayOfWeek().getValue() - 1];
        long[][] pairs = new long[m.length / 2][];
        int n = 0;
        for (int i = 0; i < m.length; i += 2) {
            long start = OpenCalendar.instant(epochDay, m[i], offsets);
            long end = OpenCalendar.instant(epochDay, m[i + 1], offsets);
            if (end > start) {
                pairs[n++] = new long[] {start, end};
            }
        }
        Arrays.sort(pairs, 0, n, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        long[] out = new long[2 * n];
        for (int i = 0; i < n; i++) {
            out[2 * i] = pairs[i][0];
            out[2 * i + 1] = pairs[i][1];
        }
        return out;
    }
}
