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

import io.promiseengine.model.Band;
import io.promiseengine.model.Collection;
import io.promiseengine.model.CourierService;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.Selector;
import io.promiseengine.model.SlotLoad;
import io.promiseengine.model.Supply;
import io.promiseengine.model.Transfer;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.model.WeeklyTimes;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.promiseengine.quote.RejectReason.BEYOND_HORIZON;
import static io.promiseengine.quote.RejectReason.CLOSED;
import static io.promiseengine.quote.RejectReason.NOT_AN_ORIGIN;
import static io.promiseengine.quote.RejectReason.NO_CAPACITY;
import static io.promiseengine.quote.RejectReason.NO_COLLECTION;
import static io.promiseengine.quote.RejectReason.NO_LANE;
import static io.promiseengine.quote.RejectReason.OUT_OF_RANGE;
import static io.promiseengine.quote.RejectReason.OUT_OF_STOCK;
import static io.promiseengine.quote.RejectReason.TOO_MANY_SHIPMENTS;
import static io.promiseengine.quote.RejectReason.UNKNOWN_SKU;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code rejected} list without rules (spec 3, docs/SEMANTICS.md "Decisions" 7 and 8), one reason at a time
 * on small hand-built networks: each entry's method, service, location, reason and detail are written out by
 * hand from the spec's rules, never read back from the engine. The order is Thursday 2026-09-17 10:00 UTC, so
 * the horizon H (spec 4) is 2026-11-16 10:00 UTC.
 */
class ExplainReasonsTest {

    private static final Instant T = Instant.parse("2026-09-17T10:00:00Z");
    private static final Instant H = Instant.parse("2026-11-16T10:00:00Z");
    /** The destination: 48.86 N 2.35 E, about 1.1 km north of the warehouse. */
    private static final Position HERE = Position.of(48.86, 2.35);

    private static Location.Builder at(String id, LocationKind kind, double lat, double lon) {
        return Location.builder(id, kind, Position.of(lat, lon));
    }

