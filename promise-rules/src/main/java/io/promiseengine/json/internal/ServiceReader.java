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
import io.promiseengine.model.Limits;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Method;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.Selector;
import io.promiseengine.model.Service;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.model.WindowZone;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Reads one entry of {@code services} (spec 2.1): a HOME_DELIVERY, a COURIER or a SCHEDULED service. */
final class ServiceReader {

    static final List<String> COMMON_FIELDS = List.of("id", "carrier", "method", "origins", "closed", "price");
    static final List<String> HOME_DELIVERY_FIELDS = List.of("collections", "deliveryDays", "deliverBy", "lanes");
    static final List<String> COURIER_FIELDS = List.of("hours", "bands");
    static final List<String> SCHEDULED_FIELDS = List.of("windows", "zones");
    static final List<String> ZONE_FIELDS = List.of("to", "leadTime", "capacity");
    static final List<String> COLLECTION_FIELDS = List.of("days", "at");
    static final List<String> LANE_FIELDS = List.of("from", "to", "days");
    static final List<String> BAND_FIELDS = List.of("maxKm", "minutes");
    private static final List<String> ALL_FIELDS = concat(COMMON_FIELDS, HOME_DELIVERY_FIELDS, COURIER_FIELDS,
            SCHEDULED_FIELDS);

    private final ReadContext ctx;
    private final Values values;
    private final Types types;

    ServiceReader(ReadContext ctx) {
        this.ctx = ctx;
        this.values = ctx.values();
        this.types = values.types();
    }

    /** The service, or null when any of it is refused (its problems are reported). */
    Service read(At at, Node n) {
        int before = ctx.problems().count();
        Fields f = ctx.fields(at, n, ALL_FIELDS);
        if (f == null) {
            return null;
        }
        String id = f.get("id", true, (a, v) -> {
            String s = types.string(a, v);
            return s == null ? null : LocationReader.checkId(ctx.problems(), a, s);
        });
        String carrier = f.string("carrier", true, s -> Limits.checkText("carrier", s, Limits.MAX_NAME_LENGTH));
        Method method = f.get("method", true, this::method);
        List<Selector> origins = f.get("origins", true, (a, v) -> values.list(a, v, ctx::selector));
        // with an unknown method, fields of either method are read for their own problems, none required
        boolean home = method == null || method == Method.HOME_DELIVERY;
        boolean courier = method == null || method == Method.COURIER;
        boolean scheduled = method == null || method == Method.SCHEDULED;
        if (method != null) {
            for (String other : concat(home ? List.of() : HOME_DELIVERY_FIELDS, courier ? List.of() : COURIER_FIELDS,
                    scheduled ? List.of() : SCHEDULED_FIELDS)) {
                if (f.has(other)) {
                    f.problem(other, "not a field of a " + method + " service");
                }
            }
        }
        List<Collection> collections = home ? f.get("collections", method != null,
                (a, v) -> values.list(a, v, this::collection)) : null;
        DaySet deliveryDays = home ? f.get("deliveryDays", method != null, values::daySet) : null;
        WeeklyHours hours = courier ? f.get("hours", method != null, values::hours) : null;
        WeeklyHours windows = scheduled ? f.get("windows", method != null, values::hours) : null;
        List<String> closed = f.get("closed", false, ctx::closed);
        LocalTime deliverBy = home ? f.get("deliverBy", method != null, values::localTime) : null;
        List<Lane> lanes = home ? f.get("lanes", method != null, (a, v) -> values.list(a, v, this::lane)) : null;
        List<Band> bands = courier ? f.get("bands", method != null, this::bands) : null;
        List<WindowZone> zones = scheduled ? f.get("zones", method != null, this::zones) : null;
        BigDecimal price = f.get("price", true, this::price);
        if (ctx.problems().count() != before) {
            return null;
        }
        List<String> closedOrNone = closed == null ? List.of() : closed;
        try {
            return switch (method) {
                case HOME_DELIVERY -> new HomeDeliveryService(id, carrier, origins, collections, deliveryDays, closedOrNone,
                        deliverBy, lanes, price);
                case COURIER -> new CourierService(id, carrier, origins, hours, closedOrNone, bands, price);
                case SCHEDULED -> new ScheduledService(id, carrier, origins, windows, closedOrNone, zones, price);
                case COLLECT -> throw new IllegalStateException("COLLECT is refused by method()");
            };
        } catch (IllegalArgumentException e) {
            ctx.problems().add(at, e.getMessage()); // safety net: the checks above should have caught it
            return null;
        }
    }

