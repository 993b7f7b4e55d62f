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
package io.promiseengine.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Delivery by the retailer's own fleet in a window the shopper chooses (spec 1, 2.1, 4.7): "Livraison le samedi
 * 19 septembre entre 14h et 16h". The whole cart leaves one origin as one drop.
 *
 * <p>{@code windows} is a week map like a location's hours, read in the network's zone, but each interval is one
 * window: touching windows stay two windows. An interval emptied by a DST gap is dropped, {@code 24:00} ends a
 * window at the next date's first instant, and there is no window on a date closed for the service.
 *
 * @param id unique among services
 * @param carrier the fleet's name, as the shopper reads it
 * @param origins which locations may prepare the drop (they must also have {@code ship})
 * @param windows the windows of each day of the week (never {@link WeeklyHours#allDay()})
 * @param closed calendar names and ISO dates with no window
 * @param zones the areas served, each with its lead time and capacity per window; no two with the same {@code to}
 * @param price the price of the drop, {@code >= 0} with at most 2 decimals
 */
public record ScheduledService(String id, String carrier, List<Selector> origins, WeeklyHours windows,
                               List<String> closed, List<WindowZone> zones, BigDecimal price) implements Service {

    /**
     * Checks the fields.
     *
     * @param id unique among services
     * @param carrier the fleet's name, as the shopper reads it
     * @param origins which locations may prepare the drop (they must also have {@code ship})
     * @param windows the windows of each day of the week (never {@link WeeklyHours#allDay()})
     * @param closed calendar names and ISO dates with no window
     * @param zones the areas served, each with its lead time and capacity per window; no two with the same {@code to}
     * @param price the price of the drop, {@code >= 0} with at most 2 decimals
     * @throws NullPointerException when a field, or an element of a list, is null
     * @throws IllegalArgumentException naming the field and the value when one is wrong: a bad id, a carrier too
     *                                  long, {@code windows} standing for "all day", a zone's {@code to} listed
     *                                  twice, a bad price
     */
    public ScheduledService {
        Ids.check("id", id);
        Limits.checkText("carrier", Objects.requireNonNull(carrier, "carrier"), Limits.MAX_NAME_LENGTH);
        origins = Limits.copyOf("origins", origins);
        Objects.requireNonNull(windows, "windows");
        if (windows.isAllDay()) {
            throw new IllegalArgumentException("windows must list the windows of each day, was " + windows);
        }
        closed = Limits.copyOf("closed", closed);
        zones = Limits.copyOf("zones", zones);
        int twice = firstRepeatedTo(zones);
        if (twice >= 0) {
            throw new IllegalArgumentException("zones[" + twice + "].to " + Echo.quote(zones.get(twice).to())
                    + " is listed twice");
        }
        Service.checkPrice(price);
    }

    /**
     * The index of the first zone whose {@code to} an earlier zone already has, or -1.
     *
     * @param zones the zones, in order
     * @return the index of the later one of the first pair, or -1
     */
    public static int firstRepeatedTo(List<WindowZone> zones) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < zones.size(); i++) {
            if (!seen.add(zones.get(i).to())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The method of every scheduled service.
     *
     * @return {@link Method#SCHEDULED}
     */
    @Override
    public Method method() {
        return Method.SCHEDULED;
    }

    /**
     * The zone of a destination (spec 4.7): among the zones whose {@code to} is a prefix of the postal code,
     * the longest, then the first listed. A destination without postal code ({@code ""}) matches only
     * {@code to: ""}.
     *
     * @param postalCode the destination's postal code, {@code ""} for none
     * @return the index of the zone in {@link #zones()}, or -1 when none matches (the service cannot serve)
     */
    public int zoneFor(String postalCode) {
        Objects.requireNonNull(postalCode, "postalCode");
        int best = -1;
        for (int i = 0; i < zones.size(); i++) {
            String to = zones.get(i).to();
            if (postalCode.startsWith(to) && (best < 0 || to.length() > zones.get(best).to().length())) {
                best = i;
            }
        }
        return best;
    }

    /**
     * A builder; windows are required.
     *
     * @param id the service id
     * @param carrier the fleet's name
     * @return a builder
     * @throws IllegalArgumentException when the id is not a valid id
     * @throws NullPointerException when the carrier is null
     */
    public static Builder builder(String id, String carrier) {
        return new Builder(id, carrier);
    }

    /** Builds a scheduled service; {@code windows} is required. */
    public static final class Builder {
        private final String id;
        private final String carrier;
        private List<Selector> origins = List.of();
        private WeeklyHours windows;
        private List<String> closed = List.of();
        private final List<WindowZone> zones = new ArrayList<>();
        private BigDecimal price = BigDecimal.ZERO;

        private Builder(String id, String carrier) {
            this.id = Ids.check("id", id);
            this.carrier = Objects.requireNonNull(carrier, "carrier");
        }

        /**
         * The origins.
         *
         * @param selectors ids, {@code kind:KIND} or {@code *}
         * @return this builder
         * @throws IllegalArgumentException when a selector cannot be read
         */
        public Builder origins(String... selectors) {
            this.origins = Arrays.stream(selectors).map(Selector::parse).toList();
            return this;
        }

        /**
         * The windows of the week.
         *
         * @param windows day sets to intervals, each interval one window
         * @return this builder
         * @throws IllegalArgumentException when {@code windows} is {@link WeeklyHours#allDay()}
         */
        public Builder windows(WeeklyHours windows) {
            Objects.requireNonNull(windows, "windows");
            if (windows.isAllDay()) {
                throw new IllegalArgumentException("windows must list the windows of each day, was " + windows);
            }
            this.windows = windows;
            return this;
        }

        /**
         * The windows of one day set: {@code windows("MON-SAT", "08:00-10:00", "10:00-12:00")}.
         *
         * @param days a day set
         * @param ranges intervals {@code HH:MM-HH:MM}
         * @return this builder
         * @throws IllegalArgumentException when the day set or an interval cannot be read, or two overlap
         */
        public Builder windows(String days, String... ranges) {
            return windows(WeeklyHours.of(days, ranges));
        }

        /**
         * The dates without windows.
         *
         * @param closed calendar names and ISO dates
         * @return this builder
         */
        public Builder closed(String... closed) {
            this.closed = List.of(closed);
            return this;
        }

        /**
         * Adds a zone.
         *
         * @param to a postal-code prefix, {@code ""} for every code
         * @param leadTime a duration such as {@code PT2H}
         * @param capacity orders per window, {@code >= 1}
         * @return this builder
         * @throws IllegalArgumentException when a field is out of its bounds
         * @throws IllegalStateException when a zone with this {@code to} was already added
         */
        public Builder zone(String to, String leadTime, int capacity) {
            return zone(WindowZone.of(to, leadTime, capacity));
        }

        /**
         * Adds a zone.
         *
         * @param zone the zone
         * @return this builder
         * @throws IllegalStateException when a zone with the same {@code to} was already added
         */
        public Builder zone(WindowZone zone) {
            Objects.requireNonNull(zone, "zone");
            for (WindowZone z : zones) {
                if (z.to().equals(zone.to())) {
                    throw new IllegalStateException("a zone with to " + Echo.quote(zone.to()) + " was already added");
                }
            }
            zones.add(zone);
            return this;
        }

        /**
         * The price of a drop.
         *
         * @param price a decimal, {@code >= 0} with at most 2 decimals
         * @return this builder
         * @throws IllegalArgumentException when the price is negative, too high or has more than 2 decimals
         * @throws NumberFormatException when the text is not a number
         */
        public Builder price(String price) {
            this.price = Service.checkPrice(new BigDecimal(price));
            return this;
        }

        /**
         * The service.
         *
         * @return a new service
         * @throws IllegalStateException when windows were not given (without zones the service never serves)
         */
        public ScheduledService build() {
            if (windows == null) {
                throw new IllegalStateException("windows is required for scheduled service " + id);
            }
            return new ScheduledService(id, carrier, origins, windows, closed, zones, price);
        }
    }

    /**
     * Whether an instant is the start of one of the windows the week map gives on the instant's local date in
     * the network's zone, closed dates aside: what a {@code windowLoad} entry's {@code window} must be (spec 2.1).
     * Local times become instants as {@code ZonedDateTime.of} resolves them, {@code 24:00} is the next date's
     * first instant, and a window a DST gap empties is no window.
     *
     * @param at the instant
     * @param zone the network's zone
     * @return whether a window starts at {@code at}
     * @throws NullPointerException when an argument is null
     */
    public boolean isWindowStart(java.time.Instant at, java.time.ZoneId zone) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        java.time.LocalDate date = at.atZone(zone).toLocalDate();
        for (TimeRange r : windows.on(date.getDayOfWeek())) {
            java.time.Instant start = java.time.ZonedDateTime.of(date, java.time.LocalTime.of(r.fromMinute() / 60,
                    r.fromMinute() % 60), zone).toInstant();
            java.time.Instant end = r.toMinute() == 1440
                    ? java.time.ZonedDateTime.of(date.plusDays(1), java.time.LocalTime.MIDNIGHT, zone).toInstant()
                    : java.time.ZonedDateTime.of(date, java.time.LocalTime.of(r.toMinute() / 60, r.toMinute() % 60),
                            zone).toInstant();
            if (start.equals(at) && end.isAfter(start)) {
                return true;
            }
        }
        return false;
    }
}
