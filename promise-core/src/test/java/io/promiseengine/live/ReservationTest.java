package io.promiseengine.live;

import io.promiseengine.live.ReservationResult.Reason;
import io.promiseengine.live.ReservationResult.Refusal;
import io.promiseengine.model.Supply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.promiseengine.live.ReservationFixtures.SLOT;
import static io.promiseengine.live.ReservationFixtures.network;
import static io.promiseengine.live.ReservationFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

class ReservationTest {

    private MutableClock clock;
    private PromiseEngine engine;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2026-09-17T12:00:00Z"));
        engine = PromiseEngine.builder(network()).clock(clock).build();
    }

    @Test
    void reserveTakesStockAndTheStartSlot() {
        ReservationResult r = engine.reserve("o1", plan("store", "A:2,B:1", "wh", "A:1"));
        assertThat(r.isReserved()).isTrue();
        assertThat(engine.stock("store", "A").held()).isEqualTo(2);
        assertThat(engine.stock("store", "A").available()).isEqualTo(3); // 6 - 1 safety - 2
        assertThat(engine.stock("store", "B").held()).isEqualTo(1);
        assertThat(engine.stock("wh", "A").held()).isEqualTo(1);
        assertThat(engine.slot("store", SLOT).held()).isEqualTo(1);
        Reservation res = ((ReservationResult.Reserved) r).reservation();
        assertThat(res.slots()).containsExactly(new Reservation.SlotHold("store", SLOT));
        assertThat(res.expiresAt()).contains(Instant.parse("2026-09-17T12:30:00Z"));
    }

    @Test
    void theSameOrderAndPlanAgainChangesNothing() {
        engine.reserve("o1", plan("store", "A:2"));
        ReservationResult again = engine.reserve("o1", plan("store", "A:2"));
        assertThat(again).isInstanceOf(ReservationResult.Reserved.class);
        assertThat(((ReservationResult.Reserved) again).repeated()).isTrue();
        assertThat(engine.stock("store", "A").held()).isEqualTo(2);
        assertThat(engine.slot("store", SLOT).held()).isEqualTo(1);
    }

    @Test
    void theSameOrderWithAnotherPlanIsRefused() {
        engine.reserve("o1", plan("store", "A:2"));
        ReservationResult other = engine.reserve("o1", plan("store", "A:3"));
        assertThat(other.isReserved()).isFalse();
        assertThat(((ReservationResult.Refused) other).refusals()).extracting(Refusal::reason)
                .containsExactly(Reason.ORDER_ID_IN_USE);
        assertThat(engine.stock("store", "A").held()).isEqualTo(2);
    }

    @Test
    void aRefusalNamesEveryShortageAndFullSlotAndChangesNothing() {
        engine.reserve("o1", plan("store", "B:1"));
        engine.reserve("o2", plan("store", "B:1"));
        ReservationResult r = engine.reserve("o3", plan("store", "A:6,B:1", "wh", "A:5"));
        assertThat(r.isReserved()).isFalse();
        assertThat(((ReservationResult.Refused) r).refusals())
                .extracting(Refusal::reason, Refusal::location, Refusal::sku)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Reason.STOCK_SHORT, "store", "A"),
                        org.assertj.core.groups.Tuple.tuple(Reason.SLOT_FULL, "store", ""),
                        org.assertj.core.groups.Tuple.tuple(Reason.STOCK_SHORT, "wh", "A"));
        assertThat(((ReservationResult.Refused) r).refusals().get(0).detail())
                .isEqualTo("needs 6 A at store by 2026-09-17T12:10:00Z, 5 available");
        assertThat(engine.stock("store", "A").held()).isZero();
        assertThat(engine.stock("wh", "A").held()).isZero();
        assertThat(engine.slot("store", SLOT).held()).isEqualTo(2);
    }

    @Test
    void supplyArrivedByTheStartCounts() {
        engine.addSupply("po", new Supply("wh", "A", 3, Instant.parse("2026-09-17T12:05:00Z")));
        assertThat(engine.reserve("o1", plan("wh", "A:7")).isReserved()).isTrue();
        engine.addSupply("late", new Supply("wh", "A", 5, Instant.parse("2026-09-17T12:20:00Z")));
        assertThat(engine.reserve("o2", plan("wh", "A:1")).isReserved()).isFalse();
    }

    @Test
    void releaseGivesEverythingBack() {
        engine.reserve("o1", plan("store", "A:2,B:1"));
        assertThat(engine.release("o1")).isTrue();
        assertThat(engine.release("o1")).isFalse();
        assertThat(engine.stock("store", "A").held()).isZero();
        assertThat(engine.stock("store", "B").held()).isZero();
        assertThat(engine.slot("store", SLOT).held()).isZero();
        assertThat(engine.reservation("o1")).isEmpty();
    }

    @Test
    void anUnconfirmedHoldLapsesAtItsExpiry() {
        engine.reserve("o1", plan("store", "A:2"));
        clock.advance(Duration.ofMinutes(30).minusSeconds(1));
        assertThat(engine.stock("store", "A").held()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(1));
        assertThat(engine.stock("store", "A").held()).isZero();
        assertThat(engine.slot("store", SLOT).held()).isZero();
        assertThat(engine.reservation("o1")).isEmpty();
        assertThat(engine.confirm("o1")).isEmpty();
    }

    @Test
    void aConfirmedHoldStaysUntilReleased() {
        engine.reserve("o1", plan("store", "A:2"), Duration.ofMinutes(5));
        assertThat(engine.confirm("o1")).hasValueSatisfying(r -> assertThat(r.confirmed()).isTrue());
        clock.advance(Duration.ofDays(2));
        assertThat(engine.stock("store", "A").held()).isEqualTo(2);
        assertThat(engine.release("o1")).isTrue();
        assertThat(engine.stock("store", "A").held()).isZero();
    }

    @Test
    void quotesSeeAHoldAtOnceAndItsLapse() {
        var request = io.promiseengine.quote.QuoteRequest.builder(Instant.parse("2026-09-17T12:10:00Z"),
                        io.promiseengine.quote.Destination.position(io.promiseengine.model.Position.of(48.85, 2.35)))
                .line("B", 3).methods(io.promiseengine.model.Method.COLLECT).collectAt("store").build();
        assertThat(engine.quote(request).options()).hasSize(1);
        engine.reserve("o1", plan("store", "B:1"));
        assertThat(engine.quote(request).options()).isEmpty();
        clock.advance(Duration.ofMinutes(30));
        assertThat(engine.quote(request).options()).hasSize(1);
    }

    @Test
    void holdsSurviveANewNetworkVersion() {
        engine.reserve("o1", plan("store", "A:2"));
        engine.publish(network());
        assertThat(engine.stock("store", "A").held()).isEqualTo(2);
        assertThat(engine.slot("store", SLOT).held()).isEqualTo(1);
        assertThat(engine.release("o1")).isTrue();
        assertThat(engine.stock("store", "A").held()).isZero();
    }

    @Test
    void replaceSwapsTheHoldsAndAConfirmedOrderStaysConfirmed() {
        engine.reserve("o1", plan("store", "A:3"));
        engine.confirm("o1");

        ReservationResult r = engine.replace("o1", plan("wh", "A:4"));

        assertThat(r.isReserved()).isTrue();
        assertThat(engine.stock("store", "A").held()).isZero();
        assertThat(engine.slot("store", SLOT).held()).isZero();
        assertThat(engine.stock("wh", "A").held()).isEqualTo(4);
        assertThat(engine.reservation("o1").orElseThrow().confirmed()).isTrue();
    }

    @Test
    void replaceCountsTheOrdersOwnHoldsAsFree() {
        engine.reserve("o1", plan("store", "A:4"));
        engine.reserve("o2", plan("store", "A:1"));          // nothing of A left at the store

        ReservationResult r = engine.replace("o1", plan("store", "A:4,B:3"));

        assertThat(r.isReserved()).isTrue();
        assertThat(engine.stock("store", "A").held()).isEqualTo(5);
        assertThat(engine.stock("store", "B").held()).isEqualTo(3);
        assertThat(engine.slot("store", SLOT).held()).isEqualTo(2);
    }

    @Test
    void aRefusedReplaceKeepsWhatTheOrderHeld() {
        engine.reserve("o1", plan("store", "A:2"));
        Reservation before = engine.reservation("o1").orElseThrow();

        ReservationResult r = engine.replace("o1", plan("wh", "A:5"));

        assertThat(((ReservationResult.Refused) r).refusals()).extracting(Refusal::reason).containsExactly(Reason.STOCK_SHORT);
        assertThat(engine.reservation("o1")).contains(before);
        assertThat(engine.stock("store", "A").held()).isEqualTo(2);
        assertThat(engine.stock("wh", "A").held()).isZero();
    }
}
