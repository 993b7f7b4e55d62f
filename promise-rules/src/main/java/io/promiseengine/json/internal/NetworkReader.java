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

import io.promiseengine.model.InvalidNetworkException;
import io.promiseengine.model.Limits;
import io.promiseengine.model.Location;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Service;
import io.promiseengine.model.SlotLoad;
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.Supply;
import io.promiseengine.model.Transfer;
import io.promiseengine.model.WindowLoad;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads a whole {@code promise-network/1} document (spec 2): every part is checked, every problem is
 * collected with its path, and a network is returned only when there is none.
 */
public final class NetworkReader {

    public static final String FORMAT = "promise-network/1";
    static final List<String> FIELDS = List.of("format", "zone", "currency", "calendars", "postalCodes", "locations", "services",
            "transfers", "stock", "supply", "load", "windowLoad");

    private final ReadContext ctx = new ReadContext();
    private final Values values = ctx.values();

    private NetworkReader() {
    }

    /** The network the text describes; throws {@link InvalidNetworkException} with every problem in document order. */
    public static Network read(String json) {
        return new NetworkReader().document(json);
    }

    private Network document(String json) {
        Problems problems = ctx.problems();
        Node root = TreeReader.read(json, problems, Set.copyOf(FIELDS));
        if (root == null) {
            throw new InvalidNetworkException(problems.sorted());
        }
        if (!(root instanceof Node.Obj)) {
            problems.add(new At(At.DOCUMENT, 0), "expected a promise-network/1 object, was " + root.describe());
            throw new InvalidNetworkException(problems.sorted());
        }
        Fields f = ctx.fields(new At("", root.offset()), root, FIELDS);
        f.get("format", true, this::format);
        ZoneId zone = f.get("zone", true, values::zone);
        ctx.zone(zone);
        Currency currency = f.get("currency", false, values::currency);
        Map<String, List<LocalDate>> calendars = orEmpty(f.get("calendars", false, this::calendars));
        Map<String, Position> postalCodes = orEmpty(f.get("postalCodes", false, this::postalCodes));
        // a first pass for the ids only: a missing field is reported once, when the locations are read
        Node locationsNode = f.node("locations", false);
        if (locationsNode instanceof Node.Arr arr) {
            declareLocationIds(arr);
        }
        List<Location> locations = f.get("locations", true, this::locations);
        ServiceReader serviceReader = new ServiceReader(ctx);
        // services by id as they are read, for windowLoad; ids of refused services are known but map to null
        Map<String, Service> servicesById = new java.util.HashMap<>();
        List<Service> services = f.get("services", true, (a, n) -> uniqueIds(values.list(a, n, (sa, sn) -> {
            Service s = serviceReader.read(sa, sn);
            String id = declaredId(sn);
            if (id != null && !servicesById.containsKey(id)) {
                servicesById.put(id, s);
            }
            return s;
        }), a, n));
        somethingToPromise(f, locationsNode, f.node("services", false));
        InventoryReader inventory = new InventoryReader(ctx);
        List<Transfer> transfers = list(f, "transfers", inventory::transfer);
        List<StockLevel> stock = list(f, "stock", inventory::stock);
        List<Supply> supply = list(f, "supply", inventory::supply);
        List<SlotLoad> load = list(f, "load", inventory::load);
        List<WindowLoad> windowLoad = list(f, "windowLoad", (a, n) -> inventory.windowLoad(a, n, servicesById));
        if (!problems.isEmpty()) {
            throw new InvalidNetworkException(problems.sorted());
        }
        // the model checks the cross-references once more; it throws with the same paths if one slipped through
        return new Network(zone, calendars, postalCodes, locations, services, transfers, stock, supply, load, windowLoad,
                Optional.ofNullable(currency));
    }

    /** The id an entry of a list names, if it is an object with a string {@code id}. */
    private static String declaredId(Node item) {
        return item instanceof Node.Obj obj && obj.member("id") != null
                && obj.member("id").value() instanceof Node.Scalar s && s.type() == Node.Scalar.Type.STRING ? s.text() : null;
    }

