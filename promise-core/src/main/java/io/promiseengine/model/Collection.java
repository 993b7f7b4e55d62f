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

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a home-delivery service's {@code collections}: the carrier collects at these local
 * times of the origin on these days (spec 2.1). Entries of a service add up.
 *
 * @param days the days
 * @param at the local times (an empty list adds none)
 */
public record Collection(DaySet days, List<LocalTime> at) {

    /**
     * Checks the parts.
     *
     * @param days the days
     * @param at the local times (an empty list adds none)
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public Collection {
        Objects.requireNonNull(days, "days");
        at = Limits.copyOf("at", at);
    }

    /**
     * Collections on a day set at the given times.
     *
     * @param days a day set, such as {@code "MON-FRI"}
     * @param times local times, such as {@code "17:00"}
     * @return the collections
     * @throws IllegalArgumentException when a text cannot be parsed
     */
    public static Collection of(String days, String... times) {
        return new Collection(DaySet.parse(days), java.util.Arrays.stream(times).map(LocalTimes::parse).toList());
    }
}
