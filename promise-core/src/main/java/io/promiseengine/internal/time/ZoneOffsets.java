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
 * from each, indexed by buckets of about 12 days, so the local date of an instant is a table lookup, a step
 * over the transitions of its bucket (rarely one) and an addition, without allocating.
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
    /** localStarts[i]: the local time (seconds since 1970-01-01T00:00 local) at which period i starts. */
    private final long[] localStarts;
    /**
     * Per bucket of {@code 2^BUCKET_BITS} seconds from FROM: the period in force at the bucket's first instant,
     * and the last period whose local start is at or before the bucket's first local second (0 for none), so a
     * lookup starts there and steps over the few transitions inside the bucket instead of a binary search.
     */
    private final int[] byBucket;
    private final int[] localByBucket;
    private static final int BUCKET_BITS = 20;

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
        localStarts = new long[list.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = list.get(i)[0];
            offsets[i] = (int) list.get(i)[1];
            localStarts[i] = starts[i] + offsets[i];
        }
        int buckets = (int) ((TO - FROM) >> BUCKET_BITS) + 1;
        byBucket = new int[buckets];
        localByBucket = new int[buckets];
        int k = 0;
        int local = 0;
        for (int b = 0; b < buckets; b++) {
            long at = FROM + ((long) b << BUCKET_BITS);
            while (k + 1 < starts.length && starts[k + 1] <= at) {
                k++;
            }
            while (local + 1 < localStarts.length && localStarts[local + 1] <= at) {
                local++;
            }
            byBucket[b] = k;
            localByBucket[b] = local;
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
        int k = byBucket[(int) ((epochSecond - FROM) >> BUCKET_BITS)];
        while (k + 1 < starts.length && starts[k + 1] <= epochSecond) {
            k++;
        }
        return offsets[k];
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
        int k = localByBucket[(int) ((localSecond - FROM) >> BUCKET_BITS)];
        while (k + 1 < localStarts.length && localStarts[k + 1] <= localSecond) {
            k++;
        }
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
