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
package io.promiseengine.events.spi;

import io.promiseengine.events.CarrierDelayed;
import io.promiseengine.events.EventFixtures;
import io.promiseengine.events.LocationClosed;
import io.promiseengine.events.PromiseChange;
import io.promiseengine.events.PromiseEvent;
import io.promiseengine.events.PromiseNotice;
import io.promiseengine.events.PromiseTracker;
import io.promiseengine.events.Replanned;
import io.promiseengine.events.ShipmentLate;
import io.promiseengine.events.SlotCapacityChanged;
import io.promiseengine.events.StockCorrected;
import io.promiseengine.events.TrackedOrder;
import io.promiseengine.events.WindowCancelled;
import io.promiseengine.events.WindowCapacityChanged;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.Reservation;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Method;
import io.promiseengine.model.StockLevel;
import io.promiseengine.plan.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link TrackerStore} does: every implementation's test extends this class. {@link #store()}
 * gives a fresh, empty store; {@link #reopened} the same state seen by a new store object (after a restart).
 */
public abstract class TrackerStoreContract {

    protected static final Instant T0 = Instant.parse("2026-09-18T08:00:00Z");

    /** A fresh store holding nothing. */
    protected abstract TrackerStore store();

    /** A new store object on the same state (the same database and tracker name); the same object in memory. */
    protected TrackerStore reopened(TrackerStore store) {
        return store;
    }

    /** A tracked order as a capture makes it, under the id given (a home delivery from a warehouse). */
    public static TrackedOrder tracked(String id) {
        return TEMPLATE.with(id);
    }

    /** Every kind of event, for codecs. */
    public static List<PromiseEvent> everyEvent() {
        return List.of(StockCorrected.onHand("ev-s", T0, "wh-lille", "TSHIRT", 3),
                StockCorrected.delta("ev-d", T0, "wh-lille", "TSHIRT", -2),
                new LocationClosed("ev-l", T0, "store-paris", LocalDate.of(2026, 9, 18), LocalDate.of(2026, 9, 19)),
                new SlotCapacityChanged("ev-c", T0, "store-paris", T0, 1),
                CarrierDelayed.shift("ev-h", T0, "std", 2).onLane("59", "75"),
                CarrierDelayed.replace("ev-r", T0, "courier", MassFunction.of(90, 0.5, 120, 0.5)),
                new ShipmentLate("ev-t", T0, "A-1", "wh-lille", T0.plus(Duration.ofDays(3))),
                new WindowCancelled("ev-w", T0, "vans", "75", T0.plus(Duration.ofDays(1))),
                new WindowCapacityChanged("ev-k", T0, "vans", "", T0.plus(Duration.ofDays(2)), 3));
    }

    /** A change for an order, caused by an event. */
    public static PromiseChange change(String orderId, PromiseEvent cause, boolean lost) {
        TrackedOrder t = tracked(orderId);
        return new PromiseChange(orderId, t.promise(), lost ? Optional.empty() : Optional.of(t.promise()), cause);
    }

    /** A re-plan of an order, caused by an event. */
    public static Replanned replanned(String orderId, PromiseEvent cause) {
        TrackedOrder t = tracked(orderId);
        return new Replanned(orderId, t.fulfilment(), t.fulfilment(), cause);
    }

    private static final Template TEMPLATE = new Template();

    /** One captured order, made once, renamed for each use. */
    private static final class Template {
        private final TrackedOrder order;

        Template() {
            PromiseEngine engine = EventFixtures.engine(EventFixtures.network(StockLevel.of("wh-lille", "TSHIRT", 5),
                    StockLevel.of("store-paris", "JEAN", 5)));
            PromiseTracker tracker = PromiseTracker.builder(engine).build();
            Order o = Order.of("A-0", io.promiseengine.quote.QuoteRequest.builder(EventFixtures.ORDERED,
                    io.promiseengine.quote.Destination.postalCode("75015")).line("TSHIRT", 2).line("JEAN", 1)
                    .methods(Method.HOME_DELIVERY).maxShipments(2).build());
            order = EventFixtures.capture(engine, tracker, o, "std");
        }

        TrackedOrder with(String id) {
            Reservation r = order.reservation();
            return new TrackedOrder(new Order(id, order.order().request(), order.order().attributes()), order.promise(),
                    order.fulfilment(), new Reservation(id, r.stock(), r.slots(), r.expiresAt()), order.inTransit());
        }
    }

    @Test
    void putGivesSequencesInCaptureOrderAndKeepsThemWhenAnOrderIsReplaced() {
        TrackerStore s = store();
        long a = s.update(tx -> tx.put(tracked("A-1")));
        long b = s.update(tx -> tx.put(tracked("A-2")));
        long again = s.update(tx -> tx.put(tracked("A-1")));

        assertThat(b).isGreaterThan(a);
        assertThat(again).isEqualTo(a);
        TrackerStore.Changes all = s.read(tx -> tx.changesSince(-1));
        assertThat(all.whole()).isTrue();
        assertThat(all.orders()).extracting(o -> o.order().id()).containsExactly("A-1", "A-2");
        assertThat(all.orders().get(0).order()).isEqualTo(tracked("A-1"));
    }

    @Test
    void changesSinceARevisionAreWhatWasPutAndRemovedAfterIt() {
        TrackerStore s = store();
        s.update(tx -> tx.put(tracked("A-1")));
        s.update(tx -> tx.put(tracked("A-2")));
        long seen = s.read(TrackerStore.Transaction::revision);
        s.update(tx -> tx.put(tracked("A-3")));
        s.update(tx -> tx.remove("A-1"));

        TrackerStore.Changes c = s.read(tx -> tx.changesSince(seen));

        assertThat(c.whole()).isFalse();
        assertThat(c.revision()).isGreaterThan(seen).isEqualTo(s.read(TrackerStore.Transaction::revision));
        assertThat(c.orders()).extracting(o -> o.order().id()).containsExactly("A-3");
        assertThat(c.removed()).containsExactly("A-1");
        assertThat(s.read(tx -> tx.changesSince(c.revision())).orders()).isEmpty();
        assertThat(s.<Boolean>update(tx -> tx.remove("A-1"))).isFalse();
        assertThat(s.read(tx -> tx.changesSince(-1)).orders()).extracting(o -> o.order().id()).containsExactly("A-2", "A-3");
    }

    @Test
    void anUpdateKeepsTheSequenceAndIsAChangeForTheOtherTrackers() {
        TrackerStore s = store();
        long a = s.update(tx -> tx.put(tracked("A-1")));
        s.update(tx -> tx.put(tracked("A-2")));
        long seen = s.<Long>read(TrackerStore.Transaction::revision);
        TrackedOrder moved = new TrackedOrder(tracked("A-1").order(), tracked("A-1").promise(), tracked("A-1").fulfilment(),
                tracked("A-1").reservation(), true);

        long after = s.<Long>update(tx -> {
            tx.update(moved);
            tx.update(moved);
            return tx.revision();
        });

        assertThat(after).isEqualTo(seen + 2);
        TrackerStore.Changes c = s.read(tx -> tx.changesSince(seen));
        assertThat(c.orders()).singleElement().satisfies(o -> {
            assertThat(o.sequence()).isEqualTo(a);
            assertThat(o.order()).isEqualTo(moved);
        });
        assertThat(s.read(tx -> tx.changesSince(-1)).orders()).extracting(o -> o.order().id()).containsExactly("A-1", "A-2");
    }

    @Test
    void anUpdateOfAnOrderNotFollowedFailsTheStepWhichKeepsNothing() {
        TrackerStore s = store();
        s.update(tx -> tx.put(tracked("A-1")));
        s.update(tx -> tx.remove("A-1"));
        long before = s.<Long>read(TrackerStore.Transaction::revision);

        assertThatThrownBy(() -> s.update(tx -> {
            tx.put(tracked("A-2"));
            tx.update(tracked("A-1"));
            tx.markApplied("ev-1", T0);
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("A-1");

        assertThat(s.<Long>read(TrackerStore.Transaction::revision)).isEqualTo(before);
        assertThat(s.read(tx -> tx.changesSince(-1)).orders()).isEmpty();
        assertThat(s.<Boolean>read(tx -> tx.applied("ev-1"))).isFalse();
    }

    @Test
    void anOrderRemovedThenPutAgainComesLastInCaptureOrder() {
        TrackerStore s = store();
        s.update(tx -> tx.put(tracked("A-1")));
        s.update(tx -> tx.put(tracked("A-2")));
        s.update(tx -> tx.remove("A-1"));
        s.update(tx -> tx.put(tracked("A-1")));

        assertThat(s.read(tx -> tx.changesSince(-1)).orders()).extracting(o -> o.order().id()).containsExactly("A-2", "A-1");
    }

    @Test
    void aStepThatThrowsKeepsNothing() {
        TrackerStore s = store();
        s.update(tx -> tx.put(tracked("A-1")));
        long before = s.read(TrackerStore.Transaction::revision);

        assertThatThrownBy(() -> s.update(tx -> {
            tx.put(tracked("A-2"));
            tx.remove("A-1");
            tx.markApplied("ev-1", T0);
            tx.enqueue(change("A-1", everyEvent().get(0), false), T0);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(s.<Long>read(TrackerStore.Transaction::revision)).isEqualTo(before);
        assertThat(s.read(tx -> tx.changesSince(-1)).orders()).extracting(o -> o.order().id()).containsExactly("A-1");
        assertThat(s.<Boolean>read(tx -> tx.applied("ev-1"))).isFalse();
        assertThat(s.pending()).isEmpty();
        long next = s.update(tx -> tx.put(tracked("A-3")));
        assertThat(next).isGreaterThan(s.read(tx -> tx.changesSince(-1)).orders().get(0).sequence());
    }

    @Test
    void anEventIdIsMarkedAppliedOnce() {
        TrackerStore s = store();
        assertThat(s.<Boolean>update(tx -> tx.markApplied("ev-1", T0))).isTrue();
        assertThat(s.<Boolean>update(tx -> tx.markApplied("ev-1", T0.plusSeconds(5)))).isFalse();
        assertThat(s.<Boolean>read(tx -> tx.applied("ev-1"))).isTrue();
        assertThat(s.<Boolean>read(tx -> tx.applied("ev-2"))).isFalse();
    }

    @Test
    void appliedIdsAreForgottenBeyondTheCountAndBeforeTheInstant() {
        TrackerStore s = store();
        for (int i = 0; i < 6; i++) {
            int n = i;
            s.update(tx -> tx.markApplied("ev-" + n, T0.plusSeconds(n)));
        }

        assertThat(s.<Integer>update(tx -> tx.forgetApplied(T0, 4))).isEqualTo(2); // the two oldest
        assertThat(s.<Boolean>read(tx -> tx.applied("ev-1"))).isFalse();
        assertThat(s.<Boolean>read(tx -> tx.applied("ev-2"))).isTrue();
        assertThat(s.<Integer>update(tx -> tx.forgetApplied(T0.plusSeconds(4), 100))).isEqualTo(2); // ev-2, ev-3
        assertThat(s.<Boolean>read(tx -> tx.applied("ev-3"))).isFalse();
        assertThat(s.<Boolean>read(tx -> tx.applied("ev-4"))).isTrue();
        assertThat(s.<Boolean>read(tx -> tx.applied("ev-5"))).isTrue();
    }

    @Test
    void aNoticeIsClaimedByOneDelivererForTheLeaseThenAgain() {
        TrackerStore s = store();
        PromiseChange c = change("A-1", everyEvent().get(4), false);
        s.update(tx -> {
            tx.enqueue(c, T0);
            tx.enqueue(c, T0); // the same key again: kept once
            return null;
        });

        List<TrackerStore.PendingNotice> first = s.claim(T0, 10, Duration.ofSeconds(30));
        assertThat(first).singleElement().satisfies(p -> {
            assertThat(p.notice()).isEqualTo(c);
            assertThat(p.key()).isEqualTo(c.key());
            assertThat(p.attempts()).isZero();
            assertThat(p.heard()).isZero();
        });
        assertThat(s.claim(T0.plusSeconds(29), 10, Duration.ofSeconds(30))).isEmpty();
        assertThat(s.claim(T0.plusSeconds(30), 10, Duration.ofSeconds(30))).hasSize(1); // the lease lapsed
        assertThat(s.delivered(List.of(c.key(), "change:1:x:nothing"))).isEqualTo(1);
        assertThat(s.delivered(List.of(c.key()))).isZero();
        assertThat(s.pending()).isEmpty();
    }

    @Test
    void aNoticeNotDueYetIsNotClaimed() {
        TrackerStore s = store();
        s.update(tx -> {
            tx.enqueue(change("A-1", everyEvent().get(0), false), T0.plusSeconds(10));
            return null;
        });
        assertThat(s.claim(T0, 10, Duration.ofSeconds(30))).isEmpty();
        assertThat(s.claim(T0.plusSeconds(10), 10, Duration.ofSeconds(30))).hasSize(1);
    }

    @Test
    void aRetryKeepsWhoHeardTheAttemptsAndTheNextInstantAndEndsTheClaim() {
        TrackerStore s = store();
        Replanned r = replanned("A-1", everyEvent().get(1));
        s.update(tx -> {
            tx.enqueue(r, T0);
            return null;
        });
        s.claim(T0, 10, Duration.ofMinutes(5));

        s.retry(r.key(), 0b101, 3, T0.plusSeconds(8));

        assertThat(s.claim(T0.plusSeconds(7), 10, Duration.ofMinutes(5))).isEmpty();
        assertThat(s.claim(T0.plusSeconds(8), 10, Duration.ofMinutes(5))).singleElement().satisfies(p -> {
            assertThat(p.heard()).isEqualTo(0b101);
            assertThat(p.attempts()).isEqualTo(3);
            assertThat(p.due()).isEqualTo(T0.plusSeconds(8));
            assertThat(p.notice()).isEqualTo(r);
        });
    }

    @Test
    void noticesAreClaimedOldestFirstAndAtMostMax() {
        TrackerStore s = store();
        s.update(tx -> {
            for (int i = 0; i < 5; i++) {
                tx.enqueue(change("A-" + i, everyEvent().get(i), i % 2 == 0), T0);
            }
            return null;
        });

        List<TrackerStore.PendingNotice> two = s.claim(T0, 2, Duration.ofMinutes(1));
        List<TrackerStore.PendingNotice> rest = s.claim(T0, 10, Duration.ofMinutes(1));

        assertThat(two).extracting(p -> p.notice().orderId()).containsExactly("A-0", "A-1");
        assertThat(rest).extracting(p -> p.notice().orderId()).containsExactly("A-2", "A-3", "A-4");
    }

    @Test
    void everyKindOfNoticeAndEventIsKeptAsItWas() {
        TrackerStore s = store();
        List<PromiseNotice> notices = new ArrayList<>();
        for (PromiseEvent e : everyEvent()) {
            notices.add(change("A-" + e.id(), e, false));
            notices.add(change("L-" + e.id(), e, true));
            notices.add(replanned("R-" + e.id(), e));
        }
        s.update(tx -> {
            for (PromiseNotice n : notices) {
                tx.enqueue(n, T0);
            }
            return null;
        });

        assertThat(reopened(s).pending()).extracting(TrackerStore.PendingNotice::notice).containsExactlyElementsOf(notices);
    }

    @Test
    void aReopenedStoreHasTheOrdersTheAppliedIdsAndTheOutbox() {
        TrackerStore s = store();
        s.update(tx -> {
            tx.put(tracked("A-1"));
            tx.put(tracked("A-2"));
            tx.markApplied("ev-1", T0);
            tx.enqueue(change("A-1", everyEvent().get(2), false), T0);
            return null;
        });

        TrackerStore again = reopened(s);

        TrackerStore.Changes all = again.read(tx -> tx.changesSince(-1));
        assertThat(all.orders()).extracting(TrackerStore.StoredOrder::order).containsExactly(tracked("A-1"), tracked("A-2"));
        assertThat(again.<Boolean>read(tx -> tx.applied("ev-1"))).isTrue();
        assertThat(again.pending()).singleElement().satisfies(p -> assertThat(p.notice().orderId()).isEqualTo("A-1"));
        assertThat(again.<Long>read(TrackerStore.Transaction::revision)).isEqualTo(s.read(TrackerStore.Transaction::revision));
    }

    @Test
    void stepsOfSeveralThreadsAreSerialized() throws Exception {
        TrackerStore s = store();
        int threads = 4;
        int steps = 25;
        List<String> broken = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int n = t;
            Thread th = new Thread(() -> {
                try {
                    go.await();
                    for (int i = 0; i < steps; i++) {
                        String id = "T" + n + "-" + i;
                        s.update(tx -> {
                            long before = tx.revision();
                            tx.put(tracked(id));
                            Thread.yield();
                            if (tx.revision() != before + 1 || !tx.markApplied(id, T0)) {
                                broken.add(id + " saw another step");
                            }
                            return null;
                        });
                    }
                } catch (Exception e) {
                    broken.add(e.toString());
                }
            });
            th.start();
            all.add(th);
        }
        go.countDown();
        for (Thread th : all) {
            th.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertThat(broken).isEmpty();
        assertThat(s.read(tx -> tx.changesSince(-1)).orders()).hasSize(threads * steps);
    }

    @Test
    void twoThreadsClaimingAtOnceNeverGetTheSameNotice() throws Exception {
        TrackerStore s = store();
        s.update(tx -> {
            for (int i = 0; i < 60; i++) {
                tx.enqueue(change("A-" + i, everyEvent().get(0), false), T0);
            }
            return null;
        });
        Set<String> claimed = Collections.synchronizedSet(new HashSet<>());
        List<String> twice = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            Thread th = new Thread(() -> {
                try {
                    go.await();
                    List<TrackerStore.PendingNotice> got;
                    while (!(got = s.claim(T0, 7, Duration.ofMinutes(1))).isEmpty()) {
                        for (TrackerStore.PendingNotice p : got) {
                            if (!claimed.add(p.key())) {
                                twice.add(p.key());
                            }
                        }
                    }
                } catch (Exception e) {
                    twice.add(e.toString());
                }
            });
            th.start();
            all.add(th);
        }
        go.countDown();
        for (Thread th : all) {
            th.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertThat(twice).isEmpty();
        assertThat(claimed).hasSize(60);
    }
}
