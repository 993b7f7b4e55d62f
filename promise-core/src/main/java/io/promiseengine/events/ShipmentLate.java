package io.promiseengine.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A tracking event: one shipment of an order, already on its way, is now expected at {@code expectedAt}.
 * A shipment identifies as its order and its origin (an origin prepares at most one shipment of an order).
 *
 * @param id the event id
 * @param at when it happened
 * @param orderId the order
 * @param from the shipment's origin
 * @param expectedAt the new expected delivery (or collectable instant)
 */
public record ShipmentLate(String id, Instant at, String orderId, String from, Instant expectedAt)
        implements PromiseEvent {

    public ShipmentLate {
        EventFields.check(id, at);
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(expectedAt, "expectedAt");
    }
}
