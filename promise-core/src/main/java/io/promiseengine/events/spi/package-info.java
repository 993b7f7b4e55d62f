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
 * What users plug into a {@link io.promiseengine.events.PromiseTracker}: the {@link
 * io.promiseengine.events.spi.TrackerStore} that keeps its state (tracked orders, applied event ids, the
 * outbox of notices). {@link io.promiseengine.events.spi.TrackerStore#inMemory()} is the default; the module
 * {@code promise-postgres} has a store shared by several nodes. A new store passes the contract test class
 * {@code TrackerStoreContract} of promise-core's test jar.
 *
 * <p>Parameters and results are non-null unless stated.
 */
package io.promiseengine.events.spi;
