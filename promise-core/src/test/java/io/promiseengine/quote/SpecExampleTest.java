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
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.StockLevel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static io.promiseengine.fixtures.SpecNetwork.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spec's example requests (section 6 and {@code examples/}), each answer checked by hand against
 * sections 4.1 to 4.6; the reasoning is in the comments.
 */
class SpecExampleTest {

    private final PromiseCalculator calculator = PromiseCalculator.of(SpecNetwork.network());

    /** One option as one line: method, service or store, promisedAt, date, orderBy, confidence, price, origins. */
    static String line(PromiseOption o, ZoneId networkZone) {
        StringBuilder sb = new StringBuilder();
        sb.append(o.method()).append(' ').append((o.method() == Method.COLLECT ? o.location() : o.service()).orElseThrow())
                .append(' ').append(o.promisedAt().atZone(o.zone()).toOffsetDateTime())
                .append(" date ").append(o.date())
                .append(" by ").append(o.orderBy().map(i -> i.atZone(networkZone).toOffsetDateTime().toString()).orElse("-"))
                .append(" conf ").append(o.confidence()).append(" price ").append(o.price().stripTrailingZeros().toPlainString());
        for (Shipment s : o.shipments()) {
            sb.append(" | ").append(s.from()).append(' ');
            s.lines().forEach(l -> sb.append(l.sku()).append('x').append(l.quantity()).append(' '));
            sb.append("ready ").append(s.readyAt().atZone(s.zone()).toOffsetDateTime().toLocalTime());
            s.shipAt().ifPresent(i -> sb.append(" ship ").append(i.atZone(s.zone()).toOffsetDateTime()));
        }
        return sb.toString();
    }

    private List<String> lines(Quote q) {
        return q.options().stream().map(o -> line(o, q.zone())).toList();
    }

    @Test
    void request1_tshirtToParis_isTheSpecsWorkedExample() {
        Quote q = calculator.quote(QuoteRequest.builder(at("2026-09-17T14:30:00+02:00"), Destination.postalCode("75015"))
                .line("TSHIRT-M", 2).explain(true).build());
        assertThat(lines(q)).containsExactly(
                // 14:00 slot full: starts 15:00, ready 16:00; a start at 19:00 would end at closing
                "COLLECT store-paris-7 2026-09-17T16:00+02:00 date 2026-09-17 by 2026-09-17T18:59:59+02:00 conf 1.0 price 0"
                        + " | store-paris-7 TSHIRT-Mx2 ready 16:00",
                // 1.96 km, first band: 45/60/90 min reach 0.95 at 90 (0.6 + 0.3 + 0.1 is exactly 1.0)
                "COURIER courier-2h 2026-09-17T17:30+02:00 date 2026-09-17 by 2026-09-17T19:00+02:00 conf 1.0 price 9.9"
                        + " | store-paris-7 TSHIRT-Mx2 ready 16:00 ship 2026-09-17T16:00+02:00",
                // transfer departs 20:00, arrives 07:00, 1 h of opening time from 10:00
                "COLLECT store-paris-11 2026-09-18T11:00+02:00 date 2026-09-18 by 2026-09-17T18:00+02:00 conf 1.0 price 0"
                        + " | wh-lyon TSHIRT-Mx2 ready 16:30 ship 2026-09-17T20:00+02:00",
                "HOME_DELIVERY express 2026-09-18T13:00+02:00 date 2026-09-18 by 2026-09-17T17:00+02:00 conf 0.97 price 12.5"
                        + " | wh-lyon TSHIRT-Mx2 ready 16:30 ship 2026-09-17T19:00+02:00",
                // same Saturday from both origins; store-paris-7 has the higher confidence (1.0 over 0.97)
                "HOME_DELIVERY std 2026-09-19T18:00+02:00 date 2026-09-19 by 2026-09-17T16:00+02:00 conf 1.0 price 4.9"
                        + " | store-paris-7 TSHIRT-Mx2 ready 16:00 ship 2026-09-17T17:00+02:00");
        // the spec's excerpt of `rejected` reads "391.2 km > 12 km": that is the distance to 75011 (request 2);
        // to 75015 it is 392.4 km (haversine, R = 6371.0088 km, checked independently)
        assertThat(q.rejected()).contains(new Rejection(Method.COURIER, "courier-2h", "store-lyon-2",
                RejectReason.OUT_OF_RANGE, "392.4 km > 12 km"));
    }

