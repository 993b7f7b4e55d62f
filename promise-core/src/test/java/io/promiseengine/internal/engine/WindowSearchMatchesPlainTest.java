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

import static org.assertj.core.api.Assertions.assertThat;

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.internal.time.OpenCalendar;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The windows search's bounded walks (issue 17: the earliest readiness walked by pair of calendar and duration, best
 * first; each window's {@code from} among the holders of the pairs that can make it, from the service's grid of
 * origins in growing rings; the order-bys walked by the pairs' latest starts, remembered per snapshot; the cart's
 * availability read site by site) against a plain reading of every holder, on generated windows networks widened
 * to many origins in dense clusters ({@link OriginClassesTest#widened}: copies with the hours, preparation, stock,
 * supply and slot load of random originals, so that pairs are many and holders tie at one distance).
 *
 * <p>The plain answer reads every site: the holders are the eligible sites holding the whole cart (a context of its
 * own, read eagerly); each holder's {@code readyAt} is its preparation for an order at {@code t}; the first window
 * starts no earlier than the smallest {@code readyAt + leadTime}, and the option's shipment is prepared as its
 * {@code from}'s, and no window with room starts between that instant and the first listed; a window's {@code from} is the holder of the smallest (metres rounded, id) that makes it; its
 * order-by is the largest latest order ({@link ReadyBy#latestOrder}, with each site's own calendar and duration,
 * nothing remembered) over the holders that make it. No bound, pair, grid or cache of the search is used. Seeds:
 * {@code -Dwindowsplain.firstSeed}, {@code -Dwindowsplain.seeds}; a failure names its seed and request.
 */
class WindowSearchMatchesPlainTest {

    @Test
    void widenedWindowsNetworksAnswerAsEveryHolderReadPlainly() {
        long first = Long.getLong("windowsplain.firstSeed", 17_900_001L);
        int seeds = Integer.getInteger("windowsplain.seeds", 60);
        int[] counts = new int[4];
        for (long seed = first; seed < first + seeds; seed++) {
            NetworkGenerator gen = new NetworkGenerator(seed, NetworkGenerator.Shape.WINDOWS);
            Random rnd = new Random(seed);
            Snapshot snap = widenedWindows(gen, rnd);
            for (int r = 0; r < 4; r++) {
                compare(seed, r, snap, gen.request(), counts);
            }
        }
        System.out.printf("WindowSearchMatchesPlainTest: seeds %d to %d, %d options, %d windows, %d windows from an"
                        + " origin that is not the nearest holder, %d windows whose from is not the first's%n",
                first, first + seeds - 1, counts[0], counts[1], counts[2], counts[3]);
        // the comparison means something only when windows are listed, some of them made by a holder farther than
        // the nearest (the bounds pass pairs over) and from several origins in one option
        assertThat(counts[1]).isGreaterThan(seeds);
        assertThat(counts[2]).isPositive();
        assertThat(counts[3]).isPositive();
    }

    /** The generator's windows network widened to 6 to 17 more copies of each location ({@link OriginClassesTest#widened}). */
    static Snapshot widenedWindows(NetworkGenerator gen, Random rnd) {
        return new Snapshot(OriginClassesTest.widened(gen.network(), 6 + rnd.nextInt(12), rnd));
    }

    private static void compare(long seed, int r, Snapshot snap, QuoteRequest request, int[] counts) {
        long t = request.at().getEpochSecond();
        String as = "seed " + seed + ", request " + r;
        QuoteContext plain = new QuoteContext(snap, request.lines(), request.confidence(), 1,
                request.destination().position().orElse(null), request.destination().postalCode(), t);
        QuoteContext lazy = QuoteContext.forWindows(snap, request.lines(), request.confidence(), 1,
                request.destination().position().orElse(null), request.destination().postalCode(), t);
        try {
            for (WindowService service : snap.scheduled) {
                PromiseOption option = new WindowSearch(lazy, Target.of(service), t).option(request.maxWindows(), true);
                int zone = service.service.zoneFor(plain.destinationPostalCode);
                if (zone < 0 || plain.anyUnknownSku) {
                    assertThat(option).as(as).isNull();
                    continue;
                }
                long lead = service.leadSeconds[zone];
                long earliest = OpenCalendar.NONE;
                int nearest = -1;
                for (int site = 0; site < snap.sites.length; site++) {
                    long ready = readyAt(plain, service, site, t);
                    if (ready != OpenCalendar.NONE) {
                        earliest = Math.min(earliest, ready);
                        if (nearest < 0 || nearer(plain, site, nearest)) {
                            nearest = site;
                        }
                    }
                }
                if (option == null) {
                    // no holder ready before the horizon, or every window it makes full or past the horizon
                    continue;
                }
                counts[0]++;
                assertThat(earliest).as(as).isNotEqualTo(OpenCalendar.NONE);
                long firstStart = option.windows().get(0).start().getEpochSecond();
                assertThat(firstStart).as(as).isGreaterThanOrEqualTo(earliest + lead);
                // no window with room starts between the earliest readiness plus the lead and the first listed
                long horizon = t + QuoteContext.HORIZON_SECONDS;
                for (long d = service.windows.epochDay(earliest + lead) - 1; d <= service.windows.epochDay(firstStart) + 1; d++) {
                    long[] days = service.windows.day(d);
                    for (int i = 0; i < days.length; i += 2) {
                        boolean room = snap.inventory.windowLoadAt(service, zone, days[i])
                                < snap.inventory.windowCapacityAt(service, zone, days[i]);
                        assertThat(days[i] >= earliest + lead && days[i] < firstStart && days[i + 1] <= horizon && room)
                                .as(as + ": window " + days[i] + " is made and has room, before the first listed").isFalse();
                    }
                }
                for (DeliveryWindow w : option.windows()) {
                    counts[1]++;
                    long ws = w.start().getEpochSecond();
                    int from = -1;
                    long orderBy = t - 1;
                    for (int site = 0; site < snap.sites.length; site++) {
                        long ready = readyAt(plain, service, site, t);
                        if (ready == OpenCalendar.NONE || ready + lead > ws) {
                            continue;
                        }
                        if (from < 0 || nearer(plain, site, from)) {
                            from = site;
                        }
                        Snapshot.Site s = snap.sites[site];
                        long available = plain.availableAt(site, plain.fullMask);
                        long latestStart = ReadyBy.latestStart(s.open, s.prepSeconds, ws - lead, t);
                        orderBy = Math.max(orderBy, ReadyBy.latestOrder(plain, site, available, latestStart, t));
                    }
                    assertThat(from).as(as + ", window " + w.start()).isNotNegative();
                    assertThat(w.from()).as(as + ", window " + w.start() + " from").isEqualTo(snap.sites[from].id);
                    assertThat(w.orderBy().getEpochSecond()).as(as + ", window " + w.start() + " order-by")
                            .isEqualTo(orderBy);
                    if (from != nearest) {
                        counts[2]++;
                    }
                    if (!w.from().equals(option.windows().get(0).from())) {
                        counts[3]++;
                    }
                }
                String origin = option.windows().get(0).from();
                int site = snap.siteIndex.get(origin);
                assertThat(option.shipments().get(0).from()).as(as).isEqualTo(origin);
                assertThat(option.shipments().get(0).readyAt().getEpochSecond()).as(as)
                        .isEqualTo(readyAt(plain, service, site, t));
            }
        } finally {
            lazy.release();
        }
    }

    /** The site's {@code readyAt} for an order at {@code t} when it is an eligible origin holding the whole cart. */
    private static long readyAt(QuoteContext ctx, WindowService service, int site, long t) {
        if (!service.eligible[site] || ctx.holds(site) != ctx.fullMask) {
            return OpenCalendar.NONE;
        }
        Readiness prep = ctx.prepare(site, Math.max(t, ctx.availableAt(site, ctx.fullMask)));
        return prep.prepared() ? prep.ready() : OpenCalendar.NONE;
    }

    /** Whether site {@code a} comes before {@code b} nearest first: metres rounded as in spec 4.3, then the id. */
    private static boolean nearer(QuoteContext ctx, int a, int b) {
        long ma = Math.round(ctx.distanceToDestination(a) * 1000.0);
        long mb = Math.round(ctx.distanceToDestination(b) * 1000.0);
        return ma != mb ? ma < mb : ctx.snap.sites[a].id.compareTo(ctx.snap.sites[b].id) < 0;
    }
}
