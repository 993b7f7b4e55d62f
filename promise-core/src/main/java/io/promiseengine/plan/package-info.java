/**
 * Planning captured orders: an {@link io.promiseengine.plan.Order} (a quote request with an id and line
 * attributes) and the option it was promised are turned by an {@link io.promiseengine.plan.AllocationPlanner}
 * into the cheapest {@link io.promiseengine.plan.Fulfilment} that keeps the promise under a
 * {@link io.promiseengine.rules.RuleSet}.
 *
 * <p>Parameters and results are non-null unless stated.
 */
package io.promiseengine.plan;
