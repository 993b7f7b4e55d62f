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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PromiseMessagesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Thursday 17 September 2026, 14:30 in Paris: the spec's worked example. */
    private static final Instant NOW = at("2026-09-17T14:30:00+02:00");
    private static final Map<String, String> NAMES = Map.of("store-paris-7", "Paris Tour Eiffel",
            "store-paris-11", "Paris Bastille");

    private final PromiseMessages fr = PromiseMessages.french();
    private final PromiseMessages en = PromiseMessages.english();

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static PromiseOption collect(String store, String promisedAt, String orderBy) {
        return option(Method.COLLECT, "", store, PARIS, promisedAt, orderBy);
    }

    private static PromiseOption delivery(Method method, String promisedAt, String orderBy) {
        return option(method, method == Method.COURIER ? "courier-2h" : "std", "", PARIS, promisedAt, orderBy);
    }

    private static PromiseOption option(Method method, String service, String store, ZoneId zone, String promisedAt,
                                        String orderBy) {
        Instant promised = at(promisedAt);
        return new PromiseOption(method, Optional.of(service).filter(s -> !s.isEmpty()),
                Optional.of(store).filter(s -> !s.isEmpty()), zone, promised, promised.atZone(zone).toLocalDate(),
                Optional.ofNullable(orderBy).map(PromiseMessagesTest::at), 1.0,
                method == Method.COLLECT ? BigDecimal.ZERO : new BigDecimal("4.90"), List.of());
    }

    private PromiseMessages.Message fr(PromiseOption option) {
        return fr.describe(option, NOW, NAMES::get);
    }

    private PromiseMessages.Message en(PromiseOption option) {
        return en.describe(option, NOW, NAMES::get);
    }

    @Test
    void collectToday() {
        PromiseOption o = collect("store-paris-7", "2026-09-17T16:00:00+02:00", "2026-09-17T18:59:59+02:00");

        assertThat(fr(o)).isEqualTo(new PromiseMessages.Message("Retrait dès 16h00 au magasin Paris Tour Eiffel",
                Optional.of("Commandez dans les 4 h 29 min pour un retrait aujourd'hui")));
        assertThat(en(o)).isEqualTo(new PromiseMessages.Message("Pick up from 4:00 pm today at Paris Tour Eiffel",
                Optional.of("Order within 4 h 29 min to pick up today")));
    }

    @Test
    void collectTomorrow() {
        PromiseOption o = collect("store-paris-11", "2026-09-18T11:00:00+02:00", "2026-09-17T18:00:00+02:00");

        assertThat(fr(o).promise()).isEqualTo("Retrait demain dès 11h00 au magasin Paris Bastille");
        assertThat(fr(o).orderBy()).contains("Commandez dans les 3 h 30 min pour un retrait demain");
        assertThat(en(o).promise()).isEqualTo("Pick up tomorrow from 11:00 am at Paris Bastille");
        assertThat(en(o).orderBy()).contains("Order within 3 h 30 min to pick up tomorrow");
    }

    @Test
    void collectOnAnotherDay() {
        PromiseOption o = collect("store-paris-11", "2026-09-19T11:00:00+02:00", "2026-09-17T15:15:00+02:00");

        assertThat(fr(o).promise()).isEqualTo("Retrait le samedi 19 septembre dès 11h00 au magasin Paris Bastille");
        assertThat(fr(o).orderBy()).contains("Commandez dans les 45 min pour un retrait le samedi 19 septembre");
        assertThat(en(o).promise()).isEqualTo("Pick up on Saturday 19 September from 11:00 am at Paris Bastille");
        assertThat(en(o).orderBy()).contains("Order within 45 min to pick up on Saturday 19 September");
    }

    @Test
    void anUnnamedStoreIsCalledByItsId() {
        PromiseOption o = collect("store-lyon-2", "2026-09-17T16:00:00+02:00", null);

        assertThat(fr(o).promise()).isEqualTo("Retrait dès 16h00 au magasin store-lyon-2");
        assertThat(en.describe(o, NOW, id -> "").promise()).isEqualTo("Pick up from 4:00 pm today at store-lyon-2");
    }

    @Test
    void homeDeliveryTomorrow() {
        PromiseOption o = delivery(Method.HOME_DELIVERY, "2026-09-18T13:00:00+02:00", "2026-09-17T17:00:00+02:00");

        assertThat(fr(o)).isEqualTo(new PromiseMessages.Message("Livraison demain avant 13h00",
                Optional.of("Commandez dans les 2 h 30 min pour être livré demain")));
        assertThat(en(o)).isEqualTo(new PromiseMessages.Message("Delivered tomorrow by 1:00 pm",
                Optional.of("Order within 2 h 30 min for delivery tomorrow")));
    }

    @Test
    void homeDeliveryOnAnotherDay() {
        PromiseOption o = delivery(Method.HOME_DELIVERY, "2026-09-19T18:00:00+02:00", "2026-09-17T15:30:00+02:00");

        assertThat(fr(o).promise()).isEqualTo("Livraison le samedi 19 septembre avant 18h00");
        assertThat(fr(o).orderBy()).contains("Commandez dans les 1 h pour être livré le samedi 19 septembre");
        assertThat(en(o).promise()).isEqualTo("Delivered on Saturday 19 September by 6:00 pm");
        assertThat(en(o).orderBy()).contains("Order within 1 h for delivery on Saturday 19 September");
    }

    @Test
    void courierToday() {
        PromiseOption o = delivery(Method.COURIER, "2026-09-17T17:30:00+02:00", "2026-09-17T16:35:00+02:00");

        assertThat(fr(o).promise()).isEqualTo("Livraison aujourd'hui avant 17h30");
        assertThat(fr(o).orderBy()).contains("Commandez dans les 2 h 5 min pour être livré aujourd'hui");
        assertThat(en(o).promise()).isEqualTo("Delivered today by 5:30 pm");
        assertThat(en(o).orderBy()).contains("Order within 2 h 5 min for delivery today");
    }

    @Test
    void courierTomorrowReadsAsHomeDelivery() {
        PromiseOption o = delivery(Method.COURIER, "2026-09-18T10:30:00+02:00", null);

        assertThat(fr(o).promise()).isEqualTo("Livraison demain avant 10h30");
        assertThat(en(o).promise()).isEqualTo("Delivered tomorrow by 10:30 am");
    }

    @Test
    void timeLeftIsRoundedDown() {
        PromiseOption o = delivery(Method.HOME_DELIVERY, "2026-09-18T13:00:00+02:00", "2026-09-17T15:29:59+02:00");

        assertThat(fr(o).orderBy()).contains("Commandez dans les 59 min pour être livré demain");
        assertThat(en(o).orderBy()).contains("Order within 59 min for delivery tomorrow");
    }

    @Test
    void underAMinuteSaysSo() {
        for (String orderBy : List.of("2026-09-17T14:30:59+02:00", "2026-09-17T14:30:00+02:00")) {
            PromiseOption o = delivery(Method.HOME_DELIVERY, "2026-09-18T13:00:00+02:00", orderBy);

            assertThat(fr(o).orderBy()).contains("Commandez dans moins d'une minute pour être livré demain");
            assertThat(en(o).orderBy()).contains("Order within the next minute for delivery tomorrow");
        }
    }

    @Test
    void moreThanADayAwayNamesTheDeadline() {
        Instant wednesday = at("2026-09-16T18:00:00+02:00");
        PromiseOption o = delivery(Method.HOME_DELIVERY, "2026-09-19T18:00:00+02:00", "2026-09-17T18:59:59+02:00");

        assertThat(fr.describe(o, wednesday, NAMES::get).orderBy())
                .contains("Commandez avant le jeudi 17 septembre à 18h59 pour être livré le samedi 19 septembre");
        assertThat(en.describe(o, wednesday, NAMES::get).orderBy())
                .contains("Order by Thursday 17 September 6:59 pm for delivery on Saturday 19 September");
        PromiseOption c = collect("store-paris-11", "2026-09-19T11:00:00+02:00", "2026-09-17T18:59:59+02:00");
        assertThat(en.describe(c, wednesday, NAMES::get).orderBy())
                .contains("Order by Thursday 17 September 6:59 pm to pick up on Saturday 19 September");
    }

    @Test
    void exactlyADayAwayIsStillACountdown() {
        PromiseOption o = delivery(Method.HOME_DELIVERY, "2026-09-19T18:00:00+02:00", "2026-09-18T14:30:00+02:00");

        assertThat(fr(o).orderBy()).contains("Commandez dans les 24 h pour être livré le samedi 19 septembre");
        assertThat(en(o).orderBy()).contains("Order within 24 h for delivery on Saturday 19 September");
    }

    @Test
    void noOrderByOrAPassedOneGivesNoCountdown() {
        PromiseOption none = delivery(Method.HOME_DELIVERY, "2026-09-18T13:00:00+02:00", null);
        PromiseOption passed = delivery(Method.HOME_DELIVERY, "2026-09-18T13:00:00+02:00", "2026-09-17T14:29:59+02:00");

        assertThat(fr(none).orderBy()).isEmpty();
        assertThat(en(none).orderBy()).isEmpty();
        assertThat(fr(passed).orderBy()).isEmpty();
        assertThat(en(passed).orderBy()).isEmpty();
    }

    @Test
    void hoursAreWrittenInEachLanguagesWay() {
        Instant evening = at("2026-09-16T20:00:00+02:00");
        PromiseOption morning = delivery(Method.HOME_DELIVERY, "2026-09-17T09:05:00+02:00", null);
        PromiseOption noon = delivery(Method.HOME_DELIVERY, "2026-09-17T12:00:00+02:00", null);
        PromiseOption afterMidnight = delivery(Method.HOME_DELIVERY, "2026-09-17T00:30:00+02:00", null);

        assertThat(fr.describe(morning, evening, NAMES::get).promise()).isEqualTo("Livraison demain avant 9h05");
        assertThat(en.describe(morning, evening, NAMES::get).promise()).isEqualTo("Delivered tomorrow by 9:05 am");
        assertThat(fr.describe(noon, evening, NAMES::get).promise()).isEqualTo("Livraison demain avant 12h00");
        assertThat(en.describe(noon, evening, NAMES::get).promise()).isEqualTo("Delivered tomorrow by 12:00 pm");
        assertThat(fr.describe(afterMidnight, evening, NAMES::get).promise()).isEqualTo("Livraison demain avant 0h30");
        assertThat(en.describe(afterMidnight, evening, NAMES::get).promise()).isEqualTo("Delivered tomorrow by 12:30 am");
    }

    @Test
    void theFirstOfAMonthIsPremierInFrench() {
        PromiseOption o = collect("store-paris-7", "2026-10-01T10:00:00+02:00", null);

        assertThat(fr(o).promise()).isEqualTo("Retrait le jeudi 1er octobre dès 10h00 au magasin Paris Tour Eiffel");
        assertThat(en(o).promise()).isEqualTo("Pick up on Thursday 1 October from 10:00 am at Paris Tour Eiffel");
    }

    @Test
    void accentedMonthsAreSpelledOut() {
        PromiseOption o = delivery(Method.HOME_DELIVERY, "2026-08-15T18:00:00+02:00", null);

        assertThat(fr.describe(o, at("2026-08-10T10:00:00+02:00"), NAMES::get).promise())
                .isEqualTo("Livraison le samedi 15 août avant 18h00");
        assertThat(fr.describe(delivery(Method.HOME_DELIVERY, "2026-12-01T18:00:00+01:00", null),
                at("2026-11-25T10:00:00+01:00"), NAMES::get).promise())
                .isEqualTo("Livraison le mardi 1er décembre avant 18h00");
    }

    @Test
    void theNightClocksGoBackIsOneDayAndItsHoursAreReal() {
        // 2026-10-25: 03:00 CEST becomes 02:00 CET in Paris
        Instant saturdayEvening = at("2026-10-24T18:10:00+02:00");
        PromiseOption sunday = collect("store-paris-7", "2026-10-25T11:00:00+01:00", "2026-10-24T18:59:59+02:00");

        assertThat(fr.describe(sunday, saturdayEvening, NAMES::get)).isEqualTo(new PromiseMessages.Message(
                "Retrait demain dès 11h00 au magasin Paris Tour Eiffel",
                Optional.of("Commandez dans les 49 min pour un retrait demain")));
        assertThat(en.describe(sunday, saturdayEvening, NAMES::get).promise())
                .isEqualTo("Pick up tomorrow from 11:00 am at Paris Tour Eiffel");

        // from 01:30 CEST to 02:30 CET is two hours, although the wall clock moves by one
        Instant beforeTheChange = at("2026-10-25T01:30:00+02:00");
        PromiseOption monday = delivery(Method.HOME_DELIVERY, "2026-10-26T13:00:00+01:00", "2026-10-25T02:30:00+01:00");
        assertThat(fr.describe(monday, beforeTheChange, NAMES::get)).isEqualTo(new PromiseMessages.Message(
                "Livraison demain avant 13h00", Optional.of("Commandez dans les 2 h pour être livré demain")));
        assertThat(en.describe(monday, beforeTheChange, NAMES::get)).isEqualTo(new PromiseMessages.Message(
                "Delivered tomorrow by 1:00 pm", Optional.of("Order within 2 h for delivery tomorrow")));
        assertThat(en.describe(monday, beforeTheChange, NAMES::get).promise()).isEqualTo("Delivered tomorrow by 1:00 pm");
        assertThat(fr.describe(delivery(Method.HOME_DELIVERY, "2026-10-25T18:00:00+01:00", null), at("2026-10-20T10:00:00+02:00"),
                NAMES::get).promise()).isEqualTo("Livraison le dimanche 25 octobre avant 18h00");
    }

    @Test
    void todayIsTheDateInTheOptionsZone() {
        // 23:30 in Paris is 22:30 in London: a collect in London at 23:45 local is still today there
        ZoneId london = ZoneId.of("Europe/London");
        Instant late = at("2026-09-17T23:30:00+02:00");
        PromiseOption o = option(Method.COLLECT, "", "store-london-1", london, "2026-09-17T23:45:00+01:00", null);

        assertThat(fr.describe(o, late, id -> "Londres Soho").promise()).isEqualTo("Retrait dès 23h45 au magasin Londres Soho");
        assertThat(en.describe(o, late, id -> "London Soho").promise()).isEqualTo("Pick up from 11:45 pm today at London Soho");
    }

    @Test
    void localesChooseTheLanguage() {
        assertThat(PromiseMessages.of(Locale.FRANCE)).isSameAs(PromiseMessages.french());
        assertThat(PromiseMessages.of(Locale.CANADA_FRENCH)).isSameAs(PromiseMessages.french());
        assertThat(PromiseMessages.of(Locale.UK)).isSameAs(PromiseMessages.english());
        assertThat(PromiseMessages.of(Locale.ENGLISH).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(PromiseMessages.of(Locale.GERMANY)).isSameAs(PromiseMessages.german());
        assertThat(PromiseMessages.of(Locale.forLanguageTag("es-MX"))).isSameAs(PromiseMessages.spanish());
        assertThat(PromiseMessages.of(Locale.forLanguageTag("nl-BE"))).isSameAs(PromiseMessages.dutch());
        assertThat(PromiseMessages.of(Locale.ITALY)).isSameAs(PromiseMessages.italian());
    }

    @Test
    void anUnknownLanguageFallsBackToEnglish() {
        assertThat(PromiseMessages.of(Locale.JAPANESE)).isSameAs(PromiseMessages.english());
        assertThat(PromiseMessages.of(Locale.forLanguageTag("pt-PT")).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aMovedHomeDeliveryNamesBothDatesTheOldOneShortInTheSameMonth() {
        PromiseOption saturday = delivery(Method.HOME_DELIVERY, "2026-09-19T18:00:00+02:00", null);
        PromiseOption monday = delivery(Method.HOME_DELIVERY, "2026-09-21T18:00:00+02:00", null);
        PromiseOption october = delivery(Method.HOME_DELIVERY, "2026-10-01T18:00:00+02:00", null);

        assertThat(fr.change(saturday, Optional.of(monday))).isEqualTo("Votre commande arrivera le lundi 21 septembre au lieu du samedi 19");
        assertThat(en.change(saturday, Optional.of(monday))).isEqualTo("Your order will arrive on Monday 21 September instead of Saturday 19");
        assertThat(fr.change(saturday, Optional.of(october)))
                .isEqualTo("Votre commande arrivera le jeudi 1er octobre au lieu du samedi 19 septembre");
        assertThat(en.change(saturday, Optional.of(october)))
                .isEqualTo("Your order will arrive on Thursday 1 October instead of Saturday 19 September");
    }

    @Test
    void aMovedCourierOrCollectNamesTheTimeToo() {
        PromiseOption courier = delivery(Method.COURIER, "2026-09-17T16:00:00+02:00", null);
        PromiseOption later = delivery(Method.COURIER, "2026-09-17T17:30:00+02:00", null);
        PromiseOption collect = collect("store-paris-7", "2026-09-17T16:00:00+02:00", null);
        PromiseOption nextDay = collect("store-paris-7", "2026-09-18T11:00:00+02:00", null);

        assertThat(fr.change(courier, Optional.of(later))).isEqualTo("Votre commande arrivera le jeudi 17 septembre à 17h30 au lieu de 16h00");
        assertThat(en.change(courier, Optional.of(later)))
                .isEqualTo("Your order will arrive on Thursday 17 September at 5:30 pm instead of 4:00 pm");
        assertThat(fr.change(collect, Optional.of(nextDay)))
                .isEqualTo("Votre commande sera prête à retirer le vendredi 18 septembre dès 11h00 au lieu du jeudi 17");
        assertThat(en.change(collect, Optional.of(nextDay)))
                .isEqualTo("Your order will be ready to pick up on Friday 18 September from 11:00 am instead of Thursday 17");
        assertThat(en.change(collect, Optional.empty()))
                .isEqualTo("Your order cannot be ready to pick up on Thursday 17 September as promised: we will contact you");
    }
}
