/**
 * Machinery of the PostgreSQL store (not an API): the store and its change feed, the transaction that locks,
 * reads and writes rows for the engine's rules, and the SQL of the rows.
 */
package io.promiseengine.postgres.internal;
