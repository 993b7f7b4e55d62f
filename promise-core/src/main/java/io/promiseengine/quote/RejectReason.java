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

/** Why a location was passed over for a service or a collect store (spec 3, {@code rejected}). */
public enum RejectReason {
    UNKNOWN_SKU, OUT_OF_STOCK, NOT_AN_ORIGIN, OUT_OF_RANGE, NO_LANE, CLOSED, NO_CAPACITY, NO_COLLECTION,
    NO_ROUTE, TOO_MANY_SHIPMENTS, BEYOND_HORIZON, RULE
}
