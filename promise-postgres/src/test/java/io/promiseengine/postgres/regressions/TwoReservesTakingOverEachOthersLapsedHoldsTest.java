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
package io.promiseengine.postgres.regressions;

import io.promiseengine.live.LiveStoreContract;
import io.promiseengine.live.MutableClock;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.postgres.ForwardingDataSource;
import io.promiseengine.postgres.PostgresPromiseEngine;
import io.promiseengine.postgres.PostgresSchema;
import io.promiseengine.postgres.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static io.promiseengine.live.LiveStoreContract.NOW;
import static io.promiseengine.live.LiveStoreContract.plan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 (races), the deadlock docs/LIVE-STATE.md ("Locks, and why no deadlock") names: two reservations, each of
 * an order whose lapsed hold the other one needs. Each takes its own order's lock, then waits in
 * {@code lapsedOn} for the other's ({@code pg_advisory_xact_lock}): a cycle, which PostgreSQL breaks after its
 * {@code deadlock_timeout} by failing one transaction with SQLSTATE 40P01. That transaction must be run again,
 * transparently (bounded by {@code retryFor}), and both reservations succeed, each taking over the other's lapsed
 * hold, nothing held twice.
 *
 * <p>Deterministic, not looped: a {@link MutableClock}; the holds made on another node and the change feeds'
 * listeners kept out (a sweep would give the lapsed holds back first); the two reserving threads meet right after
 * each has taken its own order's lock, so the cycle always forms; the 40P01 failures the connections throw are counted, so the test knows the deadlock
 * happened (exactly one). Red when the store does not retry a deadlock ({@code Sql.retryable} without class 40:
 * "PostgreSQL refused the engine's transaction: ERROR: deadlock detected").
 */
class TwoReservesTakingOverEachOthersLapsedHoldsTest {

    private String schema;
    private DataSource plain;
    private MeetingDataSource meeting;

    @BeforeEach
    void migrate() {
        schema = TestDatabase.freshSchema("pe_deadlock");
        plain = TestDatabase.dataSource(schema);
        PostgresSchema.migrate(plain);
        meeting = new MeetingDataSource(plain);
    }

    @AfterEach
    void drop() {
        TestDatabase.drop(schema);
    }

    @Test
    void twoReservesEachNeedingTheOthersLapsedHoldBothSucceed() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        try (PromiseEngine engine = engine(clock); PromiseEngine other = engine(clock)) {
            // the holds are made on another node: this one's next expiry does not know them (no change feed), so it
            // runs no sweep of its own before the reservations, and each finds the other's lapsed hold on its rows
            assertThat(other.reserve("A", plan("wh", "LAST:1"), Duration.ofSeconds(10)).isReserved()).isTrue();
            assertThat(other.reserve("B", plan("store", "B:1"), Duration.ofSeconds(10)).isReserved()).isTrue();
            clock.advance(Duration.ofSeconds(10)); // both holds lapse at their expiry, included
            meeting.arm();
            AtomicReference<Object> a = new AtomicReference<>();
            AtomicReference<Object> b = new AtomicReference<>();
            // A now wants what B held, B what A held
            Thread ta = new Thread(() -> a.set(outcome(() -> engine.reserve("A", plan("store", "B:1")))), "reserver-A");
            Thread tb = new Thread(() -> b.set(outcome(() -> engine.reserve("B", plan("wh", "LAST:1")))), "reserver-B");
            ta.start();
            tb.start();
            ta.join(60_000);
            tb.join(60_000);
            assertThat(meeting.met()).as("both reserves held their own order's lock at once").isTrue();
            assertThat(a.get()).as("A's reserve").isInstanceOf(ReservationResult.class);
            assertThat(b.get()).as("B's reserve").isInstanceOf(ReservationResult.class);
            assertThat(((ReservationResult) a.get()).isReserved()).as("A: %s", a.get()).isTrue();
            assertThat(((ReservationResult) b.get()).isReserved()).as("B: %s", b.get()).isTrue();
            assertThat(meeting.deadlocks.get()).as("PostgreSQL reported the cycle (40P01) once, and it was run again")
                    .isEqualTo(1);
            assertThat(engine.stock("wh", "LAST").held()).isEqualTo(1);
            assertThat(engine.stock("store", "B").held()).isEqualTo(1);
            assertThat(engine.reservation("A").orElseThrow().stock()).singleElement().satisfies(s ->
                    assertThat(s.location()).isEqualTo("store"));
            assertThat(engine.reservation("B").orElseThrow().stock()).singleElement().satisfies(s ->
                    assertThat(s.location()).isEqualTo("wh"));
        }
    }

    private static Object outcome(java.util.function.Supplier<ReservationResult> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return e;
        }
    }

    private PromiseEngine engine(MutableClock clock) {
        return PostgresPromiseEngine.builder(meeting).initialNetwork(LiveStoreContract.network()).clock(clock)
                .holdFor(Duration.ofMinutes(30)).poll(Duration.ofMillis(100)).build();
    }

    /**
     * The test database with the change feed's listener kept out, where the threads named {@code reserver-*} wait
     * for each other, once each, right after they took their own order's lock (before the statement that reads the
     * order's row), and where the deadlocks the connections report are counted.
     */
    private static final class MeetingDataSource extends ForwardingDataSource {

        private static final String ORDER_ROW = "FROM promise_reservation WHERE order_id = ?";

        private volatile CountDownLatch meet;
        private final Set<String> arrived = ConcurrentHashMap.newKeySet();
        private volatile boolean met;
        final AtomicInteger deadlocks = new AtomicInteger();

        MeetingDataSource(DataSource real) {
            super(real);
        }

        void arm() {
            meet = new CountDownLatch(2);
        }

        boolean met() {
            return met;
        }

        @Override
        public Connection getConnection() throws SQLException {
            keepTheListenerOut();
            Connection c = real.getConnection();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        String name = Thread.currentThread().getName();
                        CountDownLatch m = meet;
                        if (m != null && method.getName().equals("prepareStatement") && ((String) args[0]).contains(ORDER_ROW)
                                && name.startsWith("reserver-") && arrived.add(name)) {
                            m.countDown();
                            met = m.await(30, TimeUnit.SECONDS);
                        }
                        Object result = forward(c, method, args);
                        if (result instanceof java.sql.PreparedStatement p) {
                            return counted(p);
                        }
                        return result;
                    });
        }

        /** The statement, counting the deadlocks its executions report. */
        private java.sql.PreparedStatement counted(java.sql.PreparedStatement p) {
            return (java.sql.PreparedStatement) Proxy.newProxyInstance(java.sql.PreparedStatement.class.getClassLoader(),
                    new Class<?>[] {java.sql.PreparedStatement.class}, (proxy, method, args) -> {
                        try {
                            return method.invoke(p, args);
                        } catch (InvocationTargetException e) {
                            if (e.getCause() instanceof SQLException s && "40P01".equals(s.getSQLState())) {
                                deadlocks.incrementAndGet();
                            }
                            throw e.getCause();
                        }
                    });
        }
    }
}
