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
package io.promiseengine.jmh.baseline;

import io.promiseengine.model.Location;
import io.promiseengine.model.Network;
import io.promiseengine.model.SlotLoad;
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.Supply;
import io.promiseengine.quote.Line;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Spec 4.1 and 4.2 read literally: availability from the stock and supply lists, and the preparation start
 * found by moving forward to the next instant at which the failing condition (open, available, room in the
 * slot) can change.
 */
final class ReadyTimes {

    /** A preparation: its start and the end of its working time. */
    record Ready(Instant start, Instant ready) {
    }

    private final Network network;

    ReadyTimes(Network network) {
        this.network = network;
    }

    /** Spec 4.1: {@code max(0, onHand - reserved - safety)} plus the supply arrived at or before {@code s}. */
    long available(Location l, String sku, Instant s) {
        long q = 0;
        for (StockLevel st : network.stock()) {
            if (st.location().equals(l.id()) && st.sku().equals(sku)) {
                q += Math.max(0, st.onHand() - st.reserved() - st.safety());
            }
        }
        for (Supply sp : network.supply()) {
            if (sp.location().equals(l.id()) && sp.sku().equals(sku) && !sp.arrives().isAfter(s)) {
                q += sp.quantity();
            }
        }
        return q;
    }

    private boolean allAvailable(Location l, List<Line> lines, Instant s) {
        for (Line line : lines) {
            if (available(l, line.sku(), s) < line.quantity()) {
                return false;
            }
        }
        return true;
    }

    /** The next supply arrival after {@code s} at {@code l} of one of the lines' skus, or null. */
    private Instant nextArrival(Location l, List<Line> lines, Instant s) {
        Instant next = null;
        for (Supply sp : network.supply()) {
            if (!sp.location().equals(l.id()) || !sp.arrives().isAfter(s)) {
                continue;
            }
            for (Line line : lines) {
                if (line.sku().equals(sp.sku()) && (next == null || sp.arrives().isBefore(next))) {
                    next = sp.arrives();
                }
            }
        }
        return next;
    }

    /** The slot containing {@code s}: {@code [start, end)} (spec 2.1: the last slot ends at the next date). */
    static Instant[] slotOf(Instant s, ZoneId zone, long slotSeconds) {
        LocalDate date = s.atZone(zone).toLocalDate();
        Instant first = date.atStartOfDay(zone).toInstant();
        Instant next = date.plusDays(1).atStartOfDay(zone).toInstant();
        long slotsPerDay = 86_400 / slotSeconds;
        long k = Math.min((s.getEpochSecond() - first.getEpochSecond()) / slotSeconds, slotsPerDay - 1);
        Instant start = first.plusSeconds(k * slotSeconds);
        Instant end = k == slotsPerDay - 1 ? next : start.plusSeconds(slotSeconds);
        if (end.isAfter(next)) {
            end = next;
        }
        return new Instant[] {start, end};
    }

    private int load(Location l, Instant slotStart) {
        int orders = 0;
        for (SlotLoad sl : network.load()) {
            if (sl.location().equals(l.id()) && sl.slot().equals(slotStart)) {
                orders += sl.orders();
            }
        }
        return orders;
    }

    /**
     * Spec 4.2: the earliest {@code s >= t} at which {@code l} is open, the lines are available and the slot
     * has room, and the end of {@code duration} of working time from there. Null beyond {@code horizon}.
     */
    Ready prepare(Location l, Schedule open, List<Line> lines, Instant t, Instant horizon) {
        return prepare(l, open, lines, t, horizon, s -> true);
    }

    /**
     * As {@link #prepare(Location, Schedule, List, Instant, Instant)}, with a rule set's filters joined to the start
     * condition (docs/RULES-FORMAT.md, "When a filter is asked"): {@code s} must also be an instant {@code allowed}
     * accepts. A filter sees the units available at {@code s}, which change only at supply arrivals of the lines'
     * skus, so a refused {@code s} moves to the next such arrival.
     */
    Ready prepare(Location l, Schedule open, List<Line> lines, Instant t, Instant horizon,
                  java.util.function.Predicate<Instant> allowed) {
        Instant s = t;
        while (s != null && !s.isAfter(horizon)) {
            if (!open.isOpen(s)) {
                s = open.nextOpen(s, horizon);
                continue;
            }
            if (!allAvailable(l, lines, s) || !allowed.test(s)) {
                s = nextArrival(l, lines, s);
                continue;
            }
            if (l.preparation().hasCapacityLimit()) {
                Instant[] slot = slotOf(s, open.zone(), l.preparation().slot().getSeconds());
                if (load(l, slot[0]) >= l.preparation().ordersPerSlot()) {
                    s = slot[1];
                    continue;
                }
            }
            Instant ready = open.addWork(s, l.preparation().duration().getSeconds(), horizon);
            return ready == null ? null : new Ready(s, ready);
        }
        return null;
    }
}