    /** Every ISO date from {@code first} to {@code last}, both included. */
    private static List<String> days(String first, String last) {
        List<String> out = new ArrayList<>();
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            out.add(d.toString());
        }
        return out;
    }

    private static Rejection courier(String service, String location, RejectReason reason, String detail) {
        return new Rejection(Method.COURIER, service, location, reason, detail);
    }

    private static Rejection home(String service, String location, RejectReason reason, String detail) {
        return new Rejection(Method.HOME_DELIVERY, service, location, reason, detail);
    }

    private static Rejection collect(String store, RejectReason reason, String detail) {
        return new Rejection(Method.COLLECT, "", store, reason, detail);
    }

    // ---------------------------------------------------------------- courier: what a location is, then holds

    /**
     * wh (A, B; 1.1 km away), far (Lyon, 392.46 km away by the spec's haversine, nothing in stock), noship
     * (A, B, ship false), empty (nothing), half (A only). c1 takes every origin with bands up to 12.5 km;
     * c2 takes wh and far with one band of 12 km.
     */
    private static Network courierNetwork() {
        WeeklyHours hours = WeeklyHours.of("MON-SUN", "09:00-21:00");
        return Network.builder(ZoneOffset.UTC)
                .location(at("wh", LocationKind.WAREHOUSE, 48.85, 2.35).ship(true).build())
                .location(at("far", LocationKind.STORE, 45.76, 4.84).ship(true).build())
                .location(at("noship", LocationKind.STORE, 48.855, 2.35).ship(false).build())
                .location(at("empty", LocationKind.STORE, 48.865, 2.35).ship(true).build())
                .location(at("half", LocationKind.STORE, 48.87, 2.35).ship(true).build())
                .service(CourierService.builder("c1", "Coursier").origins("*").hours(hours)
                        .bands(new Band(5, MassFunction.of(30, 1.0)), new Band(12.5, MassFunction.of(60, 1.0)))
                        .price("9.90").build())
                .service(CourierService.builder("c2", "Coursier").origins("wh", "far").hours(hours)
                        .bands(new Band(12, MassFunction.of(30, 1.0))).price("9.90").build())
                .stock("wh", "A", 5).stock("wh", "B", 5)
                .stock("noship", "A", 5).stock("noship", "B", 5)
                .stock("half", "A", 5)
                .build();
    }

    private static Quote courierQuote(Network n, int maxShipments, String... skus) {
        QuoteRequest.Builder r = QuoteRequest.builder(T, Destination.position(HERE)).methods(Method.COURIER)
                .maxShipments(maxShipments).explain(true);
        for (String sku : skus) {
            r.line(sku, 1);
        }
        return PromiseCalculator.of(n).quote(r.build());
    }

    @Test
    void courierListsOneReasonPerLocationInTheDocumentedOrder() {
        Quote q = courierQuote(courierNetwork(), 1, "A", "B");
        assertThat(q.options()).extracting(o -> o.service().orElseThrow()).containsExactlyInAnyOrder("c1", "c2");
        assertThat(q.options()).allSatisfy(o -> assertThat(o.shipments()).extracting(Shipment::from).containsExactly("wh"));
        assertThat(q.rejected()).containsExactlyInAnyOrder(
                // out of range before out of stock: far holds nothing (spec 3's example, store-lyon-2)
                courier("c1", "far", OUT_OF_RANGE, "392.5 km > 12.5 km"),
                courier("c1", "noship", NOT_AN_ORIGIN, "noship does not ship"),
                courier("c1", "empty", OUT_OF_STOCK, "no line of the cart in stock"),
                courier("c1", "half", TOO_MANY_SHIPMENTS, "holds 1 of 2 lines, and maxShipments is 1"),
                // a whole number of km is written without decimals
                courier("c2", "far", OUT_OF_RANGE, "392.5 km > 12 km"),
                // no selector of c2 names them: that comes before noship's ship flag and before range or stock
                courier("c2", "noship", NOT_AN_ORIGIN, "not an origin of c2"),
                courier("c2", "empty", NOT_AN_ORIGIN, "not an origin of c2"),
                courier("c2", "half", NOT_AN_ORIGIN, "not an origin of c2"));
    }

    @Test
    void aPartialHolderThatOnlyLostToABetterAllocationIsNotListed() {
        // maxShipments 2: half could ship A beside wh's B, but one shipment from wh wins the tie (spec 4.3)
        Quote q = courierQuote(courierNetwork(), 2, "A", "B");
        assertThat(q.rejected()).filteredOn(r -> r.service().equals("c1")).containsExactlyInAnyOrder(
                courier("c1", "far", OUT_OF_RANGE, "392.5 km > 12.5 km"),
                courier("c1", "noship", NOT_AN_ORIGIN, "noship does not ship"),
                courier("c1", "empty", OUT_OF_STOCK, "no line of the cart in stock"));
    }

    @Test
    void anUnknownSkuComesAfterRangeAndBeforeStock() {
        // two unknown skus: the first of the cart is named
        Quote q = courierQuote(courierNetwork(), 1, "A", "ZZ", "YY");
        assertThat(q.options()).isEmpty();
        assertThat(q.rejected()).containsExactlyInAnyOrder(
                courier("c1", "wh", UNKNOWN_SKU, "unknown sku ZZ"),
                courier("c1", "far", OUT_OF_RANGE, "392.5 km > 12.5 km"),
                courier("c1", "noship", NOT_AN_ORIGIN, "noship does not ship"),
                courier("c1", "empty", UNKNOWN_SKU, "unknown sku ZZ"),
                courier("c1", "half", UNKNOWN_SKU, "unknown sku ZZ"),
                courier("c2", "wh", UNKNOWN_SKU, "unknown sku ZZ"),
                courier("c2", "far", OUT_OF_RANGE, "392.5 km > 12 km"),
                courier("c2", "noship", NOT_AN_ORIGIN, "not an origin of c2"),
                courier("c2", "empty", NOT_AN_ORIGIN, "not an origin of c2"),
                courier("c2", "half", NOT_AN_ORIGIN, "not an origin of c2"));
    }

    @Test
    void aCourierWithoutBandsReachesNoLocation() {
        Network n = Network.builder(ZoneOffset.UTC)
                .location(at("wh", LocationKind.WAREHOUSE, 48.85, 2.35).ship(true).build())
                .service(CourierService.builder("c0", "Coursier").origins("*")
                        .hours(WeeklyHours.of("MON-SUN", "09:00-21:00")).price("9.90").build())
                .stock("wh", "A", 5)
                .build();
        assertThat(courierQuote(n, 1, "A").rejected()).containsExactly(
                courier("c0", "wh", OUT_OF_RANGE, "the service has no distance band"));
    }

    // ---------------------------------------------------------------- courier: after the preparation

    /**
     * All ship A, one band of 50 km delivering in 60 minutes. wh holds it now; late gets it by a supply at
     * H - 30 min (ready then, delivered at H + 30 min); atH at H exactly (delivered at H + 60 min); later at
     * H + 30 min (not ready by H). shut is c-shut's only origin, and c-shut dispatches on no date up to H.
     */
    @Test
    void courierReasonsAfterThePreparation() {
        WeeklyHours hours = WeeklyHours.of("MON-SUN", "09:00-21:00");
        Network n = Network.builder(ZoneOffset.UTC)
                .location(at("wh", LocationKind.WAREHOUSE, 48.85, 2.35).ship(true).build())
                .location(at("late", LocationKind.STORE, 48.851, 2.35).ship(true).build())
                .location(at("atH", LocationKind.STORE, 48.852, 2.35).ship(true).build())
                .location(at("later", LocationKind.STORE, 48.853, 2.35).ship(true).build())
                .service(CourierService.builder("c", "Coursier").origins("*").hours(hours)
                        .bands(new Band(50, MassFunction.of(60, 1.0))).price("9.90").build())
                .service(CourierService.builder("c-shut", "Coursier").origins("wh").hours(hours)
                        .closed(days("2026-09-17", "2026-11-16").toArray(String[]::new))
                        .bands(new Band(50, MassFunction.of(60, 1.0))).price("9.90").build())
                .stock("wh", "A", 5)
                .supply(new Supply("late", "A", 1, H.minus(Duration.ofMinutes(30))))
                .supply(new Supply("atH", "A", 1, H))
                .supply(new Supply("later", "A", 1, H.plus(Duration.ofMinutes(30))))
                .build();
        Quote q = courierQuote(n, 1, "A");
        assertThat(q.options()).extracting(o -> o.service().orElseThrow()).containsExactly("c");
        assertThat(q.rejected()).containsExactlyInAnyOrder(
                courier("c", "late", BEYOND_HORIZON, "cannot reach the confidence within 60 days"),
                // ready exactly at H is ready within the horizon (the delivery is not)
                courier("c", "atH", BEYOND_HORIZON, "cannot reach the confidence within 60 days"),
                courier("c", "later", BEYOND_HORIZON, "not ready within 60 days"),
                courier("c-shut", "wh", CLOSED, "the courier does not dispatch before the horizon"),
                courier("c-shut", "late", NOT_AN_ORIGIN, "not an origin of c-shut"),
                courier("c-shut", "atH", NOT_AN_ORIGIN, "not an origin of c-shut"),
                courier("c-shut", "later", NOT_AN_ORIGIN, "not an origin of c-shut"));
    }

    /**
     * The preparation's own reasons (spec 4.2; the search for a start gives up at t + 120 days): shut is closed
     * on every date from t to t + 120 days; full opens one hour on Mondays with one preparation per hour,
     * every Monday slot taken; slow opens one hour on Mondays and needs 30 hours of work (30 weeks).
     */
    @Test
    void preparationReasons() {
        List<String> closedAll = days("2026-09-17", "2027-01-16");
        Network.Builder b = Network.builder(ZoneOffset.UTC)
                .location(at("wh", LocationKind.WAREHOUSE, 48.85, 2.35).ship(true).build())
                .location(at("shut", LocationKind.STORE, 48.851, 2.35).ship(true).closed(closedAll).build())
                .location(at("full", LocationKind.STORE, 48.852, 2.35).ship(true)
                        .hours(WeeklyHours.of("MON", "10:00-11:00"))
                        .preparation(Preparation.of(Duration.ofMinutes(30), Duration.ofHours(1), 1)).build())
                .location(at("slow", LocationKind.STORE, 48.853, 2.35).ship(true)
                        .hours(WeeklyHours.of("MON", "10:00-11:00")).preparation(Preparation.of(Duration.ofHours(30))).build())
                .service(CourierService.builder("c", "Coursier").origins("*").hours(WeeklyHours.of("MON-SUN", "09:00-21:00"))
                        .bands(new Band(50, MassFunction.of(60, 1.0))).price("9.90").build());
        for (String s : new String[] {"wh", "shut", "full", "slow"}) {
            b.stock(s, "A", 5);
        }
        // Mondays from 2026-09-21 to 2027-01-18, each 10:00 slot full
        for (LocalDate d = LocalDate.parse("2026-09-21"); d.isBefore(LocalDate.parse("2027-01-19")); d = d.plusWeeks(1)) {
            b.load(new SlotLoad("full", d.atTime(10, 0).toInstant(ZoneOffset.UTC), 1));
        }
        Quote q = courierQuote(b.build(), 1, "A");
        assertThat(q.options()).hasSize(1);
        assertThat(q.rejected()).containsExactlyInAnyOrder(
                courier("c", "shut", CLOSED, "shut is closed until the horizon"),
                courier("c", "full", NO_CAPACITY, "full has no free preparation slot before the horizon"),
                courier("c", "slow", BEYOND_HORIZON, "not ready within 60 days"));
    }

    // ---------------------------------------------------------------- home delivery

    /**
     * wh (postal code 75001), lyon (69001) and nopc (no postal code) hold A. hd has one lane, 75 to 75;
     * hd-none has no collection time; hd-slow takes 61 days.
     */
    private static Network homeNetwork() {
        return Network.builder(ZoneOffset.UTC)
                .location(at("wh", LocationKind.WAREHOUSE, 48.85, 2.35).postalCode("75001").ship(true).build())
                .location(at("lyon", LocationKind.WAREHOUSE, 45.76, 4.84).postalCode("69001").ship(true).build())
                .location(at("nopc", LocationKind.WAREHOUSE, 48.80, 2.35).ship(true).build())
                .service(HomeDeliveryService.builder("hd", "Colis").origins("*")
                        .collections(Collection.of("MON-SUN", "17:00")).deliveryDays("MON-SUN").deliverBy("20:00")
                        .lanes(new Lane("75", "75", MassFunction.of(1, 1.0))).price("4.90").build())
                .service(HomeDeliveryService.builder("hd-none", "Colis").origins("wh")
                        .collections(Collection.of("MON-SUN")).deliveryDays("MON-SUN").deliverBy("20:00")
                        .lanes(new Lane("", "", MassFunction.of(1, 1.0))).price("4.90").build())
                .service(HomeDeliveryService.builder("hd-slow", "Colis").origins("wh")
                        .collections(Collection.of("MON-SUN", "17:00")).deliveryDays("MON-SUN").deliverBy("20:00")
                        .lanes(new Lane("", "", MassFunction.of(61, 1.0))).price("4.90").build())
                .stock("wh", "A", 5).stock("lyon", "A", 5).stock("nopc", "A", 5)
                .build();
    }

    private static Quote homeQuote(Destination to) {
        return PromiseCalculator.of(homeNetwork()).quote(QuoteRequest.builder(T, to).line("A", 1)
                .methods(Method.HOME_DELIVERY).explain(true).build());
    }

    @Test
    void homeDeliveryReasons() {
        Quote q = homeQuote(Destination.postalCode("75011"));
        assertThat(q.options()).extracting(o -> o.service().orElseThrow()).containsExactly("hd");
        assertThat(q.rejected()).containsExactlyInAnyOrder(
                home("hd", "lyon", NO_LANE, "no lane from 69001 to 75011"),
                home("hd", "nopc", NO_LANE, "no lane from a location without postal code to 75011"),
                home("hd-none", "wh", NO_COLLECTION, "no collection between ready time and the horizon"),
                home("hd-none", "lyon", NOT_AN_ORIGIN, "not an origin of hd-none"),
                home("hd-none", "nopc", NOT_AN_ORIGIN, "not an origin of hd-none"),
                // collected Thursday 17:00, delivered 61 days later: after H
                home("hd-slow", "wh", BEYOND_HORIZON, "cannot reach the confidence within 60 days"),
                home("hd-slow", "lyon", NOT_AN_ORIGIN, "not an origin of hd-slow"),
                home("hd-slow", "nopc", NOT_AN_ORIGIN, "not an origin of hd-slow"));
    }

    @Test
    void aDestinationWithoutPostalCodeHasNoLaneToA75Prefix() {
        Quote q = homeQuote(Destination.position(HERE));
        assertThat(q.rejected()).filteredOn(r -> r.service().equals("hd")).containsExactlyInAnyOrder(
                home("hd", "wh", NO_LANE, "no lane from 75001 to a destination without postal code"),
                home("hd", "lyon", NO_LANE, "no lane from 69001 to a destination without postal code"),
                home("hd", "nopc", NO_LANE,
                        "no lane from a location without postal code to a destination without postal code"));
    }

    // ---------------------------------------------------------------- scheduled (spec 4.7)

    private static Quote scheduledQuote(Destination to) {
        Network n = Network.builder(ZoneOffset.UTC)
                .location(at("wh", LocationKind.WAREHOUSE, 48.85, 2.35).postalCode("75001").ship(true).build())
                .location(at("half", LocationKind.WAREHOUSE, 48.851, 2.35).postalCode("75001").ship(true).build())
                .location(at("noship", LocationKind.STORE, 48.852, 2.35).postalCode("75001").ship(false).build())
                .service(ScheduledService.builder("sched", "Vans").origins("*").windows("MON-SUN", "18:00-20:00")
                        .zone("75", "PT2H", 10).price("7.00").build())
                .stock("wh", "A", 5).stock("wh", "B", 5).stock("half", "A", 5).stock("noship", "A", 5).stock("noship", "B", 5)
                .build();
        // maxShipments 3 does not apply to windows: a window is one drop
        return PromiseCalculator.of(n).quote(QuoteRequest.builder(T, to).line("A", 1).line("B", 1)
                .methods(Method.SCHEDULED).maxShipments(3).explain(true).build());
    }

    private static Rejection scheduled(String location, RejectReason reason, String detail) {
        return new Rejection(Method.SCHEDULED, "sched", location, reason, detail);
    }

    @Test
    void scheduledReasons() {
        Quote q = scheduledQuote(Destination.postalCode("75011"));
        assertThat(q.options()).hasSize(1);
        assertThat(q.rejected()).containsExactlyInAnyOrder(
                scheduled("half", TOO_MANY_SHIPMENTS, "holds 1 of 2 lines, and a window is one drop from one origin"),
                scheduled("noship", NOT_AN_ORIGIN, "noship does not ship"));
        assertThat(scheduledQuote(Destination.postalCode("69002")).rejected()).containsExactlyInAnyOrder(
                scheduled("wh", NO_LANE, "no zone of sched for 69002"),
                scheduled("half", NO_LANE, "no zone of sched for 69002"),
                scheduled("noship", NOT_AN_ORIGIN, "noship does not ship"));
        assertThat(scheduledQuote(Destination.position(HERE)).rejected()).containsExactlyInAnyOrder(
                scheduled("wh", NO_LANE, "no zone of sched for a destination without postal code"),
                scheduled("half", NO_LANE, "no zone of sched for a destination without postal code"),
                scheduled("noship", NOT_AN_ORIGIN, "noship does not ship"));
    }

    // ---------------------------------------------------------------- click and collect (Decision 8)

    /**
     * Stores (all collect unless said): nocollect (collect false, holds A, B and D); bare (nothing, no transfer);
     * own (A and B); shut (A and B, closed on every date up to t + 120 days); late (A and B, by a supply after H);
     * fed (nothing; wh-late sends to it, holding A and B only after H); part (A; wh-b sends B to it); partshut
     * (A, closed like shut; wh-late sends to it).
     */
    private static Network collectNetwork() {
        List<String> closedAll = days("2026-09-17", "2027-01-16");
        Instant afterH = H.plus(Duration.ofHours(1));
        WeeklyTimes daily = WeeklyTimes.of("MON-SUN", "20:00");
        return Network.builder(ZoneOffset.UTC)
                .location(at("nocollect", LocationKind.STORE, 48.85, 2.35).collect(false).build())
                .location(at("bare", LocationKind.STORE, 48.851, 2.35).collect(true).build())
                .location(at("own", LocationKind.STORE, 48.852, 2.35).collect(true).build())
                .location(at("shut", LocationKind.STORE, 48.853, 2.35).collect(true).closed(closedAll).build())
                .location(at("late", LocationKind.STORE, 48.854, 2.35).collect(true).build())
                .location(at("fed", LocationKind.STORE, 48.855, 2.35).collect(true).build())
                .location(at("part", LocationKind.STORE, 48.856, 2.35).collect(true).build())
                .location(at("partshut", LocationKind.STORE, 48.857, 2.35).collect(true).closed(closedAll).build())
                .location(at("wh-late", LocationKind.WAREHOUSE, 48.80, 2.35).build())
                .location(at("wh-b", LocationKind.WAREHOUSE, 48.81, 2.35).build())
                .transfer(new Transfer(Selector.parse("wh-late"), List.of(Selector.parse("fed"), Selector.parse("partshut")),
                        daily, Duration.ofHours(2), Duration.ZERO))
                .transfer(new Transfer(Selector.parse("wh-b"), List.of(Selector.parse("part")), daily, Duration.ofHours(2),
                        Duration.ZERO))
                .stock("nocollect", "A", 5).stock("nocollect", "B", 5).stock("nocollect", "D", 5)
                .stock("own", "A", 5).stock("own", "B", 5)
                .stock("shut", "A", 5).stock("shut", "B", 5)
                .supply(new Supply("late", "A", 1, afterH)).supply(new Supply("late", "B", 1, afterH))
                .supply(new Supply("wh-late", "A", 1, afterH)).supply(new Supply("wh-late", "B", 1, afterH))
                .stock("part", "A", 5).stock("wh-b", "B", 5)
                .stock("partshut", "A", 5)
                .build();
    }

    private static List<Rejection> collectRejected(String store, int maxShipments, String... skus) {
        QuoteRequest.Builder r = QuoteRequest.builder(T, Destination.position(HERE)).methods(Method.COLLECT)
                .collectAt(store).maxShipments(maxShipments).explain(true);
        for (String sku : skus) {
            r.line(sku, 1);
        }
        return PromiseCalculator.of(collectNetwork()).quote(r.build()).rejected();
    }

    @Test
    void aStoreThatDoesNotCollectIsNotAnOrigin() {
        assertThat(collectRejected("nocollect", 1, "A", "B")).containsExactly(
                collect("nocollect", NOT_AN_ORIGIN, "nocollect does not offer click and collect"));
    }

    @Test
    void aStoreWithAnUnknownSkuNamesIt() {
        assertThat(collectRejected("own", 1, "A", "ZZ")).containsExactly(collect("own", UNKNOWN_SKU, "unknown sku ZZ"));
    }

    @Test
    void aStoreIsOutOfStockWhenItAndItsTransferOriginsMissALine() {
        String detail = "the cart is not in stock at %s or at a location with a transfer route to it";
        assertThat(collectRejected("bare", 1, "A")).containsExactly(collect("bare", OUT_OF_STOCK, detail.formatted("bare")));
        // D is known (nocollect holds it) but neither the store nor its transfer origin holds it
        assertThat(collectRejected("own", 1, "A", "D")).containsExactly(collect("own", OUT_OF_STOCK, detail.formatted("own")));
        assertThat(collectRejected("part", 2, "A", "B", "D")).containsExactly(
                collect("part", OUT_OF_STOCK, detail.formatted("part")));
    }

    @Test
    void aStoreWhoseOriginsHoldOnlyPartsWithOneShipmentIsTooManyShipments() {
        assertThat(collectRejected("part", 1, "A", "B")).containsExactly(
                collect("part", TOO_MANY_SHIPMENTS, "no single location can prepare the whole cart for part"));
        // two shipments are allowed: the store's A and wh-b's B make an option, so no entry
        assertThat(collectRejected("part", 2, "A", "B")).isEmpty();
    }

    @Test
    void aStoreGivesItsOwnPreparationsReason() {
        assertThat(collectRejected("shut", 1, "A", "B")).containsExactly(
                collect("shut", CLOSED, "shut is closed until the horizon"));
        assertThat(collectRejected("late", 1, "A", "B")).containsExactly(
                collect("late", BEYOND_HORIZON, "not ready within 60 days"));
    }

    @Test
    void aStoreServedOnlyByTransfersThatFailSaysNoWay() {
        assertThat(collectRejected("fed", 1, "A", "B")).containsExactly(
                collect("fed", BEYOND_HORIZON, "no way to have the cart collectable at fed within 60 days"));
    }

    @Test
    void aStoreHoldingPartOfTheCartGivesItsOwnReasonOnlyWhenItMayShipThatPart() {
        // wh-late holds the whole cart (too late); partshut holds A and is closed: with two shipments its own
        // part is looked at and its reason given
        assertThat(collectRejected("partshut", 2, "A", "B")).containsExactly(
                collect("partshut", CLOSED, "partshut is closed until the horizon"));
        // with one shipment only the whole cart counts, and wh-late's failure is not the store's own
        assertThat(collectRejected("partshut", 1, "A", "B")).containsExactly(
                collect("partshut", BEYOND_HORIZON, "no way to have the cart collectable at partshut within 60 days"));
    }
}
