package io.promiseengine.internal.time;

import java.util.Arrays;
import java.util.Set;

/** A set of closed local dates (epoch days) as a sorted array: membership by binary search, no boxing. */
public final class ClosedDays {

    private final long[] days;

    public ClosedDays(Set<Long> epochDays) {
        days = epochDays.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    public boolean contains(long epochDay) {
        return days.length > 0 && Arrays.binarySearch(days, epochDay) >= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClosedDays other && Arrays.equals(days, other.days);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(days);
    }
}
