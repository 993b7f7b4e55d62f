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
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The answer to a quote request (spec 3).
 *
 * @param at the order instant
 * @param zone the network's zone, in which {@code at} is written
 * @param options every option, sorted by promised instant, method, then service or location id
 * @param rejected with {@code explain}, every location passed over with its reason; else empty
 */
public record Quote(Instant at, ZoneId zone, List<PromiseOption> options, List<Rejection> rejected) {

    /**
     * Checks the parts.
     *
     * @param at the order instant
     * @param zone the network's zone, in which {@code at} is written
     * @param options every option, sorted by promised instant, method, then service or location id
     * @param rejected with {@code explain}, every location passed over with its reason; else empty
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public Quote {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        options = Limits.copyOf("options", options);
        rejected = Limits.copyOf("rejected", rejected);
    }
}
