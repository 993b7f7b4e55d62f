/**
 * What users plug into a {@link io.promiseengine.events.PromiseTracker}: the {@link
 * io.promiseengine.events.spi.TrackerStore} that keeps its state (tracked orders, applied event ids, the
 * outbox of notices). {@link io.promiseengine.events.spi.TrackerStore#inMemory()} is the default; the module
 * {@code promise-postgres} has a store shared by several nodes. A new store passes the contract test class
 * {@code TrackerStoreContract} of promise-core's test jar.
 *
 * <p>Parameters and results are non-null unless stated.
 */
package io.promiseengine.events.spi;
