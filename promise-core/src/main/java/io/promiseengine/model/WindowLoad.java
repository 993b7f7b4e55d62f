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
package io.promiseengine.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Orders already booked in one window of a {@link ScheduledService} in one of its zones (spec 2.1
 * {@code windowLoad}). Entries for one window and zone add up. {@link Network.Builder#build()} checks that the
 * service exists and is SCHEDULED, that it has a zone whose {@code to} is {@code zone}, and that {@code window}
 * is the start of one of its windows on that local date (network zone).
 *
 * @param service the id of a SCHEDULED service
 * @param zone the {@code to} of one of the service's zones
 * @param window the instant a window of the service starts, within [{@link Limits#EARLIEST}, {@link Limits#LATEST}]
 * @param orders orders booked, in [0, {@link Limits#MAX_QUANTITY}]
 */
public record WindowLoad(String service, String zone, Instant window, int orders) {

    /**
     * Checks the fields.
     *
     * @param service the id of a SCHEDULED service
     * @param zone the {@code to} of one of the service's zones
     * @param window the instant a window of the service starts, within [{@link Limits#EARLIEST}, {@link Limits#LATEST}]
     * @param orders orders booked, in [0, {@link Limits#MAX_QUANTITY}]
     * @throws NullPointerException when a field is null
     * @throws IllegalArgumentException naming the field and the value when one is out of its bounds
     */
    public WindowLoad {
        Objects.requireNonNull(service, "service");
        Limits.checkPostalCode("zone", Objects.requireNonNull(zone, "zone"));
        Limits.checkInstant("window", Objects.requireNonNull(window, "window"));
        Limits.checkQuantity("orders", orders, 0);
    }
}
