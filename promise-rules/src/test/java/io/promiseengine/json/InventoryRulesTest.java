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
package io.promiseengine.json;

import io.promiseengine.model.Network;
import io.promiseengine.model.StockLevel;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.promiseengine.json.Docs.json;
import static io.promiseengine.json.Docs.network;
import static io.promiseengine.json.Docs.refusedWith;
import static io.promiseengine.json.Docs.valid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec 2.1 for {@code stock[]}, {@code supply[]} and {@code load[]}: locations, skus, quantities, instants,
 * the (location, sku) pair, slot starts. In the base network, {@code wh} has no capacity limit and {@code shop}
 * has hourly slots, both in Europe/Paris.
 */
class InventoryRulesTest {

    // stock

    @Test
    void stockDefaultsReservedAndSafetyToZero() {
        assertThat(valid(network("'stock': [{'location': 'wh', 'sku': 'A', 'onHand': 3}]")).stock())
                .containsExactly(new StockLevel("wh", "A", 3, 0, 0));
    }

    @Test
    void negativeOnHandIsRefused() {
        refusedWith(network("'stock': [{'location': 'wh', 'sku': 'A', 'onHand': -1}]"), "stock[0].onHand",
                "must be an integer >= 0, was -1");
    }

    @Test
    void negativeReservedIsRefused() {
        refusedWith(network("'stock': [{'location': 'wh', 'sku': 'A', 'onHand': 1, 'reserved': -2}]"), "stock[0].reserved",
                "must be an integer >= 0, was -2");
    }

    @Test
    void negativeSafetyIsRefused() {
        refusedWith(network("'stock': [{'location': 'wh', 'sku': 'A', 'onHand': 1, 'safety': -3}]"), "stock[0].safety",
                "must be an integer >= 0, was -3");
    }

    @Test
    void quantityBeyondTheLimitIsRefused() {
        refusedWith(network("'stock': [{'location': 'wh', 'sku': 'A', 'onHand': 1000000001}]"), "stock[0].onHand",
                "must be at most 1000000000, was 1000000001");
    }

    @Test
    void stockNeedsLocationSkuAndOnHand() {
        refusedWith(network("'stock': [{'sku': 'A', 'onHand': 1}]"), "stock[0].location", "missing required field \"location\"");
        refusedWith(network("'stock': [{'location': 'wh', 'onHand': 1}]"), "stock[0].sku", "missing required field \"sku\"");
        refusedWith(network("'stock': [{'location': 'wh', 'sku': 'A'}]"), "stock[0].onHand", "missing required field \"onHand\"");
    }

    @Test
    void stockAtAnUnknownLocationIsRefused() {
        refusedWith(network("'stock': [{'location': 'store-nowhere', 'sku': 'A', 'onHand': 1}]"), "stock[0].location",
                "unknown location \"store-nowhere\"");
    }

    @Test
    void skuIsANonEmptyString() {
        refusedWith(network("'stock': [{'location': 'wh', 'sku': '', 'onHand': 1}]"), "stock[0].sku", "sku must not be empty");
        refusedWith(network("'stock': [{'location': 'wh', 'sku': 42, 'onHand': 1}]"), "stock[0].sku",
                "expected a string, was the number 42");
    }

    @Test
    void stockPairNamedTwiceIsReportedAtTheLaterEntry() {
        refusedWith(network("'stock': [{'location': 'wh', 'sku': 'A', 'onHand': 1}, {'location': 'shop', 'sku': 'A', 'onHand': 1},"
                        + " {'location': 'wh', 'sku': 'B', 'onHand': 1}, {'location': 'wh', 'sku': 'A', 'onHand': 5}]"),
                "stock[3]", "stock of \"A\" at \"wh\" is given twice");
    }

    @Test
    void stockHasNoOtherField() {
        refusedWith(network("'stock': [{'location': 'wh', 'sku': 'A', 'onHand': 1, 'available': 1}]"), "stock[0].available",
                "unknown field");
    }

    // supply

