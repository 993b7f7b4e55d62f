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

import io.promiseengine.model.Band;
import io.promiseengine.model.Collection;
import io.promiseengine.model.CourierService;
import io.promiseengine.model.DaySet;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.LocalTimes;
import io.promiseengine.model.Location;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.Service;
import io.promiseengine.model.SlotLoad;
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.Supply;
import io.promiseengine.model.TimeRange;
import io.promiseengine.model.Transfer;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.model.WeeklyTimes;
import io.promiseengine.model.WindowLoad;
import io.promiseengine.model.WindowZone;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a network as a {@code promise-network/1} document: fields in the spec's order, defaults left
 * out, instants in the network's zone as {@code yyyy-MM-dd'T'HH:mm:ssxxx}, prices plain, mass functions
 * by ascending value.
 */
public final class NetworkWriter {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private final ZoneId zone;

    private NetworkWriter(ZoneId zone) {
        this.zone = zone;
    }

    public static String write(Network network) {
        return JsonText.write(new NetworkWriter(network.zone()).network(network));
    }

    private Map<String, Object> network(Network n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", NetworkReader.FORMAT);
        m.put("zone", n.zone().getId());
        n.currency().ifPresent(c -> m.put("currency", c.getCurrencyCode()));
        Map<String, Object> calendars = new LinkedHashMap<>();
        n.calendars().forEach((name, dates) -> calendars.put(name, map(dates, Object::toString)));
        putIfAny(m, "calendars", calendars);
        Map<String, Object> postalCodes = new LinkedHashMap<>();
        n.postalCodes().forEach((code, p) -> postalCodes.put(code, position(p)));
        putIfAny(m, "postalCodes", postalCodes);
        m.put("locations", map(n.locations(), this::location));
        m.put("services", map(n.services(), this::service));
        putIfAny(m, "transfers", map(n.transfers(), this::transfer));
        putIfAny(m, "stock", map(n.stock(), this::stock));
        putIfAny(m, "supply", map(n.supply(), this::supply));
        putIfAny(m, "load", map(n.load(), this::load));
        putIfAny(m, "windowLoad", map(n.windowLoad(), this::windowLoad));
        return m;
    }

    private Map<String, Object> location(Location l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        if (!l.name().equals(l.id())) {
            m.put("name", l.name());
        }
        m.put("kind", l.kind().name());
        if (!l.postalCode().isEmpty()) {
            m.put("postalCode", l.postalCode());
        }
        m.put("position", position(l.position()));
        l.zone().ifPresent(z -> m.put("zone", z.getId()));
        if (!l.hours().isAllDay()) {
            m.put("hours", hours(l.hours()));
        }
        putIfAny(m, "closed", l.closed());
        if (!l.preparation().equals(Preparation.NONE)) {
            m.put("preparation", preparation(l.preparation()));
        }
        if (l.collect()) {
            m.put("collect", true);
        }
        if (l.ship() != l.kind().shipsByDefault()) {
            m.put("ship", l.ship());
        }
        return m;
    }

    private static Map<String, Object> position(Position p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lat", JsonText.Number.of(p.lat()));
        m.put("lon", JsonText.Number.of(p.lon()));
        return m;
    }

