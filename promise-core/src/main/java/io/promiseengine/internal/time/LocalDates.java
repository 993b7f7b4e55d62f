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
