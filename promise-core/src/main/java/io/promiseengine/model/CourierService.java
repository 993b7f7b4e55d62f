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
import java.util.List;
import java.util.Objects;

/**
 * A same-day courier (spec 2.1, 4.5): dispatched inside {@code hours} (network zone) on dates not
 * closed, delivered after a number of minutes drawn from the first distance band that reaches the
 * destination.
 *
 * @param id the service id, unique among services
 * @param carrier the carrier's name
 * @param origins the locations that dispatch
 * @param hours the dispatch hours, in the network's zone
 * @param closed ISO dates and calendar names without dispatch
 * @param bands the distance bands, by increasing {@code maxKm}
 * @param price the price of one shipment
 */
public record CourierService(String id, String carrier, List<Selector> origins, WeeklyHours hours,
                             List<String> closed, List<Band> bands, BigDecimal price) implements Service {

    /**
     * Checks the parts.
     *
     * @param id the service id, unique among services
     * @param carrier the carrier's name
     * @param origins the locations that dispatch
     * @param hours the dispatch hours, in the network's zone
     * @param closed ISO dates and calendar names without dispatch
     * @param bands the distance bands, by increasing {@code maxKm}
     * @param price the price of one shipment
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public CourierService {
        Ids.check("id", id);
        Limits.checkText("carrier", Objects.requireNonNull(carrier, "carrier"), Limits.MAX_NAME_LENGTH);
        origins = Limits.copyOf("origins", origins);
        Objects.requireNonNull(hours, "hours");
        closed = Limits.copyOf("closed", closed);
        bands = Limits.copyOf("bands", bands);
        for (int i = 1; i < bands.size(); i++) {
            if (!(bands.get(i).maxKm() > bands.get(i - 1).maxKm())) {
                throw new IllegalArgumentException("bands[" + i + "].maxKm must be greater than the band before it ("
                        + bands.get(i - 1).maxKm() + "), was " + bands.get(i).maxKm());
            }
        }
        Service.checkPrice(price);
    }

    @Override
    public Method method() {
        return Method.COURIER;
    }

    /**
     * A builder of a courier service.
     *
     * @param id the service id, unique among services
     * @param carrier the carrier's name
     * @return a builder
     */
    public static Builder builder(String id, String carrier) {
        return new Builder(id, carrier);
    }

    /** Builds a courier service; hours and bands are required. */
    public static final class Builder {
        private final String id;
        private final String carrier;
        private List<Selector> origins = List.of();
        private WeeklyHours hours;
        private List<String> closed = List.of();
        private List<Band> bands = List.of();
        private BigDecimal price = BigDecimal.ZERO;

        private Builder(String id, String carrier) {
            this.id = Ids.check("id", id);
            this.carrier = Objects.requireNonNull(carrier, "carrier");
        }

        /**
         * The origins, as selector texts ({@code "kind:DARK_STORE"}, {@code "id:store-paris"}).
         *
         * @param selectors the selectors
         * @return this builder
         * @throws IllegalArgumentException when a selector cannot be parsed
         */
        public Builder origins(String... selectors) {
            this.origins = java.util.Arrays.stream(selectors).map(Selector::parse).toList();
            return this;
        }

        /**
         * The dispatch hours, in the network's zone.
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
         * Calendar names and ISO dates without dispatch.
         *
         * @param closed the names and dates
         * @return this builder
         * @throws NullPointerException when a name is null
         */
        public Builder closed(String... closed) {
            this.closed = List.of(closed);
            return this;
        }

        /**
         * The distance bands, by increasing {@code maxKm}.
         *
         * @param bands the bands
         * @return this builder
         * @throws NullPointerException when a band is null
         */
        public Builder bands(Band... bands) {
            this.bands = List.of(bands);
            return this;
        }

        /**
         * The price of one shipment.
         *
         * @param price a decimal number ({@code "9.90"}), {@code >= 0}
         * @return this builder
         * @throws IllegalArgumentException when the price is negative
         * @throws NumberFormatException when {@code price} is not a number
         */
        public Builder price(String price) {
            this.price = Service.checkPrice(new BigDecimal(price));
            return this;
        }

        /**
         * Builds the service.
         *
         * @return the service
         * @throws IllegalStateException when the hours were not set
         * @throws IllegalArgumentException when a part is not valid
         */
        public CourierService build() {
            if (hours == null) {
                throw new IllegalStateException("hours is required for courier service " + id);
            }
            return new CourierService(id, carrier, origins, hours, closed, bands, price);
        }
    }
}