    private Method method(At at, Node n) {
        String text = types.string(at, n);
        if (text == null) {
            return null;
        }
        if (text.equals(Method.HOME_DELIVERY.name()) || text.equals(Method.COURIER.name())
                || text.equals(Method.SCHEDULED.name())) {
            return Method.valueOf(text);
        }
        String hint = text.equals(Method.COLLECT.name()) ? " (COLLECT is a method without a service)" : "";
        ctx.problems().add(at, "unknown method " + Fields.quote(text) + ", expected HOME_DELIVERY, COURIER or SCHEDULED"
                + hint);
        return null;
    }

    private Collection collection(At at, Node n) {
        int before = ctx.problems().count();
        Fields f = ctx.fields(at, n, COLLECTION_FIELDS);
        if (f == null) {
            return null;
        }
        DaySet days = f.get("days", true, values::daySet);
        List<LocalTime> times = f.get("at", true, (a, v) -> values.list(a, v, values::localTime));
        return ctx.problems().count() != before ? null : new Collection(days, times);
    }

    private Lane lane(At at, Node n) {
        int before = ctx.problems().count();
        Fields f = ctx.fields(at, n, LANE_FIELDS);
        if (f == null) {
            return null;
        }
        String from = f.string("from", true, s -> Limits.checkPostalCode("from", s));
        String to = f.string("to", true, s -> Limits.checkPostalCode("to", s));
        MassFunction days = f.get("days", true, (a, v) -> types.check(a, values.massFunction(a, v),
                m -> MassFunction.checkMaxValue("days", m, Limits.MAX_DAYS)));
        return ctx.problems().count() != before ? null : new Lane(from, to, days);
    }

    /** Bands with strictly growing {@code maxKm > 0}. */
    private List<Band> bands(At at, Node n) {
        int before = ctx.problems().count();
        Node.Arr arr = types.array(at, n);
        if (arr == null) {
            return null;
        }
        List<Band> bands = new ArrayList<>();
        Double previous = null;
        String previousText = null;
        for (int i = 0; i < arr.items().size(); i++) {
            Node item = arr.items().get(i);
            Fields f = ctx.fields(at.index(i, item.offset()), item, BAND_FIELDS);
            if (f == null) {
                continue;
            }
            Double maxKm = f.get("maxKm", true, (a, v) -> types.number(a, v));
            if (maxKm != null && !(maxKm > 0)) {
                f.problem("maxKm", "maxKm must be > 0, was " + ((Node.Scalar) f.node("maxKm", false)).text());
                maxKm = null;
            }
            if (maxKm != null) {
                String text = ((Node.Scalar) f.node("maxKm", false)).text();
                if (previous != null && !(maxKm > previous)) {
                    f.problem("maxKm", "maxKm must be greater than the band before it (" + previousText + "), was " + text);
                }
                previous = maxKm;
                previousText = text;
            }
            MassFunction minutes = f.get("minutes", true, (a, v) -> types.check(a, values.massFunction(a, v),
                    m -> MassFunction.checkMaxValue("minutes", m, Limits.MAX_MINUTES)));
            if (maxKm != null && minutes != null) {
                bands.add(new Band(maxKm, minutes));
            }
        }
        return ctx.problems().count() != before ? null : bands;
    }

    /**
     * Spec 2.1 {@code zones} (SCHEDULED): {@code {to, leadTime, capacity}} entries, {@code capacity >= 1}; a
     * {@code to} listed twice is reported at the later entry's {@code to}.
     */
    private List<WindowZone> zones(At at, Node n) {
        int before = ctx.problems().count();
        Node.Arr arr = types.array(at, n);
        if (arr == null) {
            return null;
        }
        List<WindowZone> zones = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < arr.items().size(); i++) {
            Node item = arr.items().get(i);
            int itemBefore = ctx.problems().count();
            Fields f = ctx.fields(at.index(i, item.offset()), item, ZONE_FIELDS);
            if (f == null) {
                continue;
            }
            String to = f.string("to", true, s -> Limits.checkPostalCode("to", s));
            if (to != null && !seen.add(to)) {
                f.problem("to", "zone to " + Fields.quote(to) + " is listed twice");
            }
            java.time.Duration leadTime = f.get("leadTime", true, (a, v) -> values.duration(a, v, "leadTime"));
            Integer capacity = f.integer("capacity", true, 1);
            if (ctx.problems().count() == itemBefore) {
                zones.add(new WindowZone(to, leadTime, capacity));
            }
        }
        return ctx.problems().count() != before ? null : zones;
    }

    /** Spec 2.1: {@code >= 0} with at most 2 decimals, read exactly from the number's text. */
    private BigDecimal price(At at, Node n) {
        BigDecimal price = types.decimal(at, n);
        if (price == null) {
            return null;
        }
        try {
            Service.checkPrice(price);
        } catch (IllegalArgumentException e) {
            ctx.problems().add(at, e.getMessage());
            return null;
        }
        // one value per amount (4.90 and 4.9 are one price), so a written document reads back equal
        BigDecimal plain = price.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return List.copyOf(all);
    }
}
