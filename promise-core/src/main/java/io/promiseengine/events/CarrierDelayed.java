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

import io.promiseengine.model.MassFunction;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A carrier is late on a service, or on one lane of it: its transit distribution is shifted or replaced.
 * Applied as a new network version with the changed lanes (home delivery) or bands (courier).
 *
 * <pre>{@code
 * CarrierDelayed.shift("ev-7", at, "std", 2).onLane("69", "75");   // two more days from 69 to 75
 * }</pre>
 *
 * @param id the event id
 * @param at when it happened
 * @param service the service id
 * @param lane the lane, by its {@code from} and {@code to} prefixes exactly as the network lists it; empty
 *             for every lane (or every band of a courier)
 * @param transit the change
 */
public record CarrierDelayed(String id, Instant at, String service, Optional<LaneKey> lane, Transit transit)
        implements PromiseEvent {

    /**
     * Checks the parts.
     *
     * @param id the event id
     * @param at when it happened
     * @param service the service id
     * @param lane the lane, by its {@code from} and {@code to} prefixes exactly as the network lists it; empty for
     *        every lane (or every band of a courier)
     * @param transit the change
     * @throws IllegalArgumentException when the id is empty or the instant out of range
     * @throws NullPointerException when a part is null
     */
    public CarrierDelayed {
        EventFields.check(id, at);
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(transit, "transit");
    }

    /**
     * Every transit of the service takes {@code by} more units: days on lanes, minutes on courier bands.
     *
     * @param id the event id
     * @param at when it happened
     * @param service the service id
     * @param by the units added to every transit (negative: faster), not 0
     * @return the event, on every lane
     * @throws IllegalArgumentException when {@code by} is 0
     */
    public static CarrierDelayed shift(String id, Instant at, String service, int by) {
        return new CarrierDelayed(id, at, service, Optional.empty(), new Transit.Shift(by));
    }

    /**
     * Every transit distribution of the service becomes {@code masses}.
     *
     * @param id the event id
     * @param at when it happened
     * @param service the service id
     * @param masses the new distribution
     * @return the event, on every lane
     */
    public static CarrierDelayed replace(String id, Instant at, String service, MassFunction masses) {
        return new CarrierDelayed(id, at, service, Optional.empty(), new Transit.Replace(masses));
    }

    /**
     * The same change on one lane only, named by its {@code from} and {@code to} prefixes.
     *
     * @param from the lane's {@code from} prefix
     * @param to the lane's {@code to} prefix
     * @return a copy on that lane only
     */
    public CarrierDelayed onLane(String from, String to) {
        return new CarrierDelayed(id, at, service, Optional.of(new LaneKey(from, to)), transit);
    }

    /**
     * A lane as the network lists it: its origin and destination postal-code prefixes.
     *
     * @param from the origins' postal-code prefix
     * @param to the destinations' postal-code prefix
     */
    public record LaneKey(String from, String to) {
        /**
         * Checks the prefixes.
         *
         * @param from the origins' postal-code prefix
         * @param to the destinations' postal-code prefix
         * @throws NullPointerException when a prefix is null
         */
        public LaneKey {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** How the transit changes. */
    public sealed interface Transit permits Transit.Shift, Transit.Replace {

        /**
         * Every value of the distribution moves by {@code by} (days or minutes), {@code != 0}.
         *
         * @param by the units added to each value
         */
        record Shift(int by) implements Transit {
            /**
             * Checks the shift.
             *
             * @param by the units added to each value
             * @throws IllegalArgumentException when {@code by} is 0
             */
            public Shift {
                if (by == 0) {
                    throw new IllegalArgumentException("a shift must not be 0");
                }
            }
        }

        /**
         * The distribution becomes {@code masses}.
         *
         * @param masses the new distribution
         */
        record Replace(MassFunction masses) implements Transit {
            /**
             * Checks the distribution.
             *
             * @param masses the new distribution
             * @throws NullPointerException when {@code masses} is null
             */
            public Replace {
                Objects.requireNonNull(masses, "masses");
            }
        }
    }
}
