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
package io.promiseengine.internal.engine;

import io.promiseengine.model.Collection;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.quote.RejectReason;
import io.promiseengine.quote.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The solver's record of why it gives a block no plan at a site ({@link Solver#exclusion}, what explain reads): made
 * where each step decides it, only when asked ({@link Solver#recordExclusions}), and, for a site the best-first walk
 * never reached, decided afterwards by the same steps. On a network of more than 32 origins (the bounded path) whose
 * one-line answer comes from the first origin planned: the walk stops there, the others are decided on demand.
 *
 * <p>UTC; the order is placed on Thursday 2026-09-17 at 10:00. Home delivery {@code hd}: collections every day at
 * 11:00, delivered every day by 20:00, one lane of 1 transit day with mass 1. Warehouses open every day 08:00-20:00.
 * {@code near} (1 hour) holds A: ready 11:00, collected Thursday, delivered Friday. 40 fillers (30 hours) hold A:
 * delivered Sunday, lost to {@code near}. {@code slow} holds A with a preparation of 1,000 hours: never ready within
 * the horizon (its bound is none, so the walk reaches it only when nothing else answers).
 */
class SolverExclusionsTest {

    private static final Instant T = Instant.parse("2026-09-17T10:00:00Z");
    private static final Position HERE = Position.of(48.86, 2.35);
    private static final WeeklyHours DAY = WeeklyHours.of("MON-SUN", "08:00-20:00");
    private static final int FILLERS = 40;

    private static Location warehouse(String id, double lat, Duration preparation) {
        return Location.builder(id, LocationKind.WAREHOUSE, Position.of(lat, 2.35)).postalCode("75001").ship(true)
                .hours(DAY).preparation(Preparation.of(preparation)).build();
    }

    private static final Network NETWORK = network();

    private static Network network() {
        Network.Builder b = Network.builder(ZoneOffset.UTC);
        b.location(warehouse("near", 48.85, Duration.ofHours(1))).stock("near", "A", 5);
        b.location(warehouse("slow", 48.84, Duration.ofHours(1_000))).stock("slow", "A", 5);
        for (int i = 0; i < FILLERS; i++) {
            String id = String.format("p%02d", i);
            b.location(warehouse(id, 48.70 - 0.001 * i, Duration.ofHours(30))).stock(id, "A", 5);
        }
        b.service(HomeDeliveryService.builder("hd", "Colis").origins("*")
                .collections(Collection.of("MON-SUN", "11:00")).deliveryDays("MON-SUN").deliverBy("20:00")
                .lanes(Lane.everywhere(MassFunction.of(1, 1.0))).price("4.90").build());
        return b.build();
    }

    private static final QuoteRequest REQUEST = QuoteRequest.builder(T, Destination.of("75011", HERE)).line("A", 1)
            .methods(Method.HOME_DELIVERY).explain(true).build();

    private static Solver solver(Snapshot snap) {
        QuoteContext ctx = new QuoteContext(snap, REQUEST.lines(), REQUEST.confidence(), REQUEST.maxShipments(), HERE,
                "75011", T.getEpochSecond());
        return new Solver(ctx, Target.of(snap.homeDeliveries.get(0)), T.getEpochSecond());
    }

    private static int site(Snapshot snap, String id) {
        for (Snapshot.Site s : snap.sites) {
            if (s.id.equals(id)) {
                return s.index;
            }
        }
        throw new IllegalArgumentException(id);
    }

    @Test
    void theSolveRecordsWhatItDecidedAndTheRestIsDecidedByTheSameSteps() {
        Snapshot snap = new Snapshot(NETWORK);
        Solver solver = solver(snap);
        solver.recordExclusions();
        Allocation a = solver.solve();
        assertThat(a.key()).isEqualTo(LocalDate.parse("2026-09-18").toEpochDay());
        assertThat(solver.plansAsked).as("the walk stops at the first origin").isEqualTo(1);
        int near = site(snap, "near");
        int slow = site(snap, "slow");
        int filler = site(snap, "p00");
        assertThat(solver.recorded(near, 1)).as("near, planned by the solve").isEqualTo(Solver.Exclusion.NONE);
        assertThat(solver.recorded(slow, 1)).as("slow, not reached").isNull();
        assertThat(solver.recorded(filler, 1)).as("a filler, not reached").isNull();
        // decided now by the solver's steps, and then recorded
        assertThat(solver.exclusion(slow, 1)).isEqualTo(Solver.Exclusion.NOT_READY);
        assertThat(solver.recorded(slow, 1)).isEqualTo(Solver.Exclusion.NOT_READY);
        assertThat(solver.exclusion(filler, 1)).as("a plan reaching the confidence, lost").isEqualTo(Solver.Exclusion.NONE);
        assertThat(solver.exclusion(near, 1)).isEqualTo(Solver.Exclusion.NONE);
        assertThat(solver.plansAsked).as("deciding asks no plan of the solve's").isEqualTo(1);
    }

    @Test
    void aSolveWithoutExplainRecordsNothing() {
        Snapshot snap = new Snapshot(NETWORK);
        Solver solver = solver(snap);
        solver.solve();
        assertThat(solver.recorded(site(snap, "near"), 1)).isNull();
    }

    /**
     * Through the calculator: {@code slow} is listed BEYOND_HORIZON (decided after the walk), the fillers are not
     * listed (they could serve and lost), and the bounded quote is the quote of the plain search, which plans and
     * records every origin during its solve.
     */
    @Test
    void theExplainedQuoteListsTheSiteTheWalkNeverReachedAndMatchesThePlainSearch() {
        DefaultPromiseCalculator calculator = new DefaultPromiseCalculator(NETWORK);
        Quote bounded = calculator.quote(REQUEST);
        assertThat(bounded.rejected()).containsExactly(new Rejection(Method.HOME_DELIVERY, "hd", "slow",
                RejectReason.BEYOND_HORIZON, "not ready within 60 days"));
        int saved = Solver.fewOrigins;
        try {
            Solver.fewOrigins = Integer.MAX_VALUE;
            assertThat(calculator.quote(REQUEST)).isEqualTo(bounded);
        } finally {
            Solver.fewOrigins = saved;
        }
    }
}
