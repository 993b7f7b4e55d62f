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
package io.promiseengine.internal.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The offset table resolves local times exactly as java.time does, gaps and overlaps included. */
class ZoneOffsetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Paris", "America/New_York", "Australia/Lord_Howe", "America/Santiago",
            "Asia/Kolkata", "UTC", "America/Havana", "Pacific/Apia"})
    void everyQuarterHourOfTransitionDaysResolvesAsZonedDateTimeOf(String id) {
        ZoneId zone = ZoneId.of(id);
        ZoneOffsets offsets = ZoneOffsets.of(zone);
        for (LocalDate date = LocalDate.of(2025, 1, 1); date.isBefore(LocalDate.of(2028, 1, 1)); date = date.plusDays(1)) {
            boolean transitionDay = !zone.getRules().getOffset(date.atStartOfDay())
                    .equals(zone.getRules().getOffset(date.plusDays(1).atStartOfDay()));
            assertThat(offsets.startOfDay(date.toEpochDay()))
                    .as("start of %s in %s", date, id)
                    .isEqualTo(date.atStartOfDay(zone).toEpochSecond());
            if (transitionDay || date.getDayOfMonth() == 1) {
                for (int minute = 0; minute <= 1440; minute += 15) {
                    LocalDateTime local = date.atStartOfDay().plusMinutes(minute);
                    assertThat(offsets.toEpochSecond(local.toEpochSecond(ZoneOffset.UTC)))
                            .as("%s in %s", local, id)
                            .isEqualTo(ZonedDateTime.of(local, zone).toEpochSecond());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L})
    void randomLocalSecondsResolveAsZonedDateTimeOf(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (String id : ZoneId.getAvailableZoneIds().stream().sorted().toList()) {
            ZoneId zone = ZoneId.of(id);
            ZoneOffsets offsets = ZoneOffsets.of(zone);
            for (int i = 0; i < 50; i++) {
                long local = random.nextLong(LocalDate.of(1971, 1, 1).toEpochDay() * 86_400,
                        LocalDate.of(2100, 1, 1).toEpochDay() * 86_400);
                LocalDateTime ldt = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
                assertThat(offsets.toEpochSecond(local)).as("%s in %s", ldt, id)
                        .isEqualTo(ZonedDateTime.of(ldt, zone).toEpochSecond());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Paris", "America/Santiago", "America/Havana"})
    void slotStartsAndEndsMatchTheDateArithmetic(String id) {
        ZoneId zone = ZoneId.of(id);
        ZoneOffsets offsets = ZoneOffsets.of(zone);
        long from = LocalDate.of(2026, 1, 1).atStartOfDay(zone).toEpochSecond();
        long to = LocalDate.of(2027, 1, 1).atStartOfDay(zone).toEpochSecond();
        for (long s = from; s < to; s += 1_800 + 7) {
            LocalDate date = java.time.Instant.ofEpochSecond(s).atZone(zone).toLocalDate();
            long first = date.atStartOfDay(zone).toEpochSecond();
            long next = date.plusDays(1).atStartOfDay(zone).toEpochSecond();
            long k = Math.min((s - first) / 3_600, 23);
            long start = first + k * 3_600;
            assertThat(Slots.slotStart(s, offsets, 3_600)).isEqualTo(start);
            assertThat(Slots.slotEnd(start, offsets, 3_600)).isEqualTo(k == 23 ? next : Math.min(next, start + 3_600));
        }
    }
}
