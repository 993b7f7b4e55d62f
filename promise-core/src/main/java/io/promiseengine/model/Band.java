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
 * A courier distance band: origins at most {@code maxKm} from the destination (and beyond the previous
 * band), a mass function of transit minutes (spec 2.1, 4.5).
 *
 * @param maxKm the band's outer distance from the destination, in km, {@code > 0}
 * @param minutes the distribution of transit minutes
 */
public record Band(double maxKm, MassFunction minutes) {

    /**
     * Checks the parts.
     *
     * @param maxKm the band's outer distance from the destination, in km, {@code > 0}
     * @param minutes the distribution of transit minutes
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when {@code minutes} is null
     */
    public Band {
        if (!(maxKm > 0) || Double.isInfinite(maxKm)) {
            throw new IllegalArgumentException("maxKm must be a number > 0, was " + maxKm);
        }
        MassFunction.checkMaxValue("minutes", Objects.requireNonNull(minutes, "minutes"), Limits.MAX_MINUTES);
    }
}
