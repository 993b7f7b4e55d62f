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
package io.promiseengine.model;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Opening hours of a week: day sets to lists of {@link TimeRange}s (spec 2.1). A day named in two
 * keys is an error; intervals of one day may touch but not overlap; a day not named is closed.
 * {@link #allDay()} stands for a location without {@code hours}: open all day, every day.
 */
public final class WeeklyHours {

    private static final WeeklyHours ALL_DAY = new WeeklyHours(Map.of(), true);

    private final Map<DaySet, List<TimeRange>> entries;
    private final boolean allDay;
    @SuppressWarnings("unchecked")
    private final List<TimeRange>[] byDay = new List[7];

    private WeeklyHours(Map<DaySet, List<TimeRange>> entries, boolean allDay) {
        this.entries = entries;
        this.allDay = allDay;
        for (int d = 0; d < 7; d++) {
            byDay[d] = allDay ? List.of(new TimeRange(0, 1440)) : List.of();
        }
        for (Map.Entry<DaySet, List<TimeRange>> e : entries.entrySet()) {
            List<TimeRange> sorted = new ArrayList<>(e.getValue());
            Collections.sort(sorted);
            for (DayOfWeek day : e.getKey().days()) {
                byDay[day.getValue() - 1] = List.copyOf(sorted);
            }
        }
    }

    /**
     * Open all day every day: the meaning of a location without {@code hours}.
     *
     * @return hours open all day every day
     */
    public static WeeklyHours allDay() {
        return ALL_DAY;
    }

    /**
     * Hours from day sets to intervals, in the given order. Throws {@link IllegalArgumentException}
     * when a day is in two keys or two intervals of a day overlap.
     *
     * @param hours intervals by day set
     * @return the hours
     * @throws IllegalArgumentException when a day is in two keys or two intervals of a day overlap
     */
    public static WeeklyHours of(Map<DaySet, List<TimeRange>> hours) {
        Objects.requireNonNull(hours, "hours");
        Map<DaySet, List<TimeRange>> copy = new LinkedHashMap<>();
        int seen = 0;
        for (Map.Entry<DaySet, List<TimeRange>> e : hours.entrySet()) {
            DaySet days = Objects.requireNonNull(e.getKey(), "hours key");
            if ((seen & days.mask()) != 0) {
                throw new IllegalArgumentException("hours name a day twice: " + days + " overlaps an earlier key");
            }
            seen |= days.mask();
            List<TimeRange> ranges = List.copyOf(e.getValue());
            checkNoOverlap(days.toString(), ranges);
            copy.put(days, ranges);
        }
        return new WeeklyHours(Collections.unmodifiableMap(copy), false);
    }

    /**
     * Throws when two of the ranges overlap (touching is fine).
     *
     * @param key the day set's text, for the message
     * @param ranges the intervals of a day
     * @throws IllegalArgumentException when two ranges overlap
     */
    public static void checkNoOverlap(String key, List<TimeRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            for (int j = i + 1; j < ranges.size(); j++) {
                if (ranges.get(i).overlaps(ranges.get(j))) {
                    throw new IllegalArgumentException("intervals " + ranges.get(i) + " and " + ranges.get(j) + " of " + key + " overlap");
                }
            }
        }
    }

    /**
     * Shorthand for one day set: {@code WeeklyHours.of("MON-SAT", "10:00-20:00")}.
     *
     * @param days a day set, such as {@code "MON-SAT"}
     * @param ranges intervals, such as {@code "10:00-20:00"}
     * @return the hours
     * @throws IllegalArgumentException when a text cannot be parsed or ranges overlap
     */
    public static WeeklyHours of(String days, String... ranges) {
        List<TimeRange> list = new ArrayList<>();
        for (String r : ranges) {
            list.add(TimeRange.parse(r));
        }
        Map<DaySet, List<TimeRange>> map = new LinkedHashMap<>();
        map.put(DaySet.parse(days), list);
        return of(map);
    }

    /**
     * Whether the location is open all day every day ({@link #allDay()}).
     *
     * @return true for all day
     */
    public boolean isAllDay() {
        return allDay;
    }

    /**
     * The entries as given (empty for {@link #allDay()}).
     *
     * @return the entries, by day set
     */
    public Map<DaySet, List<TimeRange>> entries() {
        return entries;
    }

    /**
     * The intervals of one day of the week, sorted by start.
     *
     * @param day the day of the week
     * @return its intervals, empty when closed
     */
    public List<TimeRange> on(DayOfWeek day) {
        return byDay[day.getValue() - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyHours other && other.allDay == allDay && other.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode() * 31 + (allDay ? 1 : 0);
    }

    @Override
    public String toString() {
        return allDay ? "always" : entries.toString();
    }
}
