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
package io.promiseengine.json.internal;

import io.promiseengine.model.Limits;
import io.promiseengine.model.Location;
import io.promiseengine.model.Selector;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the parts of one network document share while it is read: the problems, the network's zone, the
 * calendar names and the location ids the document declares, for the cross-reference checks that the
 * model's {@code Network.check} also makes, here with the document's paths and positions.
 */
public final class ReadContext {

    private final Problems problems = new Problems();
    private final Values values = new Values(problems);
    private final Set<String> calendarNames = new HashSet<>();
    private final Set<String> locationIds = new HashSet<>();
    private final Map<String, Location> locations = new HashMap<>();
    private ZoneId zone;

    public Problems problems() {
        return problems;
    }

    public Values values() {
        return values;
    }

    /** Starts reading an object of the document. */
    public Fields fields(At at, Node n, List<String> known) {
        return Fields.of(problems, at, n, known);
    }

    public Optional<ZoneId> zone() {
        return Optional.ofNullable(zone);
    }

    void zone(ZoneId zone) {
        this.zone = zone;
    }

    void calendarName(String name) {
        calendarNames.add(name);
    }

    /** Declares a location id named in the document, even if the location itself is refused. */
    void locationId(String id) {
        locationIds.add(id);
    }

    /** A location read without problems (the first one of its id). */
    void location(Location location) {
        locations.putIfAbsent(location.id(), location);
    }

    /** The location read without problems under this id, if any. */
    Optional<Location> location(String id) {
        return Optional.ofNullable(locations.get(id));
    }

    /** A location id the document declares; else a problem {@code unknown location "x"}. */
    boolean knownLocation(At at, String id) {
        if (!locationIds.contains(id)) {
            problems.add(at, "unknown location " + Fields.quote(id));
            return false;
        }
        return true;
    }

    /** A {@code closed} list: each entry a calendar name (looked up first) or an ISO date. */
    public List<String> closed(At at, Node n) {
        return values.list(at, n, (a, item) -> {
            String entry = values.types().string(a, item);
            if (entry == null || calendarNames.contains(entry)) {
                return entry;
            }
            try {
                return values.types().check(a, LocalDate.parse(entry), d -> Limits.checkDate("date", d)) == null ? null : entry;
            } catch (DateTimeParseException e) {
                problems.add(a, Fields.quote(entry) + " is neither a calendar of the network nor an ISO date (yyyy-MM-dd)");
                return null;
            }
        });
    }

    /** A selector: {@code *}, {@code kind:KIND} or the id of a location of the document. */
    public Selector selector(At at, Node n) {
        String text = values.types().string(at, n);
        if (text == null) {
            return null;
        }
        Selector selector;
        try {
            selector = Selector.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(at, e.getMessage());
            return null;
        }
        if (!selector.locationId().isEmpty() && !knownLocation(at, selector.locationId())) {
            return null;
        }
        return selector;
    }
}
