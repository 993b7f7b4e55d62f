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

import io.promiseengine.live.Reservation;
import io.promiseengine.live.spi.LiveTransaction;
import io.promiseengine.live.spi.SlotPosition;
import io.promiseengine.live.spi.StockPosition;
import io.promiseengine.live.spi.WindowPosition;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The images of the positions, slots and delivery windows a transaction changes, read once from the store and written back once:
 * holds are added and given back here, so a position touched by several holds of one transaction is read and
 * written once, and a failed check writes nothing.
 */
final class Holdings {

    private final LiveTransaction tx;
    private final Map<StockPosition.Key, StockPosition> stock = new LinkedHashMap<>();
    private final Map<SlotPosition.Key, SlotPosition> slots = new LinkedHashMap<>();
    private final Map<WindowPosition.Key, WindowPosition> windows = new LinkedHashMap<>();

    Holdings(LiveTransaction tx) {
        this.tx = tx;
    }

    StockPosition stock(StockPosition.Key key) {
        return stock.computeIfAbsent(key, tx::stock);
    }

    SlotPosition slot(SlotPosition.Key key) {
        return slots.computeIfAbsent(key, tx::slot);
    }

    WindowPosition window(WindowPosition.Key key) {
        return windows.computeIfAbsent(key, tx::window);
    }

    void set(WindowPosition w) {
        windows.put(w.key(), w);
    }

    void set(StockPosition p) {
        stock.put(p.key(), p);
    }

    void set(SlotPosition s) {
        slots.put(s.key(), s);
    }

    /** Adds ({@code sign} +1) or gives back (-1) what {@code needs} takes. */
    void hold(PlanCheck.Needs needs, int sign) {
        for (Map.Entry<StockPosition.Key, Long> e : needs.stock().entrySet()) {
            StockPosition p = stock(e.getKey());
            set(p.withHeld(Math.toIntExact(p.held() + sign * e.getValue())));
        }
        for (Map.Entry<SlotPosition.Key, Integer> e : needs.slots().entrySet()) {
            SlotPosition s = slot(e.getKey());
            set(new SlotPosition(s.location(), s.slotStart(), s.load(), Math.addExact(s.held(), sign * e.getValue()), s.capacity()));
        }
        for (Map.Entry<WindowPosition.Key, Integer> e : needs.windows().entrySet()) {
            WindowPosition w = window(e.getKey());
            set(w.withHeld(Math.addExact(w.held(), sign * e.getValue())));
        }
    }

    /** Gives back what a reservation holds. */
    void release(Reservation r) {
        hold(PlanCheck.held(r), -1);
    }

    /** Writes every image changed. */
    void write() {
        stock.values().forEach(tx::put);
        slots.values().forEach(tx::put);
        windows.values().forEach(tx::put);
    }
}