    @Test
    void request2_cartNeedingSupply_staysOneShipmentWhenASplitIsNotEarlier() {
        Quote q = calculator.quote(QuoteRequest.builder(at("2026-09-17T14:30:00+02:00"), Destination.postalCode("75011"))
                .line("TSHIRT-M", 1).line("JEAN-42", 2).line("SNEAKER-40", 1).maxShipments(2).confidence(0.9).build());
        String whole = " | wh-lyon TSHIRT-Mx1 JEAN-42x2 SNEAKER-40x1 ready 08:00";
        assertThat(lines(q)).containsExactly(
                // sneakers arrive Friday 06:00 at wh-lyon only; the transfer leaves Friday 20:00
                "COLLECT store-paris-11 2026-09-19T11:00+02:00 date 2026-09-19 by 2026-09-18T18:00+02:00 conf 1.0 price 0"
                        + whole + " ship 2026-09-18T20:00+02:00",
                "COLLECT store-paris-7 2026-09-19T11:00+02:00 date 2026-09-19 by 2026-09-18T18:00+02:00 conf 1.0 price 0"
                        + whole + " ship 2026-09-18T20:00+02:00",
                // collected Friday 19:00, next delivery day Monday
                "HOME_DELIVERY express 2026-09-21T13:00+02:00 date 2026-09-21 by 2026-09-18T17:00+02:00 conf 0.97 price 12.5"
                        + whole + " ship 2026-09-18T19:00+02:00",
                // lane 69 to 75: Saturday 0.85 < 0.9, Monday 0.97; a collection at 17:00 Friday still gives Monday
                "HOME_DELIVERY std 2026-09-21T18:00+02:00 date 2026-09-21 by 2026-09-18T15:00+02:00 conf 0.97 price 4.9"
                        + whole + " ship 2026-09-18T12:00+02:00");
    }

