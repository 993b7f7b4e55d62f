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
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.SlotLoad;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.quote.Line;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ReadyBy#latestOrder} walking back over full slots (issue 13: the order-by's calendar reading met a full
 * slot in no test, and its walk and its answer "none" survived mutation), against spec 4.2 read second by second:
 * going back from the deadline {@code D}, the first instant {@code s >= max(floor, available)} that is a valid start
 * (open, the cart available, its slot below {@code ordersPerSlot}) and whose open seconds in {@code [s, D)} make
 * up the duration is the latest order ready by {@code D} (an order at {@code s} starts at {@code s}; an order after it
 * starts at a later valid start, which is not ready in time); none gives {@code floor - 1}. The oracle counts open
 * seconds with {@link OpenCalendar#isOpen} and finds slots from the spec's text (slot {@code k} starts {@code k x
 * slot} after the local date's first instant; the last one ends at the next date's), not from {@code Slots}.
 * A store in Paris, around both DST changes of 2026, with slots of 30 minutes to 2 hours, one in two of them full.
 * Fixed seeds; a failure names its seed.
 */
class ReadyByFullSlotsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String[][] HOURS = {{"MON-SUN", "00:00-24:00"}, {"MON-SAT", "09:00-19:00"},
        {"MON-SUN", "08:00-12:00", "14:00-19:30"}, {"MON-SUN", "00:00-03:00", "22:00-24:00"}, {"TUE-SAT", "09:30-18:15"}};
    private static final long[] DURATIONS = {0, 1, 900, 1_800, 3_600, 7_200, 5 * 3_600};
    private static final long[] SLOTS = {1_800, 3_600, 7_200};

    @Test
    void theLatestOrderReadyByADeadlineIsTheLastValidStartWithEnoughWorkingTimeBeforeIt() {
        int walkedBack = 0;
        int noneForFullSlots = 0;
        int found = 0;
        for (long seed = 1; seed <= 240; seed++) {
            Random r = new Random(seed);
            LocalDate base = LocalDate.parse(r.nextBoolean() ? "2026-03-26" : "2026-10-22");
            long slot = SLOTS[r.nextInt(SLOTS.length)];
            int capacity = 1 + r.nextInt(2);
            long prep = DURATIONS[r.nextInt(DURATIONS.length)];
            String[] h = HOURS[r.nextInt(HOURS.length)];
            Network.Builder b = Network.builder(PARIS).location(Location.builder("s", LocationKind.STORE, Position.of(48.85, 2.35))
                    .hours(WeeklyHours.of(h[0], java.util.Arrays.copyOfRange(h, 1, h.length)))
                    .preparation(Preparation.of(Duration.ofSeconds(prep), Duration.ofSeconds(slot), capacity)).build());
            Map<Long, Integer> load = new HashMap<>();
            for (LocalDate d = base.minusDays(1); d.isBefore(base.plusDays(7)); d = d.plusDays(1)) {
                long first = d.atStartOfDay(PARIS).toEpochSecond();
                long next = d.plusDays(1).atStartOfDay(PARIS).toEpochSecond();
                for (long k = 0; k < 86_400 / slot && first + k * slot < next; k++) {
                    int orders = r.nextBoolean() ? capacity : r.nextInt(capacity);
                    if (orders > 0) {
                        b.load(new SlotLoad("s", Instant.ofEpochSecond(first + k * slot), orders));
                        load.put(first + k * slot, orders);
                    }
                }
            }
            Snapshot snap = new Snapshot(b.build());
            long floor = base.atStartOfDay(PARIS).toEpochSecond() + r.nextInt(4 * 86_400);
            long deadline = floor + (r.nextInt(6) == 0 ? -r.nextInt(3_600) : r.nextInt(36 * 3_600));
            long available = r.nextBoolean() ? floor - r.nextInt(86_400) : floor + r.nextInt(20 * 3_600);
            QuoteContext ctx = QuoteContext.forQuote(snap, List.of(new Line("A", 1)), 1.0, 1, null, "75011", floor);
            try {
                Snapshot.Site s = snap.sites[0];
                long latestStart = ReadyBy.latestStart(s.open, s.prepSeconds, deadline, floor);
                long got = ReadyBy.latestOrder(ctx, 0, available, latestStart, floor);
                long expected = oracle(s.open, prep, slot, capacity, load, deadline, Math.max(floor, available), floor);
                assertThat(got).as("seed %d: floor %s, available %s, deadline %s, duration %d s, slots of %d s for %d",
                        seed, Instant.ofEpochSecond(floor), Instant.ofEpochSecond(available), Instant.ofEpochSecond(deadline),
                        prep, slot, capacity).isEqualTo(expected);
                found += expected >= floor ? 1 : 0;
                walkedBack += expected >= floor && latestStart != OpenCalendar.NONE && expected < latestStart ? 1 : 0;
                noneForFullSlots += expected < floor && latestStart != OpenCalendar.NONE
                        && latestStart >= Math.max(floor, available) ? 1 : 0;
            } finally {
                ctx.release();
            }
        }
        System.out.printf("ReadyByFullSlotsTest: %d with an order, %d walked back over full slots, %d none for full slots%n",
                found, walkedBack, noneForFullSlots);
        assertThat(found).as("cases with an order ready in time").isGreaterThanOrEqualTo(100);
        assertThat(walkedBack).as("answers before the latest start, its slot full").isGreaterThanOrEqualTo(30);
        assertThat(noneForFullSlots).as("none because every slot up to the latest start is full").isGreaterThanOrEqualTo(3);
    }

    /** Spec 4.2 second by second, backwards from the deadline. */
    private static long oracle(OpenCalendar open, long prep, long slot, int capacity, Map<Long, Integer> load,
                               long deadline, long lo, long floor) {
        long working = 0; // open seconds in [s, deadline)
        for (long s = deadline; s >= lo; s--) {
            boolean isOpen = open.isOpen(s);
            if (s < deadline && isOpen) {
                working++;
            }
            if (isOpen && working >= prep && load.getOrDefault(slotOf(s, slot), 0) < capacity) {
                return s;
            }
        }
        return floor - 1;
    }

    /** The start of the slot holding {@code s}: {@code k x slot} after its local date's first instant, the last one to the next date. */
    private static long slotOf(long s, long slot) {
        LocalDate d = Instant.ofEpochSecond(s).atZone(PARIS).toLocalDate();
        long first = d.atStartOfDay(PARIS).toEpochSecond();
        long k = Math.min((s - first) / slot, 86_400 / slot - 1);
        return first + k * slot;
    }
}
