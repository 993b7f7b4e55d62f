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

/**
 * A local time interval of one day, {@code HH:MM-HH:MM}, half-open {@code [from, to)}, with
 * {@code from < to}; {@code 24:00} is allowed only as the end (spec 2.1). Kept as minutes of the day.
 *
 * @param fromMinute minutes after midnight where the interval opens, in [0, 1439]
 * @param toMinute minutes after midnight where it closes, in [1, 1440]
 */
public record TimeRange(int fromMinute, int toMinute) implements Comparable<TimeRange> {

    /**
     * Checks the parts.
     *
     * @param fromMinute minutes after midnight where the interval opens, in [0, 1439]
     * @param toMinute minutes after midnight where it closes, in [1, 1440]
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     */
    public TimeRange {
        if (fromMinute < 0 || fromMinute >= 1440) {
            throw new IllegalArgumentException("time range start must be in 00:00..23:59, was " + LocalTimes.format(fromMinute));
        }
        if (toMinute <= fromMinute || toMinute > 1440) {
            throw new IllegalArgumentException("time range " + LocalTimes.format(fromMinute) + "-" + LocalTimes.format(toMinute)
                    + " must end after it starts, at 24:00 at the latest");
        }
    }

    /**
     * Reads {@code HH:MM-HH:MM}.
     *
     * @param text the range
     * @return the time range
     * @throws IllegalArgumentException when the text is not a range of two times, the first before the second
     */
    public static TimeRange parse(String text) {
        int dash = text == null ? -1 : text.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("expected an interval HH:MM-HH:MM, was " + Echo.quote(text));
        }
        int from = LocalTimes.parseMinute(text.substring(0, dash), false, text);
        int to = LocalTimes.parseMinute(text.substring(dash + 1), true, text);
        if (to <= from) {
            throw new IllegalArgumentException("interval " + Echo.quote(text) + " must end after it starts");
        }
        return new TimeRange(from, to);
    }

    /**
     * The range from one time to another.
     *
     * @param from {@code HH:MM}
     * @param to {@code HH:MM}, after {@code from}
     * @return the time range
     * @throws IllegalArgumentException when a time cannot be parsed or {@code to} is not after {@code from}
     */
    public static TimeRange of(String from, String to) {
        return parse(from + "-" + to);
    }

    /**
     * Whether the ranges share a minute (touching is not overlapping).
     *
     * @param other the other range
     * @return true when they overlap
     */
    public boolean overlaps(TimeRange other) {
        return fromMinute < other.toMinute && other.fromMinute < toMinute;
    }

    @Override
    public int compareTo(TimeRange o) {
        return fromMinute != o.fromMinute ? Integer.compare(fromMinute, o.fromMinute) : Integer.compare(toMinute, o.toMinute);
    }

    @Override
    public String toString() {
        return LocalTimes.format(fromMinute) + "-" + LocalTimes.format(toMinute);
    }
}
