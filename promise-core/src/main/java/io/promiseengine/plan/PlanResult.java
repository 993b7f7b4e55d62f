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
     * Whether the planner's search stopped at its work budget (docs/PLANNER.md, "The planner's budget") before it
     * proved its answer the cheapest: a {@link Planned} plan then keeps the promise but may not be the cheapest one
     * (it is the best found, at worst the promise's own allocation); an {@link Unplanned} answer then says that none
     * was found, not that none exists.
     *
     * @return true when the search stopped at its budget; false when the answer is exact
     */
    boolean budgetReached();

    /**
     * A plan was found.
     *
     * @param plan the cheapest fulfilment that keeps the promise (the best found when {@code budgetReached})
     * @param budgetReached whether the search stopped at its budget before proving the plan the cheapest
     */
    record Planned(Fulfilment plan, boolean budgetReached) implements PlanResult {
        /**
         * Checks the plan.
         *
         * @param plan the cheapest fulfilment that keeps the promise (the best found when {@code budgetReached})
         * @param budgetReached whether the search stopped at its budget before proving the plan the cheapest
         * @throws NullPointerException when {@code plan} is null
         */
        public Planned {
            Objects.requireNonNull(plan, "plan");
        }

        /**
         * The cheapest fulfilment, proved so (the search did not stop at its budget).
         *
         * @param plan the cheapest fulfilment that keeps the promise
         * @throws NullPointerException when {@code plan} is null
         */
        public Planned(Fulfilment plan) {
            this(plan, false);
        }

        @Override
        public boolean isPlanned() {
            return true;
        }

        /**
         * The record's usual form, with {@code budgetReached} only when true.
         *
         * @return {@code Planned[plan=...]}, then {@code , budgetReached=true} when the search stopped at its budget
         */
        @Override
        public String toString() {
            return "Planned[plan=" + plan + (budgetReached ? ", budgetReached=true" : "") + "]";
        }
    }

    /**
     * No fulfilment keeps the promise, or none was found within the search's budget.
     *
     * @param detail a sentence saying what could not be kept
     * @param rejected every location passed over with its first reason (as a quote's {@code explain} lists them,
     *                 {@code RULE} for a rule's filter)
     * @param budgetReached whether the search stopped at its budget before it found a fulfilment
     */
    record Unplanned(String detail, List<Rejection> rejected, boolean budgetReached) implements PlanResult {
        /**
         * Checks and copies the parts.
         *
         * @param detail a sentence saying what could not be kept
         * @param rejected every location passed over with its first reason (as a quote's {@code explain} lists them,
         *        {@code RULE} for a rule's filter)
         * @param budgetReached whether the search stopped at its budget before it found a fulfilment
         * @throws NullPointerException when an argument or a rejection is null
         */
        public Unplanned {
            Objects.requireNonNull(detail, "detail");
            rejected = Limits.copyOf("rejected", rejected);
        }

        /**
         * No fulfilment keeps the promise (the search ran to its end).
         *
         * @param detail a sentence saying what could not be kept
         * @param rejected every location passed over with its first reason
         * @throws NullPointerException when an argument or a rejection is null
         */
        public Unplanned(String detail, List<Rejection> rejected) {
            this(detail, rejected, false);
        }

        @Override
        public boolean isPlanned() {
            return false;
        }

        /**
         * The record's usual form, with {@code budgetReached} only when true.
         *
         * @return {@code Unplanned[detail=..., rejected=[...]]}, then {@code , budgetReached=true}
         */
        @Override
        public String toString() {
            return "Unplanned[detail=" + detail + ", rejected=" + rejected + (budgetReached ? ", budgetReached=true" : "") + "]";
        }
    }
}
