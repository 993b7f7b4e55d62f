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
import java.util.List;
import java.util.Objects;

/**
 * Transfer routes from the locations {@code from} selects to those {@code to} selects, each route joining
 * two different locations (spec 2.1, 4.4): departures in the sending location's zone (never on its
 * closed dates), {@code duration} of elapsed time on the way, then {@code receiving} of working time at
 * the receiving store.
 *
 * @param from the sending locations
 * @param to the receiving stores
 * @param departures the departure times, in each sending location's zone
 * @param duration the time on the way
 * @param receiving the working time the receiving store takes to receive
 */
public record Transfer(Selector from, List<Selector> to, WeeklyTimes departures, Duration duration, Duration receiving) {

    /**
     * Checks the parts.
     *
     * @param from the sending locations
     * @param to the receiving stores
     * @param departures the departure times, in each sending location's zone
     * @param duration the time on the way
     * @param receiving the working time the receiving store takes to receive
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public Transfer {
        Objects.requireNonNull(from, "from");
        to = Limits.copyOf("to", to);
        Objects.requireNonNull(departures, "departures");
        Durations.checkWholeSeconds("duration", Objects.requireNonNull(duration, "duration"));
        Durations.checkWholeSeconds("receiving", Objects.requireNonNull(receiving, "receiving"));
    }
}
