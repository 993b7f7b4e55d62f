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
package io.promiseengine.model;

import io.promiseengine.internal.time.Slots;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The slot-start rule of spec 2.1 as the model states it ({@link Preparation#slotStart}), which validation and
 * the documents use, against the engine's own table-driven {@link Slots} and a linear walk over the slots of
 * the local date.
 */
class PreparationSlotStartTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final long SEED = 20261206L;

    private static Instant t(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    private static Preparation slots(Duration slot) {
        return Preparation.of(Duration.ofMinutes(30), slot, 4);
    }

    @Test
    void theLastSlotOfA25HourDayRunsToMidnight() {
        assertThat(slots(Duration.ofHours(1)).slotStart(t("2026-10-25T23:30:00+01:00"), PARIS))
                .isEqualTo(t("2026-10-25T22:00:00+01:00"));
    }

    @Test
    void slotsOfA23HourDayCountElapsedTimeFromMidnight() {
        assertThat(slots(Duration.ofHours(1)).slotStart(t("2026-03-29T03:30:00+02:00"), PARIS))
                .isEqualTo(t("2026-03-29T03:00:00+02:00"));
        Preparation twoHours = slots(Duration.ofHours(2));
        assertThat(twoHours.slotStart(t("2026-03-29T03:00:00+02:00"), PARIS)).isEqualTo(t("2026-03-29T03:00:00+02:00"));
        assertThat(twoHours.slotStart(t("2026-03-29T04:00:00+02:00"), PARIS)).isEqualTo(t("2026-03-29T03:00:00+02:00"));
    }

    @Test
    void aFractionOfASecondIsIgnored() {
        assertThat(slots(Duration.ofHours(1)).slotStart(t("2026-09-17T14:00:00.999+02:00"), PARIS))
                .isEqualTo(t("2026-09-17T14:00:00+02:00"));
    }

    @Test
    void aPreparationWithoutCapacityLimitHasNoSlots() {
        assertThatThrownBy(() -> Preparation.of(Duration.ofHours(1)).slotStart(t("2026-09-17T14:00:00+02:00"), PARIS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no slots");
    }

    @Test
    void anInstantOutsideTheModelsRangeIsRefusedByName() {
        assertThatThrownBy(() -> slots(Duration.ofHours(1)).slotStart(Instant.MAX, PARIS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("at must be between");
    }

    @Test
    void agreesWithTheEnginesSlotsAndWithAWalkOverTheDatesSlots() {
        List<ZoneId> zones = List.of(PARIS, ZoneId.of("America/Sao_Paulo"), ZoneId.of("Australia/Lord_Howe"),
                ZoneId.of("Asia/Kathmandu"), ZoneId.of("America/St_Johns"), ZoneId.of("UTC"));
        List<Duration> lengths = List.of(Duration.ofSeconds(450), Duration.ofMinutes(15), Duration.ofMinutes(45),
                Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3), Duration.ofHours(8), Duration.ofHours(24));
        SplittableRandom random = new SplittableRandom(SEED);
        long from = t("2017-01-01T00:00:00Z").getEpochSecond();
        long to = t("2031-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 5_000; i++) {
            ZoneId zone = zones.get(random.nextInt(zones.size()));
            Duration length = lengths.get(random.nextInt(lengths.size()));
            // half the instants near a local midnight, where the days of 23 h and 25 h differ
            long s = random.nextLong(from, to);
            if (random.nextBoolean()) {
                LocalDate date = Instant.ofEpochSecond(s).atZone(zone).toLocalDate();
                s = date.atStartOfDay(zone).toEpochSecond() + random.nextLong(-7_200, 7_200);
            }
            Instant at = Instant.ofEpochSecond(s);
            Instant start = slots(length).slotStart(at, zone);
            String what = "seed " + SEED + ", draw " + i + ": " + at + " in " + zone + " with slots of " + length;
            assertThat(start.getEpochSecond()).as(what).isEqualTo(Slots.slotStart(s, zone, length.getSeconds()));
            assertThat(start).as(what).isEqualTo(walk(at, zone, length));
        }
    }

    /** The latest of the date's slot starts (first instant + k x slot, k below the slots per 24 h) not after {@code at}. */
    private static Instant walk(Instant at, ZoneId zone, Duration slot) {
        ZonedDateTime first = at.atZone(zone).toLocalDate().atStartOfDay(zone);
        Instant latest = first.toInstant();
        for (long k = 1; k < Duration.ofHours(24).dividedBy(slot); k++) {
            Instant start = first.toInstant().plus(slot.multipliedBy(k));
            if (!start.isAfter(at)) {
                latest = start;
            }
        }
        return latest;
    }
}
