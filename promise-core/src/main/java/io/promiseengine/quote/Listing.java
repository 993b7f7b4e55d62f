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
 * The answer to a {@link ListingRequest}: one badge per sku, in the request's order.
 *
 * @param at the order instant
 * @param zone the network's zone
 * @param badges one per sku
 */
public record Listing(Instant at, ZoneId zone, List<Badge> badges) {

    /**
     * Checks the parts.
     *
     * @param at the order instant
     * @param zone the network's zone
     * @param badges one per sku
     * @throws NullPointerException when a part, or an element of a collection, is null
     */
    public Listing {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        badges = Limits.copyOf("badges", badges);
    }
}