    @Test
    void supplyIsReadWithItsInstant() {
        Network n = valid(network("'supply': [{'location': 'wh', 'sku': 'A', 'quantity': 30, 'arrives': '2026-09-18T04:00:00Z'}]"));

        assertThat(n.supply().get(0).arrives()).isEqualTo(Instant.parse("2026-09-18T04:00:00Z"));
    }

    @Test
    void supplyQuantityIsAtLeastOne() {
        refusedWith(network("'supply': [{'location': 'wh', 'sku': 'A', 'quantity': 0, 'arrives': '2026-09-18T06:00:00+02:00'}]"),
                "supply[0].quantity", "must be an integer >= 1, was 0");
    }

    @Test
    void supplyAtAnUnknownLocationIsRefused() {
        refusedWith(network("'supply': [{'location': 'nowhere', 'sku': 'A', 'quantity': 1, 'arrives': '2026-09-18T06:00:00+02:00'}]"),
                "supply[0].location", "unknown location \"nowhere\"");
    }

    @Test
    void supplyNeedsEveryField() {
        refusedWith(network("'supply': [{'location': 'wh', 'sku': 'A', 'quantity': 1}]"), "supply[0].arrives",
                "missing required field \"arrives\"");
        refusedWith(network("'supply': [{'location': 'wh', 'quantity': 1, 'arrives': '2026-09-18T06:00:00+02:00'}]"),
                "supply[0].sku", "missing required field \"sku\"");
    }

    @Test
    void instantWithoutOffsetIsRefused() {
        refusedWith(network("'supply': [{'location': 'wh', 'sku': 'A', 'quantity': 1, 'arrives': '2026-09-18T06:00:00'}]"),
                "supply[0].arrives", "expected an instant with an offset such as 2026-09-17T14:00:00+02:00, was \"2026-09-18T06:00:00\"");
    }

    @Test
    void instantOfADateThatDoesNotExistIsRefused() {
        refusedWith(network("'supply': [{'location': 'wh', 'sku': 'A', 'quantity': 1, 'arrives': '2026-02-30T06:00:00+01:00'}]"),
                "supply[0].arrives", "expected an instant with an offset");
    }

    @Test
    void instantWithAFractionOfASecondIsRefused() {
        refusedWith(network("'supply': [{'location': 'wh', 'sku': 'A', 'quantity': 1, 'arrives': '2026-09-18T06:00:00.5+02:00'}]"),
                "supply[0].arrives", "instant \"2026-09-18T06:00:00.5+02:00\" must be whole seconds");
    }

    @Test
    void instantWithAZeroFractionIsWholeSeconds() {
        Network n = valid(network("'supply': [{'location': 'wh', 'sku': 'A', 'quantity': 1, 'arrives': '2026-09-18T06:00:00.000+02:00'}]"));

        assertThat(n.supply().get(0).arrives()).isEqualTo(Instant.parse("2026-09-18T04:00:00Z"));
    }

    // load

    @Test
    void loadAtASlotStartIsAccepted() {
        Network n = valid(network("'load': [{'location': 'shop', 'slot': '2026-09-17T14:00:00+02:00', 'orders': 4},"
                + " {'location': 'shop', 'slot': '2026-09-17T12:00:00Z', 'orders': 0}]"));

        // entries for one slot add up: both are kept
        assertThat(n.load()).hasSize(2);
    }

    @Test
    void negativeOrdersAreRefused() {
        refusedWith(network("'load': [{'location': 'shop', 'slot': '2026-09-17T14:00:00+02:00', 'orders': -1}]"), "load[0].orders",
                "must be an integer >= 0, was -1");
    }

    @Test
    void loadAtAnUnknownLocationIsRefused() {
        refusedWith(network("'load': [{'location': 'nowhere', 'slot': '2026-09-17T14:00:00+02:00', 'orders': 1}]"),
                "load[0].location", "unknown location \"nowhere\"");
    }

    @Test
    void loadNeedsEveryField() {
        refusedWith(network("'load': [{'location': 'shop', 'orders': 1}]"), "load[0].slot", "missing required field \"slot\"");
        refusedWith(network("'load': [{'location': 'shop', 'slot': '2026-09-17T14:00:00+02:00'}]"), "load[0].orders",
                "missing required field \"orders\"");
    }

