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

import io.promiseengine.internal.time.OpenCalendar;
import io.promiseengine.internal.time.Slots;

/**
 * Spec 4.2 read backwards: the latest order instant for which a site's preparation of the cart is ready by a
 * deadline, computed from the calendar instead of probed.
 *
 * <p>For an order at {@code u} the preparation starts at {@code start(max(u, available))}, the earliest valid
 * start at or after it (open, in a slot with room), and is ready at {@code W(start)}, {@code duration} of working
 * time later. Over valid starts {@code W} never decreases, so the valid starts ready by the deadline {@code D}
 * are those at or before one instant {@code S*}: the latest open instant {@code S} whose working time up to
 * {@code D} is at least the duration (walking the open intervals back from {@code D}), moved back slot by slot
 * while its slot is full. And {@code start(x) <= S*} exactly when {@code x <= S*} ({@code S*} is itself valid),
 * so the latest order is {@code S*} when {@code available <= S*}, and no order ready by {@code D} exists
 * otherwise. Without a rule set only: a rule's filter joins the start condition in ways this does not read.
 */
final class ReadyBy {

    private ReadyBy() {
    }

    /**
     * The latest order instant {@code u >= floor} whose preparation at the site (cart available there from
     * {@code available}) is ready at or before a deadline; {@code floor - 1} when there is none.
     *
     * @param latestStart {@link #latestStart} of the site's calendar and preparation duration for the deadline,
     *     from any bound at or before {@code floor} (it depends on the calendar only, so sites sharing one share it)
     */
    static long latestOrder(QuoteContext ctx, int site, long available, long latestStart, long floor) {
        Snapshot.Site s = ctx.snap.sites[site];
        long lo = Math.max(floor, available);
        if (latestStart == OpenCalendar.NONE || latestStart < lo) {
            return floor - 1;
        }
        long x = latestStart;
        if (s.slotSeconds > 0) {
            while (true) {
                long slot = Slots.slotStart(x, s.offsets, s.slotSeconds);
                if (ctx.snap.inventory.loadAt(s, slot) < ctx.snap.inventory.capacityAt(s, slot)) {
                    break;
                }
                // the whole slot up to x is full: the latest start before it
                x = slot <= lo ? OpenCalendar.NONE : latestOpen(s.open, slot - 1, lo);
                if (x == OpenCalendar.NONE) {
                    break;
                }
            }
        }
        return x == OpenCalendar.NONE ? floor - 1 : x;
    }

    /**
     * The latest open instant {@code S >= lo} from which {@code seconds} of working time are complete at or before
     * {@code deadline} ({@link OpenCalendar#addWorkingTime}: time counts inside open intervals only), or
     * {@link OpenCalendar#NONE}. With zero seconds, the latest open instant at or before the deadline. For a
     * higher bound {@code lo' >= lo} the answer is the same when it is at or after {@code lo'}, else none.
     */
    static long latestStart(OpenCalendar open, long seconds, long deadline, long lo) {
        if (seconds == 0) {
            return latestOpen(open, deadline, lo);
        }
        long remaining = seconds;
        // a date's intervals lie inside it or end at the next date's first instant: from the date after the
        // deadline's (whose intervals all start after it) back to the date before lo's
        for (long d = open.epochDay(deadline) + 1, first = open.epochDay(lo) - 1; d >= first; d--) {
            long[] iv = open.day(d);
            for (int i = iv.length - 2; i >= 0; i -= 2) {
                long from = iv[i];
                long to = Math.min(iv[i + 1], deadline);
                if (to <= from) {
                    continue;
                }
                if (remaining <= to - from) {
                    long start = to - remaining; // open: remaining > 0, so start < to
                    return start >= lo ? start : OpenCalendar.NONE;
                }
                remaining -= to - from;
                if (from <= lo) {
                    return OpenCalendar.NONE;
                }
            }
        }
        return OpenCalendar.NONE;
    }

    /** The latest open instant in {@code [lo, x]}, or {@link OpenCalendar#NONE}. */
    static long latestOpen(OpenCalendar open, long x, long lo) {
        if (x < lo) {
            return OpenCalendar.NONE;
        }
        for (long d = open.epochDay(x) + 1, first = open.epochDay(lo) - 1; d >= first; d--) {
            long[] iv = open.day(d);
            for (int i = iv.length - 2; i >= 0; i -= 2) {
                if (iv[i] <= x) {
                    long at = Math.min(x, iv[i + 1] - 1);
                    return at >= lo ? at : OpenCalendar.NONE;
                }
            }
        }
        return OpenCalendar.NONE;
    }
}