    private <T> List<T> list(Fields f, String name, BiFunction<At, Node, T> item) {
        List<T> list = f.get(name, false, (a, n) -> values.list(a, n, item));
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private String format(At at, Node n) {
        String text = values.types().string(at, n);
        if (text != null && !text.equals(FORMAT)) {
            ctx.problems().add(at, "format must be " + Fields.quote(FORMAT) + ", was " + Fields.quote(text));
        }
        return text;
    }

    private Map<String, List<LocalDate>> calendars(At at, Node n) {
        return namedMap(at, n, "calendar names to lists of dates", (a, v) -> values.list(a, v, this::date), true);
    }

    private Map<String, Position> postalCodes(At at, Node n) {
        return namedMap(at, n, "postal codes to positions", values::position, false);
    }

    private <T> Map<String, T> namedMap(At at, Node n, String what, BiFunction<At, Node, T> value, boolean calendar) {
        if (!(n instanceof Node.Obj obj)) {
            ctx.problems().add(at, "expected an object of " + what + ", was " + n.describe());
            return null;
        }
        Map<String, T> map = new LinkedHashMap<>();
        for (Node.Member m : obj.members()) {
            if (calendar) {
                ctx.calendarName(m.key());
            }
            At keyAt = at.key(m.key(), m.keyOffset());
            String key = values.types().check(keyAt, m.key(), calendar
                    ? k -> Limits.checkText("calendar name", k, Limits.MAX_ID_LENGTH)
                    : k -> Limits.checkPostalCode("postal code", k));
            T v = value.apply(keyAt, m.value());
            if (v != null && key != null) {
                map.put(m.key(), v);
            }
        }
        return map;
    }

    private LocalDate date(At at, Node n) {
        String text = values.types().string(at, n);
        if (text == null) {
            return null;
        }
        try {
            return values.types().check(at, LocalDate.parse(text), d -> Limits.checkDate("date", d));
        } catch (DateTimeParseException e) {
            ctx.problems().add(at, "expected an ISO date (yyyy-MM-dd), was " + Fields.quote(text));
            return null;
        }
    }

    /**
     * Refuses a network that can promise nothing: no location, or no service and no collect store (a rule of
     * this project beyond spec 2.1, docs/NETWORK-FORMAT.md). Only lists written as arrays are looked at: a
     * missing or mistyped list has its own problem.
     */
    private void somethingToPromise(Fields f, Node locations, Node services) {
        if (!(locations instanceof Node.Arr l)) {
            return;
        }
        if (l.items().isEmpty()) {
            f.problem("locations", "a network needs at least one location: every promise starts from one");
        } else if (services instanceof Node.Arr s && s.items().isEmpty() && !hasCollectStore(l)) {
            f.problem("services", "no service and no location with \"collect\": true, so this network can promise"
                    + " nothing; add a HOME_DELIVERY or COURIER service, or a collect store");
        }
    }

    private static boolean hasCollectStore(Node.Arr locations) {
        for (Node item : locations.items()) {
            if (item instanceof Node.Obj obj && obj.member("collect") != null
                    && obj.member("collect").value() instanceof Node.Scalar c && c.type() == Node.Scalar.Type.BOOLEAN
                    && c.text().equals("true")) {
                return true;
            }
        }
        return false;
    }

    /** Every location id the document names, so references to a refused location are not reported as unknown. */
    private void declareLocationIds(Node.Arr arr) {
        for (Node item : arr.items()) {
            if (item instanceof Node.Obj obj && obj.member("id") != null
                    && obj.member("id").value() instanceof Node.Scalar s && s.type() == Node.Scalar.Type.STRING) {
                ctx.locationId(s.text());
            }
        }
    }

    private List<Location> locations(At at, Node n) {
        LocationReader reader = new LocationReader(ctx);
        List<Location> locations = values.list(at, n, (a, item) -> {
            Location l = reader.read(a, item);
            if (l != null) {
                ctx.location(l);
            }
            return l;
        });
        return uniqueIds(locations, at, n);
    }

    /** Spec 2.1: ids unique among locations and among services; the later one is reported. */
    private <T> List<T> uniqueIds(List<T> parsed, At at, Node n) {
        if (!(n instanceof Node.Arr arr)) {
            return parsed;
        }
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < arr.items().size(); i++) {
            Node item = arr.items().get(i);
            if (item instanceof Node.Obj obj && obj.member("id") != null
                    && obj.member("id").value() instanceof Node.Scalar s && s.type() == Node.Scalar.Type.STRING
                    && !seen.add(s.text())) {
                String what = at.path().equals("locations") ? "location" : "service";
                ctx.problems().add(at.index(i, item.offset()).key("id", obj.member("id").keyOffset()),
                        what + " id " + Fields.quote(s.text()) + " is used twice");
                ok = false;
            }
        }
        return ok ? parsed : null;
    }
}