    @Test
    void loadSlotThatIsNotASlotStartIsRefused() {
        refusedWith(network("'load': [{'location': 'shop', 'slot': '2026-09-17T14:30:00+02:00', 'orders': 1}]"), "load[0].slot",
                "slot 2026-09-17T14:30:00+02:00 is not the start of a PT1H slot of \"shop\" in Europe/Paris");
    }

    @Test
    void slotStartsAreReadInTheLocationsZone() {
        String india = network("'load': [{'location': 'shop', 'slot': 'SLOT', 'orders': 1}]")
                .replace(json("'id': 'shop', 'kind': 'STORE',"), json("'id': 'shop', 'kind': 'STORE', 'zone': 'Asia/Kolkata',"));

        assertThat(valid(india.replace("SLOT", "2026-09-17T10:00:00+05:30")).load()).hasSize(1);
        refusedWith(india.replace("SLOT", "2026-09-17T10:00:00+02:00"), "load[0].slot",
                "is not the start of a PT1H slot of \"shop\" in Asia/Kolkata");
    }

    @Test
    void bothTwoOClocksOfTheLongDayAreSlotStarts() {
        assertThat(valid(network("'load': [{'location': 'shop', 'slot': '2026-10-25T02:00:00+02:00', 'orders': 1},"
                + " {'location': 'shop', 'slot': '2026-10-25T02:00:00+01:00', 'orders': 1}]")).load()).hasSize(2);
    }

    @Test
    void slotsCountElapsedTimeFromTheStartOfTheShortDay() {
        // 2026-03-29 starts at 00:00+01:00; two-hour slots start at 03:00+02:00, 05:00+02:00, ... (no 02:00, no 04:00)
        String twoHours = network("'load': [{'location': 'shop', 'slot': 'SLOT', 'orders': 1}]")
                .replace(json("'slot': 'PT1H'"), json("'slot': 'PT2H'"));

        assertThat(valid(twoHours.replace("SLOT", "2026-03-29T03:00:00+02:00")).load()).hasSize(1);
        refusedWith(twoHours.replace("SLOT", "2026-03-29T04:00:00+02:00"), "load[0].slot",
                "slot 2026-03-29T04:00:00+02:00 is not the start of a PT2H slot of \"shop\" in Europe/Paris");
    }

    @Test
    void lastSlotOfTheDayEndsWhenTheNextDayStarts() {
        // 2026-10-25 lasts 25 h: its eight three-hour slots start at 00:00+02:00, 02:00+01:00, ... 20:00+01:00, the
        // last one lasting 4 h; 23:00+01:00 is 24 h after the day's start but no slot start; the next date starts anew
        String threeHours = network("'load': [{'location': 'shop', 'slot': 'SLOT', 'orders': 1}]")
                .replace(json("'slot': 'PT1H'"), json("'slot': 'PT3H'"));

        assertThat(valid(threeHours.replace("SLOT", "2026-10-25T20:00:00+01:00")).load()).hasSize(1);
        assertThat(valid(threeHours.replace("SLOT", "2026-10-26T00:00:00+01:00")).load()).hasSize(1);
        refusedWith(threeHours.replace("SLOT", "2026-10-25T23:00:00+01:00"), "load[0].slot",
                "slot 2026-10-25T23:00:00+01:00 is not the start of a PT3H slot");
    }

    @Test
    void loadOfALocationWithoutCapacityLimitIsNotChecked() {
        assertThat(valid(network("'load': [{'location': 'wh', 'slot': '2026-09-17T14:17:00+02:00', 'orders': 9}]")).load())
                .hasSize(1);
    }

    @Test
    void loadSlotWithAFractionOfASecondIsRefused() {
        refusedWith(network("'load': [{'location': 'shop', 'slot': '2026-09-17T14:00:00.250+02:00', 'orders': 1}]"),
                "load[0].slot", "must be whole seconds");
    }
}
