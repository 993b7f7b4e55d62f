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
package io.promiseengine.events;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to {@link PromiseTracker#capture}: the order followed from now on, or why it could not be.
 *
 * @param order the order as tracked, empty when it could not be planned or reserved
 * @param reason {@code ""} when captured; else the planner's or the reservation's reason
 */
public record CaptureResult(Optional<TrackedOrder> order, String reason) {

    public CaptureResult {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean isCaptured() {
        return order.isPresent();
    }
}
