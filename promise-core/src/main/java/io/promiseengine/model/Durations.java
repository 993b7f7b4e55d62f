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

/** Checks on durations as the documents allow them: whole seconds, {@code >= 0}, at most {@link Limits#MAX_DURATION}. */
public final class Durations {

    private Durations() {
    }

    /**
     * Throws naming the field when the duration is negative, has a fraction of a second or is too long.
     *
     * @param field the field's name in the refusal
     * @param d the duration
     * @return {@code d}
     * @throws IllegalArgumentException when the duration is negative, has a fraction of a second or is too long
     * @throws NullPointerException when {@code d} is null
     */
    public static Duration checkWholeSeconds(String field, Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + d);
        }
        if (d.getNano() != 0) {
            throw new IllegalArgumentException(field + " must be whole seconds, was " + d);
        }
        return Limits.checkDuration(field, d);
    }
}
