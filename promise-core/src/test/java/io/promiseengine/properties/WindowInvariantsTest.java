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
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.Service;
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.WindowLoad;
import io.promiseengine.model.WindowZone;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.LongToIntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invariants of spec section 5 for SCHEDULED options (4.7), on the generator's networks with windows
 * ({@link NetworkGenerator#withWindows}): touching windows, DST nights, 24:00 ends, full windows, zones by
 * prefix. Seeds are fixed; a failure names its seed, and {@code -Dinvariants.seed=N} replays one.
 */
class WindowInvariantsTest {

    private static final int CASES = 120;
    /** Large enough that a window listed at {@code t} is still listed at its order-by (earlier ones only drop out). */
    private static final int MAX_WINDOWS = 10;

    private static void forEachSeed(long first, LongToIntFunction body) {
        Long replay = Long.getLong("invariants.seed");
        if (replay != null) {
            if (replay >= first && replay < first + CASES) {
                System.out.println("WindowInvariantsTest: seed " + replay + " alone checked " + body.applyAsInt(replay));
            }
            return;
        }
        int checked = 0;
        int withOptions = 0;
        for (long seed = first; seed < first + CASES; seed++) {
            try {
                int n = body.applyAsInt(seed);
                checked += n;
                withOptions += n > 0 ? 1 : 0;
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("failing seed " + seed + ": " + e.getMessage(), e);
            }
        }
        System.out.println("WindowInvariantsTest seeds " + first + ".." + (first + CASES - 1) + ": " + withOptions
                + " with SCHEDULED options, " + checked + " checks");
        // about half the cases have one: the others are carts no single origin holds, destinations in no zone,
        // services whose origins do not ship: the explained paths
        assertThat(withOptions).as("seeds whose quote had a SCHEDULED option").isGreaterThanOrEqualTo(CASES * 2 / 5);
    }

    /** The generator's case with windows, asking for SCHEDULED only. */
    private record Case(Network network, QuoteRequest request) {
        static Case of(long seed) {
            NetworkGenerator g = new NetworkGenerator(seed);
            Network network = g.withWindows(g.network());
            QuoteRequest r = g.request();
            return new Case(network, new QuoteRequest(r.at(), r.destination(), r.lines(), r.confidence(),
                    EnumSet.of(Method.SCHEDULED), true, List.of(), false, r.maxShipments(), false, MAX_WINDOWS));
        }

        Quote quote(Network n, Instant at) {
            return PromiseCalculator.of(n).quote(request.at(at));
        }
    }

    private static Optional<PromiseOption> option(Quote q, String service) {
        return q.options().stream().filter(o -> service.equals(o.service().orElse(null))).findFirst();
    }

    private static boolean offers(Quote q, String service, DeliveryWindow w) {
        return option(q, service).map(o -> o.windows().stream()
                .anyMatch(x -> x.start().equals(w.start()) && x.end().equals(w.end()))).orElse(false);
    }

    @Test
    void quoteAtAWindowsOrderByStillOffersIt_andOneSecondLaterNoLongerDoes() {
        forEachSeed(40_000, seed -> {
            Case c = Case.of(seed);
            Quote q = c.quote(c.network, c.request.at());
            int checked = 0;
            for (PromiseOption o : q.options()) {
                assertThat(o.windows()).isNotEmpty().hasSizeLessThanOrEqualTo(MAX_WINDOWS);
                assertThat(o.promisedAt()).isEqualTo(o.windows().get(0).end());
                for (DeliveryWindow w : o.windows()) {
                    assertThat(w.orderBy()).isAfterOrEqualTo(c.request.at()).isBeforeOrEqualTo(w.start());
                    assertThat(offers(c.quote(c.network, w.orderBy()), o.service().orElseThrow(), w)).as("offered at its order-by %s", w).isTrue();
                    assertThat(offers(c.quote(c.network, w.orderBy().plusSeconds(1)), o.service().orElseThrow(), w))
                            .as("offered a second after its order-by %s", w).isFalse();
                    checked++;
                }
            }
            return checked;
        });
    }

    @Test
    void quoteAtTheOptionsOrderByKeepsItsDate_andOneSecondLaterMovesOrDropsIt() {
        forEachSeed(41_000, seed -> {
            Case c = Case.of(seed);
            Quote q = c.quote(c.network, c.request.at());
            for (PromiseOption o : q.options()) {
                if (o.orderBy().isEmpty()) { // spec 4.6: the date is still the same at H (checked below)
                    continue;
                }
                Instant by = o.orderBy().get();
                assertThat(option(c.quote(c.network, by), o.service().orElseThrow())).as("at %s", by).hasValueSatisfying(
                        same -> assertThat(same.date()).isEqualTo(o.date()));
                option(c.quote(c.network, by.plusSeconds(1)), o.service().orElseThrow()).ifPresent(
                        later -> assertThat(later.date()).as("a second after %s", by).isAfter(o.date()));
            }
            return q.options().size();
        });
    }

    /**
     * Spec 4.7: a window's order-by is never after its start, and more: never after its start less the zone's
     * {@code leadTime}, since an order at {@code u} is ready at or after {@code u} (spec 4.2), and makes the window
     * only when ready at or before {@code ws - leadTime} (docs/SEMANTICS.md, "Delivery windows").
     */
    @Test
    void aWindowsOrderByIsNeverAfterItsStartLessTheLeadTime() {
        forEachSeed(45_000, seed -> {
            Case c = Case.of(seed);
            Quote q = c.quote(c.network, c.request.at());
            int checked = 0;
            for (PromiseOption o : q.options()) {
                Duration lead = leadTime(c, o.service().orElseThrow());
                for (DeliveryWindow w : o.windows()) {
                    assertThat(w.orderBy()).as("window %s", w).isBeforeOrEqualTo(w.start().minus(lead));
                    checked++;
                }
            }
            return checked;
        });
    }

    /**
     * Spec 4.6 for a SCHEDULED option: its order-by is before the horizon {@code H = t + 60 days}, or absent, and
     * absent exactly when the date is still the same at {@code H} (a window of the date that ends after the first
     * horizon can be made at {@code H}: {@code ScheduledOrderByTest} has such cases by hand).
     */
    @Test
    void theOptionsOrderByIsBeforeTheHorizon_orAbsentWhenTheDateIsTheSameThere() {
        forEachSeed(46_000, seed -> {
            Case c = Case.of(seed);
            Quote q = c.quote(c.network, c.request.at());
            Instant h = c.request.at().plus(Duration.ofDays(60));
            for (PromiseOption o : q.options()) {
                Optional<PromiseOption> atH = option(c.quote(c.network, h), o.service().orElseThrow());
                boolean sameAtH = atH.isPresent() && atH.get().date().equals(o.date());
                if (o.orderBy().isPresent()) {
                    assertThat(o.orderBy().get()).isBefore(h);
                    assertThat(sameAtH).as("the date at H, orderBy %s", o.orderBy().get()).isFalse();
                } else {
                    assertThat(sameAtH).as("the date at H without an order-by").isTrue();
                }
            }
            return q.options().size();
        });
    }

    /** The {@code leadTime} of the destination's zone (spec 4.7: the longest {@code to} prefix, then the first). */
    private static Duration leadTime(Case c, String service) {
        String postalCode = c.request.destination().postalCode();
        WindowZone best = null;
        for (Service s : c.network.services()) {
            if (s instanceof ScheduledService scheduled && scheduled.id().equals(service)) {
                for (WindowZone z : scheduled.zones()) {
                    if (postalCode.startsWith(z.to()) && (best == null || z.to().length() > best.to().length())) {
                        best = z;
                    }
                }
            }
        }
        assertThat(best).as("the zone of %s", service).isNotNull();
        return best.leadTime();
    }

    @Test
    void lessWindowLoadOrMoreStockNeverMakesADateLater() {
        forEachSeed(42_000, seed -> {
            Case c = Case.of(seed);
            Quote q = c.quote(c.network, c.request.at());
            List<WindowLoad> halved = new ArrayList<>();
            for (WindowLoad l : c.network.windowLoad()) {
                halved.add(new WindowLoad(l.service(), l.zone(), l.window(), l.orders() / 2));
            }
            List<StockLevel> more = new ArrayList<>();
            for (StockLevel s : c.network.stock()) {
                more.add(new StockLevel(s.location(), s.sku(), s.onHand() + 3, s.reserved(), s.safety()));
            }
            List<Network> better = List.of(c.network.withWindowLoad(halved), c.network.withWindowLoad(List.of()),
                    c.network.withInventory(more, c.network.supply(), c.network.load()));
            for (PromiseOption o : q.options()) {
                for (Network n : better) {
                    assertThat(option(c.quote(n, c.request.at()), o.service().orElseThrow())).hasValueSatisfying(
                            b -> assertThat(b.date()).isBeforeOrEqualTo(o.date()));
                }
            }
            return q.options().size();
        });
    }

    @Test
    void explainingChangesNoOption_andNamesNoOriginAWindowComesFrom() {
        forEachSeed(44_000, seed -> {
            Case c = Case.of(seed);
            Quote q = c.quote(c.network, c.request.at());
            Quote explained = PromiseCalculator.of(c.network).quote(new QuoteRequest(c.request.at(),
                    c.request.destination(), c.request.lines(), c.request.confidence(), c.request.methods(), true, List.of(),
                    false, c.request.maxShipments(), true, MAX_WINDOWS));
            assertThat(explained.options()).isEqualTo(q.options());
            for (PromiseOption o : q.options()) {
                for (DeliveryWindow w : o.windows()) {
                    assertThat(explained.rejected()).noneMatch(r -> r.service().equals(o.service().orElseThrow()) && r.location().equals(w.from()));
                }
            }
            return q.options().size();
        });
    }

    @Test
    void aLaterOrderNeverGetsAnEarlierDate() {
        forEachSeed(43_000, seed -> {
            Case c = Case.of(seed);
            Quote q = c.quote(c.network, c.request.at());
            for (long minutes : new long[] {7, 95, 600, 1_440 * 3 + 11}) {
                Quote later = c.quote(c.network, c.request.at().plusSeconds(60 * minutes));
                for (PromiseOption o : q.options()) {
                    option(later, o.service().orElseThrow()).ifPresent(l -> assertThat(l.date()).isAfterOrEqualTo(o.date()));
                }
            }
            return q.options().size();
        });
    }
}
