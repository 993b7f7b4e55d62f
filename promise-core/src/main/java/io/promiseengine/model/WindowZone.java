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

import java.time.Duration;
import java.util.Objects;

/**
 * An area a {@link ScheduledService} delivers to (spec 2.1 {@code zones}, 4.7): destinations whose postal code
 * starts with {@code to}, reached from an origin {@code leadTime} after its preparation is ready, with at most
 * {@code capacity} orders in each window.
 *
 * @param to a postal-code prefix of the destination; {@code ""} matches every code (and a destination without one)
 * @param leadTime elapsed time from an origin's {@code readyAt} to the start of a window it can make: whole
 *                 seconds, {@code >= 0}, at most {@link Limits#MAX_DURATION}
 * @param capacity orders per window in this zone, in [1, {@link Limits#MAX_QUANTITY}]
 */
public record WindowZone(String to, Duration leadTime, int capacity) {

    /**
     * Checks the fields.
     *
     * @param to a postal-code prefix of the destination; {@code ""} matches every code (and a destination without one)
     * @param leadTime elapsed time from an origin's {@code readyAt} to the start of a window it can make: whole
     *                 seconds, {@code >= 0}, at most {@link Limits#MAX_DURATION}
     * @param capacity orders per window in this zone, in [1, {@link Limits#MAX_QUANTITY}]
     * @throws NullPointerException when {@code to} or {@code leadTime} is null
     * @throws IllegalArgumentException naming the field and the value when one is out of its bounds
     */
    public WindowZone {
        Limits.checkPostalCode("to", Objects.requireNonNull(to, "to"));
        Durations.checkWholeSeconds("leadTime", Objects.requireNonNull(leadTime, "leadTime"));
        Limits.checkQuantity("capacity", capacity, 1);
    }

    /**
     * A zone from the text of its lead time.
     *
     * @param to the postal-code prefix
     * @param leadTime a duration as {@link Duration#parse} reads it ({@code PT2H})
     * @param capacity orders per window
     * @return the zone
     * @throws IllegalArgumentException when a field is out of its bounds or the duration cannot be read
     */
    public static WindowZone of(String to, String leadTime, int capacity) {
        Duration d;
        try {
            d = Duration.parse(Objects.requireNonNull(leadTime, "leadTime"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("leadTime must be a duration such as PT2H, was " + Echo.quote(leadTime), e);
        }
        return new WindowZone(to, d, capacity);
    }
}
