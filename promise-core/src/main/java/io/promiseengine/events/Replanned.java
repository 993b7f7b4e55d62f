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

import io.promiseengine.plan.Fulfilment;

import java.util.Objects;

/**
 * A captured order moved to another plan that still keeps its promise: nothing to tell the customer.
 *
 * @param orderId the order
 * @param previous the plan it had
 * @param fulfilment the plan it has now (its reservation swapped atomically)
 * @param cause the event that broke the previous plan
 */
public record Replanned(String orderId, Fulfilment previous, Fulfilment fulfilment, PromiseEvent cause)
        implements PromiseNotice {

    /**
     * Checks the parts.
     *
     * @param orderId the order
     * @param previous the plan it had
     * @param fulfilment the plan it has now (its reservation swapped atomically)
     * @param cause the event that broke the previous plan
     * @throws NullPointerException when a part is null
     */
    public Replanned {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(fulfilment, "fulfilment");
        Objects.requireNonNull(cause, "cause");
    }
}
