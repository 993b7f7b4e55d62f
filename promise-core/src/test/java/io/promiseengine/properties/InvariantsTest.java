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
package io.promiseengine.properties;

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.internal.time.Slots;
import io.promiseengine.model.Location;
import io.promiseengine.model.Network;
import io.promiseengine.model.SlotLoad;
import io.promiseengine.model.StockLevel;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.quote.Shipment;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongToIntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invariants of spec section 5 on generated networks and requests. Seeds are fixed, so CI replays
 * the same cases; a failure names its seed, and {@code -Dinvariants.seed=N} runs each property on that seed
 * alone (the properties whose seed range does not hold it run nothing).
 * An invariant checked on empty quotes proves nothing: each property counts the seeds whose quote had options
 * and asserts that they are at least {@link #MIN_SHARE_WITH_OPTIONS} of its cases (about 80-90 % are).
 */
class InvariantsTest {

    private static final int CASES = 150;
    static final double MIN_SHARE_WITH_OPTIONS = 0.75;

    /** Runs the body for each seed; the body returns how many options it checked. */
    private static void forEachSeed(long first, LongToIntFunction body) {
        Long replay = Long.getLong("invariants.seed");
        if (replay != null) {
            if (replay >= first && replay < first + CASES) {
                System.out.println("InvariantsTest: seed " + replay + " alone checked " + body.applyAsInt(replay) + " options");
            }
            return;
        }
        int withOptions = 0;
        for (long seed = first; seed < first + CASES; seed++) {
            try {
                withOptions += body.applyAsInt(seed) > 0 ? 1 : 0;
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("failing seed " + seed + ": " + e.getMessage(), e);
            }
        }
        assertThat(withOptions).as("seeds %s..%s whose quote had options", first, first + CASES - 1)
                .isGreaterThanOrEqualTo((int) Math.ceil(MIN_SHARE_WITH_OPTIONS * CASES));
    }

    private static Optional<PromiseOption> same(Quote q, PromiseOption like) {
        for (PromiseOption o : q.options()) {
            if (o.method() == like.method() && o.service().equals(like.service()) && o.location().equals(like.location())) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    @Test
    void aLaterOrderInstantNeverGetsAnEarlierDate() {
        forEachSeed(1_000, seed -> {
            NetworkGenerator g = new NetworkGenerator(seed);
            PromiseCalculator calc = PromiseCalculator.of(g.network());
            QuoteRequest r = g.request();
            Quote early = calc.quote(r);
            Quote late = calc.quote(r.at(r.at().plusSeconds(1 + g.random().nextInt(3 * 24 * 3600))));
            for (PromiseOption o : late.options()) {
                same(early, o).ifPresent(e -> assertThat(o.date()).as("%s", o).isAfterOrEqualTo(e.date()));
            }
            return late.options().size();
        });
    }

    @Test
    void moreStockOrCapacityNeverMakesADateLater() {
        forEachSeed(2_000, seed -> {
            NetworkGenerator g = new NetworkGenerator(seed);
            Network n = g.network();
            QuoteRequest r = g.request();
            Quote before = PromiseCalculator.of(n).quote(r);
            List<StockLevel> stock = new ArrayList<>(n.stock());
            String loc = n.locations().get(g.random().nextInt(n.locations().size())).id();
            String sku = NetworkGenerator.SKUS[g.random().nextInt(NetworkGenerator.SKUS.length)];
            stock.removeIf(s -> s.location().equals(loc) && s.sku().equals(sku));
            long onShelf = 0;
            for (StockLevel s : n.stock()) {
                onShelf += s.location().equals(loc) && s.sku().equals(sku) ? onShelf(s) : 0;
            }
            stock.add(StockLevel.of(loc, sku, Math.toIntExact(1 + g.random().nextInt(5) + onShelf)));
            List<SlotLoad> load = new ArrayList<>(n.load());
            if (!load.isEmpty()) {
                load.remove(g.random().nextInt(load.size()));
            }
            Quote after = PromiseCalculator.of(n.withInventory(stock, n.supply(), load)).quote(r);
            for (PromiseOption o : before.options()) {
                Optional<PromiseOption> a = same(after, o);
                assertThat(a).as("still offered: %s", o).isPresent();
                assertThat(a.get().date()).as("%s", o).isBeforeOrEqualTo(o.date());
            }
            return before.options().size();
        });
    }

    @Test
    void aHigherConfidenceNeverMakesADateEarlier_andTheReportedConfidenceReachesTheAskedOne() {
        forEachSeed(3_000, seed -> {
            NetworkGenerator g = new NetworkGenerator(seed);
            PromiseCalculator calc = PromiseCalculator.of(g.network());
            QuoteRequest r = g.request();
            QuoteRequest higher = new QuoteRequest(r.at(), r.destination(), r.lines(), Math.min(1.0, r.confidence() + 0.05),
                    r.methods(), r.methodsGiven(), r.collectAt(), r.collectAtGiven(), r.maxShipments(), r.explain());
            Quote low = calc.quote(r);
            Quote high = calc.quote(higher);
            for (PromiseOption o : high.options()) {
                assertThat(o.confidence()).isGreaterThanOrEqualTo(higher.confidence() - 1e-9);
                same(low, o).ifPresent(l -> assertThat(o.date()).as("%s", o).isAfterOrEqualTo(l.date()));
            }
            for (PromiseOption o : low.options()) {
                assertThat(o.confidence()).isGreaterThanOrEqualTo(r.confidence() - 1e-9);
            }
            return low.options().size();
        });
    }

    @Test
    void orderByKeepsTheDate_andOneSecondLaterLosesIt() {
        forEachSeed(4_000, seed -> {
            NetworkGenerator g = new NetworkGenerator(seed);
            PromiseCalculator calc = PromiseCalculator.of(g.network());
            QuoteRequest r = g.request();
            Quote q = calc.quote(r);
            for (PromiseOption o : q.options()) {
                if (o.orderBy().isEmpty()) {
                    continue;
                }
                Instant by = o.orderBy().get();
                assertThat(by).isAfterOrEqualTo(r.at());
                assertThat(same(calc.quote(r.at(by)), o).map(PromiseOption::date)).as("at orderBy: %s", o).contains(o.date());
                Optional<LocalDate> after = same(calc.quote(r.at(by.plusSeconds(1))), o).map(PromiseOption::date);
                after.ifPresent(d -> assertThat(d).as("at orderBy + 1 s: %s", o).isAfter(o.date()));
            }
            return q.options().size();
        });
    }

    @Test
    void everyShipmentStartsOpenInStockAndWithinCapacity() {
        forEachSeed(5_000, seed -> {
            NetworkGenerator g = new NetworkGenerator(seed);
            Network n = g.network();
            QuoteRequest r = g.request();
            Quote q = PromiseCalculator.of(n).quote(r);
            for (PromiseOption o : q.options()) {
                for (Shipment s : o.shipments()) {
                    Location l = n.location(s.from()).orElseThrow();
                    long start = s.startAt().getEpochSecond();
                    assertThat(start).isGreaterThanOrEqualTo(r.at().getEpochSecond());
                    assertThat(isOpen(n, l, s.startAt())).as("open at start: %s", s).isTrue();
                    for (Line line : s.lines()) {
                        assertThat(available(n, l.id(), line.sku(), s.startAt())).as("%s at start of %s", line, s)
                                .isGreaterThanOrEqualTo(line.quantity());
                    }
                    if (l.preparation().hasCapacityLimit()) {
                        long slot = Slots.slotStart(start, l.zoneOr(n.zone()), l.preparation().slot().getSeconds());
                        int used = n.load().stream().filter(x -> x.location().equals(l.id()) && x.slot().getEpochSecond() == slot)
                                .mapToInt(SlotLoad::orders).sum();
                        assertThat(used).as("slot load at start of %s", s).isLessThan(l.preparation().ordersPerSlot());
                    }
                    assertThat(s.readyAt()).isAfterOrEqualTo(s.startAt().plus(l.preparation().duration()));
                }
            }
            return q.options().size();
        });
    }

    @Test
    void theSameInputsGiveTheSameAnswer() {
        forEachSeed(6_000, seed -> {
            Network n = new NetworkGenerator(seed).network();
            QuoteRequest r = new NetworkGenerator(seed).request();
            Quote q = PromiseCalculator.of(n).quote(r);
            assertThat(q).isEqualTo(PromiseCalculator.of(n).quote(r));
            return q.options().size();
        });
    }

    /** Independent of the engine's calendar: read the hours of the local date with java.time. */
    private static boolean isOpen(Network n, Location l, Instant at) {
        ZonedDateTime z = at.atZone(l.zoneOr(n.zone()));
        for (LocalDate d : new LocalDate[] {z.toLocalDate().minusDays(1), z.toLocalDate()}) {
            if (n.closedDates(l.closed()).contains(d)) {
                continue;
            }
            for (io.promiseengine.model.TimeRange tr : l.hours().on(d.getDayOfWeek())) {
                ZonedDateTime from = ZonedDateTime.of(d, java.time.LocalTime.of(tr.fromMinute() / 60, tr.fromMinute() % 60), z.getZone());
                ZonedDateTime to = tr.toMinute() == 1440 ? ZonedDateTime.of(d.plusDays(1), java.time.LocalTime.MIDNIGHT, z.getZone())
                        : ZonedDateTime.of(d, java.time.LocalTime.of(tr.toMinute() / 60, tr.toMinute() % 60), z.getZone());
                if (!at.isBefore(from.toInstant()) && at.isBefore(to.toInstant())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Spec 4.1, written here and independent of the production code: the quantity of a sku available at a
     * location at an instant is {@code max(0, onHand - reserved - safety)} plus the supply at the location
     * arrived at or before that instant; in {@code long}, so the test's sums cannot overflow either.
     */
    private static long available(Network n, String location, String sku, Instant at) {
        long q = 0;
        for (StockLevel s : n.stock()) {
            if (s.location().equals(location) && s.sku().equals(sku)) {
                q += onShelf(s);
            }
        }
        for (io.promiseengine.model.Supply s : n.supply()) {
            if (s.location().equals(location) && s.sku().equals(sku) && !s.arrives().isAfter(at)) {
                q += s.quantity();
            }
        }
        return q;
    }

    /** {@code max(0, onHand - reserved - safety)} of spec 4.1, in {@code long}. */
    private static long onShelf(StockLevel s) {
        return Math.max(0L, (long) s.onHand() - s.reserved() - s.safety());
    }
}
