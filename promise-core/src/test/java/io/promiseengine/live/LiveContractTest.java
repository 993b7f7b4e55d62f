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

import io.promiseengine.model.Method;
import io.promiseengine.model.SlotLoad;
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.Supply;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.Order;
import io.promiseengine.plan.PlanResult;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.promiseengine.live.ReservationFixtures.SLOT;
import static io.promiseengine.live.ReservationFixtures.network;
import static io.promiseengine.live.ReservationFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Parts of the live engine's contract the larger tests leave unchecked (found by mutation testing,
 * docs/TESTING.md): the builder's hold, what writes return, the limits of {@code adjustOnHand}, {@code replace}
 * of an order holding nothing, the values' derived fields, and a plan that no longer exists.
 */
class LiveContractTest {

    private static final Instant NOW = Instant.parse("2026-09-17T11:00:00Z");

    @Test
    void holdForSetsTheExpiryOfAReservation_andMustBePositive() {
        MutableClock clock = new MutableClock(NOW);
        PromiseEngine engine = PromiseEngine.builder(network()).clock(clock).holdFor(Duration.ofMinutes(5)).build();
        ReservationResult r = engine.reserve("o", plan("store", "A:1"));
        assertThat(((ReservationResult.Reserved) r).reservation().expiresAt()).contains(NOW.plus(Duration.ofMinutes(5)));
        assertThat(((ReservationResult.Reserved) r).reservation().confirmed()).isFalse();
        clock.advance(Duration.ofMinutes(5));
        assertThat(engine.stock("store", "A").held()).as("lapsed at its expiry, seen by a read").isZero();
        assertThatThrownBy(() -> PromiseEngine.builder(network()).holdFor(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holdFor").hasMessageContaining("PT0S");
        assertThatThrownBy(() -> PromiseEngine.builder(network()).holdFor(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1S");
    }

    @Test
    void writesAnswerTheStateTheyLeave() {
        PromiseEngine engine = PromiseEngine.builder(network()).clock(new MutableClock(NOW)).build();
        StockState s = engine.addSupply("po-1", new Supply("store", "B", 4, NOW.plusSeconds(3600)));
        assertThat(s.location()).isEqualTo("store");
        assertThat(s.sku()).isEqualTo("B");
        assertThat(s.supply()).containsExactly(new Supply("store", "B", 4, NOW.plusSeconds(3600)));
        SlotState slot = engine.setSlotLoad(new SlotLoad("store", SLOT, 1));
        assertThat(slot.load()).isEqualTo(1);
        assertThat(slot.capacity()).isEqualTo(2);
        assertThat(slot.hasRoom()).isTrue();
        engine.reserve("o", plan("store", "A:1"));
        assertThat(engine.slot("store", SLOT).hasRoom()).as("load 1 + held 1 of 2").isFalse();
    }

    @Test
    void onHandMayBeAdjustedDownToZeroButNotBelow() {
        PromiseEngine engine = PromiseEngine.builder(network()).clock(new MutableClock(NOW)).build();
        assertThat(engine.adjustOnHand("store", "B", -3).onHand()).isZero();
        assertThatThrownBy(() -> engine.adjustOnHand("store", "B", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThat(engine.stock("store", "B").onHand()).isZero();
    }

    @Test
    void onHandMayBeAdjustedUpToTheQuantityBoundButNotPast() {
        // 1,000,000,000 (docs/LIMITS.md): past it the live network could not be described (liveNetwork() refused it)
        PromiseEngine engine = PromiseEngine.builder(network()).clock(new MutableClock(NOW)).build();
        assertThat(engine.adjustOnHand("store", "B", 1_000_000_000 - 3).onHand()).isEqualTo(1_000_000_000);
        assertThatThrownBy(() -> engine.adjustOnHand("store", "B", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1000000001");
        assertThat(engine.stock("store", "B").onHand()).isEqualTo(1_000_000_000);
        assertThat(engine.liveNetwork().stock()).anySatisfy(s -> assertThat(s.onHand()).isEqualTo(1_000_000_000));
    }

    @Test
    void replaceOfAnOrderHoldingNothingReservesAsReserveDoes() {
        PromiseEngine engine = PromiseEngine.builder(network()).clock(new MutableClock(NOW)).build();
        ReservationResult r = engine.replace("new", plan("wh", "A:2"));
        assertThat(r).isInstanceOfSatisfying(ReservationResult.Reserved.class, ok -> {
            assertThat(ok.repeated()).isFalse();
            assertThat(ok.reservation().expiresAt()).contains(NOW.plus(Duration.ofMinutes(30)));
        });
        assertThat(engine.stock("wh", "A").held()).isEqualTo(2);
    }

    @Test
    void stockAvailableIsWhatMayStillBePromised() {
        assertThat(new StockState("l", "s", 10, 2, 1, 3, List.of()).available()).isEqualTo(4);
        assertThat(new StockState("l", "s", 1, 2, 1, 3, List.of()).available()).as("held waiting for supply").isEqualTo(-3);
        assertThat(new SlotState("l", SLOT, 1, 1, 3).hasRoom()).isTrue();
        assertThat(new SlotState("l", SLOT, 2, 1, 3).hasRoom()).isFalse();
    }

    @Test
    void aPromiseWhoseStockIsGoneHasNoPlan_andSaysWhy() {
        PromiseEngine engine = PromiseEngine.builder(network()).clock(new MutableClock(NOW)).build();
        assertThat(engine.planner(RuleSet.none()).rules()).isSameAs(RuleSet.none());
        QuoteRequest request = QuoteRequest.builder(NOW, Destination.position(io.promiseengine.model.Position.of(48.85, 2.35))).methods(Method.COLLECT)
                .collectAt(List.of("store")).line("A", 1).build();
        Order order = Order.of("o", request);
        PromiseOption option = engine.quote(order).options().get(0);
        assertThat(engine.planner().plan(order, option).isPlanned()).isTrue();
        engine.setStock(StockLevel.of("store", "A", 0));
        engine.setStock(StockLevel.of("wh", "A", 0));
        PlanResult none = engine.planner().plan(order, option);
        assertThat(none.isPlanned()).isFalse();
        assertThat(none.fulfilment()).isEmpty();
        assertThat(((PlanResult.Unplanned) none).detail()).contains("order o").contains(option.promisedAt().toString());
        assertThat(((PlanResult.Unplanned) none).rejected()).isNotEmpty();
        Optional<Fulfilment> byHand = engine.planner().evaluate(order, option, java.util.Map.of("A", "store"));
        assertThat(byHand).isEmpty();
    }
}
