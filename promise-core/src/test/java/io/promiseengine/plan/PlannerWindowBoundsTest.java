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
package io.promiseengine.plan;

import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.WindowLoad;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.quote.RejectReason;
import io.promiseengine.quote.Rejection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner's SCHEDULED case at its bounds (docs/PLANNER.md, spec 4.7), which the mutation run of
 * docs/TESTING.md ("Delivery windows") left unchecked: an origin ready exactly at the window's start less the
 * lead time, two origins of equal cost (the nearest wins), a window exactly full when the plan is asked, and
 * the refusals of an order that is in no zone or that no origin serves in time. Counted by hand on the network
 * of {@code WindowBoundsTest}: windows 14:00-16:00 every day (UTC), zone 75 with a 2-hour lead and 2 drops a
 * window, one of them already booked today; near (1.1 km) and far (10 km), open all day, 2 hours of preparation,
 * one A each. An order on Thursday 2026-09-17 at 10:00 is ready at 12:00 at both, exactly 14:00 less the lead.
 */
class PlannerWindowBoundsTest {

    private static final Instant T = Instant.parse("2026-09-17T10:00:00Z");
    private static final Instant TODAY = Instant.parse("2026-09-17T14:00:00Z");
    private static final Position HERE = Position.of(48.86, 2.35);

    private final PromiseEngine engine = PromiseEngine.builder(network()).clock(Clock.fixed(T, ZoneOffset.UTC)).build();

    @AfterEach
    void close() {
        engine.close();
    }

    private static Location warehouse(String id, double lat) {
        return Location.builder(id, LocationKind.WAREHOUSE, Position.of(lat, 2.35)).postalCode("75001")
                .preparation(Preparation.of(Duration.ofHours(2))).build();
    }

    private static Network network() {
        return Network.builder(ZoneOffset.UTC)
                .service(ScheduledService.builder("vans", "Nos camions").origins("*").price("6.90")
                        .windows("MON-SUN", "14:00-16:00").zone("75", "PT2H", 2).build())
                .location(warehouse("near", 48.85)).location(warehouse("far", 48.95))
                .stock("near", "A", 1).stock("far", "A", 1)
                .windowLoad(new WindowLoad("vans", "75", TODAY, 1)).build();
    }

    private static Order order(String id, Instant at, Destination to) {
        return Order.of(id, QuoteRequest.builder(at, to).line("A", 1).methods(Method.SCHEDULED).build());
    }

    /** The option quoted at t to 75011 and its window of today, as the quote lists it. */
    private PromiseOption option() {
        Quote q = engine.quote(order("o", T, Destination.of("75011", HERE)));
        assertThat(q.options()).hasSize(1);
        PromiseOption o = q.options().get(0);
        assertThat(o.windows().get(0).start()).isEqualTo(TODAY);
        return o;
    }

    private static String refusal(String orderId, String why) {
        return "no origin of vans makes the window 2026-09-17T14:00:00Z to 2026-09-17T16:00:00Z for order " + orderId
                + " under rule set none: " + why;
    }

    @Test
    void anOriginReadyExactlyAtTheStartLessTheLeadMakesTheWindowAndTheNearestOfEqualCostWins() {
        PromiseOption o = option();
        DeliveryWindow today = o.windows().get(0);

        PlanResult plan = engine.planner().plan(order("o", T, Destination.of("75011", HERE)), o, today);

        Fulfilment f = plan.fulfilment().orElseThrow();
        assertThat(f.shipments()).hasSize(1);
        PlannedShipment s = f.shipments().get(0);
        // both cost 0 (no score): near, the nearer, is kept; far would need a strictly lower cost
        assertThat(s.from()).isEqualTo("near");
        assertThat(s.startAt()).isEqualTo(T);
        assertThat(s.readyAt()).isEqualTo(Instant.parse("2026-09-17T12:00:00Z"));
        assertThat(s.shipAt()).contains(Instant.parse("2026-09-17T12:00:00Z"));
        assertThat(s.deliveryAt()).isEqualTo(Instant.parse("2026-09-17T16:00:00Z"));
        assertThat(f.cost()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(f.date()).isEqualTo(LocalDate.parse("2026-09-17"));
        assertThat(f.window()).contains(new Fulfilment.Window(TODAY, Instant.parse("2026-09-17T16:00:00Z"), "75"));
    }

    @Test
    void aWindowExactlyFullWhenThePlanIsAskedIsRefused() {
        PromiseOption o = option();
        // one drop booked, the capacity cut to one: load 1 is not below capacity 1
        engine.setWindowCapacity("vans", "75", TODAY, 1);

        PlanResult plan = engine.planner().plan(order("o", T, Destination.of("75011", HERE)), o, o.windows().get(0));

        assertThat(plan).isEqualTo(new PlanResult.Unplanned(refusal("o", "the window is full in zone \"75\""),
                java.util.List.of()));
    }

    @Test
    void anOrderInNoZoneIsRefusedWithTheZoneAsReason() {
        PromiseOption o = option();

        PlanResult plan = engine.planner().plan(order("o2", T, Destination.of("69002", HERE)), o, o.windows().get(0));

        assertThat(plan).isInstanceOf(PlanResult.Unplanned.class);
        PlanResult.Unplanned refused = (PlanResult.Unplanned) plan;
        assertThat(refused.detail()).isEqualTo(refusal("o2", "no zone of vans for 69002"));
        assertThat(refused.rejected()).containsExactlyInAnyOrder(
                new Rejection(Method.SCHEDULED, "vans", "near", RejectReason.NO_LANE, "no zone of vans for 69002"),
                new Rejection(Method.SCHEDULED, "vans", "far", RejectReason.NO_LANE, "no zone of vans for 69002"));
    }

    @Test
    void anOrderOneSecondLaterMissesTheWindowAtEveryOrigin() {
        PromiseOption o = option();

        // ordered at 10:00:01, both are ready at 12:00:01, one second too late; both make tomorrow's window, so
        // neither has a reason to list
        PlanResult plan = engine.planner().plan(order("o3", T.plusSeconds(1), Destination.of("75011", HERE)), o,
                o.windows().get(0));

        assertThat(plan).isEqualTo(new PlanResult.Unplanned(refusal("o3", "no origin that holds the cart makes it"),
                java.util.List.of()));
        assertThat(plan.fulfilment()).isEqualTo(Optional.empty());
    }
}
