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

import io.promiseengine.internal.engine.DefaultPromiseEngine;
import io.promiseengine.model.Method;
import io.promiseengine.model.Position;
import io.promiseengine.model.SlotLoad;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.rules.RuleSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.promiseengine.live.LiveStoreContract.NEXT_WINDOW;
import static io.promiseengine.live.LiveStoreContract.NOW;
import static io.promiseengine.live.LiveStoreContract.SLOT;
import static io.promiseengine.live.LiveStoreContract.WINDOW;
import static io.promiseengine.live.LiveStoreContract.network;
import static io.promiseengine.live.LiveStoreContract.plan;
import static io.promiseengine.live.LiveStoreContract.windowNetwork;
import static io.promiseengine.live.LiveStoreContract.windowPlan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracker's view of what an order could have if it let go of its holds ({@link
 * DefaultPromiseEngine#withOwnHoldsFreed}, {@code Reservations.freed}): the order's own stock, preparation slots and
 * window drops given back, by the quantities it holds, and nobody else's; never published. Each case quotes in the
 * view what the order's holds decide, the values counted by hand from the contract's networks
 * ({@link LiveStoreContract#network()}, {@link LiveStoreContract#windowNetwork()}: the store prepares 2 orders an hour,
 * 30 minutes each; zone 75 takes 2 drops a window).
 */
class OwnHoldsFreedTest {

    private PromiseEngine engine;

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    private static QuoteRequest collectAtTheStore(String sku, int quantity) {
        return QuoteRequest.builder(NOW, Destination.position(Position.of(48.85, 2.35))).line(sku, quantity)
                .methods(Method.COLLECT).collectAt("store").build();
    }

    /** The quote of {@code request} in {@code orderId}'s view with its own holds given back, without rules. */
    private Quote requoteFreed(String orderId, QuoteRequest request) {
        return ((DefaultPromiseEngine) engine).withOwnHoldsFreed(orderId,
                view -> view.requote(Order.of(orderId, request), RuleSet.none()));
    }

    @Test
    void theOrdersOwnUnitsAreGivenBackByTheQuantityItHolds_andNoOneElses() {
        engine = PromiseEngine.builder(network()).clock(new MutableClock(NOW)).build();
        // the store's 3 B: o1 holds 2, o2 holds 1
        assertThat(engine.reserve("o1", plan("store", "B:2")).isReserved()).isTrue();
        assertThat(engine.reserve("o2", plan("store", "B:1")).isReserved()).isTrue();
        assertThat(engine.quote(collectAtTheStore("B", 1)).options()).isEmpty();
        // o1 let go: its 2 come back (3 - 1 held by o2), not o2's
        assertThat(requoteFreed("o1", collectAtTheStore("B", 2)).options()).hasSize(1);
        assertThat(requoteFreed("o1", collectAtTheStore("B", 3)).options()).isEmpty();
        // o2 let go: 1
        assertThat(requoteFreed("o2", collectAtTheStore("B", 1)).options()).hasSize(1);
        assertThat(requoteFreed("o2", collectAtTheStore("B", 2)).options()).isEmpty();
        // never published
        assertThat(engine.stock("store", "B").held()).isEqualTo(3);
        assertThat(engine.quote(collectAtTheStore("B", 1)).options()).isEmpty();
    }

    @Test
    void theOrdersOwnPreparationIsGivenBack_soItsSlotHasRoomAgain() {
        engine = PromiseEngine.builder(network()).clock(new MutableClock(NOW)).build();
        // the store's 12:00Z slot (14:00 in Paris) takes 2: 1 reported, 1 held by o1; the next slot is empty
        engine.setSlotLoad(new SlotLoad("store", SLOT, 1));
        assertThat(engine.reserve("o1", plan("store", "A:1")).isReserved()).isTrue();
        assertThat(engine.slot("store", SLOT).held()).isEqualTo(1);
        Instant nextSlot = SLOT.plusSeconds(3600);
        // without the hold given back the preparation waits for 13:00Z; with it, it starts at the order instant
        assertThat(startAndReady(engine.quote(collectAtTheStore("A", 1)))).containsExactly(nextSlot, nextSlot.plusSeconds(1800));
        assertThat(startAndReady(requoteFreed("o1", collectAtTheStore("A", 1)))).containsExactly(NOW, NOW.plusSeconds(1800));
        assertThat(engine.slot("store", SLOT).held()).isEqualTo(1);
    }

    /** The start and ready instants of the quote's one option's one shipment, from the store. */
    private static List<Instant> startAndReady(Quote q) {
        assertThat(q.options()).hasSize(1);
        PromiseOption o = q.options().get(0);
        assertThat(o.shipments()).singleElement().satisfies(s -> assertThat(s.from()).isEqualTo("store"));
        return List.of(o.shipments().get(0).startAt(), o.shipments().get(0).readyAt());
    }

    @Test
    void theOrdersOwnDropIsGivenBack_soItsWindowIsOfferedAgain() {
        engine = PromiseEngine.builder(windowNetwork()).clock(new MutableClock(NOW)).build();
        // zone 75's Thursday 18:00 window takes 2 drops: o1 and o2 hold them (W from wh, 100 units)
        assertThat(engine.reserve("o1", windowPlan("wh", "W:1", WINDOW, LiveStoreContract.WINDOW_END, "75")).isReserved()).isTrue();
        assertThat(engine.reserve("o2", windowPlan("wh", "W:1", WINDOW, LiveStoreContract.WINDOW_END, "75")).isReserved()).isTrue();
        QuoteRequest w = QuoteRequest.builder(NOW, Destination.postalCode("75011")).line("W", 1).methods(Method.SCHEDULED).build();
        assertThat(firstWindow(engine.quote(w))).isEqualTo(NEXT_WINDOW);
        assertThat(firstWindow(requoteFreed("o2", w))).isEqualTo(WINDOW);
        assertThat(engine.window(LiveStoreContract.VANS, "75", WINDOW).held()).isEqualTo(2);
    }

    private static Instant firstWindow(Quote q) {
        assertThat(q.options()).hasSize(1);
        return q.options().get(0).windows().get(0).start();
    }
}
