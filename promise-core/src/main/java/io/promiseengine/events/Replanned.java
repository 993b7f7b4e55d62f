package io.promiseengine.events;

import io.promiseengine.plan.Fulfilment;

import java.util.Objects;

/**
 * A captured order moved to another plan that still keeps its promise: nothing to tell the customer.
 *
 * @param orderId the order
 * @param previous the plan it had
 * @param fulfilment the plan it has now (its reservation swapped atomically)
 * @param cause the event that broke the previous plan
 */
public record Replanned(String orderId, Fulfilment previous, Fulfilment fulfilment, PromiseEvent cause)
        implements PromiseNotice {

    public Replanned {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(fulfilment, "fulfilment");
        Objects.requireNonNull(cause, "cause");
    }
}
