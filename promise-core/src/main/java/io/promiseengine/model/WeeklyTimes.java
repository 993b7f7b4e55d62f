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
import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Times of the week: day sets to lists of local times, as a transfer's {@code departures} (spec 2.1).
 * A day named in two keys is an error; a time listed twice counts once; a day not named has none.
 */
public final class WeeklyTimes {

    private final Map<DaySet, List<LocalTime>> entries;
    @SuppressWarnings("unchecked")
    private final List<LocalTime>[] byDay = new List[7];

    private WeeklyTimes(Map<DaySet, List<LocalTime>> entries) {
        this.entries = entries;
        for (int d = 0; d < 7; d++) {
            byDay[d] = List.of();
        }
        for (Map.Entry<DaySet, List<LocalTime>> e : entries.entrySet()) {
            List<LocalTime> sorted = List.copyOf(new TreeSet<>(e.getValue()));
            for (DayOfWeek day : e.getKey().days()) {
                byDay[day.getValue() - 1] = sorted;
            }
        }
    }

    /**
     * Times from day sets, in the given order.
     *
     * @param times the times by day set
     * @return the weekly times
     * @throws IllegalArgumentException when a day is in two keys
     * @throws NullPointerException when {@code times} or a part is null
     */
    public static WeeklyTimes of(Map<DaySet, List<LocalTime>> times) {
        Objects.requireNonNull(times, "times");
        Map<DaySet, List<LocalTime>> copy = new LinkedHashMap<>();
        int seen = 0;
        for (Map.Entry<DaySet, List<LocalTime>> e : times.entrySet()) {
            DaySet days = Objects.requireNonNull(e.getKey(), "times key");
            if ((seen & days.mask()) != 0) {
                throw new IllegalArgumentException("times name a day twice: " + days + " overlaps an earlier key");
            }
            seen |= days.mask();
            copy.put(days, List.copyOf(e.getValue()));
        }
        return new WeeklyTimes(Collections.unmodifiableMap(copy));
    }

    /**
     * Shorthand for one day set: {@code WeeklyTimes.of("MON-FRI", "20:00")}.
     *
     * @param days a day set, such as {@code "MON-FRI"}
     * @param times local times, such as {@code "20:00"}
     * @return the weekly times
     * @throws IllegalArgumentException when a text cannot be parsed
     */
    public static WeeklyTimes of(String days, String... times) {
        Map<DaySet, List<LocalTime>> map = new LinkedHashMap<>();
        map.put(DaySet.parse(days), java.util.Arrays.stream(times).map(LocalTimes::parse).toList());
        return of(map);
    }

    /**
     * The entries as given.
     *
     * @return the times by day set
     */
    public Map<DaySet, List<LocalTime>> entries() {
        return entries;
    }

    /**
     * The distinct times of one day of the week, sorted.
     *
     * @param day the day of the week
     * @return its times, empty when none
     */
    public List<LocalTime> on(DayOfWeek day) {
        return byDay[day.getValue() - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyTimes other && other.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
