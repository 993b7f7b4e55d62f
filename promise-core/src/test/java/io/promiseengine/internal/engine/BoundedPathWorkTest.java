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

import static org.assertj.core.api.Assertions.assertThat;

import io.promiseengine.model.Collection;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.Supply;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.quote.Badge;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.Listing;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.QuoteRequest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The work of the bounded best-first path (docs/SEMANTICS.md, "origins are planned best first"), pinned on a network
 * of 1,006 warehouses and a store: a first solve plans only the origins whose own-key bound is at most the key it
 * answers, counted by {@code Solver.plansAsked} (how many times a solver was asked for an origin's plan). The answers
 * of the bounded path are checked elsewhere against the plain search of every origin
 * ({@code BoundedPathMatchesPlainTest}) and by hand ({@code BoundedPathRoundsTest}); a change that only makes the search plan more origins (a bound read lower, a
 * limit grown to the end, the plain search taken) gives the same answers and passes those tests, but not this one
 * (issue 13, the solver's surviving mutants). And a listing page's origin whose supply arrives exactly at the page's
 * instant, which its shared order of origins must take as available then.
 *
 * <p>UTC; the order is placed on Thursday 2026-09-17 at 10:00. Home delivery {@code hd}: collections every day at
 * 11:00, delivered every day by 20:00, one lane of 1 transit day with mass 1. Warehouses are open every day
 * 08:00-20:00 unless said otherwise.
 */
class BoundedPathWorkTest {

    private static final Instant T = Instant.parse("2026-09-17T10:00:00Z");
    private static final Position HERE = Position.of(48.86, 2.35);
    private static final WeeklyHours DAY = WeeklyHours.of("MON-SUN", "08:00-20:00");
    private static final int FILLERS = 1_000;

    static Location warehouse(String id, double lat, WeeklyHours hours, Duration preparation) {
        return Location.builder(id, LocationKind.WAREHOUSE, Position.of(lat, 2.35)).postalCode("75001").ship(true)
                .hours(hours).preparation(Preparation.of(preparation)).build();
    }

    /**
     * {@code a-split} (open 08:00-10:15 and 10:45-20:00, 1 hour) and {@code z-near} (2 hours) hold A; {@code qb} and
     * {@code qc} (1 hour) hold B and C; {@code s} (2 hours) holds B and C; {@code x} (1 hour) holds no S until one
     * arrives on Thursday at 10:00 exactly; {@code a-split} holds S too; {@code y}, a store that does not ship (so
     * no origin of {@code hd}), holds no S until five arrive on Friday; 1,000 fillers (30 hours, about 20 km south)
     * hold A, B and C.
     *
     * <p>Bounds (preparation from the first open instant for its working time, the next 11:00 collection, 1 day):
     * {@code a-split}, {@code qb}, {@code qc} ready at 11:00, collected Thursday: Friday 18. {@code z-near} and
     * {@code s} ready at 12:00, collected Friday: Saturday 19. A filler works 10 hours on Thursday and 20 on Friday,
     * ready Friday 16:00, collected Saturday: Sunday 20. The plans are their bounds but {@code a-split}'s, whose
     * preparation pauses 10:15-10:45: ready at 11:30, collected Friday, Saturday 19.
     */
    private static Network network() {
        Network.Builder b = Network.builder(ZoneOffset.UTC);
        b.location(warehouse("a-split", 48.80, WeeklyHours.of("MON-SUN", "08:00-10:15", "10:45-20:00"), Duration.ofHours(1)))
                .stock("a-split", "A", 5).stock("a-split", "S", 5);
        b.location(warehouse("z-near", 48.85, DAY, Duration.ofHours(2))).stock("z-near", "A", 5);
        b.location(warehouse("qb", 48.84, DAY, Duration.ofHours(1))).stock("qb", "B", 5);
        b.location(warehouse("qc", 48.83, DAY, Duration.ofHours(1))).stock("qc", "C", 5);
        b.location(warehouse("s", 48.82, DAY, Duration.ofHours(2))).stock("s", "B", 5).stock("s", "C", 5);
        b.location(warehouse("x", 48.81, DAY, Duration.ofHours(1))).supply(new Supply("x", "S", 1, T));
        b.location(Location.builder("y", LocationKind.STORE, Position.of(48.79, 2.35)).postalCode("75001").ship(false)
                .hours(DAY).preparation(Preparation.of(Duration.ofHours(1))).build())
                .supply(new Supply("y", "S", 5, Instant.parse("2026-09-18T10:00:00Z")));
        for (int i = 0; i < FILLERS; i++) {
            String id = String.format("p%04d", i);
            b.location(warehouse(id, 48.68 - 0.0001 * i, DAY, Duration.ofHours(30)));
            b.stock(id, "A", 5).stock(id, "B", 5).stock(id, "C", 5);
        }
        b.service(HomeDeliveryService.builder("hd", "Colis").origins("*")
                .collections(Collection.of("MON-SUN", "11:00")).deliveryDays("MON-SUN").deliverBy("20:00")
                .lanes(Lane.everywhere(MassFunction.of(1, 1.0))).price("4.90").build());
        return b.build();
    }

    private static final Network NETWORK = network();

    private static Solver solver(Snapshot snap, QuoteRequest q) {
        QuoteContext ctx = new QuoteContext(snap, q.lines(), q.confidence(), q.maxShipments(), HERE, "75011",
                T.getEpochSecond());
        return new Solver(ctx, Target.of(snap.homeDeliveries.get(0)), T.getEpochSecond());
    }

    private static String origin(Snapshot snap, Allocation a, int shipment) {
        return snap.sites[a.plans()[shipment].site].id;
    }

    /**
     * A alone: the first limit is the smallest bound, {@code a-split}'s Friday; its plan is Saturday, so nothing has
     * a key of Friday or less. The next bound is {@code z-near}'s, Saturday: planned, it answers Saturday (a tie with
     * {@code a-split} that the nearer {@code z-near} wins), at the limit, so the search ends. Two origins planned of
     * the 1,002 holding A; the fillers' bound, Sunday, is past the answer.
     */
    @Test
    void aOneLineCartPlansTheTwoOriginsBoundedByItsAnswer() {
        Snapshot snap = new Snapshot(NETWORK);
        Solver solver = solver(snap, QuoteRequest.builder(T, Destination.of("75011", HERE)).line("A", 1).build());
        Allocation a = solver.solve();
        assertThat(a.key()).isEqualTo(LocalDate.parse("2026-09-19").toEpochDay());
        assertThat(origin(snap, a, 0)).isEqualTo("z-near");
        assertThat(solver.plansAsked).as("plans asked of the 1,002 holders").isEqualTo(2);
    }

    /**
     * B and C in two shipments at most: the first limit is the larger of the lines' smallest bounds, {@code qb}'s and
     * {@code qc}'s Friday. Planned then: {@code qb} for B and {@code qc} for C; no holder of both ({@code s}
     * Saturday, the fillers Sunday) is bounded by Friday. Together they deliver on Friday (mass 1 each), at the limit:
     * two origins planned of the 1,003 holding B or C.
     */
    @Test
    void aTwoLineCartPlansOnlyTheOriginsBoundedByTheLargerOfItsLinesFirstBounds() {
        Snapshot snap = new Snapshot(NETWORK);
        Solver solver = solver(snap, QuoteRequest.builder(T, Destination.of("75011", HERE)).line("B", 1).line("C", 1)
                .maxShipments(2).build());
        Allocation a = solver.solve();
        assertThat(a.key()).isEqualTo(LocalDate.parse("2026-09-18").toEpochDay());
        assertThat(a.plans()).hasSize(2);
        assertThat(solver.plansAsked).as("plans asked of the 1,003 holders").isEqualTo(2);
    }

    /**
     * The one-line cart of A on a listing page (a page context, as {@code DefaultPromiseCalculator.listing} makes
     * them: the origins available at the instant walked in the page's shared order of their class bounds, skipping
     * those that do not hold the sku): the same two rounds as above, through the page's order. The first limit is
     * {@code a-split}'s Friday ({@code qb}, {@code qc} and {@code x} share it but hold no A: skipped, not planned);
     * the next bound the page's order offers is {@code z-near}'s Saturday. Two origins planned, as in the quote.
     */
    @Test
    void aListingPagesCartPlansTheSameTwoOriginsThroughThePagesOrder() {
        Snapshot snap = new Snapshot(NETWORK);
        QuoteContext page = new QuoteContext(snap, List.of(new Line("S", 1)), 1.0, 1, HERE, "75011", T.getEpochSecond());
        page.page = true;
        QuoteContext ctx = page.withLines(List.of(new Line("A", 1)));
        Solver solver = new Solver(ctx, Target.of(snap.homeDeliveries.get(0)), T.getEpochSecond());
        Allocation a = solver.solve();
        assertThat(a.key()).isEqualTo(LocalDate.parse("2026-09-19").toEpochDay());
        assertThat(origin(snap, a, 0)).isEqualTo("z-near");
        assertThat(solver.plansAsked).as("plans asked of the 1,002 holders").isEqualTo(2);
    }

    /**
     * A listing page asks for S: {@code x}'s only unit arrives at the page's instant, Thursday 10:00, so S is
     * available there then (spec 4.1: supply arrived by the instant counts), neither later nor never: prepared
     * 10:00-11:00, collected at 11:00, delivered Friday by 20:00. {@code a-split} (the first site) holds S now but
     * delivers Saturday (its preparation pauses, as above). {@code y}'s later supply makes it the page context's one
     * site where S arrives after the instant, though no origin of {@code hd}: the page's pool for S then has no
     * exception to its shared order of origins (and must read no further than the exceptions it kept).
     */
    @Test
    void aListingTakesSupplyArrivingExactlyAtItsInstant() {
        Listing listing = new DefaultPromiseCalculator(NETWORK)
                .listing(ListingRequest.builder(T, Destination.of("75011", HERE)).skus("S").build());
        Badge badge = listing.badges().get(0);
        assertThat(badge.homeDelivery()).isPresent();
        assertThat(badge.homeDelivery().get().promisedAt()).isEqualTo(Instant.parse("2026-09-18T20:00:00Z"));
        assertThat(badge.homeDelivery().get().shipments().get(0).from()).isEqualTo("x");
    }
}
