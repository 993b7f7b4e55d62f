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

import io.promiseengine.live.MutableClock;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.promiseengine.fixtures.SpecNetwork.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TransitLearnerTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = at("2026-09-21T00:00:00+02:00");

    private static TransitLearner learner(double priorWeight, Clock clock) {
        return TransitLearner.builder(LearningNetwork.network()).halfLife(Duration.ofDays(3)).priorWeight(priorWeight)
                .clock(clock).build();
    }

    private static Clock fixed(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    /** Collected Thursday 17 September at 17:00, delivered {@code k} delivery days later at 10:00. */
    private static DeliveryOutcome fromMarneToParis(int k) {
        LocalDate date = LocalDate.parse("2026-09-17");
        for (int i = 0; i < k; i++) {
            date = date.plusDays(date.getDayOfWeek() == java.time.DayOfWeek.SATURDAY ? 2 : 1);
        }
        return new DeliveryOutcome("std", "77700", "75015", at("2026-09-17T17:00:00+02:00"),
                date.atTime(10, 0).atZone(PARIS).toInstant());
    }

    @Test
    void anOutcomeIsCountedOnTheLaneAQuoteWouldUse() {
        TransitLearner learner = learner(20, fixed(NOW));
        Instant shipped = at("2026-09-17T17:00:00+02:00");
        Instant delivered = at("2026-09-18T10:00:00+02:00");
        assertThat(learner.record(new DeliveryOutcome("std", "77700", "75015", shipped, delivered)).orElseThrow())
                .isEqualTo(new Observation("std", LearningNetwork.MARNE_TO_PARIS, 1, delivered));
        // the longest "to" wins over the longest "from"
        assertThat(learner.record(new DeliveryOutcome("std", "13127", "75015", shipped, delivered)).orElseThrow().lane())
                .isEqualTo(LearningNetwork.TO_PARIS);
        assertThat(learner.record(new DeliveryOutcome("std", "77700", "69002", shipped, delivered)).orElseThrow().lane())
                .isEqualTo(LearningNetwork.MARNE_ANYWHERE);
        assertThat(learner.record(new DeliveryOutcome("std", "", "", shipped, delivered)).orElseThrow().lane())
                .isEqualTo(LearningNetwork.EVERYWHERE);
    }

    @Test
    void anOutcomeWithoutServiceOrLaneIsNotCounted() {
        TransitLearner learner = learner(20, fixed(NOW));
        Instant shipped = at("2026-09-17T19:00:00+02:00");
        Instant delivered = at("2026-09-21T10:00:00+02:00");
        assertThat(learner.record(new DeliveryOutcome("nope", "77700", "75015", shipped, delivered))).isEmpty();
        assertThat(learner.record(new DeliveryOutcome("island", "77700", "75015", shipped, delivered))).isEmpty();
        assertThat(learner.lane("island", "77700", "20000")).isPresent();
    }

    @Test
    void withoutDeliveriesALaneKeepsItsConfiguredDistribution() {
        TransitLearner learner = learner(20, fixed(NOW));
        assertThat(learner.distribution("std", "77", "75")).isEqualTo(LearningNetwork.MARNE_TO_PARIS.days());
        assertThat(learner.deliveries("std", "77", "75")).isZero();
        assertThat(learner.network()).isEqualTo(LearningNetwork.network());
    }

    @Test
    void thePriorWeighsAsManyDeliveriesAsItsWeight() {
        TransitLearner learner = learner(20, fixed(at("2026-09-18T10:00:00+02:00")));
        for (int i = 0; i < 20; i++) {
            learner.record(fromMarneToParis(1));
        }
        assertThat(learner.deliveries("std", "77", "75")).isCloseTo(20, within(1e-9));
        // 20 x {1: 0.88, 2: 0.12} + 20 x {1: 1}
        assertThat(learner.distribution("std", "77", "75")).isEqualTo(MassFunction.of(1, 0.94, 2, 0.06));
    }

    /** Deliveries later than their lanes' configured median by 2 days move the prior of every lane by 2 days. */
    @Test
    void aCarrierDelaySeenOnSomeLanesMovesThePriorOfTheOthers() {
        TransitLearner learner = learner(20, fixed(at("2026-09-21T10:00:00+02:00")));
        for (int i = 0; i < 19; i++) {
            learner.record(fromMarneToParis(3));
        }
        // below the prior's weight in deliveries: no delay yet
        assertThat(learner.distribution("std", "", "75")).isEqualTo(MassFunction.of(2, 1.0));
        learner.record(fromMarneToParis(3));
        assertThat(learner.distribution("std", "", "75")).isEqualTo(MassFunction.of(4, 1.0));
        assertThat(learner.distribution("std", "", "")).isEqualTo(MassFunction.of(4, 0.7, 5, 0.3));
        // the lane with deliveries: 20 x {3: 0.88, 4: 0.12} + 20 x {3: 1}
        assertThat(learner.distribution("std", "77", "75")).isEqualTo(MassFunction.of(3, 0.94, 4, 0.06));
    }

    @Test
    void aDeliveryOneHalfLifeOldWeighsHalf() {
        Instant deliveredNow = at("2026-09-21T10:00:00+02:00");
        TransitLearner learner = learner(0, fixed(deliveredNow));
        learner.record(fromMarneToParis(3)); // delivered Monday 21 at 10:00: now
        learner.record(new DeliveryOutcome("std", "77700", "75015", at("2026-09-17T12:00:00+02:00"),
                deliveredNow.minus(Duration.ofDays(3)))); // Friday 18 at 10:00: one day
        assertThat(learner.distribution("std", "77", "75")).isEqualTo(MassFunction.of(1, 0.333333, 3, 0.666667));
        assertThat(learner.deliveries("std", "77", "75")).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void deliveriesAgeWithTheClock() {
        Instant t = at("2026-09-21T10:00:00+02:00");
        MutableClock clock = new MutableClock(t);
        TransitLearner learner = learner(20, clock);
        for (int i = 0; i < 40; i++) {
            learner.record(fromMarneToParis(3));
        }
        clock.set(t.plus(Duration.ofDays(6)));
        assertThat(learner.deliveries("std", "77", "75")).isCloseTo(10, within(1e-9));
        // 20 of prior, 10 of deliveries at k = 3 (weighing less than the prior: no carrier delay)
        assertThat(learner.distribution("std", "77", "75").asMap().get(3)).isCloseTo(1 / 3.0, within(1e-6));
    }

    @Test
    void learnedMassesSumToExactlyOneAndDoNotDependOnTheOrderOfOutcomes() {
        Random random = new Random(8);
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        Instant base = at("2026-09-01T12:00:00+02:00");
        for (int i = 0; i < 500; i++) {
            Instant shipped = base.plusSeconds(random.nextInt(20 * 86_400));
            Instant delivered = shipped.plusSeconds(3600 + random.nextInt(6 * 86_400));
            String origin = random.nextBoolean() ? "77700" : "13127";
            String destination = random.nextBoolean() ? "75015" : "69002";
            outcomes.add(new DeliveryOutcome("std", origin, destination, shipped, delivered));
        }
        TransitLearner inOrder = learner(7.5, fixed(base.plus(Duration.ofDays(30))));
        TransitLearner shuffled = learner(7.5, fixed(base.plus(Duration.ofDays(30))));
        outcomes.forEach(inOrder::record);
        Collections.shuffle(outcomes, random);
        outcomes.forEach(shuffled::record);
        for (String[] lane : new String[][] {{"", ""}, {"77", ""}, {"", "75"}, {"77", "75"}}) {
            MassFunction learned = inOrder.distribution("std", lane[0], lane[1]);
            BigDecimal sum = BigDecimal.ZERO;
            for (double m : learned.asMap().values()) {
                sum = sum.add(BigDecimal.valueOf(m));
            }
            assertThat(sum).as("lane %s", (Object) lane).isEqualByComparingTo(BigDecimal.ONE);
            Map<Integer, Double> other = shuffled.distribution("std", lane[0], lane[1]).asMap();
            assertThat(other.keySet()).isEqualTo(learned.asMap().keySet());
            learned.asMap().forEach((k, m) -> assertThat(other.get(k)).isCloseTo(m, within(2e-6)));
        }
    }

    @Test
    void theLearnedNetworkReplacesOnlyTheLanesOfTheLearnedServices() {
        TransitLearner learner = learner(20, fixed(at("2026-09-18T10:00:00+02:00")));
        for (int i = 0; i < 20; i++) {
            learner.record(fromMarneToParis(1));
        }
        Network learned = learner.network();
        HomeDeliveryService std = (HomeDeliveryService) learned.services().get(0);
        assertThat(std.lanes().get(3).days()).isEqualTo(MassFunction.of(1, 0.94, 2, 0.06));
        assertThat(std.lanes().subList(0, 3)).containsExactly(LearningNetwork.EVERYWHERE, LearningNetwork.MARNE_ANYWHERE,
                LearningNetwork.TO_PARIS);
        assertThat(learned.services().get(1)).isEqualTo(LearningNetwork.network().services().get(1));
        assertThat(learned.locations()).isEqualTo(LearningNetwork.network().locations());
    }

    /** A carrier delivering Marne to Paris next day 88 times in 100 slows to 3 days: quotes notice within days. */
    @Test
    void aCarrierThatSlowsDownIsNoticedWithinAFewDaysOfDeliveries() {
        Instant start = at("2026-09-01T00:00:00+02:00");
        MutableClock clock = new MutableClock(start);
        Network all = LearningNetwork.network();
        // Marne alone holds the t-shirt: else Vitrolles's two-day lane to Paris would win once Marne slows down
        Network network = all.withInventory(List.of(io.promiseengine.model.StockLevel.of("wh-marne", "TSHIRT-M", 100)),
                List.of(), List.of());
        TransitLearner learner = TransitLearner.builder(network).clock(clock).build(); // defaults: 3 days, 20
        PromiseEngine engine = PromiseEngine.builder(network).clock(clock).build();
        DeliveryDays days = DeliveryDays.of(network, (HomeDeliveryService) network.services().get(0));
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        // four weeks as configured: 50 parcels collected at 17:00 every day, 44 next day, 6 the day after
        for (int day = 0; day < 28; day++) {
            outcomes.addAll(parcelsOf(start.plus(Duration.ofDays(day)), 50, i -> i % 25 < 22 ? 1 : 2, days));
        }
        // then every parcel collected from Tuesday 29 September takes 3 delivery days
        for (int day = 28; day < 31; day++) {
            outcomes.addAll(parcelsOf(start.plus(Duration.ofDays(day)), 50, i -> 3, days));
        }
        outcomes.sort(java.util.Comparator.comparing(DeliveryOutcome::deliveredAt));

        Instant thursday = at("2026-10-01T00:00:00+02:00");
        publishDeliveredBy(thursday, outcomes, learner, clock, engine);
        assertThat(promisedDate(engine, at("2026-10-01T09:00:00+02:00"))).isEqualTo("2026-10-03"); // 0.88 < 0.9: Saturday

        // Saturday: the first slow parcels (collected Tuesday) were delivered on Friday, one day late
        Instant saturday = at("2026-10-03T00:00:00+02:00");
        publishDeliveredBy(saturday, outcomes, learner, clock, engine);
        assertThat(learner.distribution("std", "77", "75").cumulative(1)).isLessThan(0.9);
        // ordered Monday, collected Monday at 12:00: three delivery days, Thursday
        assertThat(promisedDate(engine, at("2026-10-05T09:00:00+02:00"))).isEqualTo("2026-10-08");
    }

    private static List<DeliveryOutcome> parcelsOf(Instant day, int parcels, java.util.function.IntUnaryOperator k,
                                                   DeliveryDays days) {
        Instant shipped = day.atZone(PARIS).withHour(17).toInstant();
        List<DeliveryOutcome> out = new ArrayList<>();
        for (int i = 0; i < parcels; i++) {
            LocalDate date = days.deliveryDate(shipped, PARIS, k.applyAsInt(i));
            Instant delivered = date.atTime(9, 0).atZone(PARIS).toInstant().plusSeconds(i * 60L);
            out.add(new DeliveryOutcome("std", "77700", "75015", shipped, delivered));
        }
        return out;
    }

    /** Records the outcomes delivered by {@code now} (and not yet recorded), then publishes as of {@code now}. */
    private static void publishDeliveredBy(Instant now, List<DeliveryOutcome> outcomes, TransitLearner learner,
                                           MutableClock clock, PromiseEngine engine) {
        while (!outcomes.isEmpty() && !outcomes.get(0).deliveredAt().isAfter(now)) {
            learner.record(outcomes.remove(0));
        }
        clock.set(now);
        learner.publishTo(engine);
    }

    private static LocalDate promisedDate(PromiseEngine engine, Instant at) {
        PromiseOption option = engine.quote(QuoteRequest.builder(at, Destination.postalCode("75015")).line("TSHIRT-M", 1)
                .methods(Method.HOME_DELIVERY).confidence(0.9).build()).options().get(0);
        assertThat(option.shipments().get(0).from()).isEqualTo("wh-marne");
        return option.date();
    }

    @Test
    void theBuilderRefusesBadSettings() {
        TransitLearner.Builder b = TransitLearner.builder(LearningNetwork.network());
        assertThatThrownBy(() -> b.halfLife(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("halfLife must be at least 1 second, was PT0S");
        assertThatThrownBy(() -> b.priorWeight(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("priorWeight must be a finite number >= 0, was -1.0");
        assertThatThrownBy(() -> b.priorWeight(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> learner(20, fixed(NOW)).distribution("std", "99", "75"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("service \"std\" has no lane from \"99\" to \"75\"");
    }
}
