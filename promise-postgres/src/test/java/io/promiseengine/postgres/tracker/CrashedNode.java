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
