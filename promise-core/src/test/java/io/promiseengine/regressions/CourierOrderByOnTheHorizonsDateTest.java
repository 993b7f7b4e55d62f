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
package io.promiseengine.regressions;

import io.promiseengine.model.Band;
import io.promiseengine.model.CourierService;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.Supply;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.quote.Shipment;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 (found by hand while closing the mutant {@code Feasibility.<init>}'s shortcut condition negated, docs/TESTING.md
 * "The order-by judged"): a courier (or collect) option dated on the horizon's own date got an order-by too early. Its
 * date's last second is after {@code H = t + 60 days}, so the order-by's search probes later instants without its
 * shortcut, each probe with its own later horizon; but the probes planned only the origins that had a plan at
 * {@code t} ({@code Solver}'s probe restriction: a later order never makes an origin's plan earlier), and an origin
 * whose delivery falls after {@code H} has none at {@code t} while a later order, whose horizon is later, has it. The
 * search then stopped at the last instant the origins planned at {@code t} keep the date.
 *
 * <p>UTC. Courier {@code c}, all day every day, 30 minutes within 5 km and 60 within 50 (probability 1), from
 * {@code o} (1.3 km from the destination, open 08:00-09:30 every day) and {@code p} (29 km away); each prepares in 30
 * minutes and gets its only unit of A on 2026-11-16, {@code H}'s date: {@code o} at 08:00. Ordered on 2026-09-17 at
 * 10:00 ({@code H} 2026-11-16 at 10:00): {@code o} is ready at 08:30 and delivers at 09:00 on the 16th, the option;
 * {@code o} alone keeps the 16th for an order up to 09:00 on the 16th (from 09:00:01 its half hour of work runs past
 * its 09:30 closing, into the 17th). {@code p} delivers after {@code H}: no plan in this quote (spec 4: nothing after
 * the horizon), but one for every order from 11:15 (or 11:10) on 2026-09-17. The expected values are checked against
 * fresh quotes at the instants that decide them (spec 4.6 read on the quote itself).
 */
class CourierOrderByOnTheHorizonsDateTest {

    private static final Position HERE = Position.of(48.86, 2.35);
    private static final Instant T = Instant.parse("2026-09-17T10:00:00Z");
    private static final Instant H = Instant.parse("2026-11-16T10:00:00Z");
    private static final LocalDate DATE = LocalDate.parse("2026-11-16");

    /** {@code o} and {@code p} as above, {@code p} open {@code pHours} and getting its unit at {@code pSupply}. */
    private static Network network(WeeklyHours pHours, Instant pSupply) {
        return Network.builder(ZoneOffset.UTC)
                .service(CourierService.builder("c", "Coursier").origins("*").hours(WeeklyHours.allDay())
                        .bands(new Band(5, MassFunction.of(30, 1.0)), new Band(50, MassFunction.of(60, 1.0))).price("9.90").build())
                .location(Location.builder("o", LocationKind.WAREHOUSE, Position.of(48.85, 2.34)).postalCode("75011").ship(true)
                        .collect(false).hours(WeeklyHours.of("MON-SUN", "08:00-09:30")).preparation(Preparation.of(Duration.ofMinutes(30))).build())
                .location(Location.builder("p", LocationKind.WAREHOUSE, Position.of(48.60, 2.35)).postalCode("91000").ship(true)
                        .collect(false).hours(pHours).preparation(Preparation.of(Duration.ofMinutes(30))).build())
                .supply(new Supply("o", "A", 1, Instant.parse("2026-11-16T08:00:00Z")))
                .supply(new Supply("p", "A", 1, pSupply)).build();
    }

    private static PromiseOption courier(Network n, Instant at) {
        var q = PromiseCalculator.of(n).quote(QuoteRequest.builder(at, Destination.of("75011", HERE)).line("A", 1)
                .methods(Method.COURIER).build());
        assertThat(q.options()).as("the courier option of an order at %s", at).hasSize(1);
        return q.options().get(0);
    }

    private static Optional<LocalDate> dateAt(Network n, Instant at) {
        var q = PromiseCalculator.of(n).quote(QuoteRequest.builder(at, Destination.of("75011", HERE)).line("A", 1)
                .methods(Method.COURIER).build());
        return q.options().stream().map(PromiseOption::date).findFirst();
    }

    /**
     * {@code p} open all day, its unit arriving at 09:45: ordered at {@code H} it is ready at 10:30 and delivers at
     * 11:30, still on the 16th. The date is kept at {@code H}: no order-by (it was 09:00, {@code o}'s last instant).
     */
    @Test
    void noOrderByWhenAnOriginWithoutAPlanAtTKeepsTheDateAtH() {
        Network n = network(WeeklyHours.allDay(), Instant.parse("2026-11-16T09:45:00Z"));
        PromiseOption option = courier(n, T);
        assertThat(option.shipments()).extracting(Shipment::from).containsExactly("o");
        assertThat(option.date()).isEqualTo(DATE);
        assertThat(option.promisedAt()).isEqualTo(Instant.parse("2026-11-16T09:00:00Z"));
        // the spec's own reading: the date at the instants that decide it
        assertThat(courier(n, Instant.parse("2026-11-16T09:00:01Z")).shipments()).extracting(Shipment::from).containsExactly("p");
        assertThat(dateAt(n, H)).contains(DATE);
        assertThat(option.orderBy()).isEmpty();
    }

    /**
     * {@code p} open 09:00-10:20 every day, its unit arriving at 09:40: it delivers at 11:10 for orders up to 09:40,
     * and for an order at {@code u} up to 09:50 at {@code u} + 90 minutes; from 09:50:01 its work runs past 10:20, into
     * the 17th. Every order from {@code t} to 09:50 on the 16th gets the 16th ({@code o} up to 09:00, {@code p} from
     * 11:10 on 2026-09-17): the order-by is 09:50 (it was 09:00).
     */
    @Test
    void theOrderByIsTheLastInstantOfAnOriginWithoutAPlanAtT() {
        Network n = network(WeeklyHours.of("MON-SUN", "09:00-10:20"), Instant.parse("2026-11-16T09:40:00Z"));
        PromiseOption option = courier(n, T);
        assertThat(option.shipments()).extracting(Shipment::from).containsExactly("o");
        assertThat(option.date()).isEqualTo(DATE);
        assertThat(dateAt(n, Instant.parse("2026-11-16T09:50:00Z"))).contains(DATE);
        assertThat(dateAt(n, Instant.parse("2026-11-16T09:50:01Z"))).isNotEqualTo(Optional.of(DATE));
        assertThat(option.orderBy()).contains(Instant.parse("2026-11-16T09:50:00Z"));
    }
}
