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
import io.promiseengine.model.Location;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.SlotLoad;
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.Supply;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.QuoteRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The classes of origins per snapshot ({@link Snapshot.HomeDelivery#classOf}, {@link Snapshot.Courier#classOf}): the
 * own-key bound a first solve, or an order-by probe at a later instant, takes from an origin's class is the bound
 * computed for that origin alone, and it bounds the origin's plan. Generated networks are widened to many copies of
 * their locations (each copy's hours, zone and preparation, closed dates, postal code and kind drawn from random
 * originals, with stock, some supply and slot load, a position nearby), so that the first solve bounds its origins
 * (more than 32 of them) and classes hold origins with and without supply, slot load or a lane. Seeds:
 * {@code -Dclasses.firstSeed}, {@code -Dclasses.seeds}.
 */
class OriginClassesTest {

    @Test
    void anOriginsClassBoundIsItsOwnBoundAndBoundsItsPlan() {
        long first = Long.getLong("classes.firstSeed", 1);
        int seeds = Integer.getInteger("classes.seeds", 150);
        long compared = 0;
        long planned = 0;
        int origins = 0;
        int classes = 0;
        for (long seed = first; seed < first + seeds; seed++) {
            NetworkGenerator gen = new NetworkGenerator(seed);
            Network network = widened(gen.network(), 30, new Random(seed));
            Snapshot snap = new Snapshot(network);
            for (Snapshot.HomeDelivery hd : snap.homeDeliveries) {
                origins += hd.origins.length;
                classes += hd.classCount;
            }
            for (int r = 0; r < 3; r++) {
                QuoteRequest q = gen.request();
                long t = q.at().getEpochSecond();
                QuoteContext ctx = context(snap, network, q, q.lines(), q.maxShipments());
                if (ctx.anyUnknownSku) {
                    continue;
                }
                for (Target target : targets(snap)) {
                    Solver solver = new Solver(ctx, target, t);
                    // and the order-by's probes at a later instant, which share the class bounds of the solver at t
                    long later = t + 3600 + gen.random().nextInt(3 * 24 * 3600);
                    for (int site : solver.origins()) {
                        for (int mask = 1; mask <= ctx.fullMask; mask++) {
                            if ((ctx.holds(site) & mask) != mask) {
                                continue;
                            }
                            String where = "seed " + seed + " request " + r + " " + target.method() + " site "
                                    + snap.sites[site].id + " mask " + mask;
                            long bound = solver.ownKeyBound(site, mask);
                            assertThat(bound).as(where).isEqualTo(alone(new Solver(ctx, target, t), site, mask));
                            Solver probe = new Solver(ctx, target, later, solver, Long.MAX_VALUE);
                            assertThat(probe.ownKeyBound(site, mask)).as(where + " at " + later)
                                    .isEqualTo(alone(new Solver(ctx, target, later, solver, Long.MAX_VALUE), site, mask));
                            if (bound == Long.MIN_VALUE) {
                                continue; // not bounded: fewer origins, or not home delivery nor courier
                            }
                            compared++;
                            Plan plan = solver.plan(site, mask);
                            if (plan != null && plan.ownKey != OpenCalendar.NONE) {
                                planned++;
                                assertThat(plan.ownKey).as(where).isGreaterThanOrEqualTo(bound);
                            }
                        }
                    }
                }
            }
        }
        assertThat(compared).as("bounds compared").isGreaterThan(10_000);
        assertThat(planned).as("plans compared").isGreaterThan(1_000);
        assertThat(classes).as("classes, against home-delivery origins " + origins).isLessThan(origins / 2);
    }

    /** The context of request {@code q} of {@code network} with {@code lines} and {@code maxShipments} instead of its own. */
    static QuoteContext context(Snapshot snap, Network network, QuoteRequest q, List<Line> lines, int maxShipments) {
        Position position = q.destination().position()
                .orElseGet(() -> network.postalCodes().get(q.destination().postalCode()));
        return new QuoteContext(snap, lines, q.confidence(), maxShipments, position, q.destination().postalCode(),
                q.at().getEpochSecond());
    }

    /** What a test does with one seed's widened network ({@link #onWidenedBounded}). */
    interface WidenedSeed {
        void run(long seed, NetworkGenerator gen, Network network, Snapshot snap);
    }

    /**
     * Runs {@code body} for each seed of {@code [first, first + seeds)} on its generated network widened to 20 copies
     * of each location ({@link #widened}, drawn from the seed), every first solve bounded ({@code Solver.fewOrigins}
     * 0, restored after).
     */
    static void onWidenedBounded(long first, int seeds, WidenedSeed body) {
        int saved = Solver.fewOrigins;
        try {
            Solver.fewOrigins = 0;
            for (long seed = first; seed < first + seeds; seed++) {
                NetworkGenerator gen = new NetworkGenerator(seed);
                Network network = widened(gen.network(), 20, new Random(seed));
                body.run(seed, gen, network, new Snapshot(network));
            }
        } finally {
            Solver.fewOrigins = saved;
        }
    }

    /** The snapshot's home-delivery and courier targets. */
    static List<Target> targets(Snapshot snap) {
        List<Target> targets = new ArrayList<>();
        snap.homeDeliveries.forEach(hd -> targets.add(Target.of(hd)));
        snap.couriers.forEach(c -> targets.add(Target.of(c)));
        return targets;
    }

    /** The bound of the site's own timeline, lane and band, computed for it alone by a fresh solver (no class). */
    private static long alone(Solver fresh, int site, int mask) {
        if (fresh.ownKeyBound(site, mask) == Long.MIN_VALUE) {
            return Long.MIN_VALUE;
        }
        long from = fresh.earliestStart(site, mask);
        return from == Long.MAX_VALUE ? OpenCalendar.NONE : fresh.boundFrom(site, from);
    }

    /**
     * The network with {@code copies} more locations per location: each the id {@code <original>-c<k>}, the zone and
     * preparation of a random original with its stock and, one entry in two, its supply and slot load; the hours,
     * closed dates, postal code and kind each of another random original; a position within about 15 km of its own
     * original.
     */
    static Network widened(Network n, int copies, Random rnd) {
        List<Location> originals = n.locations();
        List<Location> locations = new ArrayList<>(originals);
        List<StockLevel> stock = new ArrayList<>(n.stock());
        List<Supply> supply = new ArrayList<>(n.supply());
        List<SlotLoad> load = new ArrayList<>(n.load());
        for (Location own : originals) {
            for (int k = 1; k <= copies; k++) {
                Location like = originals.get(rnd.nextInt(originals.size()));
                String id = own.id() + "-c" + k;
                Position p = Position.of(own.position().lat() + (rnd.nextDouble() - 0.5) * 0.25,
                        own.position().lon() + (rnd.nextDouble() - 0.5) * 0.3);
                // hours, closed dates, postal code and kind each of another random original: classes then hold
                // origins of one timeline with different lanes, and of one lane with different timelines
                Location hours = originals.get(rnd.nextInt(originals.size()));
                Location closed = originals.get(rnd.nextInt(originals.size()));
                Location postal = originals.get(rnd.nextInt(originals.size()));
                Location kind = originals.get(rnd.nextInt(originals.size()));
                locations.add(new Location(id, id, kind.kind(), postal.postalCode(), p, like.zone(), hours.hours(),
                        closed.closed(), like.preparation(), like.collect(), rnd.nextInt(5) > 0 || like.ship()));
                for (StockLevel s : n.stock()) {
                    if (s.location().equals(like.id())) {
                        stock.add(new StockLevel(id, s.sku(), s.onHand(), s.reserved(), s.safety()));
                    }
                }
                for (Supply s : n.supply()) {
                    if (s.location().equals(like.id()) && rnd.nextBoolean()) {
                        supply.add(new Supply(id, s.sku(), s.quantity(), s.arrives()));
                    }
                }
                for (SlotLoad l : n.load()) {
                    if (l.location().equals(like.id()) && rnd.nextBoolean()) {
                        load.add(new SlotLoad(id, l.slot(), l.orders()));
                    }
                }
            }
        }
        return new Network(n.zone(), n.calendars(), n.postalCodes(), locations, n.services(), n.transfers(), stock,
                supply, load, n.windowLoad(), n.currency());
    }
}
