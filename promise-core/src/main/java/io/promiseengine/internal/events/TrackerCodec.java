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
package io.promiseengine.internal.events;

import io.promiseengine.events.CarrierDelayed;
import io.promiseengine.events.LocationClosed;
import io.promiseengine.events.PromiseChange;
import io.promiseengine.events.PromiseEvent;
import io.promiseengine.events.PromiseNotice;
import io.promiseengine.events.Replanned;
import io.promiseengine.events.ShipmentLate;
import io.promiseengine.events.SlotCapacityChanged;
import io.promiseengine.events.StockCorrected;
import io.promiseengine.events.TrackedOrder;
import io.promiseengine.events.WindowCancelled;
import io.promiseengine.events.WindowCapacityChanged;
import io.promiseengine.live.Reservation;
import io.promiseengine.model.Echo;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Method;
import io.promiseengine.model.OrderLine;
import io.promiseengine.model.Position;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.Order;
import io.promiseengine.plan.PlannedShipment;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.quote.Shipment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;

/**
 * The stored form of a tracker's values, for stores that keep bytes (PostgreSQL's {@code bytea}): a tracked
 * order and a notice (with its event). Layout: a format byte ({@value #FORMAT}), then the record's components
 * in declaration order: strings as an int length and UTF-8 bytes, instants as epoch seconds (long) and nanos
 * (int), dates as epoch days (long), zones by id, decimals as unscaled bytes and scale, optionals as a
 * presence byte, lists and maps as an int count then their items, methods by name, currencies by ISO code.
 * Same value, same bytes; reading refuses bytes of an unknown format, cut short, with a count past the bytes
 * left, an instant or a date out of range, or an unknown zone, method or currency ({@link IllegalArgumentException}
 * naming the value, never a {@code DateTimeException}).
 * Format 2 added an option's currency and the delivery windows; format 1 bytes read with neither. Format 3 added
 * the request's {@code maxWindows}; formats 1 and 2 read with the default. The window
 * events of a notice ({@code W} cancelled, {@code K} capacity) are event kinds, not a new layout: a version that
 * predates them refuses such a notice by its kind.
 */
public final class TrackerCodec {

    /**
     * The format written; a change of layout takes the next number and keeps reading the older ones. Format 2
     * adds an option's currency (an optional after its price) and the delivery windows (SCHEDULED): an option's
     * windows after its shipments, a fulfilment's window after its shipments, a reservation's window drops after
     * its slots; format 1 is read as without any. Format 3 adds the request's {@code maxWindows} (an int after
     * {@code explain}); formats 1 and 2 are read with the default ({@value QuoteRequest#DEFAULT_MAX_WINDOWS}).
     */
    public static final int FORMAT = 3;

    /** A stream that knows the format of the bytes it reads. */
    private static final class In extends DataInputStream {
        final int format;

        In(byte[] bytes, int format) {
            super(new ByteArrayInputStream(bytes, 1, bytes.length - 1));
            this.format = format;
        }
    }

    /** Whether the bytes read have the currency and the delivery windows (format 2 and later). */
    private static boolean sinceFormat2(DataInputStream in) {
        return ((In) in).format >= 2;
    }

    /** Whether the bytes read have the request's {@code maxWindows} (format 3 and later). */
    private static boolean sinceFormat3(DataInputStream in) {
        return ((In) in).format >= 3;
    }
    private static final int MAX_COUNT = 1 << 24;

    private TrackerCodec() {
    }

    public static byte[] write(TrackedOrder t) {
        return bytes(out -> {
            order(out, t.order());
            option(out, t.promise());
            fulfilment(out, t.fulfilment());
            reservation(out, t.reservation());
            out.writeBoolean(t.inTransit());
        });
    }

    public static TrackedOrder readOrder(byte[] bytes) {
        return read(bytes, in -> new TrackedOrder(order(in), option(in), fulfilment(in), reservation(in), in.readBoolean()));
    }

