package io.promiseengine.quote;

import io.promiseengine.model.Method;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One way to get the cart (spec 3).
 *
 * @param method how
 * @param service the service id for home delivery and courier, {@code ""} for click and collect
 * @param location the collect store for click and collect, {@code ""} otherwise
 * @param zone the zone of {@code promisedAt} and {@code date}: the store's for collect, else the network's
 * @param promisedAt the promised instant
 * @param date the local date of {@code promisedAt} in {@code zone}
 * @param orderBy the last instant an order still gets the same date; empty when the date would still be
 *                the same at the horizon
 * @param confidence the joint probability of the shipments (1.0 for collect)
 * @param price service price x shipments (0 for collect)
 * @param shipments sorted by origin id
 * @param windows for a SCHEDULED option, the windows it offers in time order (the first is the promised one,
 *                its shipment the option's); empty for the other methods
 */
public record PromiseOption(Method method, String service, String location, ZoneId zone, Instant promisedAt,
                            LocalDate date, Optional<Instant> orderBy, double confidence, BigDecimal price,
                            List<Shipment> shipments, List<DeliveryWindow> windows) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException when a field is null
     */
    public PromiseOption {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(promisedAt, "promisedAt");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(orderBy, "orderBy");
        Objects.requireNonNull(price, "price");
        shipments = List.copyOf(shipments);
        windows = List.copyOf(windows);
    }

    /**
     * An option without windows: every method but SCHEDULED.
     *
     * @param method how
     * @param service the service id, {@code ""} for click and collect
     * @param location the collect store, {@code ""} otherwise
     * @param zone the zone of {@code promisedAt} and {@code date}
     * @param promisedAt the promised instant
     * @param date the local date of {@code promisedAt}
     * @param orderBy the last instant an order still gets the same date, or empty
     * @param confidence the joint probability of the shipments
     * @param price service price x shipments
     * @param shipments sorted by origin id
     */
    public PromiseOption(Method method, String service, String location, ZoneId zone, Instant promisedAt,
                         LocalDate date, Optional<Instant> orderBy, double confidence, BigDecimal price,
                         List<Shipment> shipments) {
        this(method, service, location, zone, promisedAt, date, orderBy, confidence, price, shipments, List.of());
    }

    /**
     * The record's usual form, with {@code windows} only when there are some: an option of the 1.0 methods reads
     * as it always did (frozen answers are digests of this text).
     *
     * @return {@code PromiseOption[method=..., shipments=[...]]}, then {@code , windows=[...]} for a SCHEDULED one
     */
    @Override
    public String toString() {
        return "PromiseOption[method=" + method + ", service=" + service + ", location=" + location + ", zone=" + zone
                + ", promisedAt=" + promisedAt + ", date=" + date + ", orderBy=" + orderBy + ", confidence=" + confidence
                + ", price=" + price + ", shipments=" + shipments + (windows.isEmpty() ? "" : ", windows=" + windows) + "]";
    }
}
