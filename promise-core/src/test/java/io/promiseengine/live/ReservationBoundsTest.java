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

import io.promiseengine.live.ReservationResult.Reason;
import io.promiseengine.live.ReservationResult.Refusal;
import io.promiseengine.model.Method;
import io.promiseengine.model.OrderLine;
import io.promiseengine.model.Supply;
import io.promiseengine.observe.PromiseObserver;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.PlannedShipment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static io.promiseengine.live.LiveStoreContract.NOW;
import static io.promiseengine.live.LiveStoreContract.SLOT;
import static io.promiseengine.live.LiveStoreContract.START;
import static io.promiseengine.live.LiveStoreContract.network;
import static io.promiseengine.live.LiveStoreContract.plan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounds of the reservation classes that the mutation run of docs/TESTING.md ("Reservations") left
 * unchecked, each at exactly its limit: the values expected are counted by hand from the contract's network
 * ({@link LiveStoreContract#network()}), not read from the engine.
 */
class ReservationBoundsTest {

    private final AtomicInteger lapsedHolds = new AtomicInteger();
    private MutableClock clock;
    private PromiseEngine engine;

    @BeforeEach
    void openEngine() {
        clock = new MutableClock(NOW);
        engine = PromiseEngine.builder(network()).clock(clock).holdFor(Duration.ofMinutes(30))
                .observer(new PromiseObserver() {
                    @Override
                    public void lapsed(int holds) {
                        lapsedHolds.addAndGet(holds);
                    }
                }).build();
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    private static List<Refusal> refusals(ReservationResult r) {
        assertThat(r).isInstanceOf(ReservationResult.Refused.class);
        return ((ReservationResult.Refused) r).refusals();
    }

    @Test
    void handOffOfExactlyTheUnitsOnHandEmptiesThePosition() {
        // wh holds 1 LAST: handing off 1 leaves 0 on hand, nothing held
        assertThat(engine.reserve("o1", plan("wh", "LAST:1")).isReserved()).isTrue();
        engine.confirm("o1");
        assertThat(engine.handOff("o1")).isPresent();
        StockState last = engine.stock("wh", "LAST");
        assertThat(List.of(last.onHand(), last.held())).containsExactly(0, 0);
        assertThat(engine.reservation("o1")).isEmpty();
    }

    @Test
    void aSlotOfCapacityZeroTakesNoPreparation() {
        // the store's slots take 2 preparations; a capacity set to 0 overrides that, it is not "unset"
        engine.setSlotCapacity("store", SLOT, 0);
        assertThat(refusals(engine.reserve("o1", plan("store", "B:1")))).extracting(Refusal::reason)
                .containsExactly(Reason.SLOT_FULL);
        assertThat(engine.slot("store", SLOT).held()).isZero();
    }

    @Test
    void aLocationHoldsExactlyTheLargestIntOfASkuAndNotOneMore() {
        int max = io.promiseengine.model.Limits.MAX_QUANTITY; // 1e9
        for (int i = 1; i <= 3; i++) {
            engine.addSupply("s" + i, new Supply("wh", "BIG", max, START.minusSeconds(60)));
        }
        assertThat(engine.reserve("o1", plan("wh", "BIG:" + max)).isReserved()).isTrue();
        assertThat(engine.reserve("o2", plan("wh", "BIG:" + max)).isReserved()).isTrue();
        int rest = Integer.MAX_VALUE - 2 * max; // 147 483 647, with 1e9 still available
        assertThat(engine.reserve("o3", plan("wh", "BIG:" + rest)).isReserved()).isTrue();
        assertThat(engine.stock("wh", "BIG").held()).isEqualTo(Integer.MAX_VALUE);
        assertThat(refusals(engine.reserve("o4", plan("wh", "BIG:1")))).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("2147483647 are held already"));
    }

    @Test
    void aShortageBelowZeroIsWrittenAsNoneAvailable() {
        // 1 LAST on hand and 2 to come: 3 held, then the supply cancelled leaves -2 available
        engine.addSupply("po-1", new Supply("wh", "LAST", 2, START.minusSeconds(60)));
        assertThat(engine.reserve("o1", plan("wh", "LAST:3")).isReserved()).isTrue();
        engine.cancelSupply("po-1");
        assertThat(engine.stock("wh", "LAST").available()).isEqualTo(-2);
        assertThat(refusals(engine.reserve("o2", plan("wh", "LAST:1")))).singleElement()
                .satisfies(r -> assertThat(r.detail()).endsWith(", 0 available"));
    }

    @Test
    void holdsExpiringAtTheSameInstantAllLapse() {
        engine.reserve("o1", plan("store", "A:1"));
        engine.reserve("o2", plan("store", "A:2"));
        engine.reserve("o0", plan("wh", "A:1"));
        assertThat(engine.stock("store", "A").held()).isEqualTo(3);
        clock.advance(Duration.ofMinutes(30));
        assertThat(engine.stock("store", "A").held()).isZero();
        assertThat(engine.stock("wh", "A").held()).isZero();
        assertThat(engine.slot("store", SLOT).held()).isZero();
        assertThat(List.of(engine.reservation("o0"), engine.reservation("o1"), engine.reservation("o2")))
                .allSatisfy(r -> assertThat(r).isEmpty());
        assertThat(lapsedHolds.get()).isEqualTo(3);
    }

    @Test
    void moreLapsedHoldsThanOneSweepTakesAreAllGivenBackAndCounted() {
        // the sweep gives back 256 holds a transaction: 300 take two
        engine.addSupply("big", new Supply("wh", "MANY", 1000, START.minusSeconds(60)));
        for (int i = 0; i < 300; i++) {
            assertThat(engine.reserve("o" + i, plan("wh", "MANY:2")).isReserved()).isTrue();
        }
        assertThat(engine.stock("wh", "MANY").held()).isEqualTo(600);
        clock.advance(Duration.ofMinutes(30));
        assertThat(engine.stock("wh", "MANY").held()).isZero();
        assertThat(lapsedHolds.get()).isEqualTo(300);
        assertThat(engine.reservations("", 1000)).isEmpty();
    }

    /** A SCHEDULED plan of one shipment from {@code origin} of 1 W ready at {@code readyAt}, for the 18:00-20:00 Paris window in zone 75. */
    private static Fulfilment windowPlanReadyAt(String origin, Instant readyAt) {
        PlannedShipment s = new PlannedShipment(origin, LiveStoreContract.PARIS, List.of(new OrderLine("W", 1, Map.of())),
                START, readyAt, Optional.empty(), LiveStoreContract.WINDOW, 0, BigDecimal.ZERO);
        return new Fulfilment(Method.SCHEDULED, LiveStoreContract.VANS, "", LiveStoreContract.WINDOW_END,
                LocalDate.of(2026, 9, 17), 1.0, BigDecimal.ZERO, List.of(s),
                Optional.of(new Fulfilment.Window(LiveStoreContract.WINDOW, LiveStoreContract.WINDOW_END, "75")));
    }

    private void useWindowNetwork() {
        engine.close();
        engine = PromiseEngine.builder(LiveStoreContract.windowNetwork()).clock(clock).holdFor(Duration.ofMinutes(30)).build();
    }

    @Test
    void aDropReadyExactlyTheLeadTimeBeforeItsWindowIsReservedAndOneSecondLaterRefused() {
        useWindowNetwork();
        // the window starts 16:00Z, zone 75's lead time is 2 hours: ready at 14:00Z makes it, 14:00:01Z does not
        Instant window = LiveStoreContract.WINDOW;
        assertThat(engine.reserve("late", windowPlanReadyAt("wh", window.minusSeconds(7200 - 1))))
                .isInstanceOfSatisfying(ReservationResult.Refused.class, r -> assertThat(r.refusals())
                        .extracting(Refusal::reason).containsExactly(Reason.INVALID_PLAN));
        assertThat(engine.reserve("onTime", windowPlanReadyAt("wh", window.minusSeconds(7200))).isReserved()).isTrue();
        assertThat(engine.window(LiveStoreContract.VANS, "75", window).held()).isEqualTo(1);
    }

    @Test
    void aScheduledPlanFromAnUnknownOriginIsRefusedNamingIt() {
        useWindowNetwork();
        assertThat(engine.reserve("o1", windowPlanReadyAt("nowhere", START)))
                .isInstanceOfSatisfying(ReservationResult.Refused.class, r -> assertThat(r.refusals())
                        .extracting(Refusal::reason, Refusal::location)
                        .contains(org.assertj.core.groups.Tuple.tuple(Reason.UNKNOWN_LOCATION, "nowhere")));
        assertThat(engine.window(LiveStoreContract.VANS, "75", LiveStoreContract.WINDOW).held()).isZero();
    }
}
