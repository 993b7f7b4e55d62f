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
package io.promiseengine.learn;

import io.promiseengine.model.Lane;

import java.time.Instant;

/**
 * A delivery outcome as the learner counted it: the lane a quote would have used and the transit days
 * {@code k} that the spec's section 4.3 would turn into the actual delivery date.
 *
 * @param service the home-delivery service's id
 * @param lane the lane of the configured network (longest {@code to}, then longest {@code from}, then first listed)
 * @param transitDays {@code k >= 0}: the delivery was on or before the {@code k}-th delivery day strictly after
 *                    the collection date ({@code k = 0}: the collection date itself), by {@code deliverBy}
 * @param deliveredAt when it was delivered: its weight decays from there
 */
public record Observation(String service, Lane lane, int transitDays, Instant deliveredAt) {
}
