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

import io.promiseengine.model.DaySet;
import io.promiseengine.model.Durations;
import io.promiseengine.model.Limits;
import io.promiseengine.model.LocalTimes;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Position;
import io.promiseengine.model.TimeRange;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.model.WeeklyTimes;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The text formats of spec 2.1 read from {@link Node}s: zones, day sets, local times, week maps, durations,
 * instants, positions and mass functions. Each method returns the value, or null after reporting every
 * problem it found (at the deepest path it can name).
 */
public final class Values {

    private static final Pattern MASS_KEY = Pattern.compile("0|[1-9][0-9]*");
    static final List<String> POSITION_FIELDS = List.of("lat", "lon");

    private final Problems problems;
    private final Types types;

    public Values(Problems problems) {
        this.problems = problems;
        this.types = new Types(problems);
    }

    public Types types() {
        return types;
    }

    /** An IANA zone id (not an offset). */
    public ZoneId zone(At at, Node n) {
        String text = types.string(at, n);
        if (text == null) {
            return null;
        }
        if (!ZoneId.getAvailableZoneIds().contains(text)) {
            problems.add(at, "unknown time zone " + Fields.quote(text) + ", expected an IANA zone such as Europe/Paris");
            return null;
        }
        return ZoneId.of(text);
    }

    /**
     * An ISO 4217 currency code: three upper-case letters that {@link Currency} knows.
     *
     * @param at where the value is
     * @param n the value
     * @return the currency, or null when refused (the problem is added)
     */
    public Currency currency(At at, Node n) {
        String text = types.string(at, n);
        if (text == null) {
            return null;
        }
        if (!text.matches("[A-Z]{3}")) {
            problems.add(at, "currency " + Fields.quote(text) + " must be an ISO 4217 code of three upper-case letters, such as \"EUR\"");
            return null;
        }
        try {
            return Currency.getInstance(text);
        } catch (IllegalArgumentException e) {
            problems.add(at, "unknown currency " + Fields.quote(text) + ", expected an ISO 4217 code such as \"EUR\"");
            return null;
        }
    }

    public DaySet daySet(At at, Node n) {
        String text = types.string(at, n);
        return text == null ? null : daySet(at, text);
    }

    private DaySet daySet(At at, String text) {
        try {
            return DaySet.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(at, e.getMessage());
            return null;
        }
    }

    /** {@code HH:MM}, 00:00 to 23:59. */
    public LocalTime localTime(At at, Node n) {
        String text = types.string(at, n);
        if (text == null) {
            return null;
        }
        try {
            return LocalTimes.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(at, e.getMessage());
            return null;
        }
    }

