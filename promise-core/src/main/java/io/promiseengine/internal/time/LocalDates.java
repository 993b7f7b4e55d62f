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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/** Conversions between epoch seconds and local dates. */
public final class LocalDates {

    private LocalDates() {
    }

    /** The local date of an instant in a zone, as an epoch day. */
    public static long epochDay(long epochSecond, ZoneId zone) {
        return epochDay(epochSecond, ZoneOffsets.of(zone));
    }

    /** As {@link #epochDay(long, ZoneId)}, with the zone's offset table. */
    public static long epochDay(long epochSecond, ZoneOffsets zone) {
        if (epochSecond == Long.MAX_VALUE) {
            return Long.MAX_VALUE / 86_400;
        }
        if (epochSecond == Long.MIN_VALUE) {
            return Long.MIN_VALUE / 86_400;
        }
        return zone.epochDay(epochSecond);
    }

    /** Epoch days of a set of dates. */
    public static Set<Long> epochDays(Set<LocalDate> dates) {
        Set<Long> out = new HashSet<>();
        for (LocalDate d : dates) {
            out.add(d.toEpochDay());
        }
        return out;
    }
}