    /**
     * Request 2 once wh-lyon's 40 jeans are all reserved (onHand 40, reserved 40: none available, spec 4.1): no
     * origin holds the whole cart any more, so both options split it in two shipments, and which lines each carries is
     * pinned (the shipments' lines are the lines of each origin's block, in the request's order).
     */
    @Test
    void request2_withWhLyonsJeansReserved_splitsTheCartAndEachShipmentCarriesItsOwnLines() {
        Network spec = SpecNetwork.network();
        Network noJeansAtLyon = spec.withInventory(spec.stock().stream()
                .map(s -> s.location().equals("wh-lyon") && s.sku().equals("JEAN-42")
                        ? new StockLevel("wh-lyon", "JEAN-42", 40, 40, 0) : s)
                .toList(), spec.supply(), spec.load());
        Quote q = PromiseCalculator.of(noJeansAtLyon).quote(QuoteRequest.builder(at("2026-09-17T14:30:00+02:00"),
                Destination.postalCode("75011")).line("TSHIRT-M", 1).line("JEAN-42", 2).line("SNEAKER-40", 1)
                .maxShipments(2).confidence(0.9).build());
        assertThat(lines(q)).containsExactly(
                // Bastille's own 2 jeans, ready 15:00 (30 min); the sneakers (and the T-shirt) come from wh-lyon: ready
                // Friday 08:00, transfer Friday 20:00, arrives Saturday 07:00, received 11:00 (1 h from the 10:00
                // opening). Bastille could also prepare the T-shirt: same date, shipments, confidence, origins and
                // distances, and then store-paris-11 (the first origin by id) with the smaller list of skus,
                // [JEAN-42] before [JEAN-42, TSHIRT-M], wins (spec 4.3's last tie). orderBy: wh-lyon ready by 20:00
                // Friday, so started by 18:00. Tour Eiffel has no jeans and only wh-lyon transfers: no option.
                "COLLECT store-paris-11 2026-09-19T11:00+02:00 date 2026-09-19 by 2026-09-18T18:00+02:00 conf 1.0 price 0"
                        + " | store-paris-11 JEAN-42x2 ready 15:00"
                        + " | wh-lyon TSHIRT-Mx1 SNEAKER-40x1 ready 08:00 ship 2026-09-18T20:00+02:00",
                // std's only origin of jeans is store-lyon-2 (45 min: ready 15:15, collected 17:00), and the sneakers'
                // is wh-lyon, which takes the T-shirt too (store-lyon-2 has none): collected Friday 12:00. Lane 69 to
                // 75: Saturday 0.97 x 0.85 = 0.8245 < 0.9, Monday 1.0 x 0.97. Express leaves from wh-lyon only: no
                // jeans, no option. Price: 4.90 a shipment. orderBy: wh-lyon collected by 17:00 Friday, 2 h before.
                "HOME_DELIVERY std 2026-09-21T18:00+02:00 date 2026-09-21 by 2026-09-18T15:00+02:00 conf 0.97 price 9.8"
                        + " | store-lyon-2 JEAN-42x2 ready 15:15 ship 2026-09-17T17:00+02:00"
                        + " | wh-lyon TSHIRT-Mx1 SNEAKER-40x1 ready 08:00 ship 2026-09-18T12:00+02:00");
        PromiseOption collect = q.options().get(0);
        assertThat(collect.shipments()).extracting(Shipment::from).containsExactly("store-paris-11", "wh-lyon");
        assertThat(collect.shipments()).extracting(Shipment::lines).containsExactly(
                List.of(Line.of("JEAN-42", 2)), List.of(Line.of("TSHIRT-M", 1), Line.of("SNEAKER-40", 1)));
    }

    @Test
    void request2_explain_listsStoreLyonOutOfRangeAsTheSpecExcerptShows() {
        Quote q = calculator.quote(QuoteRequest.builder(at("2026-09-17T14:30:00+02:00"), Destination.postalCode("75011"))
                .line("TSHIRT-M", 1).line("JEAN-42", 2).line("SNEAKER-40", 1).maxShipments(2).confidence(0.9).explain(true).build());
        assertThat(q.rejected()).contains(new Rejection(Method.COURIER, "courier-2h", "store-lyon-2",
                RejectReason.OUT_OF_RANGE, "391.2 km > 12 km"));
    }

    @Test
    void request3_saturdayEvening_waitsForMondayOpening() {
        Quote q = calculator.quote(QuoteRequest.builder(at("2026-09-19T19:45:00+02:00"), Destination.postalCode("69002"))
                .line("JEAN-42", 1).build());
        assertThat(lines(q)).containsExactly(
                // closed Saturday evening and Sunday; ready at a closing instant (19:00) is collectable only Tuesday
                "COLLECT store-lyon-2 2026-09-21T10:15+02:00 date 2026-09-21 by 2026-09-21T18:14:59+02:00 conf 1.0 price 0"
                        + " | store-lyon-2 JEAN-42x1 ready 10:15",
                // ready at closing 19:00 still dispatches inside the courier's hours
                "COURIER courier-2h 2026-09-21T11:45+02:00 date 2026-09-21 by 2026-09-21T18:15+02:00 conf 1.0 price 9.9"
                        + " | store-lyon-2 JEAN-42x1 ready 10:15 ship 2026-09-21T10:15+02:00",
                "HOME_DELIVERY express 2026-09-22T13:00+02:00 date 2026-09-22 by 2026-09-21T17:00+02:00 conf 0.97 price 12.5"
                        + " | wh-lyon JEAN-42x1 ready 08:00 ship 2026-09-21T19:00+02:00",
                // wh-lyon and store-lyon-2 tie on date and confidence (lane 69 to 69); store-lyon-2 is nearer
                "HOME_DELIVERY std 2026-09-22T18:00+02:00 date 2026-09-22 by 2026-09-21T16:15+02:00 conf 0.96 price 4.9"
                        + " | store-lyon-2 JEAN-42x1 ready 10:15 ship 2026-09-21T12:00+02:00");
    }

