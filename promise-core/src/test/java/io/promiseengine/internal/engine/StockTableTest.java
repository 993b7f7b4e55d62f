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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sparse stock table: entries by site, availability now and with supply (spec 4.1). */
class StockTableTest {

    @Test
    void entriesAreTheSitesWithStockOrSupplyInSiteOrder() {
        StockTable t = new StockTable.Builder()
                .stock(7, 3)
                .supply(2, 1_000, 5)
                .stock(4, 0)
                .supply(7, 500, 1)
                .build();

        assertThat(t.size()).isEqualTo(3);
        assertThat(new int[] {t.site(0), t.site(1), t.site(2)}).containsExactly(2, 4, 7);
        assertThat(t.entry(4)).isEqualTo(1);
        assertThat(t.entry(5)).isEqualTo(-1);
    }

    @Test
    void supplyRowsGivenInDescendingSiteOrderStillMakeAscendingEntries() {
        StockTable t = new StockTable.Builder()
                .supply(7, 500, 1)
                .supply(2, 1_000, 5)
                .stock(4, 0)
                .build();

        assertThat(new int[] {t.site(0), t.site(1), t.site(2)}).containsExactly(2, 4, 7);
        assertThat(t.availableAt(t.entry(2), 5)).isEqualTo(1_000);
        assertThat(t.availableAt(t.entry(7), 1)).isEqualTo(500);
    }

    @Test
    void availabilityCountsTheBaseThenSupplyInArrivalOrder() {
        StockTable t = new StockTable.Builder()
                .stock(1, 2)
                .supply(1, 2_000, 3)
                .supply(1, 1_000, 1)
                .supply(3, 1_500, 4)
                .build();
        int e = t.entry(1);

        assertThat(t.availableAt(e, 2)).isEqualTo(Long.MIN_VALUE);
        assertThat(t.availableAt(e, 3)).isEqualTo(1_000);
        assertThat(t.availableAt(e, 6)).isEqualTo(2_000);
        assertThat(t.availableAt(e, 7)).isEqualTo(Long.MAX_VALUE);
        assertThat(t.quantityAt(e, 999)).isEqualTo(2);
        assertThat(t.quantityAt(e, 1_000)).isEqualTo(3);
        assertThat(t.quantityAt(e, 5_000)).isEqualTo(6);
        assertThat(t.availableAt(t.entry(3), 4)).isEqualTo(1_500);
        assertThat(t.quantityAt(t.entry(3), 0)).isZero();
    }

    @Test
    void aNegativeBaseFromHoldsEatsIntoSupply() {
        StockTable t = new StockTable.Builder().stock(0, -2).supply(0, 100, 3).build();

        assertThat(t.availableAt(0, 1)).isEqualTo(100);
        assertThat(t.availableAt(0, 2)).isEqualTo(Long.MAX_VALUE);
        assertThat(t.quantityAt(0, 0)).isEqualTo(-2);
    }
}
