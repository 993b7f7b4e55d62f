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
package io.promiseengine.learn;

import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static io.promiseengine.fixtures.SpecNetwork.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryDaysTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Network NETWORK = LearningNetwork.network();
    private static final DeliveryDays STD = DeliveryDays.of(NETWORK, (HomeDeliveryService) NETWORK.services().get(0));

    private static int k(String shipped, String delivered) {
        return STD.transitDays(at(shipped), PARIS, at(delivered));
    }

    @Test
    void transitDaysCountDeliveryDaysStrictlyAfterTheCollectionDate() {
        // collected Thursday 17 September 2026 at 17:00; delivery MON-SAT
        assertThat(k("2026-09-17T17:00:00+02:00", "2026-09-18T10:00:00+02:00")).isEqualTo(1);
        assertThat(k("2026-09-17T17:00:00+02:00", "2026-09-19T10:00:00+02:00")).isEqualTo(2);
        assertThat(k("2026-09-17T17:00:00+02:00", "2026-09-21T10:00:00+02:00")).isEqualTo(3);
    }

    @Test
    void aDeliveryAfterDeliverByCountsForTheNextDeliveryDay() {
        assertThat(k("2026-09-17T17:00:00+02:00", "2026-09-18T18:00:00+02:00")).isEqualTo(1);
        assertThat(k("2026-09-17T17:00:00+02:00", "2026-09-18T18:00:01+02:00")).isEqualTo(2);
    }

    @Test
    void aDeliveryOnADayWithoutDeliveriesCountsForTheNextDeliveryDay() {
        // Sunday 20 September: kept a Monday promise, not a Saturday one
        assertThat(k("2026-09-17T17:00:00+02:00", "2026-09-20T11:00:00+02:00")).isEqualTo(3);
    }

    @Test
    void aDeliveryOnTheCollectionDateByDeliverByIsZeroDays() {
        assertThat(k("2026-09-17T12:00:00+02:00", "2026-09-17T16:00:00+02:00")).isZero();
    }

    @Test
    void publicHolidaysAreNotDeliveryDays() {
        // collected Tuesday 10 November; Wednesday 11 November is a holiday of the FR calendar
        assertThat(k("2026-11-10T17:00:00+01:00", "2026-11-12T09:00:00+01:00")).isEqualTo(1);
        assertThat(STD.isDeliveryDay(LocalDate.parse("2026-11-11"))).isFalse();
    }

    @Test
    void zeroDaysAfterDeliverByOnTheCollectionDateIsTheNextDeliveryDay() {
        assertThat(STD.deliveryDate(at("2026-09-17T12:00:00+02:00"), PARIS, 0)).isEqualTo("2026-09-17");
        assertThat(STD.deliveryDate(at("2026-09-17T19:00:00+02:00"), PARIS, 0)).isEqualTo("2026-09-18");
        assertThat(STD.deliveryDate(at("2026-09-20T10:00:00+02:00"), PARIS, 0)).isEqualTo("2026-09-21");
    }

    @Test
    void theDateOfTheCountedTransitDaysIsTheDateTheDeliveryKept() {
        Instant start = at("2026-09-01T00:00:00+02:00");
        for (int step = 0; step < 24 * 90 / 5; step++) {
            Instant shipped = start.plusSeconds(step * 5 * 3600L + step * 61L);
            for (int k = 0; k <= 6; k++) {
                LocalDate date = STD.deliveryDate(shipped, PARIS, k);
                Instant delivered = STD.deliverBy(date).minusSeconds(3600);
                if (delivered.isBefore(shipped)) {
                    delivered = shipped;
                }
                int counted = STD.transitDays(shipped, PARIS, delivered);
                assertThat(STD.deliveryDate(shipped, PARIS, counted)).as("shipped %s, k %d", shipped, k).isEqualTo(date);
                assertThat(counted).as("shipped %s, k %d", shipped, k).isLessThanOrEqualTo(Math.max(k, 1));
            }
        }
    }

    @Test
    void deliveryDatesAreTheEnginesOwn() {
        for (int k = 0; k <= 4; k++) {
            Network network = LearningNetwork.network(LearningNetwork.standard(Lane.everywhere(MassFunction.of(k, 1.0))));
            DeliveryDays days = DeliveryDays.of(network, (HomeDeliveryService) network.services().get(0));
            PromiseCalculator calculator = PromiseCalculator.of(network);
            Instant start = at("2026-10-26T00:00:00+01:00"); // over the 1 and 11 November holidays
            for (int step = 0; step < 3 * 7 * 24 / 7; step++) {
                Instant order = start.plusSeconds(step * 7 * 3600L);
                PromiseOption option = calculator.quote(QuoteRequest.builder(order, Destination.postalCode("75015"))
                        .line("TSHIRT-M", 1).methods(Method.HOME_DELIVERY).build()).options().get(0);
                Instant shipAt = option.shipments().get(0).shipAt().orElseThrow();
                assertThat(days.deliveryDate(shipAt, PARIS, k)).as("k %d, ordered %s", k, order).isEqualTo(option.date());
                assertThat(days.deliverBy(option.date())).isEqualTo(option.promisedAt());
            }
        }
    }

    @Test
    void aDeliveryBeforeItsCollectionIsRefused() {
        assertThatThrownBy(() -> k("2026-09-17T17:00:00+02:00", "2026-09-17T16:00:00+02:00"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before shippedAt");
    }
}
