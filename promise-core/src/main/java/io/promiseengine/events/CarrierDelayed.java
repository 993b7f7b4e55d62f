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

    public CarrierDelayed {
        EventFields.check(id, at);
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(transit, "transit");
    }

    /** Every transit of the service takes {@code by} more units: days on lanes, minutes on courier bands. */
    public static CarrierDelayed shift(String id, Instant at, String service, int by) {
        return new CarrierDelayed(id, at, service, Optional.empty(), new Transit.Shift(by));
    }

    /** Every transit distribution of the service becomes {@code masses}. */
    public static CarrierDelayed replace(String id, Instant at, String service, MassFunction masses) {
        return new CarrierDelayed(id, at, service, Optional.empty(), new Transit.Replace(masses));
    }

    /** The same change on one lane only, named by its {@code from} and {@code to} prefixes. */
    public CarrierDelayed onLane(String from, String to) {
        return new CarrierDelayed(id, at, service, Optional.of(new LaneKey(from, to)), transit);
    }

    /** A lane as the network lists it: its origin and destination postal-code prefixes. */
    public record LaneKey(String from, String to) {
        public LaneKey {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** How the transit changes. */
    public sealed interface Transit permits Transit.Shift, Transit.Replace {

        /** Every value of the distribution moves by {@code by} (days or minutes), {@code != 0}. */
        record Shift(int by) implements Transit {
            public Shift {
                if (by == 0) {
                    throw new IllegalArgumentException("a shift must not be 0");
                }
            }
        }

        /** The distribution becomes {@code masses}. */
        record Replace(MassFunction masses) implements Transit {
            public Replace {
                Objects.requireNonNull(masses, "masses");
            }
        }
    }
}