    public static byte[] write(PromiseNotice n) {
        return bytes(out -> {
            if (n instanceof PromiseChange c) {
                out.writeByte('C');
                string(out, c.orderId());
                option(out, c.previous());
                optional(out, c.promise(), TrackerCodec::option);
                event(out, c.cause());
            } else {
                Replanned r = (Replanned) n;
                out.writeByte('R');
                string(out, r.orderId());
                fulfilment(out, r.previous());
                fulfilment(out, r.fulfilment());
                event(out, r.cause());
            }
        });
    }

    public static PromiseNotice readNotice(byte[] bytes) {
        return read(bytes, in -> {
            int kind = in.readByte();
            if (kind == 'C') {
                return new PromiseChange(string(in), option(in), optional(in, TrackerCodec::option), event(in));
            }
            if (kind == 'R') {
                return new Replanned(string(in), fulfilment(in), fulfilment(in), event(in));
            }
            throw new IllegalArgumentException("notice kind " + kind + " unknown");
        });
    }

    // ---- values

    private static void order(DataOutputStream out, Order o) throws IOException {
        string(out, o.id());
        QuoteRequest r = o.request();
        instant(out, r.at());
        string(out, r.destination().postalCode());
        optional(out, r.destination().position(), (w, p) -> {
            w.writeDouble(p.lat());
            w.writeDouble(p.lon());
        });
        list(out, r.lines(), (w, l) -> {
            string(w, l.sku());
            w.writeInt(l.quantity());
        });
        out.writeDouble(r.confidence());
        list(out, new ArrayList<>(r.methods()), (w, m) -> string(w, m.name()));
        out.writeBoolean(r.methodsGiven());
        list(out, r.collectAt(), TrackerCodec::string);
        out.writeBoolean(r.collectAtGiven());
        out.writeInt(r.maxShipments());
        out.writeBoolean(r.explain());
        out.writeInt(r.maxWindows());
        list(out, new ArrayList<>(o.attributes().entrySet()), (w, e) -> {
            string(w, e.getKey());
            attributes(w, e.getValue());
        });
    }

    private static Order order(DataInputStream in) throws IOException {
        String id = string(in);
        Instant at = instant(in);
        Destination destination = new Destination(string(in), optional(in, r -> Position.of(r.readDouble(), r.readDouble())));
        List<Line> lines = list(in, r -> new Line(string(r), r.readInt()));
        double confidence = in.readDouble();
        Set<Method> methods = EnumSet.noneOf(Method.class);
        methods.addAll(list(in, r -> method(r)));
        boolean methodsGiven = in.readBoolean();
        List<String> collectAt = list(in, TrackerCodec::string);
        boolean collectAtGiven = in.readBoolean();
        int maxShipments = in.readInt();
        boolean explain = in.readBoolean();
        int maxWindows = sinceFormat3(in) ? in.readInt() : QuoteRequest.DEFAULT_MAX_WINDOWS;
        QuoteRequest request = new QuoteRequest(at, destination, lines, confidence, methods, methodsGiven, collectAt,
                collectAtGiven, maxShipments, explain, maxWindows);
        Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
        int n = count(in);
        for (int i = 0; i < n; i++) {
            attributes.put(string(in), attributes(in));
        }
        return new Order(id, request, attributes);
    }

    private static void attributes(DataOutputStream out, Map<String, String> m) throws IOException {
        list(out, new ArrayList<>(m.entrySet()), (w, e) -> {
            string(w, e.getKey());
            string(w, e.getValue());
        });
    }

