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

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The checks quote and listing requests share, refusing with the request's field (docs/LIMITS.md). */
final class Checks {

    private Checks() {
    }

    /** The order instant, within the model's bounds. */
    static Instant at(Instant at) {
        Objects.requireNonNull(at, "at");
        if (!Limits.inRange(at)) {
            throw new InvalidRequestException("at", Limits.instantRange() + ", was " + at);
        }
        return at;
    }

    /** A sku or a location id of a request: at most {@link Limits#MAX_ID_LENGTH} characters, no control character. */
    static String text(String field, String text) {
        String why = Limits.whyNotText(text, Limits.MAX_ID_LENGTH);
        if (why != null) {
            throw new InvalidRequestException(field, why);
        }
        return text;
    }

    /** The collect stores named: at most {@link Limits#MAX_COLLECT_AT}, each a possible location id. */
    static List<String> collectAt(List<String> ids) {
        List<String> copy = List.copyOf(ids);
        if (copy.size() > Limits.MAX_COLLECT_AT) {
            throw new InvalidRequestException("collectAt", "at most " + Limits.MAX_COLLECT_AT + " stores, was " + copy.size());
        }
        for (int i = 0; i < copy.size(); i++) {
            text("collectAt[" + i + "]", copy.get(i));
        }
        return copy;
    }
}
