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
package io.promiseengine.internal.engine;

import io.promiseengine.model.Lane;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lanes of one home-delivery service, indexed so that choosing the lane of an origin and a destination
 * (spec 4.3: longest {@code to}, then longest {@code from}, then first listed) costs a few hash lookups
 * instead of a scan of every lane: by {@code to}, then by {@code from}, the first listed lane of that pair.
 *
 * <p>Two distinct prefixes of one postal code have distinct lengths, so walking the destination's prefixes
 * from the longest and, for each, the origin's prefixes from the longest, the first pair present is the
 * lane the spec chooses. Immutable after construction; shared by every quote of a snapshot. The one place of
 * the rule: the transit learner maps a delivery outcome to the lane a quote would have used with it, and the
 * tracker's order index keys a home-delivery shipment by it (the lane a {@code CarrierDelayed} event names).
 */
public final class LaneIndex {

    private final Map<String, Map<String, Lane>> byToThenFrom = new HashMap<>();

    public LaneIndex(List<Lane> lanes) {
        for (Lane lane : lanes) {
            byToThenFrom.computeIfAbsent(lane.to(), k -> new HashMap<>()).putIfAbsent(lane.from(), lane);
        }
    }

    /** The groups of lanes whose {@code to} is a prefix of the destination, longest first. */
    @SuppressWarnings("unchecked")
    public Map<String, Lane>[] forDestination(String destinationPostalCode) {
        Map<String, Lane>[] groups = new Map[destinationPostalCode.length() + 1];
        int count = 0;
        for (int len = destinationPostalCode.length(); len >= 0; len--) {
            Map<String, Lane> group = byToThenFrom.get(destinationPostalCode.substring(0, len));
            if (group != null) {
                groups[count++] = group;
            }
        }
        return java.util.Arrays.copyOf(groups, count);
    }

    /**
     * The lane from an origin whose postal-code prefixes are given longest first, among the destination's
     * groups from {@link #forDestination}; null for none.
     */
    public static Lane choose(Map<String, Lane>[] destinationGroups, String[] originPrefixes) {
        for (Map<String, Lane> group : destinationGroups) {
            for (String prefix : originPrefixes) {
                Lane lane = group.get(prefix);
                if (lane != null) {
                    return lane;
                }
            }
        }
        return null;
    }

    /**
     * The lane from an origin to a destination, for a caller that asks once (the tracker's index, the transit
     * learner): {@link #choose} on {@link #forDestination} and {@link #prefixes}; null for none. A quote keeps the
     * destination's groups and the origins' prefixes instead (Snapshot.LaneChoice).
     */
    public Lane lane(String originPostalCode, String destinationPostalCode) {
        return choose(forDestination(destinationPostalCode), prefixes(originPostalCode));
    }

    /** Every prefix of a postal code, longest first, the empty one last. */
    public static String[] prefixes(String postalCode) {
        String[] p = new String[postalCode.length() + 1];
        for (int len = postalCode.length(); len >= 0; len--) {
            p[postalCode.length() - len] = postalCode.substring(0, len);
        }
        return p;
    }
}
