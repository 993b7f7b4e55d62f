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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The sentences of a SCHEDULED option's windows in the six built-in languages (docs/MESSAGES.md), read on
 * Thursday 17 September 2026 at 12:30 in Paris.
 */
class WindowMessagesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = at("2026-09-17T12:30:00+02:00");

    private static Instant at(String t) {
        return OffsetDateTime.parse(t).toInstant();
    }

    /** Saturday 14:00-16:00 (order by Friday 20:00), Friday 18:00-20:00 (order by today 15:00), today 18:30-20:00. */
    private static final DeliveryWindow SATURDAY = new DeliveryWindow(at("2026-09-19T14:00:00+02:00"),
            at("2026-09-19T16:00:00+02:00"), "wh", at("2026-09-18T20:00:00+02:00"));
    private static final DeliveryWindow FRIDAY = new DeliveryWindow(at("2026-09-18T18:00:00+02:00"),
            at("2026-09-18T20:00:00+02:00"), "wh", at("2026-09-17T15:00:00+02:00"));
    private static final DeliveryWindow TODAY = new DeliveryWindow(at("2026-09-17T18:30:00+02:00"),
            at("2026-09-17T20:00:00+02:00"), "wh", at("2026-09-17T16:30:00+02:00"));

    private static PromiseOption option(DeliveryWindow... windows) {
        return new PromiseOption(Method.SCHEDULED, Optional.of("vans"), Optional.empty(), PARIS, windows[0].end(),
                LocalDate.ofInstant(windows[0].start(), PARIS), Optional.of(windows[0].orderBy()), 1.0, new BigDecimal("6.9"),
                List.of(), List.of(windows));
    }

    private static final PromiseOption OPTION = option(TODAY, FRIDAY, SATURDAY);

    private static List<String> all(java.util.function.Function<PromiseMessages, String> sentence) {
        return PromiseMessages.builtInLocales().stream().map(l -> sentence.apply(PromiseMessages.of(l))).toList();
    }

    @Test
    void aWindowIsDeliveryOnItsDateBetweenItsStartAndEnd() {
        // en, fr, de, es, it, nl
        assertThat(all(m -> m.describe(OPTION, SATURDAY, NOW).promise())).containsExactly(
                "Delivered on Saturday 19 September between 2:00 pm and 4:00 pm",
                "Livraison le samedi 19 septembre entre 14h00 et 16h00",
                "Lieferung am Samstag, 19. September zwischen 14:00 Uhr und 16:00 Uhr",
                "Entrega el sábado 19 de septiembre entre las 14:00 y las 16:00",
                "Consegna sabato 19 settembre tra le 14:00 e le 16:00",
                "Bezorging op zaterdag 19 september tussen 14:00 en 16:00");
        assertThat(PromiseMessages.french().describe(OPTION, FRIDAY, NOW).promise())
                .isEqualTo("Livraison demain entre 18h00 et 20h00");
        assertThat(PromiseMessages.french().describe(OPTION, TODAY, NOW).promise())
                .isEqualTo("Livraison aujourd'hui entre 18h30 et 20h00");
    }

    @Test
    void theDeadlineOfAWindowNamesItsTimeAndTheWindowShort() {
        assertThat(all(m -> m.deadline(option(FRIDAY), FRIDAY, NOW).orElseThrow())).containsExactly(
                "Order by 3:00 pm for delivery tomorrow between 6 pm and 8 pm",
                "Commandez avant 15h00 pour être livré demain entre 18h et 20h",
                "Bestellen Sie bis 15:00 Uhr für die Lieferung morgen zwischen 18 Uhr und 20 Uhr",
                "Haz tu pedido antes de las 15:00 para recibirlo mañana entre las 18:00 y las 20:00",
                "Ordina entro le 15:00 per riceverlo domani tra le 18:00 e le 20:00",
                "Bestel vóór 15:00 voor bezorging morgen tussen 18:00 en 20:00");
    }

    @Test
    void theIssuesSentence_aWindowLaterThisWeekIsNamedByItsWeekday() {
        // read on Wednesday at 12:30: Friday's window is two days away, its deadline today at 15:00
        Instant wednesday = at("2026-09-16T12:30:00+02:00");
        DeliveryWindow friday = new DeliveryWindow(FRIDAY.start(), FRIDAY.end(), "wh", at("2026-09-16T15:00:00+02:00"));
        assertThat(PromiseMessages.french().deadline(option(friday), friday, wednesday).orElseThrow())
                .isEqualTo("Commandez avant 15h00 pour être livré vendredi entre 18h et 20h");
        // read the evening before: the deadline is named by its date
        assertThat(PromiseMessages.french().deadline(option(friday), friday, at("2026-09-15T20:00:00+02:00")).orElseThrow())
                .isEqualTo("Commandez avant le mercredi 16 septembre à 15h00 pour être livré vendredi entre 18h et 20h");
    }

    @Test
    void theCountdownOfAWindowIsTheTimeLeftToItsOrderBy() {
        assertThat(all(m -> m.describe(OPTION, FRIDAY, NOW).orderBy().orElseThrow())).containsExactly(
                "Order within 2 h 30 min for delivery tomorrow between 6 pm and 8 pm",
                "Commandez dans les 2 h 30 min pour être livré demain entre 18h et 20h",
                "Bestellen Sie innerhalb von 2 Std. 30 Min. für die Lieferung morgen zwischen 18 Uhr und 20 Uhr",
                "Haz tu pedido en las próximas 2 h y 30 min para recibirlo mañana entre las 18:00 y las 20:00",
                "Ordina entro 2 ore e 30 minuti per riceverlo domani tra le 18:00 e le 20:00",
                "Bestel binnen 2 uur en 30 minuten voor bezorging morgen tussen 18:00 en 20:00");
        // more than 24 h away: the deadline's date and time; past: nothing
        assertThat(PromiseMessages.french().describe(OPTION, SATURDAY, NOW).orderBy()).contains(
                "Commandez avant le vendredi 18 septembre à 20h00 pour être livré samedi entre 14h et 16h");
        assertThat(PromiseMessages.french().describe(OPTION, TODAY, at("2026-09-17T16:30:01+02:00")).orderBy()).isEmpty();
    }

    @Test
    void theOptionReadsAsItsFirstWindow() {
        assertThat(PromiseMessages.french().describe(OPTION, NOW, id -> id).promise())
                .isEqualTo("Livraison aujourd'hui entre 18h30 et 20h00");
        assertThat(PromiseMessages.of(Locale.ENGLISH).describe(OPTION, NOW, id -> id).orderBy())
                .contains("Order within 4 h for delivery today");
    }

    @Test
    void aWindowOfAnotherOptionIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> PromiseMessages.french().describe(option(FRIDAY), SATURDAY, NOW))
                .withMessageContaining("is not one of the option's windows");
    }
}