    private static Map<String, Object> hours(WeeklyHours hours) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<DaySet, List<TimeRange>> e : hours.entries().entrySet()) {
            m.put(e.getKey().toString(), map(e.getValue(), TimeRange::toString));
        }
        return m;
    }

    private static Map<String, Object> preparation(Preparation p) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!p.duration().isZero()) {
            m.put("duration", p.duration().toString());
        }
        if (p.hasCapacityLimit()) {
            m.put("slot", p.slot().toString());
            m.put("ordersPerSlot", JsonText.Number.of(p.ordersPerSlot()));
        }
        return m;
    }

    private Map<String, Object> service(Service s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("carrier", s.carrier());
        m.put("method", s.method().name());
        m.put("origins", map(s.origins(), Object::toString));
        if (s instanceof HomeDeliveryService h) {
            m.put("collections", map(h.collections(), NetworkWriter::collection));
            m.put("deliveryDays", h.deliveryDays().toString());
            putIfAny(m, "closed", h.closed());
            m.put("deliverBy", LocalTimes.format(h.deliverBy()));
            m.put("lanes", map(h.lanes(), NetworkWriter::lane));
        } else if (s instanceof CourierService c) {
            m.put("hours", hours(c.hours()));
            putIfAny(m, "closed", c.closed());
            m.put("bands", map(c.bands(), NetworkWriter::band));
        } else if (s instanceof ScheduledService w) {
            m.put("windows", hours(w.windows()));
            putIfAny(m, "closed", w.closed());
            m.put("zones", map(w.zones(), NetworkWriter::zone));
        }
        m.put("price", JsonText.Number.of(s.price()));
        return m;
    }

    private static Map<String, Object> zone(WindowZone z) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("to", z.to());
        m.put("leadTime", z.leadTime().toString());
        m.put("capacity", JsonText.Number.of(z.capacity()));
        return m;
    }

    private static Map<String, Object> collection(Collection c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("days", c.days().toString());
        m.put("at", map(c.at(), LocalTimes::format));
        return m;
    }

    private static Map<String, Object> lane(Lane l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", l.from());
        m.put("to", l.to());
        m.put("days", mass(l.days()));
        return m;
    }

    private static Map<String, Object> band(Band b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("maxKm", JsonText.Number.of(b.maxKm()));
        m.put("minutes", mass(b.minutes()));
        return m;
    }

    private static Map<String, Object> mass(MassFunction f) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < f.size(); i++) {
            m.put(Integer.toString(f.value(i)), JsonText.Number.of(f.mass(i)));
        }
        return m;
    }

    private Map<String, Object> transfer(Transfer t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", t.from().toString());
        m.put("to", map(t.to(), Object::toString));
        m.put("departures", times(t.departures()));
        m.put("duration", t.duration().toString());
        if (!t.receiving().isZero()) {
            m.put("receiving", t.receiving().toString());
        }
        return m;
    }

    private static Map<String, Object> times(WeeklyTimes times) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<DaySet, List<LocalTime>> e : times.entries().entrySet()) {
            m.put(e.getKey().toString(), map(e.getValue(), LocalTimes::format));
        }
        return m;
    }

    private Map<String, Object> stock(StockLevel s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("location", s.location());
        m.put("sku", s.sku());
        m.put("onHand", JsonText.Number.of(s.onHand()));
        if (s.reserved() != 0) {
            m.put("reserved", JsonText.Number.of(s.reserved()));
        }
        if (s.safety() != 0) {
            m.put("safety", JsonText.Number.of(s.safety()));
        }
        return m;
    }

    private Map<String, Object> supply(Supply s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("location", s.location());
        m.put("sku", s.sku());
        m.put("quantity", JsonText.Number.of(s.quantity()));
        m.put("arrives", instant(s.arrives()));
        return m;
    }

    private Map<String, Object> load(SlotLoad l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("location", l.location());
        m.put("slot", instant(l.slot()));
        m.put("orders", JsonText.Number.of(l.orders()));
        return m;
    }

    private Map<String, Object> windowLoad(WindowLoad l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service", l.service());
        m.put("zone", l.zone());
        m.put("window", instant(l.window()));
        m.put("orders", JsonText.Number.of(l.orders()));
        return m;
    }

    private String instant(Instant i) {
        return INSTANT.format(i.atZone(zone));
    }

    private static void putIfAny(Map<String, Object> m, String key, Object value) {
        if (!(value instanceof Map<?, ?> map && map.isEmpty()) && !(value instanceof List<?> list && list.isEmpty())) {
            m.put(key, value);
        }
    }

    private static <T> List<Object> map(List<T> list, Function<T, Object> f) {
        return list.stream().map(f).toList();
    }
}
