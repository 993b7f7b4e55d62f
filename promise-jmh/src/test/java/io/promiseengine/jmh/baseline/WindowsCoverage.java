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

import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.WindowLoad;
import io.promiseengine.model.WindowZone;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the compared SCHEDULED options exercised ({@code BaselineMatchesEngineTest}), so that agreement on windows is
 * not agreement on easy cases: windows listed, several origins in one option, a full window passed over, windows of
 * the DST nights, windows ending at 24:00 (the option's date then is not its promisedAt's), windows whose order-by is
 * their start, options listing exactly {@code maxWindows} windows and options with an order-by.
 */
final class WindowsCoverage {

    /** The DST nights of the generated order instants, Europe/Paris. */
    private static final Set<LocalDate> DST_DAYS = Set.of(LocalDate.parse("2026-03-29"), LocalDate.parse("2026-10-25"));

    int options;
    int windows;
    int severalOrigins;
    int fullPassedOver;
    int dstNight;
    int endingAtMidnight;
    int orderByAtStart;
    int asManyAsAsked;
    int withOrderBy;
    /**
     * SCHEDULED options with an order-by though an order at {@code H = t + 60 days} gets the same date: the option
     * vanishes after its order-by and comes back with that date by {@code H}, where the order-by is the end of the
     * first run (docs/SEMANTICS.md, decision 11), not absent as reading "the same at {@code H}" literally would give.
     */
    int orderByThoughSameAtH;

    /**
     * Counts the options of {@link #orderByThoughSameAtH}, asking {@code quote} (the engine's; the answers at
     * {@code t} are compared field by field elsewhere) at {@code H}: a quote, or null when refused.
     */
    void absentAtTheHorizon(QuoteRequest request, Quote quote, java.util.function.Function<QuoteRequest, Object> quoteAt) {
        Quote atH = null;
        for (PromiseOption o : quote.options()) {
            if (o.method() != Method.SCHEDULED || o.orderBy().isEmpty()) {
                continue;
            }
            if (atH == null) {
                QuoteRequest r = new QuoteRequest(request.at().plus(java.time.Duration.ofDays(60)), request.destination(),
                        request.lines(), request.confidence(), request.methods(), request.methodsGiven(),
                        request.collectAt(), request.collectAtGiven(), request.maxShipments(), false,
                        request.maxWindows());
                if (!(quoteAt.apply(r) instanceof Quote q)) {
                    return;
                }
                atH = q;
            }
            orderByThoughSameAtH += atH.options().stream().anyMatch(x -> x.method() == Method.SCHEDULED
                    && x.service().equals(o.service()) && x.date().equals(o.date())) ? 1 : 0;
        }
    }

    void count(Network network, QuoteRequest request, Quote quote) {
        for (PromiseOption o : quote.options()) {
            if (o.method() != Method.SCHEDULED) {
                continue;
            }
            options++;
            windows += o.windows().size();
            withOrderBy += o.orderBy().isPresent() ? 1 : 0;
            asManyAsAsked += o.windows().size() == request.maxWindows() ? 1 : 0;
            String from = o.shipments().get(0).from();
            severalOrigins += o.windows().stream().anyMatch(w -> !w.from().equals(from)) ? 1 : 0;
            for (DeliveryWindow w : o.windows()) {
                ZonedDateTime start = w.start().atZone(network.zone());
                ZonedDateTime end = w.end().atZone(network.zone());
                dstNight += DST_DAYS.contains(start.toLocalDate()) && start.getHour() < 6
                        || DST_DAYS.contains(end.toLocalDate()) && end.getHour() < 6 && end.toLocalTime().isAfter(LocalTime.MIDNIGHT)
                        ? 1 : 0;
                endingAtMidnight += end.toLocalTime().equals(LocalTime.MIDNIGHT) ? 1 : 0;
                orderByAtStart += w.orderBy().equals(w.start()) ? 1 : 0;
            }
            fullPassedOver += hasFullWindowBefore(network, request, o) ? 1 : 0;
        }
    }

    /** Whether the zone has a full window starting between the order and the last listed window's start. */
    private static boolean hasFullWindowBefore(Network network, QuoteRequest request, PromiseOption o) {
        ScheduledService s = network.services().stream().filter(x -> o.service().equals(java.util.Optional.of(x.id())))
                .map(ScheduledService.class::cast).findFirst().orElseThrow();
        WindowZone zone = DeliveryWindows.zoneOf(s, request.destination().postalCode());
        java.time.Instant last = o.windows().get(o.windows().size() - 1).start();
        Map<java.time.Instant, Integer> orders = new HashMap<>();
        for (WindowLoad l : network.windowLoad()) {
            if (l.service().equals(s.id()) && l.zone().equals(zone.to())) {
                orders.merge(l.window(), l.orders(), Integer::sum);
            }
        }
        return orders.entrySet().stream().anyMatch(e -> e.getValue() >= zone.capacity()
                && !e.getKey().isBefore(request.at()) && e.getKey().isBefore(last));
    }

    void assertVaried(int seeds) {
        assertThat(options).as("SCHEDULED options").isGreaterThanOrEqualTo(seeds / 2);
        assertThat(windows).as("windows listed").isGreaterThanOrEqualTo(2 * options);
        assertThat(severalOrigins).as("options whose windows come from several origins").isGreaterThanOrEqualTo(seeds / 50);
        assertThat(fullPassedOver).as("options passing over a full window").isGreaterThanOrEqualTo(seeds / 50);
        assertThat(dstNight).as("windows in a DST night").isGreaterThanOrEqualTo(seeds / 50);
        assertThat(endingAtMidnight).as("windows ending at 24:00").isGreaterThanOrEqualTo(seeds / 20);
        assertThat(orderByAtStart).as("windows whose order-by is their start").isPositive();
        assertThat(asManyAsAsked).as("options listing maxWindows windows").isGreaterThanOrEqualTo(seeds / 10);
        assertThat(withOrderBy).as("SCHEDULED options with an order-by").isGreaterThanOrEqualTo(seeds / 10);
    }

    @Override
    public String toString() {
        return "SCHEDULED options " + options + " listing " + windows + " windows (" + asManyAsAsked
                + " as many as asked), from several origins " + severalOrigins + ", passing over a full window "
                + fullPassedOver + ", windows in a DST night " + dstNight + ", ending at 24:00 " + endingAtMidnight
                + ", order-by at the start " + orderByAtStart + ", with orderBy " + withOrderBy
                + ", order-by though the same date at H " + orderByThoughSameAtH;
    }
}
