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
 * The network model: locations, their calendars and capacity, stock, supply, carriers' services with
 * their lanes and transit distributions, and transfers. Immutable values that mirror the
 * {@code promise-network/1} document of the spec, section 2. Beside them, the values every other package
 * shares: the {@link io.promiseengine.model.Method} of an option and the {@link io.promiseengine.model.OrderLine}
 * (a sku, a quantity and its attributes) that orders, plans and rules all speak of.
 *
 * <p>Parameters and results are non-null unless stated. Values check their own fields at construction
 * and throw {@link java.lang.IllegalArgumentException} naming the field and the value; cross-references
 * (selectors, stock of unknown locations, load slots) are checked by {@link io.promiseengine.model.Network.Builder#build()}.
 * Every value stays within the bounds of {@link io.promiseengine.model.Limits} (docs/LIMITS.md), so the engine's
 * arithmetic on instants, durations and quantities never overflows; messages echo values through
 * {@link io.promiseengine.model.Echo}.
 */
package io.promiseengine.model;