    @Test
    void request4_beforeHoliday_skipsTheEleventhOfNovember() {
        Quote q = calculator.quote(QuoteRequest.builder(at("2026-11-10T16:59:59+01:00"), Destination.postalCode("13001"))
                .line("TSHIRT-M", 1).methods(Method.HOME_DELIVERY).confidence(0.99).build());
        assertThat(lines(q)).containsExactly(
                // collected Tuesday 19:00; Wednesday 11 is closed: Thursday 0.97, Friday 1.0 >= 0.99
                "HOME_DELIVERY express 2026-11-13T13:00+01:00 date 2026-11-13 by 2026-11-10T17:00+01:00 conf 1.0 price 12.5"
                        + " | wh-lyon TSHIRT-Mx1 ready 18:59:59 ship 2026-11-10T19:00+01:00",
                // no collection on the holiday: Thursday 12:00; default lane needs k = 4: Tuesday 17
                "HOME_DELIVERY std 2026-11-17T18:00+01:00 date 2026-11-17 by 2026-11-12T16:00+01:00 conf 1.0 price 4.9"
                        + " | wh-lyon TSHIRT-Mx1 ready 18:59:59 ship 2026-11-12T12:00+01:00");
    }

    @Test
    void request5_dstEve_collectAndCourierTheSameEvening() {
        Quote q = calculator.quote(QuoteRequest.builder(at("2026-10-24T18:10:00+02:00"),
                        Destination.of("75007", Position.of(48.8606, 2.3376)))
                .line("TSHIRT-M", 1).methods(Method.COLLECT, Method.COURIER).collectAt("store-paris-7", "store-paris-11").build());
        assertThat(lines(q)).containsExactly(
                "COLLECT store-paris-11 2026-10-24T18:40+02:00 date 2026-10-24 by 2026-10-24T18:59:59+02:00 conf 1.0 price 0"
                        + " | store-paris-11 TSHIRT-Mx1 ready 18:40",
                "COLLECT store-paris-7 2026-10-24T19:10+02:00 date 2026-10-24 by 2026-10-24T18:59:59+02:00 conf 1.0 price 0"
                        + " | store-paris-7 TSHIRT-Mx1 ready 19:10",
                "COURIER courier-2h 2026-10-24T20:40+02:00 date 2026-10-24 by 2026-10-24T19:00+02:00 conf 1.0 price 9.9"
                        + " | store-paris-7 TSHIRT-Mx1 ready 19:10 ship 2026-10-24T19:10+02:00");
    }

    @Test
    void orderBy_isExactToTheSecond() {
        QuoteRequest r = QuoteRequest.builder(at("2026-09-17T14:30:00+02:00"), Destination.postalCode("75015"))
                .line("TSHIRT-M", 2).build();
        Quote q = calculator.quote(r);
        for (PromiseOption o : q.options()) {
            Instant by = o.orderBy().orElseThrow();
            assertThat(dateOf(calculator.quote(r.at(by)), o)).as("same date at orderBy for %s", o).isEqualTo(o.date().toString());
            assertThat(dateOf(calculator.quote(r.at(by.plusSeconds(1))), o)).as("later at orderBy + 1 s for %s", o)
                    .isNotEqualTo(o.date().toString());
        }
    }

    private static String dateOf(Quote q, PromiseOption like) {
        return q.options().stream().filter(o -> o.method() == like.method() && o.service().equals(like.service())
                && o.location().equals(like.location())).map(o -> o.date().toString()).findFirst().orElse("none");
    }
}
