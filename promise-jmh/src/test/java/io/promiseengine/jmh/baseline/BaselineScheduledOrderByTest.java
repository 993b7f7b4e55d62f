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
package io.promiseengine.jmh.baseline;

import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.Supply;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The baseline and the engine on the hand-worked cases of {@code ScheduledOrderByTest} (promise-core): a SCHEDULED
 * option's order-by absent when its date is still the same at {@code H} (the date kept to {@code H} by a window
 * starting after it, made by the same origin or by one ready only after {@code H}), and the end of the first run
 * when the option vanishes and comes back with the same date (docs/SEMANTICS.md, decision 11).
 */
class BaselineScheduledOrderByTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Position NEAR = Position.of(48.8566, 2.3126);

    private static Instant at(String t) {
        return OffsetDateTime.parse(t).toInstant();
    }

    private static Location warehouse(String id, Position p, WeeklyHours hours, List<String> closed) {
        return Location.builder(id, LocationKind.WAREHOUSE, p).postalCode("75007").hours(hours).closed(closed)
                .preparation(Preparation.of(Duration.ZERO)).build();
    }

    private static Network.Builder network(String... closed) {
        return Network.builder(PARIS).service(ScheduledService.builder("vans", "Nos camions").origins("*").price("6.90")
                .windows("MON-SUN", "08:00-10:00", closed.length == 0 ? "14:00-16:00" : "20:00-22:00").closed(closed)
                .zone("", "PT2H", 5).build());
    }

    /** The baseline's option, checked equal to the engine's. */
    private static PromiseOption option(Network n, String t) {
        QuoteRequest r = QuoteRequest.builder(at(t), Destination.postalCode("75015")).line("A", 1)
                .methods(Method.SCHEDULED).build();
        Quote baseline = new BaselineCalculator(n).quote(r);
        assertThat(baseline.options()).hasSize(1);
        assertThat(PromiseCalculator.of(n).quote(r).options()).isEqualTo(baseline.options());
        return baseline.options().get(0);
    }

    @Test
    void aDateStillTheSameAtTheHorizon_hasNoOrderBy() {
        Network n = network().location(warehouse("wh", NEAR, WeeklyHours.allDay(), List.of())).stock("wh", "A", 0)
                .supply(new Supply("wh", "A", 1, at("2026-11-20T05:00:00+01:00"))).build();

        PromiseOption o = option(n, "2026-09-21T12:00:00+02:00");

        assertThat(o.windows().get(0).orderBy()).isEqualTo(at("2026-11-20T06:00:00+01:00"));
        assertThat(o.orderBy()).isEmpty();
    }

    @Test
    void anOriginReadyOnlyAfterTheHorizon_keepsTheDateUpToIt() {
        Network.Builder b = network().location(warehouse("wh1", NEAR, WeeklyHours.of("MON-SUN", "00:00-06:30"), List.of()))
                .stock("wh1", "A", 0).supply(new Supply("wh1", "A", 1, at("2026-11-20T05:00:00+01:00")));
        assertThat(option(b.build(), "2026-09-21T12:00:00+02:00").orderBy()).contains(at("2026-11-20T06:29:59+01:00"));

        b.location(warehouse("wh2", Position.of(45.75, 4.85), WeeklyHours.allDay(), List.of())).stock("wh2", "A", 0)
                .supply(new Supply("wh2", "A", 1, at("2026-11-20T11:30:00+01:00")));
        assertThat(option(b.build(), "2026-09-21T12:00:00+02:00").orderBy()).isEmpty();
    }

    @Test
    void anOptionThatVanishesAndComesBackBeforeTheHorizon_isOrderedByTheEndOfTheFirstRun() {
        List<String> serviceClosed = new ArrayList<>();
        List<String> whClosed = new ArrayList<>();
        for (LocalDate d = LocalDate.parse("2026-09-21"); d.isBefore(LocalDate.parse("2026-11-20")); d = d.plusDays(1)) {
            serviceClosed.add(d.toString());
            if (d.isAfter(LocalDate.parse("2026-09-21"))) {
                whClosed.add(d.toString());
            }
        }
        Network n = network(serviceClosed.toArray(String[]::new))
                .location(warehouse("wh", NEAR, WeeklyHours.of("MON-SUN", "11:00-12:00"), whClosed)).stock("wh", "A", 1)
                .build();

        PromiseOption o = option(n, "2026-09-21T11:00:00+02:00");

        assertThat(o.date()).hasToString("2026-11-20");
        assertThat(o.orderBy()).contains(at("2026-09-21T11:59:59+02:00"));
        assertThat(option(n, "2026-09-21T23:00:00+02:00").date()).hasToString("2026-11-20");
    }
}
