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
package io.promiseengine.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.promiseengine.events.CaptureResult;
import io.promiseengine.events.CarrierDelayed;
import io.promiseengine.events.EventOutcome;
import io.promiseengine.events.PromiseChange;
import io.promiseengine.events.PromiseListener;
import io.promiseengine.events.PromiseTracker;
import io.promiseengine.events.StockCorrected;
import io.promiseengine.events.TrackedOrder;
import io.promiseengine.live.MutableClock;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.Reservation;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.model.Method;
import io.promiseengine.model.StockLevel;
import io.promiseengine.plan.Order;
import io.promiseengine.postgres.tracker.PostgresTrackerStore;
import io.promiseengine.quote.PromiseOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.promiseengine.events.EventFixtures.EVENT;
import static io.promiseengine.events.EventFixtures.ORDERED;
import static io.promiseengine.events.EventFixtures.network;
import static io.promiseengine.events.EventFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two OMS nodes end to end on one fresh schema, each a {@link PostgresPromiseEngine} and a {@link PromiseTracker}
 * on a {@link PostgresTrackerStore} with a pool of its own: checkout on one node and capture on the other, an event
 * applied on one node re-promising an order captured on the other (heard once across the nodes), the same event
 * delivered to both nodes (applied once), then both nodes closed and a fresh node recovering everything, with the
 * totals checked against the holds themselves.
 */
class TwoNodesEndToEndTest {

    private static final String SCHEMA = TestDatabase.freshSchema("pe_e2e");
    private static final String TRACKER = "shop";

    private final MutableClock clock = new MutableClock(ORDERED);
    private final List<Node> nodes = new ArrayList<>();

    @BeforeAll
    static void createSchema() {
        PostgresSchema.migrate(TestDatabase.dataSource(SCHEMA));
    }

    @AfterAll
    static void dropSchema() {
        TestDatabase.drop(SCHEMA);
    }

    @AfterEach
    void closeNodes() {
        nodes.forEach(Node::close);
    }

    /** What the listeners of every node heard, per notification key. */
    private final Map<String, AtomicInteger> heard = Collections.synchronizedMap(new TreeMap<>());
    private final List<PromiseChange> heardInOrder = Collections.synchronizedList(new ArrayList<>());

    /** An OMS node: its own pool, engine, tracker store and tracker, as another JVM would have them. */
    private final class Node implements AutoCloseable {
        final String name;
        final HikariDataSource pool;
        final PromiseEngine engine;
        final PostgresTrackerStore store;
        final PromiseTracker tracker;
        final AtomicBoolean listenerFails = new AtomicBoolean();

        Node(String name) {
            this.name = name;
            this.pool = LiveTables.pool(SCHEMA, 4, "e2e-" + name);
            this.engine = PostgresPromiseEngine.builder(pool)
                    .initialNetwork(network(StockLevel.of("store-paris", "TSHIRT", 1), StockLevel.of("wh-lyon", "TSHIRT", 5),
                            StockLevel.of("wh-lille", "TSHIRT", 2)))
                    .clock(clock).poll(Duration.ofMillis(100)).build();
            this.store = PostgresTrackerStore.of(pool, TRACKER);
            PromiseListener listener = change -> {
                if (listenerFails.get()) {
                    throw new IllegalStateException(name + "'s listener is down");
                }
                heard.computeIfAbsent(change.key(), k -> new AtomicInteger()).incrementAndGet();
                heardInOrder.add(change);
            };
            this.tracker = PromiseTracker.builder(engine).store(store).clock(clock).listener(listener).build();
            nodes.add(this);
        }

        @Override
        public void close() {
            tracker.close();
            engine.close();
            pool.close();
        }
    }

    private static PromiseOption option(PromiseEngine engine, Order order, String service) {
        for (PromiseOption o : engine.quote(order).options()) {
            if (o.service().equals(Optional.of(service))) {
                return o;
            }
        }
        throw new AssertionError("no option " + service + " for " + order.id() + " in " + engine.quote(order).options());
    }

    /** What the checkout does: plans the option and reserves the plan (unconfirmed, expiring). */
    private static void checkout(PromiseEngine engine, Order order, PromiseOption option) {
        ReservationResult r = engine.reserve(order.id(), engine.planner().plan(order, option).fulfilment().orElseThrow());
        assertThat(r.isReserved()).as("checkout of " + order.id() + ": " + r).isTrue();
    }

