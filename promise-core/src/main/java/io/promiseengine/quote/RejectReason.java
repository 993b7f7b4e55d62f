package io.promiseengine.quote;

/** Why a location was passed over for a service or a collect store (spec 3, {@code rejected}). */
public enum RejectReason {
    UNKNOWN_SKU, OUT_OF_STOCK, NOT_AN_ORIGIN, OUT_OF_RANGE, NO_LANE, CLOSED, NO_CAPACITY, NO_COLLECTION,
    NO_ROUTE, TOO_MANY_SHIPMENTS, BEYOND_HORIZON, RULE
}
