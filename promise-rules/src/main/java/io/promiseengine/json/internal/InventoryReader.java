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
import io.promiseengine.model.Network;
import io.promiseengine.model.Problem;
import io.promiseengine.model.Service;
import io.promiseengine.model.WindowLoad;
import io.promiseengine.model.Location;
import io.promiseengine.model.Selector;
import io.promiseengine.model.SlotLoad;
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.Supply;
import io.promiseengine.model.Transfer;
import io.promiseengine.model.WeeklyTimes;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the entries of {@code transfers}, {@code stock}, {@code supply} and {@code load} (spec 2.1). */
final class InventoryReader {

    static final List<String> TRANSFER_FIELDS = List.of("from", "to", "departures", "duration", "receiving");
    static final List<String> STOCK_FIELDS = List.of("location", "sku", "onHand", "reserved", "safety");
    static final List<String> SUPPLY_FIELDS = List.of("location", "sku", "quantity", "arrives");
    static final List<String> LOAD_FIELDS = List.of("location", "slot", "orders");
    static final List<String> WINDOW_LOAD_FIELDS = List.of("service", "zone", "window", "orders");

    private final ReadContext ctx;
    private final Values values;
    private final Set<String> stockPairs = new HashSet<>();

    InventoryReader(ReadContext ctx) {
        this.ctx = ctx;
        this.values = ctx.values();
    }

    Transfer transfer(At at, Node n) {
        int before = ctx.problems().count();
        Fields f = ctx.fields(at, n, TRANSFER_FIELDS);
        if (f == null) {
            return null;
        }
        Selector from = f.get("from", true, ctx::selector);
        List<Selector> to = f.get("to", true, (a, v) -> values.list(a, v, ctx::selector));
        WeeklyTimes departures = f.get("departures", true, values::times);
        Duration duration = f.get("duration", true, (a, v) -> values.duration(a, v, "duration"));
        Duration receiving = f.get("receiving", false, (a, v) -> values.duration(a, v, "receiving"));
        if (ctx.problems().count() != before) {
            return null;
        }
        return new Transfer(from, to, departures, duration, receiving == null ? Duration.ZERO : receiving);
    }

    /** A stock entry; a (location, sku) pair named twice is reported at the later entry (spec 2.1). */
    StockLevel stock(At at, Node n) {
        int before = ctx.problems().count();
        Fields f = ctx.fields(at, n, STOCK_FIELDS);
        if (f == null) {
            return null;
        }
        String location = f.get("location", true, this::location);
        String sku = f.get("sku", true, this::sku);
        if (location != null && sku != null && !stockPairs.add(location + '\u0000' + sku)) {
            ctx.problems().add(at, "stock of " + Fields.quote(sku) + " at " + Fields.quote(location) + " is given twice");
        }
        Integer onHand = f.integer("onHand", true, 0);
        Integer reserved = f.integer("reserved", false, 0);
        Integer safety = f.integer("safety", false, 0);
        if (ctx.problems().count() != before) {
            return null;
        }
        return new StockLevel(location, sku, onHand, reserved == null ? 0 : reserved, safety == null ? 0 : safety);
    }

    Supply supply(At at, Node n) {
        int before = ctx.problems().count();
        Fields f = ctx.fields(at, n, SUPPLY_FIELDS);
        if (f == null) {
            return null;
        }
        String location = f.get("location", true, this::location);
        String sku = f.get("sku", true, this::sku);
        Integer quantity = f.integer("quantity", true, 1);
        Instant arrives = f.get("arrives", true, values::instant);
        if (ctx.problems().count() != before) {
            return null;
        }
        return new Supply(location, sku, quantity, arrives);
    }

    /**
     * A load entry: its slot must be a slot start of its location (in the location's zone, else the
     * network's), checked only when the location has a capacity limit: one without ignores its load.
     */
    SlotLoad load(At at, Node n) {
        int before = ctx.problems().count();
        Fields f = ctx.fields(at, n, LOAD_FIELDS);
        if (f == null) {
            return null;
        }
        String location = f.get("location", true, this::location);
        Instant slot = f.get("slot", true, values::instant);
        Integer orders = f.integer("orders", true, 0);
        Optional<Location> l = location == null ? Optional.empty() : ctx.location(location);
        if (slot != null && l.isPresent() && l.get().preparation().hasCapacityLimit()) {
            Optional<ZoneId> zone = l.get().zone().or(ctx::zone);
            if (zone.isPresent() && l.get().preparation().slotStart(slot, zone.get()).getEpochSecond() != slot.getEpochSecond()) {
                f.problem("slot", "slot " + ((Node.Scalar) f.node("slot", false)).text() + " is not the start of a "
                        + l.get().preparation().slot() + " slot of " + Fields.quote(location) + " in " + zone.get());
            }
        }
        if (ctx.problems().count() != before) {
            return null;
        }
        return new SlotLoad(location, slot, orders);
    }

    /**
     * A windowLoad entry (spec 2.1): its service must be a SCHEDULED service of the network with a zone whose
     * {@code to} is {@code zone}, and {@code window} the start of one of its windows on that local date.
     *
     * @param services the services read, by id; an id mapped to null is a service refused for its own problems
     */
    WindowLoad windowLoad(At at, Node n, Map<String, Service> services) {
        int before = ctx.problems().count();
        Fields f = ctx.fields(at, n, WINDOW_LOAD_FIELDS);
        if (f == null) {
            return null;
        }
        String service = f.string("service", true);
        String zone = f.string("zone", true, s -> Limits.checkPostalCode("zone", s));
        Instant window = f.get("window", true, values::instant);
        Integer orders = f.integer("orders", true, 0);
        if (ctx.problems().count() != before) {
            return null;
        }
        WindowLoad entry = new WindowLoad(service, zone, window, orders);
        Optional<ZoneId> networkZone = ctx.zone();
        if (services.containsKey(service) && services.get(service) == null || networkZone.isEmpty()) {
            return entry; // the service or the zone has problems of its own
        }
        for (Problem p : Network.checkWindowLoad(networkZone.get(), services.get(service), entry, "")) {
            f.problem(p.path().substring(1), p.message());
        }
        return ctx.problems().count() != before ? null : entry;
    }

    private String location(At at, Node n) {
        String id = values.types().string(at, n);
        return id == null || !ctx.knownLocation(at, id) ? null : id;
    }

    private String sku(At at, Node n) {
        return values.types().string(at, n, s -> Ids.checkSku("sku", s));
    }
}