    private static TrackedOrder captured(CaptureResult r) {
        assertThat(r).isInstanceOf(CaptureResult.Captured.class);
        return r.order().orElseThrow();
    }

    @Test
    void twoNodesShareCheckoutCaptureEventsAndNotificationsAndAFreshNodeRecoversEverything() throws Exception {
        Node one = new Node("one");
        Node two = new Node("two");

        // node 1 reserves at checkout; node 2's tracker captures the order, adopting the hold (nothing held twice)
        Order a1 = order("A-1", "TSHIRT", 1, Method.HOME_DELIVERY);
        PromiseOption a1Std = option(one.engine, a1, "std");
        checkout(one.engine, a1, a1Std);
        Reservation checkoutHold = one.engine.reservation("A-1").orElseThrow();
        assertThat(checkoutHold.confirmed()).isFalse();
        TrackedOrder a1Tracked = captured(two.tracker.capture(a1, a1Std));
        assertThat(a1Tracked.reservation().confirmed()).isTrue();
        assertThat(a1Tracked.reservation().holdsTheSameAs(checkoutHold)).as("the checkout hold is adopted").isTrue();
        assertThat(one.engine.reservation("A-1").orElseThrow().confirmed()).isTrue();
        assertThat(heldInDatabase("store-paris", "TSHIRT") + heldInDatabase("wh-lyon", "TSHIRT")
                + heldInDatabase("wh-lille", "TSHIRT")).isEqualTo(1);

        // node 1's tracker captures another order; a third is only reserved at checkout on node 2 (a live hold)
        Order a2 = order("A-2", "TSHIRT", 2, Method.HOME_DELIVERY);
        captured(one.tracker.capture(a2, option(one.engine, a2, "std")));
        Order a3 = order("A-3", "TSHIRT", 1, Method.HOME_DELIVERY);
        caughtUp(two); // a node quotes and plans on its snapshot: until it follows node 1's holds, it may plan taken units
        checkout(two.engine, a3, option(two.engine, a3, "std"));
        assertThat(one.tracker.orders()).extracting(TrackedOrder::id).containsExactly("A-1", "A-2");
        assertThat(two.tracker.orders()).isEqualTo(one.tracker.orders());

        // node 2 applies a carrier delay that re-promises both tracked orders, one captured on node 1
        EventOutcome delay = two.tracker.apply(CarrierDelayed.shift("ev-1", EVENT, "std", 1));
        assertThat(delay.repeated()).isFalse();
        assertThat(delay.changed()).extracting(PromiseChange::orderId).containsExactlyInAnyOrder("A-1", "A-2");
        one.tracker.deliver();
        two.tracker.deliver();
        assertThat(heard).hasSize(2).allSatisfy((key, count) -> assertThat(count.get()).as(key).isEqualTo(1));
        for (PromiseChange c : delay.changed()) {
            assertThat(one.tracker.order(c.orderId()).orElseThrow().promise()).isEqualTo(c.promise().orElseThrow());
            assertThat(c.promise().orElseThrow().date()).isAfter(c.previous().date());
        }

        // the same event delivered again, to the other node: applied once
        assertThat(one.tracker.apply(CarrierDelayed.shift("ev-1", EVENT, "std", 1)).repeated()).isTrue();
        assertThat(one.tracker.applied("ev-1")).isTrue();

        // a stock correction delivered to both nodes at once: applied once (on hand moves once)
        int lilleBefore = one.engine.stock("wh-lille", "TSHIRT").onHand();
        CyclicBarrier together = new CyclicBarrier(2);
        EventOutcome[] outcomes = new EventOutcome[2];
        List<Throwable> thrown = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (Node n : List.of(one, two)) {
            int i = threads.size();
            Thread t = new Thread(() -> {
                try {
                    together.await(10, TimeUnit.SECONDS);
                    outcomes[i] = n.tracker.apply(StockCorrected.delta("ev-2", EVENT, "wh-lille", "TSHIRT", 3));
                } catch (Throwable e) {
                    thrown.add(e);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join(30_000);
        }
        assertThat(thrown).isEmpty();
        assertThat(outcomes).extracting(EventOutcome::repeated).containsExactlyInAnyOrder(true, false);
        assertThat(onHandInDatabase("wh-lille", "TSHIRT")).isEqualTo(lilleBefore + 3);

        // a second delay applied on node 1 while its listener is down: the notifications stay in the outbox
        one.listenerFails.set(true);
        EventOutcome second = one.tracker.apply(CarrierDelayed.shift("ev-3", EVENT, "std", 1));
        assertThat(second.changed()).extracting(PromiseChange::orderId).containsExactlyInAnyOrder("A-1", "A-2");
        assertThat(heard).hasSize(2);
        assertThat(one.store.pending()).hasSize(2);

        // what the nodes know, before they go
        List<TrackedOrder> orders = one.tracker.orders();
        List<Reservation> reservations = one.engine.reservations("", 100);
        assertThat(reservations).extracting(Reservation::orderId).containsExactly("A-1", "A-2", "A-3");
        assertThat(two.engine.reservations("", 100)).isEqualTo(reservations);
        one.close();
        two.close();
        nodes.clear();

        // a fresh node recovers every hold, confirmation, tracked order, applied event id and pending notification
        clock.advance(Duration.ofSeconds(5)); // past the first retry's back-off, well before any hold expires
        Node fresh = new Node("fresh");
        assertThat(fresh.engine.reservations("", 100)).isEqualTo(reservations);
        assertThat(fresh.engine.reservation("A-1").orElseThrow().confirmed()).isTrue();
        assertThat(fresh.engine.reservation("A-2").orElseThrow().confirmed()).isTrue();
        assertThat(fresh.engine.reservation("A-3").orElseThrow().confirmed()).isFalse();
        assertThat(fresh.tracker.orders()).isEqualTo(orders);
        assertThat(fresh.tracker.applied("ev-1")).isTrue();
        assertThat(fresh.tracker.applied("ev-2")).isTrue();
        assertThat(fresh.tracker.applied("ev-3")).isTrue();
        assertThat(fresh.tracker.deliver()).isEqualTo(2);
        assertThat(heard).hasSize(4).allSatisfy((key, count) -> assertThat(count.get()).as(key).isEqualTo(1));
        assertThat(heardInOrder.subList(2, 4)).containsExactlyInAnyOrderElementsOf(second.changed());
        assertThat(fresh.store.pending()).isEmpty();
        assertThat(fresh.tracker.apply(StockCorrected.delta("ev-2", EVENT, "wh-lille", "TSHIRT", 3)).repeated()).isTrue();
        assertThat(fresh.engine.stock("wh-lille", "TSHIRT").onHand()).isEqualTo(lilleBefore + 3);

        // totals exact: held per location/sku is the sum of the live holds, in the engine and in the database
        Map<String, Integer> sums = new TreeMap<>();
        for (Reservation r : fresh.engine.reservations("", 100)) {
            for (Reservation.StockHold h : r.stock()) {
                sums.merge(h.location() + "/" + h.sku(), h.quantity(), Integer::sum);
            }
        }
        assertThat(sums.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4); // 1 + 2 + 1 units
        for (String location : List.of("store-paris", "wh-lyon", "wh-lille")) {
            int expected = sums.getOrDefault(location + "/TSHIRT", 0);
            assertThat(fresh.engine.stock(location, "TSHIRT").held()).as(location).isEqualTo(expected);
            assertThat(heldInDatabase(location, "TSHIRT")).as(location).isEqualTo(expected);
        }
    }

    /** Waits up to 10 s for a node's snapshot to show the holds the database has. */
    private static void caughtUp(Node node) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (String location : List.of("store-paris", "wh-lyon", "wh-lille")) {
            while (node.engine.stock(location, "TSHIRT").held() != heldInDatabase(location, "TSHIRT")) {
                assertThat(System.nanoTime()).as(node.name + " follows the holds at " + location).isLessThan(end);
                Thread.sleep(5);
            }
        }
    }

    private static long heldInDatabase(String location, String sku) {
        return queryLong("SELECT coalesce(sum(held), 0) FROM promise_stock WHERE location = '" + location + "' AND sku = '" + sku + "'");
    }

    private static long onHandInDatabase(String location, String sku) {
        return queryLong("SELECT coalesce(sum(on_hand), 0) FROM promise_stock WHERE location = '" + location + "' AND sku = '" + sku + "'");
    }

    private static long queryLong(String sql) {
        try (Connection c = TestDatabase.dataSource(SCHEMA).getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
