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

/**
 * How the customer gets the cart. The declaration order is the order of the names, used to sort
 * options at the same instant (spec 3: {@code COLLECT < COURIER < HOME_DELIVERY < SCHEDULED}).
 */
public enum Method {
    /** Click and collect at a store whose {@code collect} is true: a method without a service. */
    COLLECT,
    /** A same-day courier: {@link CourierService}. */
    COURIER,
    /** A carrier's home delivery: {@link HomeDeliveryService}. */
    HOME_DELIVERY,
    /** Delivery by the retailer's own fleet in a time window the shopper chooses: {@link ScheduledService}. */
    SCHEDULED
}
