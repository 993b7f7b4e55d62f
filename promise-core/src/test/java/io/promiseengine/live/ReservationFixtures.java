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
package io.promiseengine.live;

import io.promiseengine.model.Network;
import io.promiseengine.plan.Fulfilment;

import java.time.Instant;
import java.time.ZoneId;

/** A store with 2 preparations per hour and a warehouse without limit, and plans built by hand. */
final class ReservationFixtures {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant START = Instant.parse("2026-09-17T12:10:00Z"); // 14:10 in Paris, slot 14:00
    static final Instant SLOT = Instant.parse("2026-09-17T12:00:00Z");

    private ReservationFixtures() {
    }

    static Network network() {
        return LiveStoreContract.network();
    }

    /** A plan: pairs of (location, "SKU:qty,SKU:qty"). */
    static Fulfilment plan(String... originsAndLines) {
        return LiveStoreContract.plan(originsAndLines);
    }
}
