/**
 * Keeping promises as reality moves: a {@link io.promiseengine.events.PromiseTracker} follows captured
 * orders (promise, plan, reservation), applies {@link io.promiseengine.events.PromiseEvent}s (stock
 * corrections, closings, slot capacity, carrier delays, late shipments) to the live engine, re-plans the
 * orders they touch or promises them again, and tells {@link io.promiseengine.events.PromiseListener}s.
 * {@code PromiseListener} is the type users implement.
 *
 * <p>Parameters and results are non-null unless stated.
 */
package io.promiseengine.events;
