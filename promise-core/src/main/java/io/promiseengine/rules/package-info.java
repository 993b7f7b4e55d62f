/**
 * Rule sets: {@link io.promiseengine.rules.RuleSet} gathers the filters, scores and constraints under which
 * a {@link io.promiseengine.live.PromiseEngine} quotes and its {@link io.promiseengine.plan.AllocationPlanner}
 * plans. What users implement is in {@link io.promiseengine.rules.spi}.
 *
 * <p>Parameters and results are non-null.
 */
package io.promiseengine.rules;
