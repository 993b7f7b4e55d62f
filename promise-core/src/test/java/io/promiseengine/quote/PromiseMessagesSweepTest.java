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

import io.promiseengine.model.Method;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every built-in language over seeded random options (methods, dates today to weeks ahead, every minute of the
 * day, deadlines from seconds to days away, old and new promises): every sentence is filled (no brace or
 * {@code #} left, no double or edge space) and the same call gives the same sentence. The seed is printed
 * with a failure, so it replays.
 */
class PromiseMessagesSweepTest {

    private static final long SEED = 20260917L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Method[] METHODS = {Method.HOME_DELIVERY, Method.COURIER, Method.COLLECT};

    private static PromiseOption option(Method method, Instant promised, Optional<Instant> orderBy) {
        return new PromiseOption(method, method == Method.COLLECT ? Optional.empty() : Optional.of("std"),
                method == Method.COLLECT ? Optional.of("store-1") : Optional.empty(),
                PARIS, promised, promised.atZone(PARIS).toLocalDate(), orderBy, 1.0, BigDecimal.ZERO, List.of());
    }

    private static void wellFormed(String sentence, Locale locale, long seed, int i) {
        assertThat(sentence).as("%s, seed %d, case %d", locale, seed, i)
                .doesNotContain("{", "}", "#", "  ")
                .doesNotStartWith(" ").doesNotEndWith(" ")
                .isNotBlank();
    }

    @Test
    void everySentenceOfEveryLanguageIsFilled() {
        Random random = new Random(SEED);
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 1_000; i++) {
            Instant now = base.plusSeconds(random.nextInt(365 * 24 * 3600));
            Method method = METHODS[random.nextInt(METHODS.length)];
            Instant promised = now.plusSeconds(random.nextInt(20 * 24 * 3600));
            Optional<Instant> orderBy = random.nextInt(4) == 0 ? Optional.empty()
                    : Optional.of(now.plusSeconds(random.nextInt(3) == 0 ? random.nextInt(120) : random.nextInt(3 * 24 * 3600)));
            PromiseOption o = option(method, promised, orderBy);
            PromiseOption moved = option(method, random.nextBoolean() ? promised.plusSeconds(random.nextInt(5 * 24 * 3600))
                    : promised.plusSeconds(60L * random.nextInt(600)), Optional.empty());
            for (Locale locale : PromiseMessages.builtInLocales()) {
                PromiseMessages m = PromiseMessages.of(locale);
                PromiseMessages.Message message = m.describe(o, now, id -> "Paris Bastille");
                wellFormed(message.promise(), locale, SEED, i);
                if (message.orderBy().isPresent()) {
                    wellFormed(message.orderBy().get(), locale, SEED, i);
                }
                wellFormed(m.change(o, Optional.of(moved)), locale, SEED, i);
                wellFormed(m.change(o, Optional.empty()), locale, SEED, i);
                assertThat(m.describe(o, now, id -> "Paris Bastille")).isEqualTo(message);
            }
        }
    }
}
