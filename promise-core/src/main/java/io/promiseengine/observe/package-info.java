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
 * Observing what the library decides, without wrapping its calls: a {@link io.promiseengine.observe.PromiseObserver}
 * registered on the builders of {@link io.promiseengine.quote.PromiseCalculator},
 * {@link io.promiseengine.live.PromiseEngine} and {@link io.promiseengine.events.PromiseTracker} hears every quote
 * and listing page (with the nanoseconds it took, read from a {@link io.promiseengine.observe.Ticker}), every
 * request refused, every reservation, confirmation, release, hand-off and lapse, and every notice the tracker
 * makes. docs/OBSERVING.md describes the callbacks, the Micrometer binding ({@code promise-micrometer}) and the
 * decision log.
 *
 * <p>{@code PromiseObserver} and {@code Ticker} are the types users implement (service provider interfaces);
 * {@link io.promiseengine.observe.GuardedObserver} and {@link io.promiseengine.observe.NoticeKind} are values
 * the library gives. Parameters and results are non-null unless stated.
 */
package io.promiseengine.observe;
