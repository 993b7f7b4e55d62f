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

import io.promiseengine.fixtures.SpecNetwork;
import io.promiseengine.model.Collection;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.SlotLoad;
import io.promiseengine.model.WeeklyHours;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.promiseengine.fixtures.SpecNetwork.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Behaviours the issue names one by one, each on a small network built for it. */
class QuoteScenariosTest {

    private static final Position PARIS_7 = Position.of(48.8584, 2.2945);

    private static Location.Builder store(String id, Position p) {
        return Location.builder(id, LocationKind.WAREHOUSE, p).postalCode("75007");
    }

    private static HomeDeliveryService.Builder service(String id, MassFunction days) {
        return HomeDeliveryService.builder(id, "Carrier").origins("*")
                .collections(Collection.of("MON-FRI", "12:00", "17:00")).deliveryDays("MON-SAT").deliverBy("18:00")
                .lanes(Lane.everywhere(days)).price("5");
    }

    private static PromiseOption only(Quote q) {
        assertThat(q.options()).hasSize(1);
        return q.options().get(0);
    }

    @Test
    void quote_fullSlot_startsInTheNextSlot() {
        Network n = Network.builder(SpecNetwork.PARIS)
                .location(store("w", PARIS_7).hours(WeeklyHours.of("MON-SUN", "08:00-20:00"))
                        .preparation(Preparation.of(Duration.ofMinutes(30), Duration.ofHours(1), 2)).build())
                .service(service("s", MassFunction.of(1, 1.0)).build())
                .stock("w", "X", 5)
                .load(new SlotLoad("w", at("2026-09-17T10:00:00+02:00"), 2))
                .load(new SlotLoad("w", at("2026-09-17T11:00:00+02:00"), 1))
                .build();
        Shipment s = only(PromiseCalculator.of(n).quote(QuoteRequest.builder(at("2026-09-17T10:20:00+02:00"),
                Destination.postalCode("75015")).line("X", 1).build())).shipments().get(0);
        assertThat(s.startAt()).isEqualTo(at("2026-09-17T11:00:00+02:00"));
        assertThat(s.readyAt()).isEqualTo(at("2026-09-17T11:30:00+02:00"));
    }

    @Test
    void quote_readyExactlyAtACollection_isCollectedThen() {
        Network n = Network.builder(SpecNetwork.PARIS)
                .location(store("w", PARIS_7).preparation(Preparation.of(Duration.ofHours(1))).build())
                .service(service("s", MassFunction.of(1, 1.0)).build())
                .stock("w", "X", 5).build();
        PromiseCalculator calc = PromiseCalculator.of(n);
        PromiseOption onTime = only(calc.quote(QuoteRequest.builder(at("2026-09-17T11:00:00+02:00"),
                Destination.postalCode("75015")).line("X", 1).build()));
        assertThat(onTime.shipments().get(0).shipAt()).contains(at("2026-09-17T12:00:00+02:00"));
        PromiseOption late = only(calc.quote(QuoteRequest.builder(at("2026-09-17T11:00:01+02:00"),
                Destination.postalCode("75015")).line("X", 1).build()));
        assertThat(late.shipments().get(0).shipAt()).contains(at("2026-09-17T17:00:00+02:00"));
        // either collection is on Thursday: delivered Friday; the order-by is the last start for 17:00
        assertThat(onTime.date()).isEqualTo(LocalDate.parse("2026-09-18"));
        assertThat(onTime.orderBy()).contains(at("2026-09-17T16:00:00+02:00"));
    }

    @Test
    void splitCart_jointProbabilityMovesTheDateADay() {
        // two origins each 0.9 on day 1, 1.0 on day 2: alone each reaches 0.8 on day 1, together 0.81 only
        MassFunction days = MassFunction.of(1, 0.9, 2, 0.1);
        Network n = Network.builder(SpecNetwork.PARIS)
                .location(store("a", PARIS_7).build())
                .location(store("b", Position.of(48.85, 2.35)).build())
                .service(service("s", days).build())
                .stock("a", "X", 1).stock("b", "Y", 1).build();
        PromiseCalculator calc = PromiseCalculator.of(n);
        QuoteRequest.Builder r = QuoteRequest.builder(at("2026-09-17T10:00:00+02:00"), Destination.postalCode("75015"))
                .line("X", 1).line("Y", 1).maxShipments(2);
        PromiseOption at80 = only(calc.quote(r.confidence(0.8).build()));
        // each origin ships its own line only: a holds X, b holds Y
        assertThat(at80.shipments()).extracting(Shipment::from).containsExactly("a", "b");
        assertThat(at80.shipments()).extracting(Shipment::lines)
                .containsExactly(List.of(Line.of("X", 1)), List.of(Line.of("Y", 1)));
        assertThat(at80.date()).isEqualTo(LocalDate.parse("2026-09-18"));
        assertThat(at80.confidence()).isEqualTo(0.81);
        assertThat(at80.price()).isEqualByComparingTo("10");
        PromiseOption at85 = only(calc.quote(r.confidence(0.85).build()));
        assertThat(at85.date()).isEqualTo(LocalDate.parse("2026-09-19"));
        assertThat(at85.confidence()).isEqualTo(1.0);
        assertThat(at85.shipments()).extracting(Shipment::from).containsExactly("a", "b");
        assertThat(at85.shipments()).extracting(Shipment::lines)
                .containsExactly(List.of(Line.of("X", 1)), List.of(Line.of("Y", 1)));
    }

