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

/** What a stock-holding location is. */
public enum LocationKind {
    /** A warehouse: an origin by default. */
    WAREHOUSE,
    /** A store: not an origin unless it says it ships. */
    STORE,
    /** A dark store (a store closed to shoppers, for fast deliveries): an origin by default. */
    DARK_STORE;

    /**
     * Whether a location of this kind may be an origin of a service when the document does not say (spec 2.1).
     *
     * @return true but for {@link #STORE}
     */
    public boolean shipsByDefault() {
        return this != STORE;
    }
}