    /** A list whose items are read by {@code item}; null when it or any item is refused. */
    public <T> List<T> list(At at, Node n, BiFunction<At, Node, T> item) {
        Node.Arr arr = types.array(at, n);
        if (arr == null) {
            return null;
        }
        List<T> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < arr.items().size(); i++) {
            Node itemNode = arr.items().get(i);
            T v = item.apply(at.index(i, itemNode.offset()), itemNode);
            ok &= v != null;
            out.add(v);
        }
        return ok ? out : null;
    }

    /** A week map (spec 2.1): day-set keys, a day in two keys is an error; values read by {@code value}. */
    private <T> Map<DaySet, T> weekMap(At at, Node n, BiFunction<At, Node, T> value) {
        if (!(n instanceof Node.Obj obj)) {
            problems.add(at, "expected an object of day sets, was " + n.describe());
            return null;
        }
        int before = problems.count();
        Map<DaySet, T> map = new LinkedHashMap<>();
        Map<Integer, String> dayToKey = new LinkedHashMap<>();
        for (Node.Member m : obj.members()) {
            At keyAt = at.key(m.key(), m.keyOffset());
            DaySet days = daySet(keyAt, m.key());
            if (days != null) {
                for (int d = 0; d < 7; d++) {
                    String earlier = dayToKey.get(d);
                    if ((days.mask() & (1 << d)) != 0 && earlier != null) {
                        problems.add(keyAt, java.time.DayOfWeek.of(d + 1).toString().substring(0, 3)
                                + " is already named by key " + Fields.quote(earlier));
                        days = null;
                        break;
                    }
                }
            }
            if (days != null) {
                for (int d = 0; d < 7; d++) {
                    if ((days.mask() & (1 << d)) != 0) {
                        dayToKey.put(d, m.key());
                    }
                }
            }
            T v = value.apply(keyAt, m.value());
            if (days != null && v != null) {
                map.put(days, v);
            }
        }
        return problems.count() == before ? map : null;
    }

    /** Opening hours: lists of {@code HH:MM-HH:MM} that may touch but not overlap within a day. */
    public WeeklyHours hours(At at, Node n) {
        Map<DaySet, List<TimeRange>> map = weekMap(at, n, this::ranges);
        return map == null ? null : WeeklyHours.of(map);
    }

    private List<TimeRange> ranges(At at, Node n) {
        List<TimeRange> ranges = list(at, n, this::range);
        if (ranges == null) {
            return null;
        }
        Node.Arr arr = (Node.Arr) n;
        for (int j = 1; j < ranges.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (ranges.get(i).overlaps(ranges.get(j))) {
                    problems.add(at.index(j, arr.items().get(j).offset()), "interval " + ranges.get(j)
                            + " overlaps " + ranges.get(i) + " of the same days");
                    return null;
                }
            }
        }
        return ranges;
    }

    private TimeRange range(At at, Node n) {
        String text = types.string(at, n);
        if (text == null) {
            return null;
        }
        try {
            return TimeRange.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(at, e.getMessage());
            return null;
        }
    }

    /** Departure times: lists of {@code HH:MM}. */
    public WeeklyTimes times(At at, Node n) {
        Map<DaySet, List<LocalTime>> map = weekMap(at, n, (a, v) -> list(a, v, this::localTime));
        return map == null ? null : WeeklyTimes.of(map);
    }

    /** A duration as {@link Duration#parse} reads it, whole seconds, {@code >= 0}. */
    public Duration duration(At at, Node n, String field) {
        String text = types.string(at, n);
        if (text == null) {
            return null;
        }
        try {
            return Durations.checkWholeSeconds(field, Duration.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(at, "expected a duration such as PT1H30M, was " + Fields.quote(text));
        } catch (IllegalArgumentException | ArithmeticException e) {
            problems.add(at, e.getMessage());
        }
        return null;
    }

    /** An instant as {@link OffsetDateTime#parse} reads it (an offset required), no fraction of a second. */
    public Instant instant(At at, Node n) {
        String text = types.string(at, n);
        if (text == null) {
            return null;
        }
        OffsetDateTime t;
        try {
            t = OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(at, "expected an instant with an offset such as 2026-09-17T14:00:00+02:00, was " + Fields.quote(text));
            return null;
        }
        if (t.getNano() != 0) {
            problems.add(at, "instant " + Fields.quote(text) + " must be whole seconds");
            return null;
        }
        if (!Limits.inRange(t.toInstant())) {
            problems.add(at, Limits.instantRange() + ", was " + Fields.quote(text));
            return null;
        }
        return t.toInstant();
    }

    /** {@code {lat, lon}}, in [-90, 90] and [-180, 180]. */
    public Position position(At at, Node n) {
        Fields f = Fields.of(problems, at, n, POSITION_FIELDS);
        if (f == null) {
            return null;
        }
        Double lat = f.get("lat", true, (a, v) -> degrees(a, v, "lat", 90));
        Double lon = f.get("lon", true, (a, v) -> degrees(a, v, "lon", 180));
        return lat == null || lon == null ? null : Position.of(lat, lon);
    }

    private Double degrees(At at, Node n, String name, int max) {
        Double d = types.number(at, n);
        if (d != null && !(d >= -max && d <= max)) {
            problems.add(at, name + " must be in [-" + max + ", " + max + "], was " + ((Node.Scalar) n).text());
            return null;
        }
        return d;
    }

    /**
     * A mass function (spec 2.1): keys {@code 0} or positive integers without leading zeros, values
     * numbers {@code > 0}, summing to 1 within 1e-9; the sum is exact, in document order, and a wrong
     * one is reported at the object.
     */
    public MassFunction massFunction(At at, Node n) {
        if (!(n instanceof Node.Obj obj)) {
            problems.add(at, "expected an object of value to probability, was " + n.describe());
            return null;
        }
        if (obj.members().isEmpty()) {
            problems.add(at, "a mass function needs at least one value");
            return null;
        }
        int before = problems.count();
        Map<Integer, Double> masses = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Node.Member m : obj.members()) {
            At keyAt = at.key(m.key(), m.keyOffset());
            Integer value = null;
            if (!MASS_KEY.matcher(m.key()).matches() || m.key().length() > 10
                    || Long.parseLong(m.key()) > Integer.MAX_VALUE) {
                problems.add(keyAt, "key " + Fields.quote(m.key())
                        + " must be 0 or a positive integer without leading zeros or sign");
            } else {
                value = Integer.parseInt(m.key());
            }
            Double mass = types.number(keyAt, m.value());
            if (mass != null && !(mass > 0)) {
                problems.add(keyAt, "probability must be a number > 0, was " + ((Node.Scalar) m.value()).text());
                mass = null;
            }
            if (value != null && mass != null) {
                masses.put(value, mass);
                sum = sum.add(BigDecimal.valueOf(mass));
            }
        }
        if (problems.count() != before) {
            return null;
        }
        try {
            MassFunction.checkSum(sum);
        } catch (IllegalArgumentException e) {
            problems.add(at, e.getMessage());
            return null;
        }
        return MassFunction.of(masses);
    }
}
