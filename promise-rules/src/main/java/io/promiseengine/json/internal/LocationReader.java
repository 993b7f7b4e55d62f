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

import io.promiseengine.model.Ids;
import io.promiseengine.model.Limits;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.WeeklyHours;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads one entry of {@code locations} (spec 2.1). */
final class LocationReader {

    static final List<String> FIELDS = List.of("id", "name", "kind", "postalCode", "position", "zone", "hours",
            "closed", "preparation", "collect", "ship");
    static final List<String> PREPARATION_FIELDS = List.of("duration", "slot", "ordersPerSlot");
    private static final long DAY_SECONDS = 86_400;

    private final ReadContext ctx;
    private final Values values;

    LocationReader(ReadContext ctx) {
        this.ctx = ctx;
        this.values = ctx.values();
    }

    /** The location, or null when any of it is refused (its problems are reported). */
    Location read(At at, Node n) {
        int before = ctx.problems().count();
        Fields f = ctx.fields(at, n, FIELDS);
        if (f == null) {
            return null;
        }
        String id = f.get("id", true, this::id);
        String name = f.string("name", false, s -> Limits.checkText("name", s, Limits.MAX_NAME_LENGTH));
        LocationKind kind = f.get("kind", true, this::kind);
        String postalCode = f.string("postalCode", false, s -> Limits.checkPostalCode("postalCode", s));
        Position position = f.get("position", true, values::position);
        ZoneId zone = f.get("zone", false, values::zone);
        WeeklyHours hours = f.get("hours", false, values::hours);
        List<String> closed = f.get("closed", false, ctx::closed);
        Preparation preparation = f.get("preparation", false, this::preparation);
        Boolean collect = f.bool("collect");
        Boolean ship = f.bool("ship");
        if (ctx.problems().count() != before) {
            return null;
        }
        try {
            return new Location(id, name == null ? id : name, kind, postalCode == null ? "" : postalCode, position,
                    Optional.ofNullable(zone), hours == null ? WeeklyHours.allDay() : hours,
                    closed == null ? List.of() : closed, preparation == null ? Preparation.NONE : preparation,
                    collect != null && collect, ship == null ? kind.shipsByDefault() : ship);
        } catch (IllegalArgumentException e) {
            ctx.problems().add(at, e.getMessage()); // safety net: the checks above should have caught it
            return null;
        }
    }

    private String id(At at, Node n) {
        String id = values.types().string(at, n);
        return id == null ? null : checkId(ctx.problems(), at, id);
    }

    /** Spec 2.1: non-empty, not {@code *}, not starting with {@code kind:}. */
    static String checkId(Problems problems, At at, String id) {
        try {
            return Ids.check("id", id);
        } catch (IllegalArgumentException e) {
            problems.add(at, e.getMessage());
            return null;
        }
    }

    private LocationKind kind(At at, Node n) {
        String text = values.types().string(at, n);
        if (text == null) {
            return null;
        }
        for (LocationKind k : LocationKind.values()) {
            if (k.name().equals(text)) {
                return k;
            }
        }
        ctx.problems().add(at, "unknown location kind " + Fields.quote(text) + ", expected one of "
                + Arrays.toString(LocationKind.values()));
        return null;
    }

    private Preparation preparation(At at, Node n) {
        int before = ctx.problems().count();
        Fields f = ctx.fields(at, n, PREPARATION_FIELDS);
        if (f == null) {
            return null;
        }
        Duration duration = f.get("duration", false, (a, v) -> values.duration(a, v, "duration"));
        Duration slot = f.get("slot", false, this::slot);
        Integer orders = f.integer("ordersPerSlot", false, 1);
        // spec 2.1: slot and ordersPerSlot come together or not at all
        if (f.has("slot") && !f.has("ordersPerSlot")) {
            f.problem("ordersPerSlot", "missing: slot and ordersPerSlot come together");
        } else if (f.has("ordersPerSlot") && !f.has("slot")) {
            f.problem("slot", "missing: slot and ordersPerSlot come together");
        }
        if (ctx.problems().count() != before) {
            return null;
        }
        Duration d = duration == null ? Duration.ZERO : duration;
        return slot == null ? Preparation.of(d) : Preparation.of(d, slot, orders);
    }

    private Duration slot(At at, Node n) {
        Duration slot = values.duration(at, n, "slot");
        if (slot == null) {
            return null;
        }
        if (slot.isZero() || DAY_SECONDS % slot.getSeconds() != 0) {
            ctx.problems().add(at, "slot must be > 0 and divide 24 h, was " + slot);
            return null;
        }
        return slot;
    }
}
