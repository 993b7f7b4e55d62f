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
package io.promiseengine.live;

import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Network;
import io.promiseengine.model.OrderLine;
import io.promiseengine.model.Position;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.PlannedShipment;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.promiseengine.live.ReservationFixtures.SLOT;
import static io.promiseengine.live.ReservationFixtures.network;
import static io.promiseengine.live.ReservationFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight threads race for the last units (5 A and 3 B at the store, 4 A at the warehouse) and the store's
 * last two preparations of one slot: they reserve (with holds of 2 to 25 minutes), retry, confirm, release
 * and read thousands of times while the injected clock moves on (holds lapse) and another thread publishes
 * new network versions. An observer checks that nothing is ever oversold while it runs.
 *
 * <p>Each worker owns its order ids, so it keeps an exact model of what each of them holds: the plan and its
 * expiry, or confirmed. The clock only moves forward, so reading it before and after a call tells whether the
 * engine saw the hold alive ({@code after < expiry}) or lapsed ({@code before >= expiry}); every answer is
 * checked against the model in both cases (a retry of the same plan is {@code repeated}, another plan is
 * {@code ORDER_ID_IN_USE}, a lapsed order holds nothing, ...). At the end the clock stops and the engine's
 * holds must equal, unit for unit and slot for slot, the sum over the models of the live orders' plans.
 *
 * <p>Seeded: the seed is printed; replay a run's operations with {@code -Dstress.seed=N} (the interleaving of
 * the threads is the scheduler's, so a race-dependent failure may need a few runs).
 */
class ReservationStressTest {

    private static final long DEFAULT_SEED = 20_261_213L;
    private static final Fulfilment[] PLANS = {
        plan("store", "A:1"), plan("store", "A:2,B:1"), plan("wh", "A:1"), plan("store", "A:1", "wh", "A:1"),
        plan("wh", "A:2"), plan("store", "B:2")};
    private static final int THREADS = 8;
    private static final int OPS = 3000;
    private static final int ORDERS_PER_THREAD = 8;
    private static final Instant CLOCK_START = Instant.parse("2026-09-17T11:00:00Z");

    @RepeatedTest(3)
    void nothingOversellsRetriesAreRepeatedAndTheHoldsAddUpExactly(RepetitionInfo repetition) throws Exception {
        // strict: a retry of the plan the order holds is always repeated, even at the last unit (issue 13 item 11)
        Storm storm = storm(Long.getLong("stress.seed", DEFAULT_SEED + repetition.getCurrentRepetition()), true);
        assertThat(storm.retriesRefusedAtTheLastUnit).isZero();
    }

    @Test
    void theRetryOfAReservationOfTheLastUnitIsRepeated() {
        PromiseEngine engine = PromiseEngine.builder(network()).clock(new MutableClock(CLOCK_START)).build();
        Fulfilment all = plan("store", "B:3");
        ReservationResult first = engine.reserve("A", all);
        assertThat(first).isInstanceOfSatisfying(ReservationResult.Reserved.class, r -> assertThat(r.repeated()).isFalse());
        ReservationResult retry = engine.reserve("A", all);
        assertThat(retry).isInstanceOfSatisfying(ReservationResult.Reserved.class, r -> assertThat(r.repeated()).isTrue());
        assertThat(engine.stock("store", "B").held()).isEqualTo(3);
    }

    /** What one order holds in a worker's model: the plan and its expiry (empty once confirmed). */
    private record Held(Fulfilment plan, Reservation reservation, Optional<Instant> expiresAt) {
        boolean aliveAt(Instant now) {
            return expiresAt.isEmpty() || now.isBefore(expiresAt.get());
        }
    }

    /** The counts of one storm. */
    private static final class Storm {
        int reserved;
        int repeated;
        int refused;
        int inUse;
        int released;
        int lapsed;
        int confirmed;
        int published;
        int retriesRefusedAtTheLastUnit;
    }

