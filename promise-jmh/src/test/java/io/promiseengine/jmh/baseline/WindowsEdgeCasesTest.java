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
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.WindowLoad;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.promiseengine.fixtures.SpecNetwork.PARIS;
import static io.promiseengine.fixtures.SpecNetwork.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases of spec 4.7 the generator draws rarely, each answered by the baseline as the contract's words give it and
 * compared with the engine: the windows of the DST nights of 2026 in Europe/Paris.
 */
class WindowsEdgeCasesTest {

    /** A warehouse open all day with 5 units of A, and one SCHEDULED service with the given windows on Sundays. */
    private static Network network(String... sundayWindows) {
        return Network.builder(PARIS)
                .location(Location.builder("wh", LocationKind.WAREHOUSE, Position.of(48.85, 2.35)).build())
                .service(ScheduledService.builder("vans", "Vans").origins("*").windows("SUN", sundayWindows)
                        .zone("", "PT0S", 2).price("5").build())
                .stock(new StockLevel("wh", "A", 5, 0, 0))
                .build();
    }

    private static QuoteRequest request(String at) {
        return QuoteRequest.builder(at(at), Destination.postalCode("75015")).line("A", 1).methods(Method.SCHEDULED)
                .maxWindows(3).build();
    }

    private static List<DeliveryWindow> windows(PromiseCalculator calculator, QuoteRequest request) {
        Quote q = calculator.quote(request);
        return q.options().isEmpty() ? List.of() : q.options().get(0).windows();
    }

    @Test
    void theSpringGapMovesOrDropsWindowsAndBothImplementationsAgree() {
        // 2026-03-29: 01:00-02:30 ends at 03:30 CEST (one and a half hours), 02:30-03:30 is emptied and dropped
        Network n = network("01:00-02:30", "02:30-03:30", "03:30-06:00");
        QuoteRequest r = request("2026-03-28T12:00:00+01:00");

        List<DeliveryWindow> baseline = windows(new BaselineCalculator(n), r);

        assertThat(baseline).extracting(DeliveryWindow::start, DeliveryWindow::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(at("2026-03-29T01:00:00+01:00"), at("2026-03-29T03:30:00+02:00")),
                org.assertj.core.groups.Tuple.tuple(at("2026-03-29T03:30:00+02:00"), at("2026-03-29T06:00:00+02:00")),
                org.assertj.core.groups.Tuple.tuple(at("2026-04-05T01:00:00+02:00"), at("2026-04-05T02:30:00+02:00")));
        assertThat(windows(PromiseCalculator.of(n), r)).isEqualTo(baseline);
    }

    @Test
    void theAutumnOverlapLengthensAWindowAndBothImplementationsAgree() {
        // 2026-10-25: 02:00 and 02:30 take the earlier offset (+02:00), 03:00 is +01:00
        Network n = network("01:00-02:30", "02:30-03:00", "03:00-04:00");
        QuoteRequest r = request("2026-10-24T12:00:00+02:00");

        List<DeliveryWindow> baseline = windows(new BaselineCalculator(n), r);

        assertThat(baseline).extracting(DeliveryWindow::start, DeliveryWindow::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(at("2026-10-25T01:00:00+02:00"), at("2026-10-25T02:30:00+02:00")),
                org.assertj.core.groups.Tuple.tuple(at("2026-10-25T02:30:00+02:00"), at("2026-10-25T03:00:00+01:00")),
                org.assertj.core.groups.Tuple.tuple(at("2026-10-25T03:00:00+01:00"), at("2026-10-25T04:00:00+01:00")));
        assertThat(windows(PromiseCalculator.of(n), r)).isEqualTo(baseline);
    }

    /**
     * The spring gap makes two windows start at one instant: 02:00-02:30 becomes 03:00-03:30 CEST and 03:00-04:00
     * starts at 03:00 CEST too. Both are listed, by start then end. A {@code windowLoad} entry names a window by its
     * start (spec 2.1: "the window ... starting at the instant {@code window}"), so here it names both: the baseline
     * counts it in each (the contract does not say otherwise; see docs/TESTING.md).
     */
    @Test
    void twoWindowsStartingAtOneInstantAreBothListedAndOneLoadEntryFillsBoth() {
        Network n = network("02:00-02:30", "03:00-04:00", "10:00-11:00");
        QuoteRequest r = request("2026-03-28T12:00:00+01:00");

        List<DeliveryWindow> free = windows(new BaselineCalculator(n), r);
        assertThat(free).extracting(DeliveryWindow::start, DeliveryWindow::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(at("2026-03-29T03:00:00+02:00"), at("2026-03-29T03:30:00+02:00")),
                org.assertj.core.groups.Tuple.tuple(at("2026-03-29T03:00:00+02:00"), at("2026-03-29T04:00:00+02:00")),
                org.assertj.core.groups.Tuple.tuple(at("2026-03-29T10:00:00+02:00"), at("2026-03-29T11:00:00+02:00")));
        assertThat(windows(PromiseCalculator.of(n), r)).isEqualTo(free);

        Network full = n.withWindowLoad(List.of(new WindowLoad("vans", "", at("2026-03-29T03:00:00+02:00"), 2)));
        List<DeliveryWindow> loaded = windows(new BaselineCalculator(full), r);
        assertThat(loaded).extracting(DeliveryWindow::start).first().isEqualTo(at("2026-03-29T10:00:00+02:00"));
        assertThat(windows(PromiseCalculator.of(full), r)).isEqualTo(loaded);
    }
}
