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
import java.util.function.LongConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invariants of spec section 5 on generated networks and requests. Seeds are fixed, so CI replays
 * the same cases; a failure names its seed ({@code InvariantsTest.replay(seed)} style: rerun with that seed).
 */
class InvariantsTest {

    private static final int CASES = 150;

    private static void forEachSeed(long first, LongConsumer body) {
        for (long seed = first; seed < first + CASES; seed++) {
            try {
                body.accept(seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("failing seed " + seed + ": " + e.getMessage(), e);
            }
        }
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
            stock.add(StockLevel.of(loc, sku, 1 + g.random().nextInt(5)
                    + n.stock().stream().filter(s -> s.location().equals(loc) && s.sku().equals(sku))
                    .mapToInt(StockLevel::available).sum()));
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
        });
    }

    @Test
    void orderByKeepsTheDate_andOneSecondLaterLosesIt() {
        forEachSeed(4_000, seed -> {
            NetworkGenerator g = new NetworkGenerator(seed);
            PromiseCalculator calc = PromiseCalculator.of(g.network());
            QuoteRequest r = g.request();
            for (PromiseOption o : calc.quote(r).options()) {
                if (o.orderBy().isEmpty()) {
                    continue;
                }
                Instant by = o.orderBy().get();
                assertThat(by).isAfterOrEqualTo(r.at());
                assertThat(same(calc.quote(r.at(by)), o).map(PromiseOption::date)).as("at orderBy: %s", o).contains(o.date());
                Optional<LocalDate> after = same(calc.quote(r.at(by.plusSeconds(1))), o).map(PromiseOption::date);
                after.ifPresent(d -> assertThat(d).as("at orderBy + 1 s: %s", o).isAfter(o.date()));
            }
        });
    }

    @Test
    void everyShipmentStartsOpenInStockAndWithinCapacity() {
        forEachSeed(5_000, seed -> {
            NetworkGenerator g = new NetworkGenerator(seed);
            Network n = g.network();
            QuoteRequest r = g.request();
            for (PromiseOption o : PromiseCalculator.of(n).quote(r).options()) {
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
        });
    }

    @Test
    void theSameInputsGiveTheSameAnswer() {
        forEachSeed(6_000, seed -> {
            Network n = new NetworkGenerator(seed).network();
            QuoteRequest r = new NetworkGenerator(seed).request();
            assertThat(PromiseCalculator.of(n).quote(r)).isEqualTo(PromiseCalculator.of(n).quote(r));
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

    private static int available(Network n, String location, String sku, Instant at) {
        int q = n.stock().stream().filter(s -> s.location().equals(location) && s.sku().equals(sku)).mapToInt(StockLevel::available).sum();
        q += n.supply().stream().filter(s -> s.location().equals(location) && s.sku().equals(sku) && !s.arrives().isAfter(at))
                .mapToInt(io.promiseengine.model.Supply::quantity).sum();
        return q;
    }
}