    private static Storm storm(long seed, boolean strictRetries) throws Exception {
        System.out.println("ReservationStressTest seed " + seed + " (replay with -Dstress.seed=" + seed + ")");
        MutableClock clock = new MutableClock(CLOCK_START);
        PromiseEngine engine = PromiseEngine.builder(network()).clock(clock).build();
        Network annexed = withAnnex();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        CyclicBarrier start = new CyclicBarrier(THREADS + 1);
        Future<Integer> observer = pool.submit(() -> {
            start.await();
            int reads = 0;
            while (!stop.get()) {
                assertThat(engine.stock("store", "A").held()).isBetween(0, 5);
                assertThat(engine.stock("store", "B").held()).isBetween(0, 3);
                assertThat(engine.stock("wh", "A").held()).isBetween(0, 4);
                assertThat(engine.slot("store", SLOT).held()).isBetween(0, 2);
                reads++;
                if (reads % 50 == 0) {
                    engine.publish(reads % 100 == 0 ? network() : annexed); // stock and holds are kept
                }
            }
            return reads;
        });
        List<Future<Storm>> workers = new ArrayList<>();
        List<Map<String, Held>> models = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Map<String, Held> model = new HashMap<>();
            models.add(model);
            String prefix = "t" + t + "-o";
            Random rnd = new Random(seed * 31 + t);
            workers.add(pool.submit(() -> {
                start.await();
                Storm s = new Storm();
                for (int i = 0; i < OPS; i++) {
                    if (rnd.nextInt(10) == 0) {
                        clock.advance(Duration.ofMinutes(1));
                    }
                    step(engine, clock, model, prefix + rnd.nextInt(ORDERS_PER_THREAD), rnd, s, strictRetries);
                }
                return s;
            }));
        }
        Storm total = new Storm();
        for (Future<Storm> w : workers) {
            Storm s = w.get(60, TimeUnit.SECONDS);
            total.reserved += s.reserved;
            total.repeated += s.repeated;
            total.refused += s.refused;
            total.inUse += s.inUse;
            total.released += s.released;
            total.lapsed += s.lapsed;
            total.confirmed += s.confirmed;
            total.retriesRefusedAtTheLastUnit += s.retriesRefusedAtTheLastUnit;
        }
        stop.set(true);
        int reads = observer.get(10, TimeUnit.SECONDS);
        total.published = reads / 50;
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        System.out.println("ReservationStressTest seed " + seed + ": reserved " + total.reserved + ", repeated "
                + total.repeated + ", refused " + total.refused + ", another plan in use " + total.inUse + ", released "
                + total.released + ", seen lapsed " + total.lapsed + ", confirmed " + total.confirmed + ", published "
                + total.published + ", retries refused at the last unit " + total.retriesRefusedAtTheLastUnit);
        assertThat(total.reserved).as("races won").isGreaterThan(300);
        assertThat(total.refused).as("races lost").isGreaterThan(100);
        assertThat(total.repeated).as("retries answered repeated").isGreaterThan(50);
        assertThat(total.inUse).as("another plan refused for an order in use").isGreaterThan(100);
        assertThat(total.lapsed).as("holds seen lapsed").isGreaterThan(30);
        assertThat(total.confirmed).as("holds confirmed").isGreaterThan(50);
        assertThat(total.published).as("network versions published during the storm").isPositive();

