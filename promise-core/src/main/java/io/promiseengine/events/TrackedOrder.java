package io.promiseengine.events;

import io.promiseengine.live.Reservation;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.PromiseOption;

import java.util.Objects;

/**
 * A captured order as a {@link PromiseTracker} follows it.
 *
 * @param order the order; its request's instant is the one it was last planned at (the capture, or the
 *              event that re-planned it)
 * @param promise what the customer is promised now
 * @param fulfilment the plan that keeps it
 * @param reservation what the plan holds in the engine (confirmed)
 * @param inTransit whether a tracking event ({@link ShipmentLate}) has named it: from then on only tracking
 *                  events change it
 */
public record TrackedOrder(Order order, PromiseOption promise, Fulfilment fulfilment, Reservation reservation,
                           boolean inTransit) {

    public TrackedOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(promise, "promise");
        Objects.requireNonNull(fulfilment, "fulfilment");
        Objects.requireNonNull(reservation, "reservation");
    }

    public String id() {
        return order.id();
    }
}
