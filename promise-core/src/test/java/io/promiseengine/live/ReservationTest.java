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
import io.promiseengine.model.Supply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.promiseengine.live.ReservationFixtures.SLOT;
import static io.promiseengine.live.ReservationFixtures.network;
import static io.promiseengine.live.ReservationFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

/** Reservations as quotes see them; the rules every store shares are in {@link LiveStoreContract}. */
class ReservationTest {

    private MutableClock clock;
    private PromiseEngine engine;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2026-09-17T12:00:00Z"));
        engine = PromiseEngine.builder(network()).clock(clock).build();
    }

    @Test
    void supplyArrivedByTheStartCounts() {
        engine.addSupply("po", new Supply("wh", "A", 3, Instant.parse("2026-09-17T12:05:00Z")));
        assertThat(engine.reserve("o1", plan("wh", "A:7")).isReserved()).isTrue();
        engine.addSupply("late", new Supply("wh", "A", 5, Instant.parse("2026-09-17T12:20:00Z")));
        assertThat(engine.reserve("o2", plan("wh", "A:1")).isReserved()).isFalse();
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
    void replaceCountsTheOrdersOwnHoldsAsFree() {
        engine.reserve("o1", plan("store", "A:4"));
        engine.reserve("o2", plan("store", "A:1"));          // nothing of A left at the store

        ReservationResult r = engine.replace("o1", plan("store", "A:4,B:3"));

        assertThat(r.isReserved()).isTrue();
        assertThat(engine.stock("store", "A").held()).isEqualTo(5);
        assertThat(engine.stock("store", "B").held()).isEqualTo(3);
        assertThat(engine.slot("store", SLOT).held()).isEqualTo(2);
    }

}
