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
package io.promiseengine.examples.simulation;

/** How a promise is made. */
public enum Policy {
    /** The text "delivered in 2 to 5 days": by the 5th delivery day of the service after the order date. */
    STATIC("static \"2 to 5 days\""),
    /** The engine with the lanes as configured. */
    CONFIGURED("configured distributions"),
    /** The engine with the lanes a transit learner keeps current from the deliveries, published every night. */
    LEARNED("learned distributions");

    private final String label;

    Policy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
