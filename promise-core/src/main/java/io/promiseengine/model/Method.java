package io.promiseengine.model;

/**
 * How the customer gets the cart. The declaration order is the order of the names, used to sort
 * options at the same instant (spec 3: {@code COLLECT < COURIER < HOME_DELIVERY < SCHEDULED}).
 */
public enum Method {
    /** Click and collect at a store whose {@code collect} is true: a method without a service. */
    COLLECT,
    /** A same-day courier: {@link CourierService}. */
    COURIER,
    /** A carrier's home delivery: {@link HomeDeliveryService}. */
    HOME_DELIVERY,
    /** Delivery by the retailer's own fleet in a time window the shopper chooses: {@link ScheduledService}. */
    SCHEDULED
}
