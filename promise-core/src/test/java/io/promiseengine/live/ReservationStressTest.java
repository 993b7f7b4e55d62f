package io.promiseengine.live;

import io.promiseengine.plan.Fulfilment;
import org.junit.jupiter.api.RepeatedTest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.promiseengine.live.ReservationFixtures.SLOT;
import static io.promiseengine.live.ReservationFixtures.network;
import static io.promiseengine.live.ReservationFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight threads race for the last units (5 A and 3 B at the store, 4 A at the warehouse) and the store's
 * last two preparations of one slot, reserving, confirming and releasing thousands of times; an observer
 * checks that nothing is ever oversold, and afterwards the holds add up exactly to the reservations.
 */
class ReservationStressTest {

    private static final Fulfilment[] PLANS = {
        plan("store", "A:1"), plan("store", "A:2,B:1"), plan("wh", "A:1"), plan("store", "A:1", "wh", "A:1"),
        plan("wh", "A:2"), plan("store", "B:2")};
    private static final int THREADS = 8;
    private static final int OPS = 3000;
    private static final int ORDERS = 64;

    @RepeatedTest(3)
    void nothingOversellsAndTheHoldsAddUpExactly() throws Exception {
        PromiseEngine engine = PromiseEngine.builder(network())
                .clock(new MutableClock(Instant.parse("2026-09-17T12:00:00Z"))).build();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger reserved = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger released = new AtomicInteger();
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
            }
            return reads;
        });
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = 1000L * t + System.nanoTime() % 1000;
            workers.add(pool.submit(() -> {
                Random rnd = new Random(seed);
                start.await();
                for (int i = 0; i < OPS; i++) {
                    String order = "o" + rnd.nextInt(ORDERS);
                    int op = rnd.nextInt(10);
                    if (op < 6) {
                        ReservationResult r = engine.reserve(order, PLANS[rnd.nextInt(PLANS.length)]);
                        if (r instanceof ReservationResult.Reserved ok && !ok.repeated()) {
                            reserved.incrementAndGet();
                        } else if (!r.isReserved()) {
                            refused.incrementAndGet();
                        }
                    } else if (op < 9) {
                        if (engine.release(order)) {
                            released.incrementAndGet();
                        }
                    } else {
                        engine.confirm(order);
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get(120, TimeUnit.SECONDS);
        }
        stop.set(true);
        assertThat(observer.get(10, TimeUnit.SECONDS)).isPositive();
        pool.shutdown();

        Map<String, Integer> held = new HashMap<>();
        int slotHeld = 0;
        int active = 0;
        for (int o = 0; o < ORDERS; o++) {
            var r = engine.reservation("o" + o);
            if (r.isPresent()) {
                active++;
                r.get().stock().forEach(h -> held.merge(h.location() + "/" + h.sku(), h.quantity(), Integer::sum));
                slotHeld += r.get().slots().size();
            }
        }
        assertThat(reserved.get() - released.get()).isEqualTo(active);
        assertThat(reserved.get()).as("races won").isGreaterThan(100);
        assertThat(refused.get()).as("races lost").isGreaterThan(100);
        assertThat(engine.stock("store", "A").held()).isEqualTo(held.getOrDefault("store/A", 0)).isLessThanOrEqualTo(5);
        assertThat(engine.stock("store", "B").held()).isEqualTo(held.getOrDefault("store/B", 0)).isLessThanOrEqualTo(3);
        assertThat(engine.stock("wh", "A").held()).isEqualTo(held.getOrDefault("wh/A", 0)).isLessThanOrEqualTo(4);
        assertThat(engine.slot("store", SLOT).held()).isEqualTo(slotHeld).isLessThanOrEqualTo(2);
        for (int o = 0; o < ORDERS; o++) {
            engine.release("o" + o);
        }
        assertThat(engine.stock("store", "A").held()).isZero();
        assertThat(engine.stock("wh", "A").held()).isZero();
        assertThat(engine.slot("store", SLOT).held()).isZero();
    }
}
