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

import io.promiseengine.quote.Rejection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The planner's answer: the cheapest fulfilment that keeps the promise, or why none can.
 *
 * @param fulfilment the plan, empty when none keeps the promise
 * @param reason {@code ""} with a plan; else a sentence saying what could not be kept
 * @param rejected with no plan, every location passed over with its first reason (as a quote's {@code explain}
 *                 lists them, {@code RULE} for a rule's filter); empty with a plan
 */
public record PlanResult(Optional<Fulfilment> fulfilment, String reason, List<Rejection> rejected) {

    public PlanResult {
        Objects.requireNonNull(fulfilment, "fulfilment");
        Objects.requireNonNull(reason, "reason");
        rejected = List.copyOf(rejected);
    }

    public static PlanResult planned(Fulfilment fulfilment) {
        return new PlanResult(Optional.of(fulfilment), "", List.of());
    }

    public static PlanResult none(String reason, List<Rejection> rejected) {
        return new PlanResult(Optional.empty(), reason, rejected);
    }

    public boolean isPlanned() {
        return fulfilment.isPresent();
    }
}
