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
package io.promiseengine.plan;

import io.promiseengine.model.Limits;
import io.promiseengine.quote.Rejection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The planner's answer (docs/API.md, "Results"): {@link Planned}, the cheapest fulfilment that keeps the
 * promise, or {@link Unplanned}, why none can.
 */
public sealed interface PlanResult permits PlanResult.Planned, PlanResult.Unplanned {

    /**
     * Whether a plan was found.
     *
     * @return true for {@link Planned}
     */
    boolean isPlanned();

    /**
     * The plan, for a caller that does not switch on the type.
     *
     * @return {@link Planned#plan()}, empty for {@link Unplanned}
     */
    default Optional<Fulfilment> fulfilment() {
        return this instanceof Planned planned ? Optional.of(planned.plan()) : Optional.empty();
    }

    /**
     * A plan was found.
     *
     * @param plan the cheapest fulfilment that keeps the promise
     */
    record Planned(Fulfilment plan) implements PlanResult {
        /**
         * Checks the plan.
         *
         * @param plan the cheapest fulfilment that keeps the promise
         * @throws NullPointerException when {@code plan} is null
         */
        public Planned {
            Objects.requireNonNull(plan, "plan");
        }

        @Override
        public boolean isPlanned() {
            return true;
        }
    }

    /**
     * No fulfilment keeps the promise.
     *
     * @param detail a sentence saying what could not be kept
     * @param rejected every location passed over with its first reason (as a quote's {@code explain} lists them,
     *                 {@code RULE} for a rule's filter)
     */
    record Unplanned(String detail, List<Rejection> rejected) implements PlanResult {
        /**
         * Checks and copies the parts.
         *
         * @param detail a sentence saying what could not be kept
         * @param rejected every location passed over with its first reason (as a quote's {@code explain} lists them,
         *        {@code RULE} for a rule's filter)
         * @throws NullPointerException when an argument or a rejection is null
         */
        public Unplanned {
            Objects.requireNonNull(detail, "detail");
            rejected = Limits.copyOf("rejected", rejected);
        }

        @Override
        public boolean isPlanned() {
            return false;
        }
    }
}
