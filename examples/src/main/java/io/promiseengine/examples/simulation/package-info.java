/**
 * The accuracy simulation: months of orders on the France demo network, delivered by carriers whose true
 * transit times the simulation controls (with a strike week and a peak season), promised by three policies
 * (a static "2 to 5 days" text, the configured distributions, the distributions a
 * {@link io.promiseengine.learn.TransitLearner} learns from the deliveries), and the report of
 * {@code docs/ACCURACY.md} with its charts. Deterministic for a seed.
 */
package io.promiseengine.examples.simulation;
