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

import java.time.ZoneId;

/**
 * Preparation slots of a local date (spec 2.1): slot k starts k x slot of elapsed time after the date's
 * first instant; the last slot ends at the next date's first instant, so 23 h and 25 h days have a
 * shorter or longer last slot (a 23 h day may have an empty last slot). Times are epoch seconds.
 */
public final class Slots {

    private Slots() {
    }

    /** The start of the slot that contains {@code epochSecond} at a location with slots of {@code slotSeconds}. */
    public static long slotStart(long epochSecond, ZoneId zone, long slotSeconds) {
        return slotStart(epochSecond, ZoneOffsets.of(zone), slotSeconds);
    }

    /** As {@link #slotStart(long, ZoneId, long)}, with the zone's offset table. */
    public static long slotStart(long epochSecond, ZoneOffsets zone, long slotSeconds) {
        long first = zone.startOfDay(zone.epochDay(epochSecond));
        long perDay = 86_400 / slotSeconds;
        long k = Math.min((epochSecond - first) / slotSeconds, perDay - 1);
        return first + k * slotSeconds;
    }

    /** The end (exclusive) of the slot that starts at {@code slotStart}. */
    public static long slotEnd(long slotStart, ZoneId zone, long slotSeconds) {
        return slotEnd(slotStart, ZoneOffsets.of(zone), slotSeconds);
    }

    /** As {@link #slotEnd(long, ZoneId, long)}, with the zone's offset table. */
    public static long slotEnd(long slotStart, ZoneOffsets zone, long slotSeconds) {
        long day = zone.epochDay(slotStart);
        long first = zone.startOfDay(day);
        long next = zone.startOfDay(day + 1);
        long perDay = 86_400 / slotSeconds;
        long k = (slotStart - first) / slotSeconds;
        return k >= perDay - 1 ? next : Math.min(next, slotStart + slotSeconds);
    }

    /** Whether an instant is the start of a (non-empty) slot of the local date it falls on. */
    public static boolean isSlotStart(long epochSecond, ZoneId zone, long slotSeconds) {
        return slotStart(epochSecond, zone, slotSeconds) == epochSecond;
    }
}
