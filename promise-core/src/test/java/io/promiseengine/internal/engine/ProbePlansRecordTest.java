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
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.QuoteRequest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * {@link ProbePlans}' record of one site (the starts looked at and the plan at each) asked in the orders the
 * order-by's own searches do not reach (issue 13, the order-by's surviving mutants): a record exactly full (four
 * starts, the last a plan) asked at a later start, a split probe's first question about a site past the stretch of
 * its original plan (with nothing known of the site, or only a later start), and two neighbouring plans whose probabilities at the date are equal as doubles but not exactly
 * (docs/SEMANTICS.md decision 5). The class's contract does not depend on the order of the questions: each answer is
 * that of the plan at that start, worked out by hand below.
 *
 * <p>UTC. One warehouse {@code w} holding A, open every day 08:00-20:00, preparing in 1 hour; home delivery every
 * day by 20:00, collected every day at 18:00; one lane from postal codes {@code 75...}: 1 day with 0.5, 2 days with
 * 0.25, 3 days with 1e-17, 5 days with 0.25 (summing to 1 + 1e-17, within the model's 1e-9). Confidence 0.5, so a
 * plan's own key is its collection's day plus 1. The original order is placed on Monday 2026-09-14 at 09:00; the
 * date is Thursday 2026-09-17 ({@code keyLimit}). A start at or before 17:00 (ready by 18:00) is collected that day,
 * and the plan found at a start stands for every later start up to 17:00 that day (its stretch). At Thursday:
 * collected Monday, 3 days allowed: 0.75 + 1e-17 exactly, 0.75 as a double; Tuesday, 2 days: 0.75 exactly;
 * Wednesday, 1 day: 0.5. Each keeps the date (own keys Tuesday, Wednesday, Thursday).
 */
class ProbePlansRecordTest {

    private static final Instant T = Instant.parse("2026-09-14T09:00:00Z");
    private static final long THURSDAY = LocalDate.parse("2026-09-17").toEpochDay();
    private static final BigDecimal MONDAYS = new BigDecimal("0.75").add(BigDecimal.valueOf(1e-17));

    private static Network network() {
        return Network.builder(ZoneOffset.UTC)
                .location(Location.builder("w", LocationKind.WAREHOUSE, Position.of(48.85, 2.35)).postalCode("75001")
                        .ship(true).hours(WeeklyHours.of("MON-SUN", "08:00-20:00"))
                        .preparation(Preparation.of(Duration.ofHours(1))).build())
                .stock("w", "A", 5)
                .service(HomeDeliveryService.builder("hd", "Colis").origins("*")
                        .collections(Collection.of("MON-SUN", "18:00")).deliveryDays("MON-SUN").deliverBy("20:00")
                        .lanes(new Lane("75", "", MassFunction.of(1, 0.5, 2, 0.25, 3, 1e-17, 5, 0.25)))
                        .price("4.90").build())
                .build();
    }

    private final Snapshot snap = new Snapshot(network());
    private final QuoteContext ctx = context();
    private final Target target = Target.of(snap.homeDeliveries.get(0));
    private final Solver original = new Solver(ctx, target, T.getEpochSecond());
    private final ProbePlans plans = new ProbePlans(ctx, target, original, THURSDAY);

    private QuoteContext context() {
        Position here = Position.of(48.86, 2.35);
        QuoteRequest q = QuoteRequest.builder(T, Destination.of("75011", here)).line("A", 1).confidence(0.5).build();
        return new QuoteContext(snap, q.lines(), q.confidence(), q.maxShipments(), here, "75011", T.getEpochSecond());
    }

    private static long at(String instant) {
        return Instant.parse(instant).getEpochSecond();
    }

    private Solver probe(String instant) {
        return new Solver(ctx, target, at(instant), original, THURSDAY);
    }

    /** The plan at the original order instant, as the solve found it: collected Monday. */
    private Plan mondays() {
        Plan p = original.plan(0, 1);
        assertThat(p.exactAt(THURSDAY)).isEqualByComparingTo(MONDAYS);
        return p;
    }

    /**
     * Monday 09:00 and Tuesday 09:00 each record a start and the end of its stretch (17:00): four entries, the last
     * the plan collected Tuesday, which fills the record's first array exactly. Wednesday 09:00 is past it: the plan
     * collected Wednesday keeps Thursday, with 0.5.
     */
    @Test
    void aFullRecordAskedPastItsLastPlanByTheSingles() {
        assertThat(plans.keeps(at("2026-09-14T09:00:00Z"), 0, 1)).isTrue();
        assertThat(plans.keeps(at("2026-09-15T09:00:00Z"), 0, 1)).isTrue();
        assertThat(plans.keeps(at("2026-09-16T09:00:00Z"), 0, 1)).isTrue();
    }

    /** As above, the third question asked by a split probe at Wednesday 09:00: its plan has 0.5 at Thursday. */
    @Test
    void aFullRecordAskedPastItsLastPlanByAProbe() {
        assertThat(plans.keeps(at("2026-09-14T09:00:00Z"), 0, 1)).isTrue();
        assertThat(plans.keeps(at("2026-09-15T09:00:00Z"), 0, 1)).isTrue();
        Plan p = plans.plan(probe("2026-09-16T09:00:00Z"), 0, 1, mondays());
        assertThat(p.exactAt(THURSDAY)).isEqualByComparingTo("0.5");
        assertThat(p.ownKey).isEqualTo(THURSDAY);
    }

    /**
     * A probe at Wednesday 09:00 asks a site nothing is known of: the record starts with the original plan (Monday
     * 09:00, stretched to 17:00), and Wednesday is past that stretch: the plan there is the one collected Wednesday,
     * 0.5 at Thursday, not Monday's 0.75.
     */
    @Test
    void aProbePastTheOriginalPlansStretchGetsItsOwnPlan() {
        Plan p = plans.plan(probe("2026-09-16T09:00:00Z"), 0, 1, mondays());
        assertThat(p.exactAt(THURSDAY)).isEqualByComparingTo("0.5");
        assertThat(p.ownKey).isEqualTo(THURSDAY);
    }

    /**
     * The record holds Monday's plan (0.75 + 1e-17 at Thursday) up to Monday 17:00 and Tuesday's (0.75) from Tuesday
     * 09:00: equal as doubles, not exactly, so a start between them is not known to share either probability. A
     * probe at Tuesday 08:00 starts then, is ready at 09:00 and collected Tuesday: exactly 0.75.
     */
    @Test
    void neighboursEqualOnlyAsDoublesDoNotStandForTheStartsBetween() {
        assertThat(plans.keeps(at("2026-09-14T09:00:00Z"), 0, 1)).isTrue();
        assertThat(plans.keeps(at("2026-09-15T09:00:00Z"), 0, 1)).isTrue();
        Plan p = plans.plan(probe("2026-09-15T08:00:00Z"), 0, 1, mondays());
        assertThat(p.at(THURSDAY)).isEqualTo(0.75);
        assertThat(p.exactAt(THURSDAY)).isEqualByComparingTo("0.75");
    }

    /**
     * A probe at Tuesday 18:00 asks a site whose record holds only a later start (Wednesday 09:00, its plan collected
     * Wednesday, stretched to 17:00): nothing is known at or before Tuesday 18:00, so the record gets the original
     * plan (Monday 09:00 to 17:00), and Tuesday 18:00 lies between Monday's stretch and Wednesday's start, whose
     * plans differ at Thursday (0.75 and 0.5). Tuesday 18:00 is ready at 19:00, past Tuesday's collection: collected
     * Wednesday, 0.5 at Thursday.
     */
    @Test
    void aProbeBetweenTheOriginalPlanAndALaterKnownOneGetsItsOwnPlan() {
        assertThat(plans.keeps(at("2026-09-16T09:00:00Z"), 0, 1)).isTrue();
        Plan p = plans.plan(probe("2026-09-15T18:00:00Z"), 0, 1, mondays());
        assertThat(p.exactAt(THURSDAY)).isEqualByComparingTo("0.5");
        assertThat(p.ownKey).isEqualTo(THURSDAY);
    }
}
