/**
 * The live-state SPI: where a {@link io.promiseengine.live.PromiseEngine} keeps its stock positions, supply,
 * slot load and capacity overrides, holds with their expiry and confirmations, and network versions.
 *
 * <p>The default store lives in memory (what {@code PromiseEngine.builder(network).build()} gives); the
 * {@code promise-postgres} module keeps the same state in PostgreSQL, shared by several engines. A store only
 * locks, reads and writes: every rule of the contract (spec 4.1 availability with holds, one preparation per
 * shipment in its start's slot, idempotent reservations, expiry, hand-off) is decided by the engine, in one
 * piece of Java code, inside the store's {@link io.promiseengine.live.spi.LiveStore#transact transaction}. So
 * every store refuses what the in-memory one refuses, with the same words.
 *
 * <p>A store tells its engine what changed through a {@link io.promiseengine.live.spi.LiveReplica}: the
 * engine's lock-free snapshot that quotes read.
 *
 * <p>This package is SPI: its interfaces may gain default methods. Parameters and results are non-null
 * unless stated.
 */
package io.promiseengine.live.spi;
