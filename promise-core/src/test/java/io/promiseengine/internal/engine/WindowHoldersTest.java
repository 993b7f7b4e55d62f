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

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holders of a windows search ({@code WindowSearch.holders}: the shortest stock table walked, or the service's
 * origins when they are fewer) are every eligible origin that holds the whole cart, ascending. The oracle reads
 * every site. Generated windows networks, seeds 1 to 600, three requests each; the walk by table with a site in
 * the table that is no origin must occur (counted and asserted).
 */
class WindowHoldersTest {

    @Test
    void holdersAreEveryEligibleOriginHoldingTheWholeCart_whicheverListIsWalked() {
        int byTableWithOthers = 0;
        for (long seed = 1; seed <= 600; seed++) {
            NetworkGenerator g = new NetworkGenerator(seed, NetworkGenerator.Shape.WINDOWS);
            Snapshot snap = new Snapshot(g.network());
            for (int r = 0; r < 3; r++) {
                QuoteRequest request = g.request();
                QuoteContext ctx = new QuoteContext(snap, request.lines(), request.confidence(), 1,
                        request.destination().position().orElse(null), request.destination().postalCode(),
                        request.at().getEpochSecond());
                for (WindowService service : snap.scheduled) {
                    List<Integer> expected = new ArrayList<>();
                    for (int site = 0; site < snap.sites.length; site++) {
                        if (service.eligible[site] && ctx.holds(site) == ctx.fullMask) {
                            expected.add(site);
                        }
                    }
                    StockTable table = ctx.shortestTable();
                    if (table != null && table.size() < service.origins.length) {
                        for (int e = 0; e < table.size(); e++) {
                            if (!service.eligible[table.site(e)] && ctx.holds(table.site(e)) == ctx.fullMask) {
                                byTableWithOthers++;
                                break;
                            }
                        }
                    }
                    List<Integer> actual = new ArrayList<>();
                    if (!ctx.anyUnknownSku) {
                        for (int site : WindowSearch.holders(ctx, service)) {
                            actual.add(site);
                        }
                    }
                    assertThat(actual).as("seed %d, request %d, service %s", seed, r, service.service.id())
                            .isEqualTo(ctx.anyUnknownSku ? List.of() : expected);
                }
            }
        }
        System.out.println("WindowHoldersTest: walks by table with a holder that is no origin: " + byTableWithOthers);
        assertThat(byTableWithOthers).as("walks by table with a holder that is no origin").isPositive();
    }
}