    @Test
    void maxShipmentsOne_cartSplitAcrossOrigins_hasNoOption() {
        Network n = Network.builder(SpecNetwork.PARIS)
                .location(store("a", PARIS_7).build()).location(store("b", Position.of(48.85, 2.35)).build())
                .service(service("s", MassFunction.of(1, 1.0)).build())
                .stock("a", "X", 1).stock("b", "Y", 1).build();
        Quote q = PromiseCalculator.of(n).quote(QuoteRequest.builder(at("2026-09-17T10:00:00+02:00"),
                Destination.postalCode("75015")).line("X", 1).line("Y", 1).explain(true).build());
        assertThat(q.options()).isEmpty();
        assertThat(q.rejected()).extracting(Rejection::reason).containsOnly(RejectReason.TOO_MANY_SHIPMENTS);
    }

    @Test
    void dstNight_preparationAcrossTheAutumnChangeCountsElapsedTime() {
        // open all night: 2 h of work from 01:30 (+02:00) ends at 02:30 (+01:00), an hour of wall clock later
        Network n = Network.builder(SpecNetwork.PARIS)
                .location(store("w", PARIS_7).preparation(Preparation.of(Duration.ofHours(2))).build())
                .service(service("s", MassFunction.of(1, 1.0)).build())
                .stock("w", "X", 1).build();
        Shipment s = only(PromiseCalculator.of(n).quote(QuoteRequest.builder(at("2026-10-25T01:30:00+02:00"),
                Destination.postalCode("75015")).line("X", 1).build())).shipments().get(0);
        assertThat(s.readyAt()).isEqualTo(at("2026-10-25T02:30:00+01:00"));
    }

    @Test
    void holidayBeforeAndAfter_noCollectionNorDeliveryOnTheHoliday() {
        Network n = Network.builder(SpecNetwork.PARIS).calendar("FR", SpecNetwork.FR)
                .location(store("w", PARIS_7).build())
                .service(service("s", MassFunction.of(1, 1.0)).closed("FR").build())
                .stock("w", "X", 1).build();
        PromiseCalculator calc = PromiseCalculator.of(n);
        // Tuesday 10 November after the last collection: Wednesday 11 is closed, collected Thursday, delivered Friday
        PromiseOption before = only(calc.quote(QuoteRequest.builder(at("2026-11-10T17:00:01+01:00"),
                Destination.postalCode("75015")).line("X", 1).build()));
        assertThat(before.shipments().get(0).shipAt()).contains(at("2026-11-12T12:00:00+01:00"));
        assertThat(before.date()).isEqualTo(LocalDate.parse("2026-11-13"));
        // collected Tuesday 17:00: the next delivery day after Tuesday skips the holiday
        PromiseOption eve = only(calc.quote(QuoteRequest.builder(at("2026-11-10T16:00:00+01:00"),
                Destination.postalCode("75015")).line("X", 1).build()));
        assertThat(eve.date()).isEqualTo(LocalDate.parse("2026-11-12"));
        assertThat(eve.orderBy()).contains(at("2026-11-10T17:00:00+01:00"));
    }

    @Test
    void unknownSku_offersNothingThatNeedsIt() {
        Quote q = PromiseCalculator.of(SpecNetwork.network()).quote(QuoteRequest.builder(at("2026-09-17T14:30:00+02:00"),
                Destination.postalCode("75015")).line("NOPE", 1).explain(true).build());
        assertThat(q.options()).isEmpty();
        assertThat(q.rejected()).extracting(Rejection::reason).contains(RejectReason.UNKNOWN_SKU);
    }

