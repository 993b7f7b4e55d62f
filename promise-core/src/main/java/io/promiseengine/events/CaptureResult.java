package io.promiseengine.events;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to {@link PromiseTracker#capture}: the order followed from now on, or why it could not be.
 *
 * @param order the order as tracked, empty when it could not be planned or reserved
 * @param reason {@code ""} when captured; else the planner's or the reservation's reason
 */
public record CaptureResult(Optional<TrackedOrder> order, String reason) {

    public CaptureResult {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean isCaptured() {
        return order.isPresent();
    }
}
