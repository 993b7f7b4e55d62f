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
package io.promiseengine.quote;

import io.promiseengine.model.Limits;
import io.promiseengine.model.Position;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the cart goes (spec 3): a postal code, a position, or both. The position places the destination
 * (else the network's {@code postalCodes} does); the postal code chooses lanes.
 *
 * @param postalCode the postal code, {@code ""} for none
 * @param position the position, empty for none
 */
public record Destination(String postalCode, Optional<Position> position) {

    /**
     * Checks the parts.
     *
     * @param postalCode the postal code, {@code ""} for none
     * @param position the position, empty for none
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when a part is null
     */
    public Destination {
        Limits.checkPostalCode("postalCode", Objects.requireNonNull(postalCode, "postalCode"));
        Objects.requireNonNull(position, "position");
        if (postalCode.isEmpty() && position.isEmpty()) {
            throw new IllegalArgumentException("destination needs a postalCode, a position, or both");
        }
    }

    /**
     * A destination known by its postal code only.
     *
     * @param postalCode the postal code
     * @return the destination
     * @throws IllegalArgumentException when the postal code is not valid
     */
    public static Destination postalCode(String postalCode) {
        return new Destination(postalCode, Optional.empty());
    }

    /**
     * A destination known by its position only.
     *
     * @param position the position
     * @return the destination
     * @throws NullPointerException when {@code position} is null
     */
    public static Destination position(Position position) {
        return new Destination("", Optional.of(Objects.requireNonNull(position, "position")));
    }

    /**
     * A destination known by its postal code and position.
     *
     * @param postalCode the postal code
     * @param position the position
     * @return the destination
     * @throws IllegalArgumentException when the postal code is not valid
     * @throws NullPointerException when {@code postalCode} or {@code position} is null
     */
    public static Destination of(String postalCode, Position position) {
        return new Destination(Objects.requireNonNull(postalCode, "postalCode"), Optional.of(Objects.requireNonNull(position, "position")));
    }
}
