/**
 * The live state of promise engines in PostgreSQL, shared by several engines (OMS nodes) and kept across
 * restarts: {@link io.promiseengine.postgres.PostgresPromiseEngine} builds an engine over the user's
 * {@link javax.sql.DataSource}, {@link io.promiseengine.postgres.PostgresSchema} applies the versioned schema.
 * docs/LIVE-STATE.md says what is guaranteed across nodes and what is not.
 *
 * <p>Parameters and results are non-null unless stated.
 */
package io.promiseengine.postgres;
