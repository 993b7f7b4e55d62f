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

import java.time.LocalDate;
import java.util.Objects;

/**
 * A change in a carrier's true transit times: parcels of {@code service} collected on a date in
 * {@code [from, until)} (network zone) take {@code extraDays} more delivery days.
 *
 * @param label what it is, for the report ({@code strike week})
 */
public record Drift(String label, String service, LocalDate from, LocalDate until, int extraDays) {

    public Drift {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("until must be after from, was " + from + " to " + until);
        }
        if (extraDays < 1) {
            throw new IllegalArgumentException("extraDays must be >= 1, was " + extraDays);
        }
    }

    boolean covers(String service, LocalDate shipDate) {
        return this.service.equals(service) && !shipDate.isBefore(from) && shipDate.isBefore(until);
    }
}
