/**
 * The built-in rules: filters (exclude location kinds per method, protect store stock, maximum distance,
 * line attributes) and scores (cost per shipment and per km, store workload, location priority) of
 * {@link io.promiseengine.rules.builtin.BuiltInRules}, as named by a {@code promise-rules/1} document.
 *
 * <p>Parameters and results are non-null unless stated.
 */
package io.promiseengine.rules.builtin;
