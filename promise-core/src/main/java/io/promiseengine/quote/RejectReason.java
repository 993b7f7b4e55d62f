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
    /** A sku of the cart is unknown to the network. */
    UNKNOWN_SKU,
    /** No line of the cart is in stock there (spec 4.1). */
    OUT_OF_STOCK,
    /** The location is not an origin of the service, or does not ship. */
    NOT_AN_ORIGIN,
    /** The location is beyond the courier's last distance band, or the collect store too far. */
    OUT_OF_RANGE,
    /** No lane of the service joins the location's postal code to the destination's (spec 4.3). */
    NO_LANE,
    /** The location, or the service, is closed until past the horizon. */
    CLOSED,
    /** Every preparation slot up to the horizon is full. */
    NO_CAPACITY,
    /** The service has no collection at the location up to the horizon. */
    NO_COLLECTION,
    /** No transfer route brings the stock to the collect store (spec 4.4). */
    NO_ROUTE,
    /** The cart needs more shipments than the request or the rule set allows. */
    TOO_MANY_SHIPMENTS,
    /** The promise would fall after the horizon, 60 days after the order instant. */
    BEYOND_HORIZON,
    /** A rule of the rule set excluded the location. */
    RULE
}