        // the clock stands still now: what each order holds is exactly known, so the totals are too
        Instant now = clock.instant();
        Map<String, Integer> held = new HashMap<>();
        int slotHeld = 0;
        for (Map<String, Held> model : models) {
            for (Map.Entry<String, Held> e : model.entrySet()) {
                Optional<Reservation> r = engine.reservation(e.getKey());
                if (e.getValue().aliveAt(now)) {
                    assertThat(r).as("%s holds %s", e.getKey(), e.getValue()).isPresent();
                    assertThat(r.get().holdsTheSameAs(e.getValue().reservation())).as(e.getKey()).isTrue();
                    for (PlannedShipment s : e.getValue().plan().shipments()) {
                        for (OrderLine l : s.lines()) {
                            held.merge(s.from() + "/" + l.sku(), l.quantity(), Integer::sum);
                        }
                        slotHeld += s.from().equals("store") ? 1 : 0;
                    }
                } else {
                    assertThat(r).as("%s lapsed or released", e.getKey()).isEmpty();
                }
            }
        }
        assertThat(engine.stock("store", "A").held()).isEqualTo(held.getOrDefault("store/A", 0)).isLessThanOrEqualTo(5);
        assertThat(engine.stock("store", "B").held()).isEqualTo(held.getOrDefault("store/B", 0)).isLessThanOrEqualTo(3);
        assertThat(engine.stock("wh", "A").held()).isEqualTo(held.getOrDefault("wh/A", 0)).isLessThanOrEqualTo(4);
        assertThat(engine.slot("store", SLOT).held()).isEqualTo(slotHeld).isLessThanOrEqualTo(2);
        // past every expiry, only the confirmed holds are left
        clock.advance(Duration.ofHours(1));
        for (Map<String, Held> model : models) {
            for (Map.Entry<String, Held> e : model.entrySet()) {
                assertThat(engine.release(e.getKey())).as("release of %s at the end", e.getKey())
                        .isEqualTo(e.getValue().expiresAt().isEmpty());
            }
        }
        assertThat(engine.stock("store", "A").held()).isZero();
        assertThat(engine.stock("store", "B").held()).isZero();
        assertThat(engine.stock("wh", "A").held()).isZero();
        assertThat(engine.slot("store", SLOT).held()).isZero();
        return total;
    }

    /** One call on an order the worker owns, checked against the worker's model of it. */
    private static void step(PromiseEngine engine, MutableClock clock, Map<String, Held> model, String order, Random rnd,
                             Storm s, boolean strictRetries) {
        Held had = model.get(order);
        int op = rnd.nextInt(20);
        Instant before = clock.instant();
        if (op < 10) {
            boolean retry = had != null && rnd.nextBoolean();
            Fulfilment plan = retry ? had.plan() : PLANS[rnd.nextInt(PLANS.length)];
            ReservationResult r = engine.reserve(order, plan, Duration.ofMinutes(2 + rnd.nextInt(24)));
            Instant after = clock.instant();
            boolean alive = had != null && had.aliveAt(after);
            boolean lapsed = had == null || !had.aliveAt(before);
            if (r instanceof ReservationResult.Reserved ok) {
                if (ok.repeated()) {
                    assertThat(had).as("%s repeated without a hold", order).isNotNull();
                    assertThat(had.aliveAt(before)).as("%s repeated a lapsed hold", order).isTrue();
                    assertThat(plan).isSameAs(had.plan());
                    assertThat(ok.reservation().holdsTheSameAs(had.reservation())).isTrue();
                    assertThat(ok.reservation().expiresAt()).isEqualTo(had.expiresAt());
                    s.repeated++;
                } else {
                    assertThat(alive).as("%s reserved anew while its hold %s is alive", order, had).isFalse();
                    assertThat(ok.reservation().expiresAt()).isPresent();
                    model.put(order, new Held(plan, ok.reservation(), ok.reservation().expiresAt()));
                    s.reserved++;
                }
            } else {
                List<ReservationResult.Refusal> why = ((ReservationResult.Refused) r).refusals();
                assertThat(why).isNotEmpty();
                boolean inUse = why.size() == 1 && why.get(0).reason() == ReservationResult.Reason.ORDER_ID_IN_USE;
                if (lapsed) {
                    s.lapsed += had == null ? 0 : 1;
                    assertThat(why).as("%s holds nothing", order)
                            .noneMatch(x -> x.reason() == ReservationResult.Reason.ORDER_ID_IN_USE);
                    s.refused++;
                } else if (alive && retry) {
                    assertThat(inUse).as("%s: a retry refused for %s", order, why).isTrue();
                    assertThat(strictRetries).as("%s: the retry of the plan it holds is refused: %s", order, why).isFalse();
                    s.retriesRefusedAtTheLastUnit++;
                } else if (alive) {
                    assertThat(inUse).as("%s: another plan refused for %s", order, why).isTrue();
                    s.inUse++;
                } else {
                    s.refused++; // lapsed during the call: in use or short, both are right
                }
            }
        } else if (op < 15) {
            boolean released = engine.release(order);
            Instant after = clock.instant();
            if (had != null && had.aliveAt(after)) {
                assertThat(released).as("release of %s holding %s", order, had).isTrue();
                s.released++;
            } else if (had == null || !had.aliveAt(before)) {
                assertThat(released).as("release of %s holding nothing", order).isFalse();
                s.lapsed += had == null ? 0 : 1;
            }
            model.remove(order);
        } else if (op < 18) {
            Optional<Reservation> c = engine.confirm(order);
            Instant after = clock.instant();
            if (had != null && had.aliveAt(after)) {
                assertThat(c).as("confirm of %s holding %s", order, had).isPresent();
            } else if (had == null || !had.aliveAt(before)) {
                assertThat(c).as("confirm of %s holding nothing", order).isEmpty();
                s.lapsed += had == null ? 0 : 1;
            }
            if (c.isPresent()) {
                assertThat(c.get().confirmed()).isTrue();
                assertThat(c.get().holdsTheSameAs(had.reservation())).isTrue();
                model.put(order, new Held(had.plan(), c.get(), Optional.empty()));
                s.confirmed++;
            }
        } else {
            Optional<Reservation> r = engine.reservation(order);
            Instant after = clock.instant();
            if (had != null && had.aliveAt(after)) {
                assertThat(r).as("%s holding %s", order, had).isPresent();
                assertThat(r.get().holdsTheSameAs(had.reservation())).isTrue();
                assertThat(r.get().expiresAt()).isEqualTo(had.expiresAt());
            } else if (had == null || !had.aliveAt(before)) {
                assertThat(r).as("%s holding nothing", order).isEmpty();
            }
        }
    }

    /** The fixture's network with one more store: publishing it keeps the live stock and holds. */
    private static Network withAnnex() {
        Network n = network();
        Network.Builder b = Network.builder(n.zone());
        n.locations().forEach(b::location);
        b.location(Location.builder("annex", LocationKind.STORE, Position.of(48.86, 2.36)).build());
        return b.build();
    }
}