    private static Map<String, String> attributes(DataInputStream in) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        int n = count(in);
        for (int i = 0; i < n; i++) {
            m.put(string(in), string(in));
        }
        return m;
    }

    private static void option(DataOutputStream out, PromiseOption p) throws IOException {
        string(out, p.method().name());
        string(out, p.service().orElse("")); // "" for absent: the stored form of before Optional
        string(out, p.location().orElse(""));
        string(out, p.zone().getId());
        instant(out, p.promisedAt());
        out.writeLong(p.date().toEpochDay());
        optional(out, p.orderBy(), TrackerCodec::instant);
        out.writeDouble(p.confidence());
        decimal(out, p.price());
        optional(out, p.currency(), (w, c) -> string(w, c.getCurrencyCode()));
        list(out, p.shipments(), (w, s) -> {
            string(w, s.from());
            string(w, s.zone().getId());
            list(w, s.lines(), (x, l) -> {
                string(x, l.sku());
                x.writeInt(l.quantity());
            });
            instant(w, s.startAt());
            instant(w, s.readyAt());
            optional(w, s.shipAt(), TrackerCodec::instant);
        });
        list(out, p.windows(), (w, d) -> {
            instant(w, d.start());
            instant(w, d.end());
            string(w, d.from());
            instant(w, d.orderBy());
        });
    }

    private static PromiseOption option(DataInputStream in) throws IOException {
        return new PromiseOption(method(in), present(string(in)), present(string(in)), zone(in), instant(in),
                date(in), optional(in, TrackerCodec::instant), in.readDouble(), decimal(in),
                !sinceFormat2(in) ? Optional.empty() : optional(in, r -> currency(r)),
                list(in, r -> new Shipment(string(r), zone(r), list(r, x -> new Line(string(x), x.readInt())),
                        instant(r), instant(r), optional(r, TrackerCodec::instant))),
                sinceFormat2(in) ? list(in, r -> new DeliveryWindow(instant(r), instant(r), string(r), instant(r))) : List.of());
    }

    private static Optional<String> present(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static void fulfilment(DataOutputStream out, Fulfilment f) throws IOException {
        string(out, f.method().name());
        string(out, f.service());
        string(out, f.location());
        instant(out, f.promisedAt());
        out.writeLong(f.date().toEpochDay());
        out.writeDouble(f.confidence());
        decimal(out, f.cost());
        list(out, f.shipments(), (w, s) -> {
            string(w, s.from());
            string(w, s.zone().getId());
            list(w, s.lines(), (x, l) -> {
                string(x, l.sku());
                x.writeInt(l.quantity());
                attributes(x, l.attributes());
            });
            instant(w, s.startAt());
            instant(w, s.readyAt());
            optional(w, s.shipAt(), TrackerCodec::instant);
            instant(w, s.deliveryAt());
            w.writeDouble(s.distanceKm());
            decimal(w, s.cost());
        });
        optional(out, f.window(), (w, d) -> {
            instant(w, d.start());
            instant(w, d.end());
            string(w, d.zone());
        });
    }

    private static Fulfilment fulfilment(DataInputStream in) throws IOException {
        return new Fulfilment(method(in), string(in), string(in), instant(in),
                date(in), in.readDouble(), decimal(in),
                list(in, r -> new PlannedShipment(string(r), zone(r),
                        list(r, x -> new OrderLine(string(x), x.readInt(), attributes(x))), instant(r), instant(r),
                        optional(r, TrackerCodec::instant), instant(r), r.readDouble(), decimal(r))),
                sinceFormat2(in) ? optional(in, r -> new Fulfilment.Window(instant(r), instant(r), string(r))) : Optional.empty());
    }

    private static void reservation(DataOutputStream out, Reservation r) throws IOException {
        string(out, r.orderId());
        list(out, r.stock(), (w, h) -> {
            string(w, h.location());
            string(w, h.sku());
            w.writeInt(h.quantity());
        });
        list(out, r.slots(), (w, h) -> {
            string(w, h.location());
            instant(w, h.slot());
        });
        list(out, r.windows(), (w, h) -> {
            string(w, h.service());
            string(w, h.zone());
            instant(w, h.window());
        });
        optional(out, r.expiresAt(), TrackerCodec::instant);
    }

    private static Reservation reservation(DataInputStream in) throws IOException {
        return new Reservation(string(in), list(in, r -> new Reservation.StockHold(string(r), string(r), r.readInt())),
                list(in, r -> new Reservation.SlotHold(string(r), instant(r))),
                sinceFormat2(in) ? list(in, r -> new Reservation.WindowHold(string(r), string(r), instant(r))) : List.of(),
                optional(in, TrackerCodec::instant));
    }

    private static void event(DataOutputStream out, PromiseEvent e) throws IOException {
        if (e instanceof StockCorrected s) {
            out.writeByte('S');
            string(out, s.id());
            instant(out, s.at());
            string(out, s.location());
            string(out, s.sku());
            out.writeInt(s.quantity());
            out.writeBoolean(s.delta());
        } else if (e instanceof LocationClosed c) {
            out.writeByte('L');
            string(out, c.id());
            instant(out, c.at());
            string(out, c.location());
            out.writeLong(c.from().toEpochDay());
            out.writeLong(c.to().toEpochDay());
        } else if (e instanceof SlotCapacityChanged c) {
            out.writeByte('T');
            string(out, c.id());
            instant(out, c.at());
            string(out, c.location());
            instant(out, c.slot());
            out.writeInt(c.capacity());
        } else if (e instanceof CarrierDelayed d) {
            out.writeByte('D');
            string(out, d.id());
            instant(out, d.at());
            string(out, d.service());
            optional(out, d.lane(), (w, k) -> {
                string(w, k.from());
                string(w, k.to());
            });
            if (d.transit() instanceof CarrierDelayed.Transit.Shift s) {
                out.writeByte('+');
                out.writeInt(s.by());
            } else {
                MassFunction m = ((CarrierDelayed.Transit.Replace) d.transit()).masses();
                out.writeByte('=');
                out.writeInt(m.size());
                for (int i = 0; i < m.size(); i++) {
                    out.writeInt(m.value(i));
                    out.writeDouble(m.mass(i));
                }
            }
        } else if (e instanceof WindowCancelled w) {
            out.writeByte('W');
            string(out, w.id());
            instant(out, w.at());
            string(out, w.service());
            string(out, w.zone());
            instant(out, w.window());
        } else if (e instanceof WindowCapacityChanged w) {
            out.writeByte('K');
            string(out, w.id());
            instant(out, w.at());
            string(out, w.service());
            string(out, w.zone());
            instant(out, w.window());
            out.writeInt(w.capacity());
        } else {
            ShipmentLate l = (ShipmentLate) e;
            out.writeByte('F');
            string(out, l.id());
            instant(out, l.at());
            string(out, l.orderId());
            string(out, l.from());
            instant(out, l.expectedAt());
        }
    }

    private static PromiseEvent event(DataInputStream in) throws IOException {
        int kind = in.readByte();
        switch (kind) {
            case 'S' -> {
                return new StockCorrected(string(in), instant(in), string(in), string(in), in.readInt(), in.readBoolean());
            }
            case 'L' -> {
                return new LocationClosed(string(in), instant(in), string(in), date(in),
                        date(in));
            }
            case 'T' -> {
                return new SlotCapacityChanged(string(in), instant(in), string(in), instant(in), in.readInt());
            }
            case 'D' -> {
                String id = string(in);
                Instant at = instant(in);
                String service = string(in);
                Optional<CarrierDelayed.LaneKey> lane = optional(in, r -> new CarrierDelayed.LaneKey(string(r), string(r)));
                int transit = in.readByte();
                CarrierDelayed.Transit t;
                if (transit == '+') {
                    t = new CarrierDelayed.Transit.Shift(in.readInt());
                } else if (transit == '=') {
                    Map<Integer, Double> masses = new LinkedHashMap<>();
                    int n = count(in);
                    for (int i = 0; i < n; i++) {
                        masses.put(in.readInt(), in.readDouble());
                    }
                    t = new CarrierDelayed.Transit.Replace(MassFunction.of(masses));
                } else {
                    throw new IllegalArgumentException("transit kind " + transit + " unknown");
                }
                return new CarrierDelayed(id, at, service, lane, t);
            }
            case 'F' -> {
                return new ShipmentLate(string(in), instant(in), string(in), string(in), instant(in));
            }
            case 'W' -> {
                return new WindowCancelled(string(in), instant(in), string(in), string(in), instant(in));
            }
            case 'K' -> {
                return new WindowCapacityChanged(string(in), instant(in), string(in), string(in), instant(in), in.readInt());
            }
            default -> throw new IllegalArgumentException("event kind " + kind + " unknown");
        }
    }

    // ---- primitives

    @FunctionalInterface
    private interface Writer<T> {
        void write(DataOutputStream out, T value) throws IOException;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    @FunctionalInterface
    private interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] bytes(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    private static <T> T read(byte[] bytes, Reader<T> body) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("stored value cut short (0 bytes)");
        }
        int format = bytes[0];
        if (format < 1 || format > FORMAT) {
            throw new IllegalArgumentException("stored format " + format + " unknown; this version reads 1 to " + FORMAT);
        }
        try (DataInputStream in = new In(bytes, format)) {
            T value = body.read(in);
            if (in.available() > 0) {
                throw new IllegalArgumentException(in.available() + " bytes left after the value");
            }
            return value;
        } catch (EOFException e) {
            throw new IllegalArgumentException("stored value cut short (" + bytes.length + " bytes)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] b = new byte[count(in)];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_COUNT || n > in.available()) {
            throw new IllegalArgumentException("stored count " + n + " out of range");
        }
        return n;
    }

    private static void instant(DataOutputStream out, Instant i) throws IOException {
        out.writeLong(i.getEpochSecond());
        out.writeInt(i.getNano());
    }

    private static Instant instant(DataInputStream in) throws IOException {
        long seconds = in.readLong();
        int nanos = in.readInt();
        if (seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond() || nanos < 0 || nanos > 999_999_999) {
            throw new IllegalArgumentException("stored instant " + seconds + " s " + nanos + " ns out of range");
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }

    // hostile bytes are refused with an IllegalArgumentException naming the value, never a DateTimeException
    // (issue 13, regressions/HostileTrackerBytesAreRefusedTest)

    private static LocalDate date(DataInputStream in) throws IOException {
        long day = in.readLong();
        if (day < LocalDate.MIN.toEpochDay() || day > LocalDate.MAX.toEpochDay()) {
            throw new IllegalArgumentException("stored date (epoch day " + day + ") out of range");
        }
        return LocalDate.ofEpochDay(day);
    }

    private static ZoneId zone(DataInputStream in) throws IOException {
        String id = string(in);
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("stored zone " + Echo.quote(id) + " unknown", e);
        }
    }

    private static Method method(DataInputStream in) throws IOException {
        String name = string(in);
        for (Method m : Method.values()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("stored method " + Echo.quote(name) + " unknown");
    }

    private static Currency currency(DataInputStream in) throws IOException {
        String code = string(in);
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("stored currency " + Echo.quote(code) + " unknown", e);
        }
    }

    private static void decimal(DataOutputStream out, BigDecimal d) throws IOException {
        byte[] unscaled = d.unscaledValue().toByteArray();
        out.writeInt(unscaled.length);
        out.write(unscaled);
        out.writeInt(d.scale());
    }

    private static BigDecimal decimal(DataInputStream in) throws IOException {
        byte[] unscaled = new byte[count(in)];
        in.readFully(unscaled);
        return new BigDecimal(new BigInteger(unscaled), in.readInt());
    }

    private static <T> void optional(DataOutputStream out, Optional<T> o, Writer<T> w) throws IOException {
        out.writeBoolean(o.isPresent());
        if (o.isPresent()) {
            w.write(out, o.get());
        }
    }

    private static <T> Optional<T> optional(DataInputStream in, Reader<T> r) throws IOException {
        return in.readBoolean() ? Optional.of(r.read(in)) : Optional.empty();
    }

    private static <T> void list(DataOutputStream out, List<T> items, Writer<T> w) throws IOException {
        out.writeInt(items.size());
        for (T t : items) {
            w.write(out, t);
        }
    }

    private static <T> List<T> list(DataInputStream in, Reader<T> r) throws IOException {
        int n = count(in);
        List<T> out = new ArrayList<>(Math.min(n, 64));
        for (int i = 0; i < n; i++) {
            out.add(r.read(in));
        }
        return out;
    }
}
