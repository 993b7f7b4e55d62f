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
package io.promiseengine.internal.events;

import io.promiseengine.model.Echo;
import io.promiseengine.events.CarrierDelayed;
import io.promiseengine.events.LocationClosed;
import io.promiseengine.events.PromiseEvent;
import io.promiseengine.events.ShipmentLate;
import io.promiseengine.events.SlotCapacityChanged;
import io.promiseengine.events.StockCorrected;
import io.promiseengine.events.WindowCancelled;
import io.promiseengine.events.WindowCapacityChanged;
import io.promiseengine.internal.engine.DefaultPromiseEngine;
import io.promiseengine.internal.events.TrackedOrders.Entry;
import io.promiseengine.live.StockState;
import io.promiseengine.live.WindowState;
import io.promiseengine.model.StockLevel;

import java.util.List;

/** What an event does to the engine, and the tracked orders it touches. */
final class EventEffects {

    private EventEffects() {
    }

    /**
     * Applies the event to the engine and returns the orders it touches, in the order to look at them: last
     * captured first when they share a shortage (stock, slot, window), so the earliest orders keep what they
     * hold; a cancelled window's orders in capture order, so the earliest choose first where they move.
     */
    static List<Entry> apply(DefaultPromiseEngine engine, TrackedOrders orders, PromiseEvent event) {
        if (event instanceof StockCorrected s) {
            StockState after;
            if (s.delta()) {
                after = engine.adjustOnHand(s.location(), s.sku(), s.quantity());
            } else {
                StockState before = engine.stock(s.location(), s.sku());
                after = engine.setStock(new StockLevel(s.location(), s.sku(), s.quantity(), before.reserved(), before.safety()));
            }
            // every hold still fits when what is left is >= 0 (a hold counts from the start of time)
            return after.available() >= 0 ? List.of() : orders.under(OrderIndex.stock(s.location(), s.sku()), true);
        }
        if (event instanceof SlotCapacityChanged c) {
            var after = engine.setSlotCapacity(c.location(), c.slot(), c.capacity());
            return after.load() + after.held() <= after.capacity() ? List.of()
                    : orders.under(OrderIndex.slot(c.location(), c.slot()), true);
        }
        if (event instanceof WindowCapacityChanged c) {
            WindowState after = engine.setWindowCapacity(c.service(), c.zone(), c.window(), c.capacity());
            return (long) after.load() + after.held() <= after.capacity() ? List.of()
                    : orders.under(OrderIndex.window(c.service(), c.zone(), c.window()), true);
        }
        if (event instanceof WindowCancelled c) {
            engine.setWindowCapacity(c.service(), c.zone(), c.window(), 0); // spec 4.7: no room, no drop
            return orders.under(OrderIndex.window(c.service(), c.zone(), c.window()), false);
        }
        if (event instanceof LocationClosed c) {
            engine.publish(NetworkEdits.closed(engine.network(), c.location(), c.from(), c.to()));
            return orders.under(OrderIndex.location(c.location()), false);
        }
        if (event instanceof CarrierDelayed d) {
            engine.publish(NetworkEdits.delayed(engine.network(), d));
            return orders.under(d.lane().map(k -> OrderIndex.lane(d.service(), k.from(), k.to()))
                    .orElse(OrderIndex.service(d.service())), false);
        }
        ShipmentLate late = (ShipmentLate) event;
        Entry e = orders.get(late.orderId());
        if (e == null) {
            return List.of(); // delivered, closed or never followed: nothing to keep
        }
        if (e.order.fulfilment().shipments().stream().noneMatch(s -> s.from().equals(late.from()))) {
            throw new IllegalArgumentException("order " + Echo.quote(late.orderId()) + " has no shipment from " + Echo.quote(late.from())
                    + "; its shipments are from " + e.order.fulfilment().shipments().stream().map(s -> Echo.quote(s.from())).toList());
        }
        return List.of(e);
    }
}
