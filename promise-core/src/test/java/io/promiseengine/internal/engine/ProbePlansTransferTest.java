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

import static org.assertj.core.api.Assertions.assertThat;

import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.Selector;
import io.promiseengine.model.Transfer;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.model.WeeklyTimes;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link ProbePlans#lastKeeping} of click and collect by transfer, read off the calendars (the latest departure of the
 * routes to the store still collectable by the date, then the latest order ready by it) instead of bisected, worked
 * out by hand.
 *
 * <p>UTC. A warehouse {@code wh} holding A, open every day 08:00-20:00, preparing in 1 hour; a collect store
 * {@code store} open every day 09:00-19:00. Two transfers from {@code wh} to {@code store}: the first leaves at 10:00
 * and 16:00, 2 hours on the way, 1 hour of receiving (16:00 arrives at 18:00, is received at the 19:00 closing and
 * collectable the next day at 09:00: only 10:00 keeps the day); the second leaves at 11:00 and 14:00, 1 hour on the
 * way, nothing to receive (14:00 is collectable at 15:00: both keep the day). The order is placed on Monday
 * 2026-09-14 at 09:00: ready at 10:00, collectable Monday at 12:00 by the second route. The latest departure keeping
 * Monday is the second route's 14:00, walked to from its 11:00; the latest order ready by 14:00 starts at 13:00.
 * Without the second route's walk it would be 10:00 (11:00), without the second route 09:00 (10:00).
 */
class ProbePlansTransferTest {

    private static final Instant T = Instant.parse("2026-09-14T09:00:00Z");
    private static final Instant LAST = Instant.parse("2026-09-14T13:00:00Z");

    private static Network network() {
        return Network.builder(ZoneOffset.UTC)
                .location(Location.builder("store", LocationKind.STORE, Position.of(48.86, 2.35)).postalCode("75011")
                        .collect(true).hours(WeeklyHours.of("MON-SUN", "09:00-19:00"))
                        .preparation(Preparation.of(Duration.ofHours(1))).build())
                .location(Location.builder("wh", LocationKind.WAREHOUSE, Position.of(48.85, 2.35)).postalCode("75001")
                        .hours(WeeklyHours.of("MON-SUN", "08:00-20:00"))
                        .preparation(Preparation.of(Duration.ofHours(1))).build())
                .transfer(new Transfer(Selector.parse("wh"), List.of(Selector.parse("store")),
                        WeeklyTimes.of("MON-SUN", "10:00", "16:00"), Duration.ofHours(2), Duration.ofHours(1)))
                .transfer(new Transfer(Selector.parse("wh"), List.of(Selector.parse("store")),
                        WeeklyTimes.of("MON-SUN", "11:00", "14:00"), Duration.ofHours(1), Duration.ZERO))
                .stock("wh", "A", 5)
                .build();
    }

    private static QuoteRequest request() {
        return QuoteRequest.builder(T, Destination.of("75011", Position.of(48.86, 2.35))).line("A", 1)
                .methods(Method.COLLECT).collectAt("store").build();
    }

    /** Read off the calendars: the latest order whose preparation is ready by the second route's 14:00. */
    @Test
    void theLastOrderOfATransferIsReadOffTheRoutesDepartures() {
        Snapshot snap = new Snapshot(network());
        QuoteRequest q = request();
        QuoteContext ctx = new QuoteContext(snap, q.lines(), q.confidence(), q.maxShipments(), Position.of(48.86, 2.35),
                "75011", T.getEpochSecond());
        Snapshot.Site store = snap.sites[snap.siteIndex.get("store")];
        int wh = snap.siteIndex.get("wh");
        Target target = Target.collect(store);
        Solver original = new Solver(ctx, target, T.getEpochSecond());
        long keyLimit = target.lastKeyOn(LocalDate.parse("2026-09-14").toEpochDay(), snap);
        ProbePlans plans = new ProbePlans(ctx, target, original, keyLimit);
        Plan p = original.plan(wh, 1);
        assertThat(p.ownKey).isEqualTo(Instant.parse("2026-09-14T12:00:00Z").getEpochSecond());
        assertThat(plans.lastKeeping(T.getEpochSecond(), wh, 1, p)).isEqualTo(LAST.getEpochSecond());
        assertThat(plans.lastKeeping(T.getEpochSecond(), wh, 1)).isEqualTo(LAST.getEpochSecond());
    }

    /** The option's order-by is that instant, with and without the probe plans (then bisected). */
    @Test
    void theOrderByOfATransferIsTheSameReadOffAsBisected() {
        DefaultPromiseCalculator calculator = new DefaultPromiseCalculator(network());
        for (DefaultPromiseCalculator c : List.of(calculator, calculator.withoutProbePlans())) {
            PromiseOption o = c.quote(request()).options().get(0);
            assertThat(o.promisedAt()).isEqualTo(Instant.parse("2026-09-14T12:00:00Z"));
            assertThat(o.orderBy()).contains(LAST);
        }
    }
}
