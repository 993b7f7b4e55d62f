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
 * Keeping promises as reality moves: a {@link io.promiseengine.events.PromiseTracker} follows captured
 * orders (promise, plan, reservation), applies {@link io.promiseengine.events.PromiseEvent}s (stock
 * corrections, closings, slot capacity, carrier delays, late shipments, delivery windows cancelled or cut) to
 * the live engine, re-plans the orders they touch or promises them again, and tells {@link io.promiseengine.events.PromiseListener}s.
 * {@code PromiseListener} is the type users implement.
 *
 * <p>Parameters and results are non-null unless stated.
 */
package io.promiseengine.events;
