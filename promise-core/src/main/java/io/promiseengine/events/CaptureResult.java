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
 * The answer to {@link PromiseTracker#capture} (docs/API.md, "Results"): {@link Captured}, the order followed
 * from now on, or {@link Refused}, why it could not be (and nothing is followed).
 */
public sealed interface CaptureResult permits CaptureResult.Captured, CaptureResult.Refused {

    /**
     * Whether the order is now followed.
     *
     * @return true for {@link Captured}
     */
    boolean isCaptured();

    /**
     * The order as tracked, for a caller that does not switch on the type.
     *
     * @return {@link Captured#tracked()}, empty for {@link Refused}
     */
    default Optional<TrackedOrder> order() {
        return this instanceof Captured captured ? Optional.of(captured.tracked()) : Optional.empty();
    }

    /**
     * The order is followed: planned, its stock and slots held without expiry.
     *
     * @param tracked the order as tracked
     */
    record Captured(TrackedOrder tracked) implements CaptureResult {
        /**
         * Checks the order.
         *
         * @param tracked the order as tracked
         * @throws NullPointerException when {@code tracked} is null
         */
        public Captured {
            Objects.requireNonNull(tracked, "tracked");
        }

        @Override
        public boolean isCaptured() {
            return true;
        }
    }

    /**
     * The order could not be captured; nothing is followed and nothing more is held.
     *
     * @param reason why, for a program
     * @param detail why, in a sentence a person understands (the planner's or the reservation's words)
     */
    record Refused(Reason reason, String detail) implements CaptureResult {
        /**
         * Checks the parts.
         *
         * @param reason why, for a program
         * @param detail why, in a sentence a person understands (the planner's or the reservation's words)
         * @throws NullPointerException when an argument is null
         */
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public boolean isCaptured() {
            return false;
        }
    }

    /** Why a capture was refused. */
    enum Reason {
        /**
         * No fulfilment keeps the promise, or none was found before the planner's search stopped at its work budget
         * (the planner's {@link io.promiseengine.plan.PlanResult.Unplanned}; its detail, and so {@code detail()}, says
         * which: docs/LIMITS.md).
         */
        NO_PLAN,
        /** The plan could not be reserved: stock short, a slot full... (the reservation's refusals). */
        NOT_RESERVED,
        /** The order's hold lapsed on the clock while it was captured. */
        HOLD_LAPSED
    }
}
