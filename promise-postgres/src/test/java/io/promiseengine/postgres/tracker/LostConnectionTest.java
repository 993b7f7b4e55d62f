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
package io.promiseengine.postgres.tracker;

import io.promiseengine.events.CaptureResult;
import io.promiseengine.events.CarrierDelayed;
import io.promiseengine.events.EventFixtures;
import io.promiseengine.events.PromiseChange;
import io.promiseengine.events.PromiseTracker;
import io.promiseengine.events.TrackedOrder;
import io.promiseengine.events.spi.TrackerStoreException;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Method;
import io.promiseengine.model.StockLevel;
import io.promiseengine.plan.Order;
import io.promiseengine.postgres.ForwardingDataSource;
import io.promiseengine.quote.PromiseOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.promiseengine.events.EventFixtures.EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The connection is lost when a step commits: the step keeps nothing, the tracker reads the store again, and
 * the same call tried again does what it should have (a capture adopts the hold the engine kept; an event
 * applies once).
 */
class LostConnectionTest {

    @RegisterExtension
    static final TrackerSchema DB = new TrackerSchema("pe_tracker_lost");

    /** A data source whose next commit fails as a dropped connection does, when armed. */
    private static final class Flaky extends ForwardingDataSource {
        final AtomicBoolean armed = new AtomicBoolean();

        Flaky() {
            super(DB.dataSource());
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection c = real.getConnection();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, m, args) -> {
                        if (m.getName().equals("commit") && armed.compareAndSet(true, false)) {
                            c.rollback();
                            throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
                        }
                        return forward(c, m, args);
                    });
        }
    }

    @Test
    void aCaptureWhoseCommitFailsKeepsNothingAndItsRetryAdoptsTheHold() {
        Flaky ds = new Flaky();
        PromiseEngine engine = EventFixtures.engine(EventFixtures.network(StockLevel.of("store-paris", "TSHIRT", 5)));
        PromiseTracker tracker = PromiseTracker.builder(engine).store(PostgresTrackerStore.of(ds, "capture")).build();
        Order o = EventFixtures.order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY);
        PromiseOption std = engine.quote(o).options().stream().filter(x -> x.service().equals(Optional.of("std"))).findFirst().orElseThrow();

        ds.armed.set(true);
        assertThatThrownBy(() -> tracker.capture(o, std)).isInstanceOf(TrackerStoreException.class)
                .hasMessageContaining("08006");

        assertThat(tracker.orders()).isEmpty();
        CaptureResult again = tracker.capture(o, std);
        assertThat(again).isInstanceOf(CaptureResult.Captured.class);
        assertThat(tracker.orders()).extracting(TrackedOrder::id).containsExactly("o-1");
        assertThat(engine.stock("store-paris", "TSHIRT").held()).isEqualTo(1); // adopted, not taken twice
    }

    @Test
    void anEventWhoseCommitFailsIsNotRecordedAndNothingIsToldUntilItIsAppliedAgain() {
        Flaky ds = new Flaky();
        PromiseEngine engine = EventFixtures.engine(EventFixtures.network(StockLevel.of("store-paris", "TSHIRT", 5)));
        List<PromiseChange> heard = new ArrayList<>();
        PromiseTracker tracker = PromiseTracker.builder(engine).store(PostgresTrackerStore.of(ds, "event"))
                .listener(heard::add).build();
        EventFixtures.capture(engine, tracker, EventFixtures.order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
        TrackedOrder before = tracker.order("o-1").orElseThrow();

        ds.armed.set(true);
        assertThatThrownBy(() -> tracker.apply(CarrierDelayed.shift("ev-1", EVENT, "std", 1)))
                .isInstanceOf(TrackerStoreException.class);

        assertThat(tracker.applied("ev-1")).isFalse();
        assertThat(heard).isEmpty();
        assertThat(PostgresTrackerStore.of(ds, "event").pending()).isEmpty();
        assertThat(tracker.order("o-1").orElseThrow().promise()).isEqualTo(before.promise()); // the store's, read again
    }
}
