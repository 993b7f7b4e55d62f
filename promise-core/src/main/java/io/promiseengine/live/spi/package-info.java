/*
 * Copyright 2026 The Promise Engine developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
