package io.promiseengine.model;

/**
 * How the customer gets the cart. The declaration order is the order of the names, used to sort
 * options at the same instant (spec 3: {@code COLLECT < COURIER < HOME_DELIVERY}).
 */
public enum Method {
    COLLECT, COURIER, HOME_DELIVERY
}
