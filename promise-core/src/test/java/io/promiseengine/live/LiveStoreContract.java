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
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.OrderLine;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.SlotLoad;
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.Supply;
import io.promiseengine.model.WindowLoad;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.PlannedShipment;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The contract of a live store, run on an engine over it: every implementation of
 * {@link io.promiseengine.live.spi.LiveStore} extends this class and passes it, so an engine answers the same
 * whatever keeps its state. The in-memory engine is the reference: its answers (refusal details included) are
 * what every store must give.
 */
public abstract class LiveStoreContract {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** 14:10 in Paris: the store's slot starting 14:00. */
    public static final Instant START = Instant.parse("2026-09-17T12:10:00Z");
    public static final Instant SLOT = Instant.parse("2026-09-17T12:00:00Z");
    public static final Instant NOW = Instant.parse("2026-09-17T12:00:00Z");

    protected MutableClock clock;
    protected PromiseEngine engine;

    /**
     * A new engine on an empty store of this kind, initialized with {@code network} (its stock, supply and
     * load), reading {@code clock}, holding reservations 30 minutes.
     */
    protected abstract PromiseEngine newEngine(Network network, Clock clock);

    @BeforeEach
    void openEngine() {
        clock = new MutableClock(NOW);
        engine = newEngine(network(), clock);
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    /** A store with 2 preparations an hour and a warehouse without limit. */
    public static Network network() {
        return Network.builder(PARIS)
                .location(Location.builder("store", LocationKind.STORE, Position.of(48.85, 2.35))
                        .preparation(Preparation.of(Duration.ofMinutes(30), Duration.ofHours(1), 2)).collect(true).build())
                .location(Location.builder("wh", LocationKind.WAREHOUSE, Position.of(45.75, 4.85)).build())
                .stock(new StockLevel("store", "A", 6, 0, 1))
                .stock(StockLevel.of("store", "B", 3))
                .stock(StockLevel.of("wh", "A", 4))
                .stock(StockLevel.of("wh", "LAST", 1))
                .build();
    }

    /** A plan built by hand: pairs of (location, "SKU:qty,SKU:qty"), every shipment starting at {@link #START}. */
    public static Fulfilment plan(String... originsAndLines) {
        List<PlannedShipment> shipments = new ArrayList<>();
        for (int i = 0; i < originsAndLines.length; i += 2) {
            List<OrderLine> lines = new ArrayList<>();
            for (String l : originsAndLines[i + 1].split(",")) {
                String[] p = l.split(":");
                lines.add(new OrderLine(p[0], Integer.parseInt(p[1]), Map.of()));
            }
            shipments.add(new PlannedShipment(originsAndLines[i], PARIS, lines, START, START.plusSeconds(1800),
                    Optional.empty(), START.plusSeconds(3600), 0, BigDecimal.ZERO));
        }
        return new Fulfilment(Method.COLLECT, "", "store", START.plusSeconds(3600), LocalDate.of(2026, 9, 17), 1.0,
                BigDecimal.ZERO, shipments);
    }

    private static List<Reason> reasons(ReservationResult r) {
        assertThat(r).isInstanceOf(ReservationResult.Refused.class);
        return ((ReservationResult.Refused) r).refusals().stream().map(Refusal::reason).toList();
    }

    private static boolean repeated(ReservationResult r) {
        assertThat(r).isInstanceOf(ReservationResult.Reserved.class);
        return ((ReservationResult.Reserved) r).repeated();
    }

    @Test
    void reserveTakesEveryLineAndTheStartSlot() {
        ReservationResult r = engine.reserve("o1", plan("store", "A:2,B:1", "wh", "A:1"));
        assertThat(repeated(r)).isFalse();
        assertThat(engine.stock("store", "A").held()).isEqualTo(2);
        assertThat(engine.stock("store", "A").available()).isEqualTo(3);
        assertThat(engine.stock("store", "B").held()).isEqualTo(1);
        assertThat(engine.stock("wh", "A").held()).isEqualTo(1);
        assertThat(engine.slot("store", SLOT).held()).isEqualTo(1);
        Reservation res = ((ReservationResult.Reserved) r).reservation();
        assertThat(res.stock()).containsExactly(new Reservation.StockHold("store", "A", 2),
                new Reservation.StockHold("store", "B", 1), new Reservation.StockHold("wh", "A", 1));
        assertThat(res.slots()).containsExactly(new Reservation.SlotHold("store", SLOT));
        assertThat(res.expiresAt()).contains(NOW.plus(Duration.ofMinutes(30)));
        assertThat(engine.reservation("o1")).contains(res);
    }

    @Test
    void aRefusalNamesEveryShortageAndFullSlotInThePlansOrderAndTakesNothing() {
        engine.reserve("o1", plan("store", "B:1"));
        engine.reserve("o2", plan("store", "B:1"));
        ReservationResult r = engine.reserve("o3", plan("store", "A:6,B:1", "wh", "A:5"));
        assertThat(((ReservationResult.Refused) r).refusals())
                .extracting(Refusal::reason, Refusal::location, Refusal::sku, Refusal::detail)
                .containsExactly(
                        tuple(Reason.STOCK_SHORT, "store", "A", "needs 6 A at store by 2026-09-17T12:10:00Z, 5 available"),
                        tuple(Reason.SLOT_FULL, "store", "", "the preparation slot of store starting 2026-09-17T12:00:00Z is full (2 of 2)"),
                        tuple(Reason.STOCK_SHORT, "wh", "A", "needs 5 A at wh by 2026-09-17T12:10:00Z, 4 available"));
        assertThat(engine.stock("store", "A").held()).isZero();
        assertThat(engine.stock("store", "B").held()).isEqualTo(2);
        assertThat(engine.stock("wh", "A").held()).isZero();
        assertThat(engine.slot("store", SLOT).held()).isEqualTo(2);
        assertThat(engine.reservation("o3")).isEmpty();
    }

    @Test
    void theSamePlanAgainIsRepeatedAndTakesNothingMore() {
        engine.reserve("o1", plan("store", "A:2"));
        assertThat(repeated(engine.reserve("o1", plan("store", "A:2")))).isTrue();
        assertThat(engine.stock("store", "A").held()).isEqualTo(2);
        assertThat(engine.slot("store", SLOT).held()).isEqualTo(1);
    }

    @Test
    void theSamePlanAgainIsRepeatedAtTheLastUnitAndInTheLastPlaceOfASlot() {
        assertThat(repeated(engine.reserve("o1", plan("wh", "LAST:1")))).isFalse();
        assertThat(repeated(engine.reserve("o1", plan("wh", "LAST:1")))).isTrue();
        engine.reserve("o2", plan("store", "B:1"));
        engine.reserve("o3", plan("store", "B:1"));
        assertThat(repeated(engine.reserve("o3", plan("store", "B:1")))).isTrue();
        assertThat(engine.stock("wh", "LAST").held()).isEqualTo(1);
        assertThat(engine.slot("store", SLOT).held()).isEqualTo(2);
    }

    @Test
    void anotherPlanUnderTheSameOrderIdIsRefusedAndChangesNothing() {
        engine.reserve("o1", plan("store", "A:2"));
        ReservationResult other = engine.reserve("o1", plan("store", "A:3"));
        assertThat(((ReservationResult.Refused) other).refusals()).extracting(Refusal::reason, Refusal::detail)
                .containsExactly(tuple(Reason.ORDER_ID_IN_USE, "order o1 already holds another plan; release it first"));
        assertThat(engine.stock("store", "A").held()).isEqualTo(2);
    }

    @Test
    void aHoldLapsesAtItsExpiryByTheEnginesClockUnlessConfirmed() {
        engine.reserve("held", plan("store", "A:2"));
        engine.reserve("kept", plan("wh", "A:1"), Duration.ofMinutes(5));
        assertThat(engine.confirm("kept")).hasValueSatisfying(r -> assertThat(r.confirmed()).isTrue());
        clock.advance(Duration.ofMinutes(30).minusMillis(1));
        assertThat(engine.reservation("held")).isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(engine.reservation("held")).isEmpty();
        assertThat(engine.stock("store", "A").held()).isZero();
        assertThat(engine.slot("store", SLOT).held()).isZero();
        clock.advance(Duration.ofDays(30));
        assertThat(engine.reservation("kept")).hasValueSatisfying(r -> assertThat(r.expiresAt()).isEmpty());
        assertThat(engine.stock("wh", "A").held()).isEqualTo(1);
    }

    @Test
    void aLapsedHoldsUnitsCanBeReservedAgainByAnotherOrder() {
        engine.reserve("o1", plan("wh", "LAST:1"), Duration.ofSeconds(10));
        assertThat(reasons(engine.reserve("o2", plan("wh", "LAST:1")))).containsExactly(Reason.STOCK_SHORT);
        clock.advance(Duration.ofSeconds(10));
        assertThat(engine.reserve("o2", plan("wh", "LAST:1")).isReserved()).isTrue();
        assertThat(engine.stock("wh", "LAST").held()).isEqualTo(1);
    }

    /**
     * Issue 13 ("sub-millisecond early give-back"): the stores sweep by milliseconds and an expiry had nanoseconds,
     * so a hold expiring at 12:00:10.0005 was given back at 12:00:10.0001 (the in-memory store's millisecond, and
     * PostgreSQL's column, truncated it). An expiry is now {@code now + hold} rounded up to the millisecond: the
     * hold lasts at least what was asked, is held up to the nanosecond before its {@code expiresAt}, lapses at it.
     */
    @Test
    void aHoldIsNeverGivenBackBeforeItsExpiryToTheNanosecond() {
        clock.set(NOW.plusNanos(500_000)); // 12:00:00.0005
        Instant expiry = NOW.plusSeconds(10).plusMillis(1); // 12:00:10.0005, rounded up
        ReservationResult r = engine.reserve("o1", plan("wh", "LAST:1"), Duration.ofSeconds(10));
        assertThat(r.isReserved()).isTrue();
        for (Instant before : List.of(NOW.plusSeconds(10).plusNanos(100_000), NOW.plusSeconds(10).plusNanos(500_000),
                expiry.minusNanos(1))) {
            clock.set(before);
            assertThat(engine.stock("wh", "LAST").held()).as("held at %s", before).isEqualTo(1);
            assertThat(engine.reservation("o1")).as("o1 at %s", before).isPresent();
            assertThat(reasons(engine.reserve("o2", plan("wh", "LAST:1")))).as("o2 at %s", before)
                    .containsExactly(Reason.STOCK_SHORT);
        }
        assertThat(((ReservationResult.Reserved) r).reservation().expiresAt()).contains(expiry);
        assertThat(engine.reservation("o1").orElseThrow().expiresAt()).contains(expiry);
        clock.set(expiry);
        assertThat(engine.reservation("o1")).as("o1 at its expiry").isEmpty();
        assertThat(engine.reserve("o2", plan("wh", "LAST:1")).isReserved()).as("o2 at o1's expiry").isTrue();
        assertThat(engine.stock("wh", "LAST").held()).isEqualTo(1);
    }

    @Test
    void confirmAndReleaseOfAnOrderHoldingNothing() {
        assertThat(engine.confirm("none")).isEmpty();
        assertThat(engine.release("none")).isFalse();
        assertThat(engine.handOff("none")).isEmpty();
    }

    @Test
    void releaseGivesEverythingBackOnce() {
        engine.reserve("o1", plan("store", "A:2,B:1"));
        engine.confirm("o1");
        assertThat(engine.release("o1")).isTrue();
        assertThat(engine.release("o1")).isFalse();
        assertThat(engine.stock("store", "A").held()).isZero();
        assertThat(engine.stock("store", "B").held()).isZero();
        assertThat(engine.slot("store", SLOT).held()).isZero();
        assertThat(engine.reservation("o1")).isEmpty();
    }

    @Test
    void replaceSwapsTheHoldsAndKeepsTheConfirmation() {
        engine.reserve("o1", plan("store", "A:5"));
        engine.confirm("o1");
        ReservationResult r = engine.replace("o1", plan("wh", "A:4"));
        assertThat(repeated(r)).isFalse();
        assertThat(engine.reservation("o1")).hasValueSatisfying(res -> {
            assertThat(res.confirmed()).isTrue();
            assertThat(res.stock()).containsExactly(new Reservation.StockHold("wh", "A", 4));
        });
        assertThat(engine.stock("store", "A").held()).isZero();
        assertThat(engine.stock("wh", "A").held()).isEqualTo(4);
        assertThat(engine.slot("store", SLOT).held()).isZero();
        assertThat(repeated(engine.replace("o1", plan("wh", "A:4")))).isTrue();
    }

    @Test
    void replaceCountsTheOrdersOwnHoldsAsFreeAndKeepsThemWhenRefused() {
        engine.reserve("o1", plan("store", "A:5"));
        assertThat(engine.replace("o1", plan("store", "A:4")).isReserved()).isTrue();
        assertThat(engine.stock("store", "A").held()).isEqualTo(4);
        assertThat(reasons(engine.replace("o1", plan("store", "A:6")))).containsExactly(Reason.STOCK_SHORT);
        assertThat(engine.stock("store", "A").held()).isEqualTo(4);
        assertThat(engine.reservation("o1").orElseThrow().expiresAt()).contains(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void handOffMovesTheHeldUnitsOutOfHeldAndOnHandAndThePreparationIntoTheLoad() {
        engine.reserve("o1", plan("store", "A:2,B:1"));
        engine.confirm("o1");
        Optional<Reservation> handed = engine.handOff("o1");
        assertThat(handed).hasValueSatisfying(r -> assertThat(r.stock()).hasSize(2));
        StockState a = engine.stock("store", "A");
        assertThat(List.of(a.onHand(), a.held(), (int) a.available())).containsExactly(4, 0, 3);
        assertThat(engine.stock("store", "B").onHand()).isEqualTo(2);
        SlotState slot = engine.slot("store", SLOT);
        assertThat(List.of(slot.load(), slot.held())).containsExactly(1, 0);
        assertThat(engine.reservation("o1")).isEmpty();
        assertThat(engine.handOff("o1")).isEmpty();
    }

    @Test
    void handOffOfAHoldNotConfirmedIsRefusedAndChangesNothing() {
        engine.reserve("o1", plan("store", "A:2"));
        assertThatThrownBy(() -> engine.handOff("o1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not confirmed");
        assertThat(engine.stock("store", "A").onHand()).isEqualTo(6);
        assertThat(engine.stock("store", "A").held()).isEqualTo(2);
        assertThat(engine.reservation("o1")).isPresent();
    }

    @Test
    void handOffOfUnitsStillToComeIsRefusedAndChangesNothing() {
        engine.addSupply("po-1", new Supply("wh", "LAST", 5, START.minusSeconds(60)));
        engine.reserve("o1", plan("wh", "LAST:3"));
        engine.confirm("o1");
        assertThatThrownBy(() -> engine.handOff("o1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only 1 are on hand");
        assertThat(engine.stock("wh", "LAST").held()).isEqualTo(3);
        assertThat(engine.reservation("o1")).isPresent();
    }

    @Test
    void reservationsAreListedByOrderIdPageByPage() {
        for (String id : List.of("c", "a", "e", "b")) {
            assertThat(engine.reserve(id, plan("wh", "A:1"), Duration.ofHours(1)).isReserved()).isTrue();
        }
        engine.confirm("e");
        List<String> seen = new ArrayList<>();
        String after = "";
        for (List<Reservation> page; !(page = engine.reservations(after, 2)).isEmpty(); ) {
            assertThat(page.size()).isLessThanOrEqualTo(2);
            page.forEach(r -> seen.add(r.orderId()));
            after = page.get(page.size() - 1).orderId();
        }
        assertThat(seen).containsExactly("a", "b", "c", "e");
        assertThatThrownBy(() -> engine.reservations("", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
    }

    @Test
    void reservationsListNoHoldLapsedByTheClock() {
        assertThat(engine.reserve("a", plan("wh", "A:1"), Duration.ofMinutes(5)).isReserved()).isTrue();
        assertThat(engine.reserve("b", plan("wh", "A:1"), Duration.ofHours(1)).isReserved()).isTrue();
        assertThat(engine.reserve("c", plan("wh", "A:1"), Duration.ofMinutes(5)).isReserved()).isTrue();
        engine.confirm("c");
        clock.advance(Duration.ofMinutes(5).minusMillis(1));
        assertThat(engine.reservations("", 10)).extracting(Reservation::orderId).containsExactly("a", "b", "c");
        clock.advance(Duration.ofMillis(1)); // a's expiry, included: a lapsed hold is not held
        assertThat(engine.reservations("", 10)).extracting(Reservation::orderId).containsExactly("b", "c");
        assertThat(engine.reservations("", 1)).extracting(Reservation::orderId).containsExactly("b");
        assertThat(engine.reservation("a")).isEmpty();
        assertThat(engine.stock("wh", "A").held()).isEqualTo(2);
    }

    @Test
    void aPlanNamingAnOriginOrASkuTwiceIsRefusedAsInvalid() {
        assertThat(reasons(engine.reserve("o1", plan("store", "B:3", "store", "B:3"))))
                .containsExactly(Reason.INVALID_PLAN);
        assertThat(reasons(engine.reserve("o2", plan("store", "B:2,B:2")))).containsExactly(Reason.INVALID_PLAN);
        assertThat(engine.stock("store", "B").held()).isZero();
        assertThat(engine.stock("store", "B").available()).isEqualTo(3);
        assertThat(engine.reservations("", 10)).isEmpty();
    }

    @Test
    void anUnknownOriginIsRefused() {
        ReservationResult r = engine.reserve("o1", plan("nowhere", "A:1"));
        assertThat(((ReservationResult.Refused) r).refusals()).extracting(Refusal::reason, Refusal::location)
                .containsExactly(tuple(Reason.UNKNOWN_LOCATION, "nowhere"));
        assertThat(engine.reservation("o1")).isEmpty();
    }

    @Test
    void anUnknownOriginIsListedWithTheShortagesOfTheOthers() {
        assertThat(engine.reserve("o1", plan("wh", "LAST:1")).isReserved()).isTrue();
        ReservationResult r = engine.reserve("o2", plan("nowhere", "A:1", "wh", "LAST:1"));
        assertThat(reasons(r)).containsExactly(Reason.UNKNOWN_LOCATION, Reason.STOCK_SHORT);
        assertThat(engine.reservation("o2")).isEmpty();
        assertThat(engine.stock("wh", "LAST").held()).isEqualTo(1);
    }

    @Test
    void heldNeverOverflowsPastTheLargestInt() {
        // quantities are at most Limits.MAX_QUANTITY (1e9), but three such supplies hold more than an int counts
        int max = io.promiseengine.model.Limits.MAX_QUANTITY;
        engine.addSupply("s1", new Supply("wh", "BIG", max, START.minusSeconds(60)));
        engine.addSupply("s2", new Supply("wh", "BIG", max, START.minusSeconds(30)));
        engine.addSupply("s3", new Supply("wh", "BIG", max, START.minusSeconds(20)));
        assertThat(engine.reserve("o1", plan("wh", "BIG:" + max)).isReserved()).isTrue();
        assertThat(engine.reserve("o2", plan("wh", "BIG:" + max)).isReserved()).isTrue();
        ReservationResult third = engine.reserve("o3", plan("wh", "BIG:" + max));
        assertThat(reasons(third)).containsExactly(Reason.STOCK_SHORT);
        assertThat(engine.stock("wh", "BIG").held()).isEqualTo(2 * max);
        assertThat(engine.reservation("o3")).isEmpty();
    }

    @Test
    void supplyIsAddedUnderAUniqueIdAndCancelled() {
        engine.addSupply("po-1", new Supply("wh", "LAST", 2, START.minusSeconds(60)));
        assertThatThrownBy(() -> engine.addSupply("po-1", new Supply("wh", "A", 2, START)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("po-1");
        assertThat(engine.reserve("o1", plan("wh", "LAST:3")).isReserved()).isTrue();
        assertThat(engine.stock("wh", "LAST").supply()).hasSize(1);
        assertThat(engine.cancelSupply("po-1")).isTrue();
        assertThat(engine.cancelSupply("po-1")).isFalse();
        assertThat(engine.stock("wh", "LAST").supply()).isEmpty();
        assertThat(engine.stock("wh", "LAST").available()).isEqualTo(-2);
    }

    @Test
    void stockWritesKeepTheHoldsAndRefuseWhatCannotBe() {
        engine.reserve("o1", plan("store", "A:2"));
        StockState s = engine.setStock(new StockLevel("store", "A", 10, 1, 1));
        assertThat(List.of(s.onHand(), s.reserved(), s.safety(), s.held())).containsExactly(10, 1, 1, 2);
        assertThat(engine.adjustOnHand("store", "A", -4).onHand()).isEqualTo(6);
        assertThatThrownBy(() -> engine.adjustOnHand("store", "A", -7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("would be -1");
        assertThatThrownBy(() -> engine.setStock(StockLevel.of("nowhere", "A", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
        assertThat(engine.stock("store", "A").onHand()).isEqualTo(6);
    }

    @Test
    void slotLoadAndCapacityCountWithTheHolds() {
        engine.setSlotLoad(new SlotLoad("store", SLOT, 1));
        engine.reserve("o1", plan("store", "A:1"));
        assertThat(reasons(engine.reserve("o2", plan("store", "B:1")))).containsExactly(Reason.SLOT_FULL);
        SlotState s = engine.setSlotCapacity("store", SLOT, 3);
        assertThat(List.of(s.load(), s.held(), s.capacity())).containsExactly(1, 1, 3);
        assertThat(engine.reserve("o2", plan("store", "B:1")).isReserved()).isTrue();
        assertThatThrownBy(() -> engine.setSlotCapacity("store", SLOT.plusSeconds(60), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the start");
    }

    @Test
    void aNewNetworkVersionKeepsTheLiveStockAndTheHolds() {
        engine.reserve("o1", plan("store", "A:2"));
        engine.adjustOnHand("wh", "A", 1);
        engine.publish(network());
        assertThat(engine.networkVersion()).isEqualTo(2);
        assertThat(engine.stock("store", "A").held()).isEqualTo(2);
        assertThat(engine.stock("wh", "A").onHand()).isEqualTo(5);
        assertThat(engine.reservation("o1")).isPresent();
    }

    @Test
    void theLiveNetworkHasTheLiveStockSupplyAndLoad() {
        engine.adjustOnHand("wh", "A", -1);
        engine.addSupply("po-1", new Supply("store", "B", 4, START));
        engine.setSlotLoad(new SlotLoad("store", SLOT, 1));
        Network live = engine.liveNetwork();
        assertThat(live.stock()).contains(StockLevel.of("wh", "A", 3), new StockLevel("store", "A", 6, 0, 1));
        assertThat(live.supply()).containsExactly(new Supply("store", "B", 4, START));
        assertThat(live.load()).containsExactly(new SlotLoad("store", SLOT, 1));
        assertThat(engine.liveNetwork()).isEqualTo(live);
    }

    @Test
    void badArgumentsAreRefusedNamingThem() {
        assertThatThrownBy(() -> engine.reserve("o1", plan("store", "A:1"), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hold");
        assertThatThrownBy(() -> engine.reserve("o1", plan("store", "A:1"), Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hold");
        assertThat(engine.reservation("o1")).isEmpty();
    }

    /** Eight threads race for 4 units and 2 preparations: never more held than available, every success listed. */
    @Test
    void concurrentReservationsNeverTakeMoreThanThereIs() throws Exception {
        Map<String, Boolean> reserved = race(6, (id, i, held) -> {
            String sku = i % 2 == 0 ? "A" : "LAST";
            ReservationResult r = engine.reserve(id, plan("wh", sku + ":1"));
            r = engine.reserve(id, plan("wh", sku + ":1")); // a retry: repeated when reserved
            if (r.isReserved()) {
                assertThat(((ReservationResult.Reserved) r).repeated()).isTrue();
                held.put(id, true);
            }
            if (i == 3) {
                engine.release(id);
                held.remove(id);
            }
        });
        int heldA = 0;
        int heldLast = 0;
        for (String id : reserved.keySet()) {
            Reservation r = engine.reservation(id).orElseThrow();
            int q = r.stock().get(0).quantity();
            if (r.stock().get(0).sku().equals("A")) {
                heldA += q;
            } else {
                heldLast += q;
            }
        }
        assertThat(engine.stock("wh", "A").held()).isEqualTo(heldA).isLessThanOrEqualTo(4);
        assertThat(engine.stock("wh", "LAST").held()).isEqualTo(heldLast).isLessThanOrEqualTo(1);
        assertThat(engine.reservations("", 100)).hasSize(reserved.size());
    }

    /** One order's turn in a {@link #race}: its id ({@code t<thread>-<i>}), its round, the orders holding now. */
    private interface RaceStep {
        void run(String id, int i, Map<String, Boolean> reserved) throws Exception;
    }

    /**
     * Eight threads started together, each running {@code rounds} steps; the orders the steps left holding.
     */
    private static Map<String, Boolean> race(int rounds, RaceStep step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Map<String, Boolean> reserved = new ConcurrentHashMap<>();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < rounds; i++) {
                        step.run("t" + thread + "-" + i, i, reserved);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            return reserved;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- delivery windows (docs/SPEC.md 4.7, docs/LIVE-STATE.md "Window drops")

    public static final String VANS = "vans";
    /** Thursday 18:00 to 20:00 in Paris: the first window an order at {@link #NOW} can make. */
    public static final Instant WINDOW = Instant.parse("2026-09-17T16:00:00Z");
    public static final Instant WINDOW_END = Instant.parse("2026-09-17T18:00:00Z");
    /** Friday 08:00 in Paris, the next window. */
    public static final Instant NEXT_WINDOW = Instant.parse("2026-09-18T06:00:00Z");

    /**
     * {@link #network()} with the store shipping and a SCHEDULED service {@code vans} from both locations: windows
     * 08-10, 10-12 and 18-20 Monday to Saturday, zone 75 (2 h lead time, 2 drops a window, Friday 08:00 already
     * holding one) and zone 69 (1 drop); stock W of 100 units at wh.
     */
    public static Network windowNetwork() {
        return Network.builder(PARIS)
                .postalCode("75011", Position.of(48.86, 2.38))
                .location(Location.builder("store", LocationKind.STORE, Position.of(48.85, 2.35))
                        .preparation(Preparation.of(Duration.ofMinutes(30), Duration.ofHours(1), 2)).collect(true).ship(true).build())
                .location(Location.builder("wh", LocationKind.WAREHOUSE, Position.of(45.75, 4.85)).build())
                .service(ScheduledService.builder(VANS, "Our vans").origins("store", "wh")
                        .windows("MON-SAT", "08:00-10:00", "10:00-12:00", "18:00-20:00")
                        .zone("75", "PT2H", 2).zone("69", "PT2H", 1).build())
                .windowLoad(new WindowLoad(VANS, "75", NEXT_WINDOW, 1))
                .stock(new StockLevel("store", "A", 6, 0, 1))
                .stock(StockLevel.of("store", "B", 3))
                .stock(StockLevel.of("wh", "A", 4))
                .stock(StockLevel.of("wh", "LAST", 1))
                .stock(StockLevel.of("wh", "W", 100))
                .build();
    }

    /** A SCHEDULED plan by hand: one shipment as {@link #plan} builds it, for the window {@code [start, end)} in a zone. */
    public static Fulfilment windowPlan(String origin, String lines, Instant start, Instant end, String zone) {
        return new Fulfilment(Method.SCHEDULED, VANS, "", end, LocalDate.ofInstant(start, PARIS), 1.0, BigDecimal.ZERO,
                plan(origin, lines).shipments(), Optional.of(new Fulfilment.Window(start, end, zone)));
    }

    private static Fulfilment windowPlan(String origin, String lines) {
        return windowPlan(origin, lines, WINDOW, WINDOW_END, "75");
    }

    private void useWindowNetwork() {
        engine.close();
        engine = newEngine(windowNetwork(), clock);
    }

    private QuoteRequest windowQuote() {
        return QuoteRequest.builder(NOW, Destination.postalCode("75011")).line("W", 1).methods(Method.SCHEDULED).build();
    }

    @Test
    void aScheduledPlanHoldsOneDropOfItsWindowWithTheStockAndTheSlot() {
        useWindowNetwork();
        assertThat(engine.window(VANS, "75", WINDOW)).isEqualTo(new WindowState(VANS, "75", WINDOW, 0, 0, 2));
        ReservationResult r = engine.reserve("o1", windowPlan("store", "A:1"));
        assertThat(repeated(r)).isFalse();
        Reservation res = ((ReservationResult.Reserved) r).reservation();
        assertThat(res.windows()).containsExactly(new Reservation.WindowHold(VANS, "75", WINDOW));
        assertThat(res.stock()).containsExactly(new Reservation.StockHold("store", "A", 1));
        assertThat(res.slots()).containsExactly(new Reservation.SlotHold("store", SLOT));
        assertThat(engine.window(VANS, "75", WINDOW)).isEqualTo(new WindowState(VANS, "75", WINDOW, 0, 1, 2));
        assertThat(engine.window(VANS, "69", WINDOW).held()).isZero(); // another zone, another count
        assertThat(engine.reservation("o1")).contains(res);
        assertThat(engine.reservations("", 10)).containsExactly(res);
        // the network's windowLoad counts: Friday 08:00 has one drop left
        assertThat(engine.window(VANS, "75", NEXT_WINDOW)).isEqualTo(new WindowState(VANS, "75", NEXT_WINDOW, 1, 0, 2));
    }

    @Test
    void aWindowFullOfHoldsIsNoLongerOfferedAndIsRefused() {
        useWindowNetwork();
        assertThat(engine.quote(windowQuote()).options().get(0).windows().get(0).start()).isEqualTo(WINDOW);
        assertThat(engine.reserve("o1", windowPlan("wh", "W:1")).isReserved()).isTrue();
        assertThat(engine.quote(windowQuote()).options().get(0).windows().get(0).start()).isEqualTo(WINDOW);
        assertThat(engine.reserve("o2", windowPlan("wh", "W:1")).isReserved()).isTrue();
        assertThat(engine.quote(windowQuote()).options().get(0).windows()).extracting(w -> w.start())
                .doesNotContain(WINDOW).startsWith(NEXT_WINDOW);
        ReservationResult r = engine.reserve("o3", windowPlan("wh", "W:1"));
        assertThat(((ReservationResult.Refused) r).refusals())
                .extracting(Refusal::reason, Refusal::location, Refusal::slot, Refusal::detail)
                .containsExactly(tuple(Reason.WINDOW_FULL, "wh", Optional.of(WINDOW),
                        "the window of vans starting 2026-09-17T16:00:00Z is full in zone \"75\" (2 of 2)"));
        // the last drop of Friday 08:00 (one booked in the network) goes to one order only
        assertThat(engine.reserve("o4", windowPlan("wh", "W:1", NEXT_WINDOW, NEXT_WINDOW.plusSeconds(7200), "75")).isReserved()).isTrue();
        assertThat(reasons(engine.reserve("o5", windowPlan("wh", "W:1", NEXT_WINDOW, NEXT_WINDOW.plusSeconds(7200), "75"))))
                .containsExactly(Reason.WINDOW_FULL);
        assertThat(engine.window(VANS, "75", WINDOW).held()).isEqualTo(2);
        assertThat(engine.stock("wh", "W").held()).isEqualTo(3);
    }

    @Test
    void theSameScheduledPlanAgainIsRepeatedAtTheLastDrop() {
        useWindowNetwork();
        engine.reserve("o1", windowPlan("wh", "W:1"));
        assertThat(repeated(engine.reserve("o2", windowPlan("wh", "W:2")))).isFalse();
        assertThat(repeated(engine.reserve("o2", windowPlan("wh", "W:2")))).isTrue();
        assertThat(engine.window(VANS, "75", WINDOW).held()).isEqualTo(2);
        // the same stock in another window is another plan
        assertThat(reasons(engine.reserve("o2", windowPlan("wh", "W:2", NEXT_WINDOW, NEXT_WINDOW.plusSeconds(7200), "75"))))
                .containsExactly(Reason.ORDER_ID_IN_USE);
        assertThat(engine.stock("wh", "W").held()).isEqualTo(3);
    }

    @Test
    void anExpiredHoldGivesItsDropBack() {
        useWindowNetwork();
        engine.reserve("o1", windowPlan("wh", "W:1"), Duration.ofSeconds(10));
        engine.reserve("o2", windowPlan("wh", "W:1"));
        assertThat(reasons(engine.reserve("o3", windowPlan("wh", "W:1")))).containsExactly(Reason.WINDOW_FULL);
        clock.advance(Duration.ofSeconds(10));
        assertThat(engine.window(VANS, "75", WINDOW).held()).isEqualTo(1);
        assertThat(engine.reserve("o3", windowPlan("wh", "W:1")).isReserved()).isTrue();
        assertThat(engine.window(VANS, "75", WINDOW).held()).isEqualTo(2);
        assertThat(engine.stock("wh", "W").held()).isEqualTo(2);
    }

    @Test
    void aShortStockTakesNoDropAndAFullWindowNoStock() {
        useWindowNetwork();
        ReservationResult r = engine.reserve("o1", windowPlan("wh", "LAST:2"));
        assertThat(reasons(r)).containsExactly(Reason.STOCK_SHORT);
        assertThat(engine.window(VANS, "75", WINDOW).held()).isZero();
        engine.reserve("a", windowPlan("wh", "W:1"));
        engine.reserve("b", windowPlan("wh", "W:1"));
        assertThat(reasons(engine.reserve("o1", windowPlan("store", "A:6"))))
                .containsExactly(Reason.STOCK_SHORT, Reason.WINDOW_FULL);
        assertThat(reasons(engine.reserve("o1", windowPlan("wh", "LAST:1")))).containsExactly(Reason.WINDOW_FULL);
        assertThat(engine.stock("wh", "LAST").held()).isZero();
        assertThat(engine.stock("store", "A").held()).isZero();
        assertThat(engine.slot("store", SLOT).held()).isZero();
        assertThat(engine.window(VANS, "75", WINDOW).held()).isEqualTo(2);
    }

    @Test
    void releaseConfirmReplaceAndHandOffCarryTheDrop() {
        useWindowNetwork();
        engine.reserve("o1", windowPlan("wh", "W:1"));
        assertThat(engine.release("o1")).isTrue();
        assertThat(engine.window(VANS, "75", WINDOW).held()).isZero();
        engine.reserve("o1", windowPlan("wh", "W:1"));
        assertThat(engine.confirm("o1")).hasValueSatisfying(r -> assertThat(r.windows()).hasSize(1));
        // moved to the next window: the drop moves with it, the confirmation stays
        Fulfilment moved = windowPlan("wh", "W:1", NEXT_WINDOW, NEXT_WINDOW.plusSeconds(7200), "75");
        assertThat(engine.replace("o1", moved).isReserved()).isTrue();
        assertThat(engine.window(VANS, "75", WINDOW).held()).isZero();
        assertThat(engine.window(VANS, "75", NEXT_WINDOW)).isEqualTo(new WindowState(VANS, "75", NEXT_WINDOW, 1, 1, 2));
        assertThat(engine.reservation("o1")).hasValueSatisfying(r -> assertThat(r.confirmed()).isTrue());
        // the window now full, a replacement into it is refused and keeps what the order holds
        engine.reserve("x", windowPlan("wh", "W:1"));
        engine.reserve("y", windowPlan("wh", "W:1"));
        assertThat(reasons(engine.replace("o1", windowPlan("wh", "W:1")))).containsExactly(Reason.WINDOW_FULL);
        assertThat(engine.window(VANS, "75", NEXT_WINDOW).held()).isEqualTo(1);
        assertThat(engine.handOff("o1")).isPresent();
        assertThat(engine.window(VANS, "75", NEXT_WINDOW)).isEqualTo(new WindowState(VANS, "75", NEXT_WINDOW, 2, 0, 2));
        assertThat(engine.liveNetwork().windowLoad()).containsExactly(new WindowLoad(VANS, "75", NEXT_WINDOW, 2));
    }

    @Test
    void aWindowsCapacityCutRefusesNewDropsAndKeepsTheHeldOnes() {
        useWindowNetwork();
        engine.reserve("o1", windowPlan("wh", "W:1"));
        assertThat(engine.setWindowCapacity(VANS, "75", WINDOW, 0)).isEqualTo(new WindowState(VANS, "75", WINDOW, 0, 1, 0));
        assertThat(reasons(engine.reserve("o2", windowPlan("wh", "W:1")))).containsExactly(Reason.WINDOW_FULL);
        assertThat(engine.quote(windowQuote()).options().get(0).windows().get(0).start()).isEqualTo(NEXT_WINDOW);
        assertThat(engine.reservation("o1")).isPresent();
        assertThatThrownBy(() -> engine.setWindowCapacity(VANS, "75", WINDOW.plusSeconds(60), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the start of a window of \"vans\"");
        assertThatThrownBy(() -> engine.window(VANS, "13", WINDOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zone \"13\" is not a zone of \"vans\"");
    }

    @Test
    void aScheduledPlanWithoutAWindowOfItsServiceIsRefusedAsInvalid() {
        useWindowNetwork();
        Fulfilment noWindow = new Fulfilment(Method.SCHEDULED, VANS, "", WINDOW_END, LocalDate.of(2026, 9, 17), 1.0,
                BigDecimal.ZERO, plan("wh", "W:1").shipments());
        assertThat(details(engine.reserve("o1", noWindow)))
                .containsExactly("window: a SCHEDULED plan names the delivery window chosen");
        assertThat(details(engine.reserve("o1", windowPlan("wh", "W:1", WINDOW, WINDOW_END.plusSeconds(60), "75"))))
                .containsExactly("window: 2026-09-17T16:00:00Z to 2026-09-17T18:01:00Z is not a window of vans");
        assertThat(details(engine.reserve("o1", windowPlan("wh", "W:1", WINDOW, WINDOW_END, "13"))))
                .containsExactly("window.zone: service \"vans\" has no zone with to \"13\"");
        // ready at 14:40 Paris with a 2-hour lead time: the 10:00-12:00 window is out of reach
        assertThat(details(engine.reserve("o1", windowPlan("wh", "W:1", Instant.parse("2026-09-17T08:00:00Z"),
                Instant.parse("2026-09-17T10:00:00Z"), "75"))))
                .containsExactly("shipments[0]: ready at 2026-09-17T12:40:00Z, wh cannot make the window 2026-09-17T08:00:00Z (lead time PT2H)");
        Fulfilment two = new Fulfilment(Method.SCHEDULED, VANS, "", WINDOW_END, LocalDate.of(2026, 9, 17), 1.0,
                BigDecimal.ZERO, plan("wh", "W:1", "store", "A:1").shipments(), Optional.of(new Fulfilment.Window(WINDOW, WINDOW_END, "75")));
        assertThat(details(engine.reserve("o1", two)))
                .containsExactly("shipments: a SCHEDULED plan is one drop from one origin, was 2 shipments");
        assertThat(engine.window(VANS, "75", WINDOW).held()).isZero();
        assertThat(engine.stock("wh", "W").held()).isZero();
        assertThat(engine.reservation("o1")).isEmpty();
    }

    private static List<String> details(ReservationResult r) {
        assertThat(r).isInstanceOf(ReservationResult.Refused.class);
        assertThat(((ReservationResult.Refused) r).refusals()).extracting(Refusal::reason).containsOnly(Reason.INVALID_PLAN);
        return ((ReservationResult.Refused) r).refusals().stream().map(Refusal::detail).toList();
    }

    /**
     * Eight threads race for the 2 drops of a window (stock plentiful), each order retried: exactly 2 orders hold
     * a drop, every retry of a winner is repeated, the others are refused WINDOW_FULL; then the drops of released
     * orders go to others, never past the capacity.
     */
    @Test
    void theLastDropsOfAWindowRacedByThreadsAreNeverOversold() throws Exception {
        useWindowNetwork();
        Map<String, Boolean> reserved = race(4, (id, i, held) -> {
            ReservationResult r = engine.reserve(id, windowPlan("wh", "W:1"));
            if (r.isReserved()) {
                // the retry of a winner, at the last drop: repeated (a loser's retry may win a drop freed since)
                assertThat(repeated(engine.reserve(id, windowPlan("wh", "W:1")))).isTrue();
                held.put(id, true);
                if (i % 2 == 0) {
                    assertThat(engine.release(id)).isTrue();
                    held.remove(id);
                }
            } else {
                assertThat(reasons(r)).containsExactly(Reason.WINDOW_FULL);
            }
        });
        assertThat(reserved).hasSizeLessThanOrEqualTo(2);
        assertThat(engine.window(VANS, "75", WINDOW).held()).isEqualTo(reserved.size());
        assertThat(engine.stock("wh", "W").held()).isEqualTo(reserved.size());
        assertThat(engine.reservations("", 100)).extracting(Reservation::orderId)
                .containsExactlyInAnyOrderElementsOf(reserved.keySet());
    }
}
