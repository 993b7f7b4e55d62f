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

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** A retailer's own wording: overrides of a built-in catalogue, a catalogue for another language, and errors. */
class PromiseMessagesCatalogueTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = OffsetDateTime.parse("2026-09-17T14:30:00+02:00").toInstant();

    private static PromiseOption delivery(String promisedAt, String orderBy) {
        Instant promised = OffsetDateTime.parse(promisedAt).toInstant();
        return new PromiseOption(Method.HOME_DELIVERY, Optional.of("std"), Optional.empty(), PARIS, promised, promised.atZone(PARIS).toLocalDate(),
                Optional.ofNullable(orderBy).map(o -> OffsetDateTime.parse(o).toInstant()), 0.95,
                BigDecimal.ZERO, List.of());
    }

    @Test
    void anOverrideChangesOneSentenceAndKeepsTheOthers() {
        PromiseMessages mine = PromiseMessages.builder(Locale.FRANCE)
                .wording("delivery.tomorrow", "Chez vous demain avant {time}")
                .build();
        PromiseOption tomorrow = delivery("2026-09-18T13:00:00+02:00", "2026-09-17T17:00:00+02:00");

        assertThat(mine.describe(tomorrow, NOW, id -> id)).isEqualTo(new PromiseMessages.Message(
                "Chez vous demain avant 13h00", Optional.of("Commandez dans les 2 h 30 min pour être livré demain")));
        assertThat(mine.locale()).isEqualTo(Locale.FRANCE);
        assertThat(PromiseMessages.french().describe(tomorrow, NOW, id -> id).promise())
                .isEqualTo("Livraison demain avant 13h00");
    }

    @Test
    void aCatalogueForAnotherLanguageStartsFromEnglish() {
        String portuguese = String.join("\n",
                "weekdays = segunda-feira, terça-feira, quarta-feira, quinta-feira, sexta-feira, sábado, domingo",
                "months = janeiro, fevereiro, março, abril, maio, junho, julho, agosto, setembro, outubro, novembro, dezembro",
                "time = {HH}:{mm}",
                "date = {weekday}, {d} de {month}",
                "delivery.other = Entrega {date} até às {time}");
        PromiseMessages pt = PromiseMessages.builder(Locale.forLanguageTag("pt-PT"))
                .read(new StringReader(portuguese))
                .build();

        assertThat(pt.locale()).isEqualTo(Locale.forLanguageTag("pt-PT"));
        assertThat(pt.describe(delivery("2026-09-19T09:00:00+02:00", null), NOW, id -> id).promise())
                .isEqualTo("Entrega sábado, 19 de setembro até às 09:00");
        // what the catalogue does not set is English, with the catalogue's dates and times
        assertThat(pt.describe(delivery("2026-09-18T09:00:00+02:00", null), NOW, id -> id).promise())
                .isEqualTo("Delivered tomorrow by 09:00");
    }

    @Test
    void everyBuiltInCatalogueSetsEveryKey() {
        assertThat(PromiseMessages.builtInLocales()).extracting(Locale::getLanguage)
                .containsExactly("en", "fr", "de", "es", "it", "nl");
        for (Locale locale : PromiseMessages.builtInLocales()) {
            Map<String, String> wordings = PromiseMessages.of(locale).wordings();
            List<String> required = PromiseMessages.keys().stream()
                    .filter(k -> !k.equals("time.am") && !k.equals("time.pm")).toList();
            assertThat(wordings.keySet()).as(locale.toString()).containsAll(required);
        }
        assertThat(PromiseMessages.english().wordings()).containsEntry("time.pm", "pm");
    }

    @Test
    void anUnknownKeyIsRefusedByName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PromiseMessages.builder(Locale.FRENCH).wording("delivery.tommorow", "Demain"))
                .withMessageStartingWith("unknown wording key 'delivery.tommorow'");
    }

    @Test
    void badTemplatesAreRefusedWithTheKeyAndTheText() {
        PromiseMessages.Builder b = PromiseMessages.builder(Locale.FRENCH);
        assertThatIllegalArgumentException().isThrownBy(() -> b.wording("delivery.today", "Livré avant {heure}"))
                .withMessage("wording delivery.today \"Livré avant {heure}\": unknown placeholder {heure}; "
                        + "it takes {date} {time} {hour}");
        assertThatIllegalArgumentException().isThrownBy(() -> b.wording("delivery.today", "Livré avant {time"))
                .withMessageEndingWith("the '{' at index 12 is never closed");
        assertThatIllegalArgumentException().isThrownBy(() -> b.wording("delivery.today", "Livré} avant"))
                .withMessageEndingWith("a '}' at index 5 closes nothing");
        assertThatIllegalArgumentException().isThrownBy(() -> b.wording("duration.hours", "{h:heure}"))
                .withMessageEndingWith("the choice {h:heure} needs two forms, 'one|other'");
        assertThatIllegalArgumentException().isThrownBy(() -> b.wording("delivery.today", "{time:a|b}"))
                .withMessageEndingWith("{time} is not a number, it cannot choose a form");
        assertThatIllegalArgumentException().isThrownBy(() -> b.wording("months", "janvier, février"))
                .withMessageEndingWith("2 items, expected 12 separated by commas");
        // nothing was set by the refused wordings
        assertThat(b.build().wordings()).isEqualTo(PromiseMessages.french().wordings());
    }

    @Test
    void aCatalogueIsCheckedWholeAndSetsNothingWhenOneWordingIsWrong() {
        Map<String, String> wordings = new LinkedHashMap<>();
        wordings.put("delivery.today", "Aujourd'hui {time}");
        wordings.put("delivery.tomorrow", "Demain {quand}");
        wordings.put("colect.today", "Retrait");
        PromiseMessages.Builder b = PromiseMessages.builder(Locale.FRENCH);

        assertThatIllegalArgumentException().isThrownBy(() -> b.wordings(wordings))
                .withMessage("unknown wording key 'colect.today'; PromiseMessages.keys() and docs/MESSAGES.md list the keys\n"
                        + "wording delivery.tomorrow \"Demain {quand}\": unknown placeholder {quand}; "
                        + "it takes {date} {time} {hour}");
        assertThat(b.build().wordings()).containsEntry("delivery.today", "Livraison aujourd'hui avant {time}");
    }

    @Test
    void aNullTextIsAProblemOfTheCatalogue() {
        Map<String, String> wordings = new LinkedHashMap<>();
        wordings.put("delivery.today", null);

        assertThatIllegalArgumentException().isThrownBy(() -> PromiseMessages.builder(Locale.FRENCH).wordings(wordings))
                .withMessage("wording delivery.today: null text");
    }

    @Test
    void theHashSignIsTheNumberInAChosenForm() {
        PromiseMessages mine = PromiseMessages.builder(Locale.ENGLISH)
                .wording("duration.hours", "{h:one hour|# hours}")
                .build();
        PromiseOption o = delivery("2026-09-19T18:00:00+02:00", "2026-09-17T15:30:00+02:00");
        PromiseOption p = delivery("2026-09-19T18:00:00+02:00", "2026-09-17T17:30:00+02:00");

        assertThat(mine.describe(o, NOW, id -> id).orderBy()).contains("Order within one hour for delivery on Saturday 19 September");
        assertThat(mine.describe(p, NOW, id -> id).orderBy()).contains("Order within 3 hours for delivery on Saturday 19 September");
    }

    @Test
    void keysAreListedInTheCataloguesOrder() {
        assertThat(PromiseMessages.keys()).startsWith("weekdays", "months", "time.am", "time.pm", "time")
                .endsWith("change.collect.lost", "change.window.moved", "change.window.lost").hasSize(51);
    }

    @Test
    void aCatalogueBuiltFromNothingMustSetEveryKey() {
        assertThatIllegalStateException().isThrownBy(() -> new PromiseMessages.Builder(Locale.FRENCH, null).build())
                .withMessageStartingWith("the messages for fr have no wording for [weekdays, months, time, time.hour, date,");
    }
}
