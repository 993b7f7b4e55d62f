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
