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

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A place that holds stock (spec 2.1).
 *
 * @param id unique among locations: non-empty, not {@code *}, not starting with {@code kind:}
 * @param name a name a person reads (the id when the document gives none)
 * @param kind warehouse, store or dark store
 * @param postalCode the postal code, or {@code ""} for none (then only {@code from: ""} lanes match it)
 * @param position where it is
 * @param zone its time zone, empty for the network's
 * @param hours weekly opening hours in its zone ({@link WeeklyHours#allDay()} when not given)
 * @param closed calendar names and ISO dates on which it is closed, as written
 * @param preparation preparation time and capacity
 * @param collect whether customers collect orders here
 * @param ship whether it may be an origin of a service
 */
public record Location(String id, String name, LocationKind kind, String postalCode, Position position,
                       Optional<ZoneId> zone, WeeklyHours hours, List<String> closed, Preparation preparation,
                       boolean collect, boolean ship) {

    /**
     * Checks the parts.
     *
     * @param id unique among locations: non-empty, not {@code *}, not starting with {@code kind:}
     * @param name a name a person reads (the id when the document gives none)
     * @param kind warehouse, store or dark store
     * @param postalCode the postal code, or {@code ""} for none (then only {@code from: ""} lanes match it)
     * @param position where it is
     * @param zone its time zone, empty for the network's
     * @param hours weekly opening hours in its zone ({@link WeeklyHours#allDay()} when not given)
     * @param closed calendar names and ISO dates on which it is closed, as written
     * @param preparation preparation time and capacity
     * @param collect whether customers collect orders here
     * @param ship whether it may be an origin of a service
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public Location {
        Ids.check("id", id);
        Limits.checkText("name", Objects.requireNonNull(name, "name"), Limits.MAX_NAME_LENGTH);
        Objects.requireNonNull(kind, "kind");
        Limits.checkPostalCode("postalCode", Objects.requireNonNull(postalCode, "postalCode"));
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(hours, "hours");
        closed = Limits.copyOf("closed", closed);
        Objects.requireNonNull(preparation, "preparation");
    }

    /**
     * The location's zone, or the given network zone when it has none of its own.
     *
     * @param networkZone the network's zone
     * @return the location's own zone, or {@code networkZone}
     */
    public ZoneId zoneOr(ZoneId networkZone) {
        return zone.orElse(networkZone);
    }

    /**
     * A builder of a location; unset parts take the spec's defaults (open all day, no preparation time, no collect,
     * shipping as its kind does).
     *
     * @param id the location's id, unique in the network
     * @param kind its kind
     * @param position its position
     * @return a builder
     */
    public static Builder builder(String id, LocationKind kind, Position position) {
        return new Builder(id, kind, position);
    }

    /** Builds a location; unset parts take the spec's defaults. */
    public static final class Builder {
        private final String id;
        private final LocationKind kind;
        private final Position position;
        private String name;
        private String postalCode = "";
        private ZoneId zone;
        private WeeklyHours hours = WeeklyHours.allDay();
        private List<String> closed = List.of();
        private Preparation preparation = Preparation.NONE;
        private boolean collect;
        private Boolean ship;

        private Builder(String id, LocationKind kind, Position position) {
            this.id = Ids.check("id", id);
            this.kind = Objects.requireNonNull(kind, "kind");
            this.position = Objects.requireNonNull(position, "position");
        }

        /**
         * The name shown to shoppers; the id by default.
         *
         * @param name the name
         * @return this builder
         * @throws NullPointerException when {@code name} is null
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * The postal code, which lanes match; {@code ""} by default.
         *
         * @param postalCode the postal code
         * @return this builder
         * @throws NullPointerException when {@code postalCode} is null
         */
        public Builder postalCode(String postalCode) {
            this.postalCode = Objects.requireNonNull(postalCode, "postalCode");
            return this;
        }

        /**
         * The location's own zone; the network's by default.
         *
         * @param zone the zone
         * @return this builder
         * @throws NullPointerException when {@code zone} is null
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * The opening hours; open all day by default.
         *
         * @param hours the hours
         * @return this builder
         * @throws NullPointerException when {@code hours} is null
         */
        public Builder hours(WeeklyHours hours) {
            this.hours = Objects.requireNonNull(hours, "hours");
            return this;
        }

        /**
         * Calendar names and ISO dates ({@code "FR"}, {@code "2026-08-15"}).
         *
         * @param closed calendar names and ISO dates
         * @return this builder
         */
        public Builder closed(String... closed) {
            this.closed = List.of(closed);
            return this;
        }

        /**
         * Calendar names and ISO dates on which the location is closed.
         *
         * @param closed calendar names and ISO dates
         * @return this builder
         * @throws NullPointerException when the list or an element is null
         */
        public Builder closed(List<String> closed) {
            this.closed = Limits.copyOf("closed", closed);
            return this;
        }

        /**
         * How long the location takes to prepare an order, and its slots' capacity.
         *
         * @param preparation the preparation
         * @return this builder
         * @throws NullPointerException when {@code preparation} is null
         */
        public Builder preparation(Preparation preparation) {
            this.preparation = Objects.requireNonNull(preparation, "preparation");
            return this;
        }

        /**
         * Whether customers collect orders here; false by default.
         *
         * @param collect true for a collect store
         * @return this builder
         */
        public Builder collect(boolean collect) {
            this.collect = collect;
            return this;
        }

        /**
         * Whether the location may be an origin of a service; by default as its kind ({@link
         * LocationKind#shipsByDefault()}).
         *
         * @param ship true when it ships
         * @return this builder
         */
        public Builder ship(boolean ship) {
            this.ship = ship;
            return this;
        }

        /**
         * Builds the location.
         *
         * @return the location
         * @throws IllegalArgumentException when the id, name or postal code is not valid
         * @throws NullPointerException when {@code id}, {@code kind} or {@code position} is null
         */
        public Location build() {
            return new Location(id, name == null ? id : name, kind, postalCode, position, Optional.ofNullable(zone),
                    hours, closed, preparation, collect, ship == null ? kind.shipsByDefault() : ship);
        }
    }
}
