/**
 * Carrier performance learned from deliveries: a {@link io.promiseengine.learn.TransitLearner} takes
 * {@link io.promiseengine.learn.DeliveryOutcome}s, counts each one's transit days on the lane a quote would
 * have used, and keeps every home-delivery lane's distribution current (recent deliveries weigh more, the
 * configured distribution acts as a prior) as a new network version to publish to a
 * {@link io.promiseengine.live.PromiseEngine} or to quote with a {@link io.promiseengine.quote.PromiseCalculator}.
 *
 * <p>Parameters and results are non-null unless stated; misuse is an {@link java.lang.IllegalArgumentException}
 * naming the argument and its value.
 */
package io.promiseengine.learn;
