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
package io.promiseengine.quote;

import io.promiseengine.model.Limits;
import io.promiseengine.model.Echo;
import io.promiseengine.model.Method;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One way to get the cart (spec 3).
 *
 * @param method how
 * @param service the service id for every method but click and collect; empty for click and collect
 * @param location the collect store for click and collect; empty for the other methods
 * @param zone the zone of {@code promisedAt} and {@code date}: the store's for collect, else the network's
 * @param promisedAt the promised instant
 * @param date the local date of {@code promisedAt} in {@code zone}
 * @param orderBy the last instant an order still gets the same date; empty when the date would still be
 *                the same at the horizon
 * @param confidence the joint probability of the shipments (1.0 for collect)
 * @param price service price x shipments (0 for collect)
 * @param currency the currency of {@code price}: the network's ({@link io.promiseengine.model.Network#currency()}),
 *                 empty when the network declares none
 * @param shipments sorted by origin id
 * @param windows for a SCHEDULED option, the windows it offers in time order (the first is the promised one,
 *                its shipment the option's); empty for the other methods
 */
public record PromiseOption(Method method, Optional<String> service, Optional<String> location, ZoneId zone, Instant promisedAt,
                            LocalDate date, Optional<Instant> orderBy, double confidence, BigDecimal price,
                            Optional<Currency> currency, List<Shipment> shipments, List<DeliveryWindow> windows) {

    /**
     * Checks the option.
     *
     * @param method how
     * @param service the service id for every method but click and collect; empty for click and collect
     * @param location the collect store for click and collect; empty for the other methods
     * @param zone the zone of {@code promisedAt} and {@code date}: the store's for collect, else the network's
     * @param promisedAt the promised instant
     * @param date the local date of {@code promisedAt} in {@code zone}
     * @param orderBy the last instant an order still gets the same date; empty when the date would still be the same
     *        at the horizon
     * @param confidence the joint probability of the shipments (1.0 for collect)
     * @param price service price x shipments (0 for collect)
     * @param currency the currency of {@code price}: the network's ({@link io.promiseengine.model.Network#currency()}),
     *        empty when the network declares none
     * @param shipments sorted by origin id
     * @param windows for a SCHEDULED option, the windows it offers in time order (the first is the promised one,
     *        its shipment the option's); empty for the other methods
     * @throws NullPointerException when an argument, or an element of {@code shipments} or {@code windows}, is null
     * @throws IllegalArgumentException when the service is not present exactly for the methods other than click
     *         and collect, or the location not exactly for click and collect
     */
    public PromiseOption {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(location, "location");
        boolean collect = method == Method.COLLECT;
        if (service.isPresent() == collect) {
            throw new IllegalArgumentException(collect
                    ? "service: " + Echo.quote(service.get()) + " given for method COLLECT, which has no service"
                    : "service: missing for method " + method + ", which names its service");
        }
        if (location.isPresent() != collect) {
            throw new IllegalArgumentException(collect
                    ? "location: missing for method COLLECT, which names its store"
                    : "location: " + Echo.quote(location.get()) + " given for method " + method + ", which names no store");
        }
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(promisedAt, "promisedAt");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(orderBy, "orderBy");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(currency, "currency");
        shipments = Limits.copyOf("shipments", shipments);
        windows = Limits.copyOf("windows", windows);
    }

    /**
     * An option without windows (every method but SCHEDULED) whose price may carry a currency.
     *
     * @param method how
     * @param service the service id; empty for click and collect
     * @param location the collect store for click and collect; empty otherwise
     * @param zone the zone of {@code promisedAt} and {@code date}
     * @param promisedAt the promised instant
     * @param date the local date of {@code promisedAt} in {@code zone}
     * @param orderBy the last instant an order still gets the same date, or empty
     * @param confidence the joint probability of the shipments
     * @param price service price x shipments
     * @param currency the currency of {@code price}, empty when the network declares none
     * @param shipments sorted by origin id
     * @throws NullPointerException when a field is null
     * @throws IllegalArgumentException when the service is not present exactly for the methods with a service, or
     *         the location not exactly for click and collect
     */
    public PromiseOption(Method method, Optional<String> service, Optional<String> location, ZoneId zone, Instant promisedAt,
                         LocalDate date, Optional<Instant> orderBy, double confidence, BigDecimal price,
                         Optional<Currency> currency, List<Shipment> shipments) {
        this(method, service, location, zone, promisedAt, date, orderBy, confidence, price, currency, shipments,
                List.of());
    }

    /**
     * An option whose price has no currency (a network that declares none), with its windows.
     *
     * @param method how
     * @param service the service id; empty for click and collect
     * @param location the collect store for click and collect; empty otherwise
     * @param zone the zone of {@code promisedAt} and {@code date}
     * @param promisedAt the promised instant
     * @param date the local date of {@code promisedAt} in {@code zone}
     * @param orderBy the last instant an order still gets the same date, or empty
     * @param confidence the joint probability of the shipments
     * @param price service price x shipments
     * @param shipments sorted by origin id
     * @param windows the windows of a SCHEDULED option, empty for the other methods
     * @throws NullPointerException when a field is null
     * @throws IllegalArgumentException when the service is not present exactly for the methods with a service, or
     *         the location not exactly for click and collect
     */
    public PromiseOption(Method method, Optional<String> service, Optional<String> location, ZoneId zone, Instant promisedAt,
                         LocalDate date, Optional<Instant> orderBy, double confidence, BigDecimal price,
                         List<Shipment> shipments, List<DeliveryWindow> windows) {
        this(method, service, location, zone, promisedAt, date, orderBy, confidence, price, Optional.empty(),
                shipments, windows);
    }

    /**
     * An option without windows whose price has no currency.
     *
     * @param method how
     * @param service the service id; empty for click and collect
     * @param location the collect store for click and collect; empty otherwise
     * @param zone the zone of {@code promisedAt} and {@code date}
     * @param promisedAt the promised instant
     * @param date the local date of {@code promisedAt} in {@code zone}
     * @param orderBy the last instant an order still gets the same date, or empty
     * @param confidence the joint probability of the shipments
     * @param price service price x shipments
     * @param shipments sorted by origin id
     * @throws NullPointerException when a field is null
     * @throws IllegalArgumentException when the service is not present exactly for the methods with a service, or
     *         the location not exactly for click and collect
     */
    public PromiseOption(Method method, Optional<String> service, Optional<String> location, ZoneId zone, Instant promisedAt,
                         LocalDate date, Optional<Instant> orderBy, double confidence, BigDecimal price,
                         List<Shipment> shipments) {
        this(method, service, location, zone, promisedAt, date, orderBy, confidence, price, Optional.empty(),
                shipments, List.of());
    }

    /**
     * The record's text, {@code PromiseOption[method=..., price=4.90, currency=EUR, shipments=[...], windows=[...]]},
     * with {@code currency} left out when empty and {@code windows} when there are none: an option of the 1.0
     * methods on a network without a currency reads as it always did (the frozen answers of promise-jmh are
     * digests of these texts).
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "PromiseOption[method=" + method + ", service=" + service + ", location=" + location + ", zone=" + zone
                + ", promisedAt=" + promisedAt + ", date=" + date + ", orderBy=" + orderBy + ", confidence=" + confidence
                + ", price=" + price + (currency.isEmpty() ? "" : ", currency=" + currency.get()) + ", shipments="
                + shipments + (windows.isEmpty() ? "" : ", windows=" + windows) + "]";
    }
}
