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
package io.promiseengine.events;

import java.time.Instant;

/**
 * Something that happened to the network after orders were promised, as an order management system sees it.
 * A {@link PromiseTracker} applies it to the live engine, then looks again at the captured orders it touches.
 *
 * <p>Every event has an id, unique among the events given to one tracker (a repeated id is ignored: events
 * apply exactly once), and the instant it happened, from which re-plans and re-quotes are computed.
 */
public sealed interface PromiseEvent
        permits StockCorrected, LocationClosed, SlotCapacityChanged, CarrierDelayed, ShipmentLate, WindowCancelled,
        WindowCapacityChanged {

    /**
     * Unique among the events given to one tracker.
     *
     * @return the event's id
     */
    String id();

    /**
     * When it happened: re-plans and re-quotes start here (never before the order's own instant).
     *
     * @return the instant it happened
     */
    Instant at();

}
