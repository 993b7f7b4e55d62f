/**
 * The rule SPI: what users implement to plug their own rules into a
 * {@link io.promiseengine.rules.RuleSet}. A {@link io.promiseengine.rules.spi.LineFilter} says whether a
 * location may serve a line by a method (applied to quotes and plans alike); a
 * {@link io.promiseengine.rules.spi.ShipmentScore} prices a shipment (the planner minimises the total).
 * Built-in rules are in the {@code promise-rules} module ({@code io.promiseengine.rules.builtin}).
 *
 * <p>This package is SPI: its interfaces may gain default methods. Parameters and results are non-null.
 */
package io.promiseengine.rules.spi;
