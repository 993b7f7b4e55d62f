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

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A zone's UTC offsets as a table: transition instants (epoch seconds, ascending) and the offset in force
 * from each, so the local date of an instant is a binary search and an addition, without allocating.
 * Covers 1970 to 2200 from the zone's rules; outside that range it asks {@link ZoneRules}.
 */
public final class ZoneOffsets {

    private static final long FROM = 0L;
    private static final long TO = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
    private static final ConcurrentHashMap<ZoneId, ZoneOffsets> CACHE = new ConcurrentHashMap<>();

    private final ZoneId zone;
    private final ZoneRules rules;
    /** starts[i]: first second at which offsets[i] applies; starts[0] = FROM. */
    private final long[] starts;
    private final int[] offsets;

    private ZoneOffsets(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
        List<long[]> list = new ArrayList<>();
        list.add(new long[] {FROM, rules.getOffset(Instant.ofEpochSecond(FROM)).getTotalSeconds()});
        ZoneOffsetTransition tr = rules.nextTransition(Instant.ofEpochSecond(FROM));
        while (tr != null && tr.toEpochSecond() < TO) {
            list.add(new long[] {tr.toEpochSecond(), tr.getOffsetAfter().getTotalSeconds()});
            tr = rules.nextTransition(tr.getInstant());
        }
        starts = new long[list.size()];
        offsets = new int[list.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = list.get(i)[0];
            offsets[i] = (int) list.get(i)[1];
        }
    }

    public static ZoneOffsets of(ZoneId zone) {
        return CACHE.computeIfAbsent(zone, ZoneOffsets::new);
    }

    /** The offset in seconds in force at an instant. */
    public int offsetAt(long epochSecond) {
        if (epochSecond < FROM || epochSecond >= TO) {
            return rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
        }
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= epochSecond) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return offsets[lo];
    }

    /** The local date of an instant, as an epoch day. */
    public long epochDay(long epochSecond) {
        return Math.floorDiv(epochSecond + offsetAt(epochSecond), 86_400);
    }

    /**
     * The instant of a local date-time given as seconds since 1970-01-01T00:00 local, as
     * {@code ZonedDateTime.of(local, zone)} resolves it: in an overlap the earlier offset (the one in force
     * before the transition), in a gap the local time moved later by the gap's length.
     */
    public long toEpochSecond(long localSecond) {
        if (localSecond < FROM + 2 * 86_400 || localSecond >= TO - 2 * 86_400) {
            java.time.LocalDateTime local = java.time.LocalDateTime.ofEpochSecond(localSecond, 0, java.time.ZoneOffset.UTC);
            return java.time.ZonedDateTime.of(local, zone).toEpochSecond();
        }
        // k: the last period whose local start is at or before the local time (local starts are ascending)
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] + offsets[mid] <= localSecond) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int k = lo;
        if (k > 0 && localSecond - offsets[k - 1] < starts[k]) {
            return localSecond - offsets[k - 1]; // overlap: the earlier offset
        }
        return localSecond - offsets[k]; // valid in period k, or in the gap after it (moved later)
    }

    /** The first instant of a local date (an epoch day), as {@code LocalDate.atStartOfDay(zone)} gives it. */
    public long startOfDay(long epochDay) {
        return toEpochSecond(epochDay * 86_400);
    }
}
