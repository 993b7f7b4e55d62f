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
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A carrier's home delivery (spec 2.1, 4.3): collected at the origin at the {@code collections} times,
 * delivered on {@code deliveryDays} (less {@code closed} dates) by {@code deliverBy} in the network's zone,
 * after a number of transit days drawn from the best-matching lane.
 *
 * @param id the service id, unique among services
 * @param carrier the carrier's name
 * @param origins the locations it collects from
 * @param collections the collection times at the origins
 * @param deliveryDays the days it delivers
 * @param closed ISO dates and calendar names without delivery
 * @param deliverBy the local time deliveries are promised by, in the network's zone
 * @param lanes the lanes of transit days
 * @param price the price of one shipment
 */
public record HomeDeliveryService(String id, String carrier, List<Selector> origins, List<Collection> collections,
                                  DaySet deliveryDays, List<String> closed, LocalTime deliverBy, List<Lane> lanes,
                                  BigDecimal price) implements Service {

    /**
     * Checks the parts.
     *
     * @param id the service id, unique among services
     * @param carrier the carrier's name
     * @param origins the locations it collects from
     * @param collections the collection times at the origins
     * @param deliveryDays the days it delivers
     * @param closed ISO dates and calendar names without delivery
     * @param deliverBy the local time deliveries are promised by, in the network's zone
     * @param lanes the lanes of transit days
     * @param price the price of one shipment
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public HomeDeliveryService {
        Ids.check("id", id);
        Limits.checkText("carrier", Objects.requireNonNull(carrier, "carrier"), Limits.MAX_NAME_LENGTH);
        origins = Limits.copyOf("origins", origins);
        collections = Limits.copyOf("collections", collections);
        Objects.requireNonNull(deliveryDays, "deliveryDays");
        closed = Limits.copyOf("closed", closed);
        Objects.requireNonNull(deliverBy, "deliverBy");
        if (deliverBy.getSecond() != 0 || deliverBy.getNano() != 0) {
            throw new IllegalArgumentException("deliverBy must be a whole minute, was " + deliverBy);
        }
        lanes = Limits.copyOf("lanes", lanes);
        Service.checkPrice(price);
    }

    @Override
    public Method method() {
        return Method.HOME_DELIVERY;
    }

    /**
     * A builder of a home-delivery service.
     *
     * @param id the service id, unique among services
     * @param carrier the carrier's name
     * @return a builder
     */
    public static Builder builder(String id, String carrier) {
        return new Builder(id, carrier);
    }

    /** Builds a home-delivery service; collections, delivery days, deliver-by and lanes are required. */
    public static final class Builder {
        private final String id;
        private final String carrier;
        private List<Selector> origins = List.of();
        private List<Collection> collections = List.of();
        private DaySet deliveryDays;
        private List<String> closed = List.of();
        private LocalTime deliverBy;
        private List<Lane> lanes = List.of();
        private BigDecimal price = BigDecimal.ZERO;

        private Builder(String id, String carrier) {
            this.id = Ids.check("id", id);
            this.carrier = Objects.requireNonNull(carrier, "carrier");
        }

        /**
         * The origins, as selector texts ({@code "kind:WAREHOUSE"}, {@code "id:wh-lyon"}).
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
         * The collection times at the origins.
         *
         * @param collections the collections
         * @return this builder
         * @throws NullPointerException when a collection is null
         */
        public Builder collections(Collection... collections) {
            this.collections = List.of(collections);
            return this;
        }

        /**
         * The days the carrier delivers.
         *
         * @param days a day set ({@code "MON-SAT"})
         * @return this builder
         * @throws IllegalArgumentException when {@code days} cannot be parsed
         */
        public Builder deliveryDays(String days) {
            this.deliveryDays = DaySet.parse(days);
            return this;
        }

        /**
         * Calendar names and ISO dates without delivery.
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
         * The local time deliveries are promised by, in the network's zone.
         *
         * @param hhmm the time ({@code "18:00"})
         * @return this builder
         * @throws IllegalArgumentException when {@code hhmm} cannot be parsed
         */
        public Builder deliverBy(String hhmm) {
            this.deliverBy = LocalTimes.parse(hhmm);
            return this;
        }

        /**
         * The lanes of transit days.
         *
         * @param lanes the lanes
         * @return this builder
         * @throws NullPointerException when a lane is null
         */
        public Builder lanes(Lane... lanes) {
            this.lanes = List.of(lanes);
            return this;
        }

        /**
         * The price of one shipment.
         *
         * @param price a decimal number ({@code "4.90"}), {@code >= 0}
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
         * @throws IllegalStateException when the delivery days or the deliver-by time were not set
         * @throws IllegalArgumentException when a part is not valid
         */
        public HomeDeliveryService build() {
            if (deliveryDays == null) {
                throw new IllegalStateException("deliveryDays is required for home delivery service " + id);
            }
            if (deliverBy == null) {
                throw new IllegalStateException("deliverBy is required for home delivery service " + id);
            }
            return new HomeDeliveryService(id, carrier, origins, collections, deliveryDays, closed, deliverBy, lanes, price);
        }
    }
}
