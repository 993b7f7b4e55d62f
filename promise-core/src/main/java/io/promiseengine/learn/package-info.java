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
 * Carrier performance learned from deliveries: a {@link io.promiseengine.learn.TransitLearner} takes
 * {@link io.promiseengine.learn.DeliveryOutcome}s, counts each one's transit days on the lane a quote would
 * have used, and keeps every home-delivery lane's distribution current (recent deliveries weigh more, the
 * configured distribution acts as a prior) as a new network version to publish to a
 * {@link io.promiseengine.live.PromiseEngine} or to quote with a {@link io.promiseengine.quote.PromiseCalculator}.
 *
 * <p>Parameters and results are non-null unless stated; misuse is an {@link java.lang.IllegalArgumentException}
 * naming the argument and its value.
 */
package io.promiseengine.learn;