    @Test
    void destinationWithoutPosition_refusesCourierWhenAsked_skipsItOtherwise() {
        PromiseCalculator calc = PromiseCalculator.of(SpecNetwork.network());
        QuoteRequest.Builder unplaced = QuoteRequest.builder(at("2026-09-17T14:30:00+02:00"), Destination.postalCode("99999"))
                .line("TSHIRT-M", 1);
        assertThatThrownBy(() -> calc.quote(unplaced.methods(Method.COURIER).build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("destination:");
        Quote all = calc.quote(QuoteRequest.builder(at("2026-09-17T14:30:00+02:00"), Destination.postalCode("99999"))
                .line("TSHIRT-M", 1).build());
        assertThat(all.options()).extracting(PromiseOption::method).containsOnly(Method.HOME_DELIVERY);
    }

    @Test
    void unknownCollectStore_isRefusedNamingTheField() {
        assertThatThrownBy(() -> PromiseCalculator.of(SpecNetwork.network()).quote(QuoteRequest.builder(
                at("2026-09-17T14:30:00+02:00"), Destination.postalCode("75015")).line("TSHIRT-M", 1)
                .collectAt("store-paris-7", "store-nowhere").build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("collectAt[1]").hasMessageContaining("store-nowhere");
    }

    /**
     * Spec 3: an unknown id in {@code collectAt} is a bad request whatever the methods asked; here COLLECT is not
     * among them, so no store is looked at for an option, but the ids given are still checked (issue 13: PIT's
     * {@code resolve}'s {@code request.collectAtGiven()} negated skipped the check).
     */
    @Test
    void unknownCollectStore_isRefusedEvenWithoutCollect() {
        assertThatThrownBy(() -> PromiseCalculator.of(SpecNetwork.network()).quote(QuoteRequest.builder(
                at("2026-09-17T14:30:00+02:00"), Destination.postalCode("75015")).line("TSHIRT-M", 1)
                .methods(Method.HOME_DELIVERY).collectAt("store-nowhere").build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("collectAt[0]").hasMessageContaining("store-nowhere");
    }

    /**
     * A listing page whose request is refused (spec 3: an unknown id in {@code collectAt}) is refused with the
     * request's own error, nothing else: the page's scratch space is given back only when it was taken (issue 13:
     * PIT's {@code list}'s {@code root[0] != null} negated answered a {@code NullPointerException}).
     */
    @Test
    void aRefusedListingRequest_isRefusedNamingTheField() {
        assertThatThrownBy(() -> PromiseCalculator.of(SpecNetwork.network()).listing(ListingRequest.builder(
                at("2026-09-17T14:30:00+02:00"), Destination.postalCode("75015")).skus("TSHIRT-M")
                .collectAt("store-nowhere").build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("collectAt[0]").hasMessageContaining("store-nowhere");
    }

    @Test
    void collectAtALocationWithoutCollect_givesNoOption() {
        Quote q = PromiseCalculator.of(SpecNetwork.network()).quote(QuoteRequest.builder(at("2026-09-17T14:30:00+02:00"),
                Destination.postalCode("75015")).line("TSHIRT-M", 1).methods(Method.COLLECT).collectAt("wh-lyon").explain(true).build());
        assertThat(q.options()).isEmpty();
        assertThat(q.rejected()).singleElement().extracting(Rejection::reason).isEqualTo(RejectReason.NOT_AN_ORIGIN);
    }

    @Test
    void emptyMethods_asksForNothing() {
        Quote q = PromiseCalculator.of(SpecNetwork.network()).quote(QuoteRequest.builder(at("2026-09-17T14:30:00+02:00"),
                Destination.postalCode("75015")).line("TSHIRT-M", 1).methods().build());
        assertThat(q.options()).isEmpty();
    }

    @Test
    void badRequests_areRefusedNamingTheField() {
        QuoteRequest.Builder b = QuoteRequest.builder(at("2026-09-17T14:30:00+02:00"), Destination.postalCode("75015"));
        assertThatThrownBy(b::build).hasMessageStartingWith("lines:");
        assertThatThrownBy(() -> b.confidence(0)).hasMessageStartingWith("confidence:");
        assertThatThrownBy(() -> b.confidence(1.01)).hasMessageStartingWith("confidence:");
        assertThatThrownBy(() -> b.maxShipments(0)).hasMessageStartingWith("maxShipments:");
        assertThatThrownBy(() -> Line.of("X", 0)).hasMessageContaining("quantity");
    }

    @Test
    void linesNamingTheSameSku_areMergedInOrderOfFirstAppearance() {
        QuoteRequest r = QuoteRequest.builder(at("2026-09-17T14:30:00+02:00"), Destination.postalCode("75015"))
                .line("B", 1).line("A", 2).line("B", 3).build();
        assertThat(r.lines()).containsExactly(Line.of("B", 4), Line.of("A", 2));
    }

    @Test
    void quotesFromManyThreads_areIdentical() throws Exception {
        PromiseCalculator calc = PromiseCalculator.of(SpecNetwork.network());
        List<QuoteRequest> requests = List.of(
                QuoteRequest.builder(at("2026-09-17T14:30:00+02:00"), Destination.postalCode("75015")).line("TSHIRT-M", 2).explain(true).build(),
                QuoteRequest.builder(at("2026-09-17T14:30:00+02:00"), Destination.postalCode("75011")).line("TSHIRT-M", 1)
                        .line("JEAN-42", 2).line("SNEAKER-40", 1).maxShipments(2).confidence(0.9).build(),
                QuoteRequest.builder(at("2026-11-10T16:59:59+01:00"), Destination.postalCode("13001")).line("TSHIRT-M", 1).build());
        List<Quote> expected = requests.stream().map(PromiseCalculator.of(SpecNetwork.network())::quote).toList();
        int threads = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < 60; i++) {
                    int k = i % requests.size();
                    if (!calc.quote(requests.get(k)).equals(expected.get(k))) {
                        return false;
                    }
                }
                return true;
            }));
        }
        go.countDown();
        for (java.util.concurrent.Future<Boolean> f : results) {
            assertThat(f.get()).isTrue();
        }
        pool.shutdown();
    }
}
