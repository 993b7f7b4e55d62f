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

import io.promiseengine.events.CarrierDelayed;
import io.promiseengine.events.EventFixtures;
import io.promiseengine.events.PromiseTracker;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Method;
import io.promiseengine.model.StockLevel;
import io.promiseengine.postgres.TestDatabase;

import java.util.concurrent.CountDownLatch;

/**
 * The node {@link KilledNodeTest} kills: captures two orders and applies an event on the test schema; its
 * listener says {@code HEARING <key>} on standard output (the event's step is committed by then) and waits
 * to be killed before it returns, so the notice is never settled. Arguments: the schema, the tracker name.
 */
public final class CrashedNode {

    private CrashedNode() {
    }

    public static void main(String[] args) throws Exception {
        PromiseEngine engine = EventFixtures.engine(EventFixtures.network(StockLevel.of("store-paris", "TSHIRT", 5)));
        CountDownLatch never = new CountDownLatch(1);
        PromiseTracker tracker = PromiseTracker.builder(engine)
                .store(PostgresTrackerStore.of(TestDatabase.dataSource(args[0]), args[1]))
                .listener(c -> {
                    System.out.println("HEARING " + c.key());
                    System.out.flush();
                    try {
                        never.await(); // killed here, mid-delivery
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }).build();
        EventFixtures.capture(engine, tracker, EventFixtures.order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
        EventFixtures.capture(engine, tracker, EventFixtures.order("o-2", "TSHIRT", 1, Method.COLLECT), "");
        System.out.println("CAPTURED");
        System.out.flush();
        tracker.apply(CarrierDelayed.shift("ev-1", EventFixtures.EVENT, "std", 1));
        System.out.println("NOT KILLED");
    }
}
