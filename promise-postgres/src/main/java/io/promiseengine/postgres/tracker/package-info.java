/**
 * The state of a {@link io.promiseengine.events.PromiseTracker} in PostgreSQL, shared by the trackers of
 * every node: {@link io.promiseengine.postgres.tracker.PostgresTrackerStore}, plain JDBC on the user's
 * {@link javax.sql.DataSource}, on the tables of {@code schema/V2__tracker.sql}.
 *
 * <p>Parameters and results are non-null unless stated.
 */
package io.promiseengine.postgres.tracker;
