package io.promiseengine.learn;

import io.promiseengine.model.Lane;

import java.time.Instant;

/**
 * A delivery outcome as the learner counted it: the lane a quote would have used and the transit days
 * {@code k} that the spec's section 4.3 would turn into the actual delivery date.
 *
 * @param service the home-delivery service's id
 * @param lane the lane of the configured network (longest {@code to}, then longest {@code from}, then first listed)
 * @param transitDays {@code k >= 0}: the delivery was on or before the {@code k}-th delivery day strictly after
 *                    the collection date ({@code k = 0}: the collection date itself), by {@code deliverBy}
 * @param deliveredAt when it was delivered: its weight decays from there
 */
public record Observation(String service, Lane lane, int transitDays, Instant deliveredAt) {
}
