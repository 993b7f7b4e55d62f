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
package io.promiseengine.internal.engine;

/**
 * Stock and slot load as one quote reads them (spec 4.1, 4.2): the network's own ({@link Snapshot}), or
 * an immutable version of a live {@link Ledger}. Implementations are immutable, so a quote sees one
 * consistent inventory however long it runs.
 */
interface InventoryView {

    /** The sku's stock by site index (null where a site has none), or null when no site has the sku. */
    StockTable table(String sku);

    /** Preparations started in the slot starting at {@code slotStart} (load and reservations). */
    int loadAt(Snapshot.Site site, long slotStart);

    /** Preparations the slot allows. */
    int capacityAt(Snapshot.Site site, long slotStart);

    /** Orders booked in the window of a SCHEDULED service starting at {@code windowStart}, in zone {@code zone}. */
    default int windowLoadAt(WindowService service, int zone, long windowStart) {
        return service.loadAt(zone, windowStart);
    }

    /** Orders the window of a SCHEDULED service starting at {@code windowStart} allows in zone {@code zone}. */
    default int windowCapacityAt(WindowService service, int zone, long windowStart) {
        return service.capacity[zone];
    }
}
