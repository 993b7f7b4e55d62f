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
package io.promiseengine.quote;

import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.Supply;
import io.promiseengine.model.WeeklyHours;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec 4.6 for a SCHEDULED option (spec 4.7: "its orderBy is as in 4.6"): absent when the date would still be the
 * same at {@code H}. Reachable: the order at {@code H} looks 60 days further, so a window of the option's date that
 * ends after the horizon of {@code t} may be made at {@code H}. Worked by hand on one service {@code vans}, windows
 * 08:00-10:00 and 14:00-16:00 every day, one zone with a 2 h lead, instant preparation, and stock that arrives only
 * on Friday 20 November 2026 (supply). The order is on Monday 21 September 2026 at 12:00 (+02:00), so
 * {@code H} is Friday 20 November at 11:00 (+01:00, after the autumn change).
 */
class ScheduledOrderByTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant T = at("2026-09-21T12:00:00+02:00");

    private static Instant at(String t) {
        return OffsetDateTime.parse(t).toInstant();
    }

    private static Location warehouse(String id, Position p, WeeklyHours hours) {
        return Location.builder(id, LocationKind.WAREHOUSE, p).postalCode("75007").hours(hours)
                .preparation(Preparation.of(Duration.ZERO)).build();
    }

    private static Network.Builder network() {
        return Network.builder(PARIS).service(ScheduledService.builder("vans", "Nos camions").origins("*").price("6.90")
                .windows("MON-SUN", "08:00-10:00", "14:00-16:00").zone("", "PT2H", 5).build());
    }

    /** wh1, nearest, open 00:00-06:30 every day; its one A arrives on Friday 20 November at 05:00. */
    private static Network.Builder withEarlyWarehouse(Network.Builder b) {
        return b.location(warehouse("wh1", Position.of(48.8566, 2.3126), WeeklyHours.of("MON-SUN", "00:00-06:30")))
                .stock("wh1", "A", 0).supply(new Supply("wh1", "A", 1, at("2026-11-20T05:00:00+01:00")));
    }

    private static PromiseOption quote(Network n, Instant t) {
        Quote q = PromiseCalculator.of(n).quote(QuoteRequest.builder(t, Destination.postalCode("75015")).line("A", 1)
                .methods(Method.SCHEDULED).build());
        assertThat(q.options()).hasSize(1);
        return q.options().get(0);
    }

    @Test
    void aDateStillTheSameAtTheHorizon_hasNoOrderBy() {
        // wh, open all day; its one A arrives on 20 November at 05:00: ready then, so the first window it makes is
        // 20 November 08:00-10:00 (05:00 + 2 h <= 08:00); 14:00-16:00 ends at 15:00 (+01:00), after H: not listed
        Network n = network().location(warehouse("wh", Position.of(48.8566, 2.3126), WeeklyHours.allDay()))
                .stock("wh", "A", 0).supply(new Supply("wh", "A", 1, at("2026-11-20T05:00:00+01:00"))).build();

        PromiseOption o = quote(n, T);

        assertThat(o.date()).hasToString("2026-11-20");
        assertThat(o.windows()).hasSize(1);
        assertThat(o.windows().get(0).start()).isEqualTo(at("2026-11-20T08:00:00+01:00"));
        // the window: ready by 06:00 (08:00 - 2 h), and an order at u is ready at max(u, 05:00)
        assertThat(o.windows().get(0).orderBy()).isEqualTo(at("2026-11-20T06:00:00+01:00"));
        // the option: 08:00-10:00 is offered until 06:00; 14:00-16:00 from 21 September 17:00 (+02:00, its end less
        // 60 days) until 12:00 on 20 November (ready by 14:00 - 2 h). Every second up to H keeps the date
        assertThat(o.orderBy()).isEmpty();
        Instant h = T.plus(Duration.ofDays(60));
        assertThat(h).isEqualTo(at("2026-11-20T11:00:00+01:00"));
        assertThat(quote(n, h).date()).hasToString("2026-11-20");
    }

    @Test
    void anOriginReadyOnlyAfterTheHorizon_keepsTheDateUpToIt() {
        // wh1 alone: 08:00-10:00 until 06:00, 14:00-16:00 until 06:29:59 (wh1 closes at 06:30, then is ready on
        // 21 November at 00:00, which makes 21 November 08:00-10:00): the date changes at 06:30:00
        Network alone = withEarlyWarehouse(network()).build();
        PromiseOption o = quote(alone, T);
        assertThat(o.date()).hasToString("2026-11-20");
        assertThat(o.orderBy()).contains(at("2026-11-20T06:29:59+01:00"));
        assertThat(quote(alone, at("2026-11-20T06:30:00+01:00")).date()).hasToString("2026-11-21");

        // wh2, open all day, whose A arrives on 20 November at 11:30, after H: ready then for every order up to
        // 11:30, so it makes 14:00-16:00 (11:30 + 2 h <= 14:00) for every order from 06:30 to H and beyond. It makes
        // no window ending by the horizon of T, yet the date is the same at every second up to H: no order-by
        Network both = withEarlyWarehouse(network())
                .location(warehouse("wh2", Position.of(45.75, 4.85), WeeklyHours.allDay()))
                .stock("wh2", "A", 0).supply(new Supply("wh2", "A", 1, at("2026-11-20T11:30:00+01:00"))).build();
        PromiseOption kept = quote(both, T);
        assertThat(kept.date()).hasToString("2026-11-20");
        assertThat(kept.windows()).extracting(DeliveryWindow::from).containsExactly("wh1");
        assertThat(kept.orderBy()).isEmpty();
        assertThat(quote(both, at("2026-11-20T06:30:00+01:00")).windows().get(0).from()).isEqualTo("wh2");
    }

    /**
     * An option that vanishes and comes back with the same date before {@code H}: the order-by is the end of the
     * first run (docs/SEMANTICS.md, decision 11), although the date is the same again at {@code H}.
     */
    @Test
    void anOptionThatVanishesAndComesBackBeforeTheHorizon_isOrderedByTheEndOfTheFirstRun() {
        Network n = gapNetwork();
        Instant t = at("2026-09-21T11:00:00+02:00");

        PromiseOption o = quote(n, t);

        // wh, open 11:00-12:00, ready at once: 20 November 08:00-10:00 (+01:00) is the first window the service
        // has (closed until 19 November) and ends at H; an order at 12:00:00 is ready on 20 November at 11:00,
        // too late for it, and 20:00-22:00 ends after its horizon until 21 September 23:00 (+02:00)
        assertThat(o.date()).hasToString("2026-11-20");
        assertThat(o.windows()).hasSize(1);
        assertThat(o.windows().get(0).orderBy()).isEqualTo(at("2026-09-21T11:59:59+02:00"));
        assertThat(o.orderBy()).contains(at("2026-09-21T11:59:59+02:00"));
        assertThat(PromiseCalculator.of(n).quote(QuoteRequest.builder(at("2026-09-21T12:00:00+02:00"),
                Destination.postalCode("75015")).line("A", 1).methods(Method.SCHEDULED).build()).options()).isEmpty();
        // from 23:00 the evening window is within the horizon: the same date again, up to H and beyond
        assertThat(quote(n, at("2026-09-21T23:00:00+02:00")).date()).hasToString("2026-11-20");
        assertThat(quote(n, t.plus(Duration.ofDays(60))).date()).hasToString("2026-11-20");
    }

    /**
     * Windows 08:00-10:00 and 20:00-22:00, 2 h lead, the service closed from 21 September to 19 November; wh open
     * 11:00-12:00, closed from 22 September to 19 November, instant preparation, one A in stock.
     */
    static Network gapNetwork() {
        java.util.List<String> serviceClosed = new java.util.ArrayList<>();
        java.util.List<String> whClosed = new java.util.ArrayList<>();
        for (java.time.LocalDate d = java.time.LocalDate.parse("2026-09-21"); d.isBefore(java.time.LocalDate.parse("2026-11-20"));
             d = d.plusDays(1)) {
            serviceClosed.add(d.toString());
            if (d.isAfter(java.time.LocalDate.parse("2026-09-21"))) {
                whClosed.add(d.toString());
            }
        }
        return Network.builder(PARIS)
                .service(ScheduledService.builder("vans", "Nos camions").origins("*").price("6.90")
                        .windows("MON-SUN", "08:00-10:00", "20:00-22:00").closed(serviceClosed.toArray(String[]::new))
                        .zone("", "PT2H", 5).build())
                .location(Location.builder("wh", LocationKind.WAREHOUSE, Position.of(48.8566, 2.3126)).postalCode("75007")
                        .hours(WeeklyHours.of("MON-SUN", "11:00-12:00")).closed(whClosed)
                        .preparation(Preparation.of(Duration.ZERO)).build())
                .stock("wh", "A", 1).build();
    }
}
