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

import java.util.Objects;

/**
 * A home-delivery lane: from origins whose postal code starts with {@code from} to destinations whose
 * postal code starts with {@code to}, a mass function of transit days (spec 2.1, 4.3).
 *
 * @param from the origins' postal-code prefix ({@code ""} for any)
 * @param to the destinations' postal-code prefix ({@code ""} for any)
 * @param days the distribution of transit days
 */
public record Lane(String from, String to, MassFunction days) {

    /**
     * Checks the parts.
     *
     * @param from the origins' postal-code prefix ({@code ""} for any)
     * @param to the destinations' postal-code prefix ({@code ""} for any)
     * @param days the distribution of transit days
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when a part is null
     */
    public Lane {
        Limits.checkPostalCode("from", Objects.requireNonNull(from, "from"));
        Limits.checkPostalCode("to", Objects.requireNonNull(to, "to"));
        MassFunction.checkMaxValue("days", Objects.requireNonNull(days, "days"), Limits.MAX_DAYS);
    }

    /**
     * The lane that matches every origin and destination.
     *
     * @param days the distribution of transit days
     * @return a lane from {@code ""} to {@code ""}
     */
    public static Lane everywhere(MassFunction days) {
        return new Lane("", "", days);
    }
}
