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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message kind in the six built-in languages, as exact sentences written by hand (the oracle is the
 * text a copywriter wrote, not the catalogue). The expectations are listed in the order fr, en, de, es, it, nl.
 */
class PromiseMessagesLocalesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Thursday 17 September 2026, 14:30 in Paris. */
    private static final Instant NOW = at("2026-09-17T14:30:00+02:00");
    private static final Map<String, String> NAMES = Map.of("store-paris-11", "Paris Bastille");
    private static final List<PromiseMessages> LANGUAGES = List.of(PromiseMessages.french(), PromiseMessages.english(),
            PromiseMessages.german(), PromiseMessages.spanish(), PromiseMessages.italian(), PromiseMessages.dutch());

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static PromiseOption collect(String promisedAt, String orderBy) {
        return option(Method.COLLECT, "store-paris-11", promisedAt, orderBy);
    }

    private static PromiseOption delivery(String promisedAt, String orderBy) {
        return option(Method.HOME_DELIVERY, "", promisedAt, orderBy);
    }

    private static PromiseOption courier(String promisedAt) {
        return option(Method.COURIER, "", promisedAt, null);
    }

    private static PromiseOption option(Method method, String store, String promisedAt, String orderBy) {
        Instant promised = at(promisedAt);
        return new PromiseOption(method, method == Method.COLLECT ? Optional.empty() : Optional.of("std"),
                Optional.of(store).filter(s -> !s.isEmpty()), PARIS, promised,
                promised.atZone(PARIS).toLocalDate(), Optional.ofNullable(orderBy).map(PromiseMessagesLocalesTest::at),
                1.0, BigDecimal.ZERO, List.of());
    }

    /** The sentence of each language, fr, en, de, es, it, nl. */
    private static List<String> inEveryLanguage(Function<PromiseMessages, String> sentence) {
        List<String> sentences = new ArrayList<>();
        for (PromiseMessages m : LANGUAGES) {
            sentences.add(sentence.apply(m));
        }
        return sentences;
    }

    private static List<String> promises(PromiseOption option, Instant now) {
        return inEveryLanguage(m -> m.describe(option, now, NAMES::get).promise());
    }

    private static List<String> countdowns(PromiseOption option, Instant now) {
        return inEveryLanguage(m -> m.describe(option, now, NAMES::get).orderBy().orElseThrow());
    }

    @Test
    void homeDeliveryOnANamedDay() {
        assertThat(promises(delivery("2026-09-19T18:00:00+02:00", null), NOW)).containsExactly(
                "Livraison le samedi 19 septembre avant 18h00",
                "Delivered on Saturday 19 September by 6:00 pm",
                "Lieferung am Samstag, 19. September bis 18:00 Uhr",
                "Entrega el sábado 19 de septiembre antes de las 18:00",
                "Consegna sabato 19 settembre entro le 18:00",
                "Bezorging op zaterdag 19 september vóór 18:00");
    }

    @Test
    void homeDeliveryTodayAndTomorrow() {
        assertThat(promises(delivery("2026-09-17T20:00:00+02:00", null), NOW)).containsExactly(
                "Livraison aujourd'hui avant 20h00",
                "Delivered today by 8:00 pm",
                "Lieferung heute bis 20:00 Uhr",
                "Entrega hoy antes de las 20:00",
                "Consegna oggi entro le 20:00",
                "Bezorging vandaag vóór 20:00");
        assertThat(promises(delivery("2026-09-18T13:00:00+02:00", null), NOW)).containsExactly(
                "Livraison demain avant 13h00",
                "Delivered tomorrow by 1:00 pm",
                "Lieferung morgen bis 13:00 Uhr",
                "Entrega mañana antes de las 13:00",
                "Consegna domani entro le 13:00",
                "Bezorging morgen vóór 13:00");
    }

    @Test
    void collectTodayTomorrowAndOnANamedDay() {
        assertThat(promises(collect("2026-09-17T16:00:00+02:00", null), NOW)).containsExactly(
                "Retrait dès 16h00 au magasin Paris Bastille",
                "Pick up from 4:00 pm today at Paris Bastille",
                "Abholung heute ab 16:00 Uhr in der Filiale Paris Bastille",
                "Recogida hoy a partir de las 16:00 en la tienda Paris Bastille",
                "Ritiro oggi dalle 16:00 presso il negozio Paris Bastille",
                "Afhalen vandaag vanaf 16:00 in de winkel Paris Bastille");
        assertThat(promises(collect("2026-09-18T11:00:00+02:00", null), NOW)).containsExactly(
                "Retrait demain dès 11h00 au magasin Paris Bastille",
                "Pick up tomorrow from 11:00 am at Paris Bastille",
                "Abholung morgen ab 11:00 Uhr in der Filiale Paris Bastille",
                "Recogida mañana a partir de las 11:00 en la tienda Paris Bastille",
                "Ritiro domani dalle 11:00 presso il negozio Paris Bastille",
                "Afhalen morgen vanaf 11:00 in de winkel Paris Bastille");
        assertThat(promises(collect("2026-10-01T10:00:00+02:00", null), NOW)).containsExactly(
                "Retrait le jeudi 1er octobre dès 10h00 au magasin Paris Bastille",
                "Pick up on Thursday 1 October from 10:00 am at Paris Bastille",
                "Abholung am Donnerstag, 1. Oktober ab 10:00 Uhr in der Filiale Paris Bastille",
                "Recogida el jueves 1 de octubre a partir de las 10:00 en la tienda Paris Bastille",
                "Ritiro giovedì 1 ottobre dalle 10:00 presso il negozio Paris Bastille",
                "Afhalen op donderdag 1 oktober vanaf 10:00 in de winkel Paris Bastille");
    }

    @Test
    void aDateBeforeTodayIsNamedNotCalledToday() {
        // an option read after its date (a late e-mail, a replayed quote) names the date
        assertThat(promises(delivery("2026-09-16T18:00:00+02:00", null), NOW)).containsExactly(
                "Livraison le mercredi 16 septembre avant 18h00",
                "Delivered on Wednesday 16 September by 6:00 pm",
                "Lieferung am Mittwoch, 16. September bis 18:00 Uhr",
                "Entrega el miércoles 16 de septiembre antes de las 18:00",
                "Consegna mercoledì 16 settembre entro le 18:00",
                "Bezorging op woensdag 16 september vóór 18:00");
    }

    @Test
    void noonMidnightAndOneOClock() {
        Instant evening = at("2026-09-16T20:00:00+02:00");
        assertThat(promises(delivery("2026-09-17T12:00:00+02:00", null), evening)).containsExactly(
                "Livraison demain avant 12h00",
                "Delivered tomorrow by 12:00 pm",
                "Lieferung morgen bis 12:00 Uhr",
                "Entrega mañana antes de las 12:00",
                "Consegna domani entro le 12:00",
                "Bezorging morgen vóór 12:00");
        assertThat(promises(delivery("2026-09-17T00:30:00+02:00", null), evening)).containsExactly(
                "Livraison demain avant 0h30",
                "Delivered tomorrow by 12:30 am",
                "Lieferung morgen bis 0:30 Uhr",
                "Entrega mañana antes de las 0:30",
                "Consegna domani entro le 0:30",
                "Bezorging morgen vóór 0:30");
        // one o'clock takes the singular article in Spanish and the elided one in Italian
        assertThat(promises(collect("2026-09-17T13:05:00+02:00", null), evening)).containsExactly(
                "Retrait demain dès 13h05 au magasin Paris Bastille",
                "Pick up tomorrow from 1:05 pm at Paris Bastille",
                "Abholung morgen ab 13:05 Uhr in der Filiale Paris Bastille",
                "Recogida mañana a partir de las 13:05 en la tienda Paris Bastille",
                "Ritiro domani dalle 13:05 presso il negozio Paris Bastille",
                "Afhalen morgen vanaf 13:05 in de winkel Paris Bastille");
        assertThat(promises(collect("2026-09-17T01:05:00+02:00", null), evening)).containsExactly(
                "Retrait demain dès 1h05 au magasin Paris Bastille",
                "Pick up tomorrow from 1:05 am at Paris Bastille",
                "Abholung morgen ab 1:05 Uhr in der Filiale Paris Bastille",
                "Recogida mañana a partir de la 1:05 en la tienda Paris Bastille",
                "Ritiro domani dall'1:05 presso il negozio Paris Bastille",
                "Afhalen morgen vanaf 1:05 in de winkel Paris Bastille");
        assertThat(promises(delivery("2026-09-17T01:00:00+02:00", null), evening)).containsExactly(
                "Livraison demain avant 1h00",
                "Delivered tomorrow by 1:00 am",
                "Lieferung morgen bis 1:00 Uhr",
                "Entrega mañana antes de la 1:00",
                "Consegna domani entro l'1:00",
                "Bezorging morgen vóór 1:00");
    }

    @Test
    void countdownInHoursAndMinutes() {
        assertThat(countdowns(delivery("2026-09-18T13:00:00+02:00", "2026-09-17T17:00:00+02:00"), NOW)).containsExactly(
                "Commandez dans les 2 h 30 min pour être livré demain",
                "Order within 2 h 30 min for delivery tomorrow",
                "Bestellen Sie innerhalb von 2 Std. 30 Min. für die Lieferung morgen",
                "Haz tu pedido en las próximas 2 h y 30 min para recibirlo mañana",
                "Ordina entro 2 ore e 30 minuti per riceverlo domani",
                "Bestel binnen 2 uur en 30 minuten voor bezorging morgen");
        assertThat(countdowns(collect("2026-09-17T18:00:00+02:00", "2026-09-17T15:31:00+02:00"), NOW)).containsExactly(
                "Commandez dans les 1 h 1 min pour un retrait aujourd'hui",
                "Order within 1 h 1 min to pick up today",
                "Bestellen Sie innerhalb von 1 Std. 1 Min. für die Abholung heute",
                "Haz tu pedido en las próximas 1 h y 1 min para recogerlo hoy",
                "Ordina entro 1 ora e 1 minuto per ritirarlo oggi",
                "Bestel binnen 1 uur en 1 minuut om vandaag af te halen");
    }

    @Test
    void countdownInWholeHoursIsSingularForOne() {
        assertThat(countdowns(delivery("2026-09-19T18:00:00+02:00", "2026-09-17T15:30:00+02:00"), NOW)).containsExactly(
                "Commandez dans les 1 h pour être livré le samedi 19 septembre",
                "Order within 1 h for delivery on Saturday 19 September",
                "Bestellen Sie innerhalb von 1 Stunde für die Lieferung am Samstag, 19. September",
                "Haz tu pedido en la próxima hora para recibirlo el sábado 19 de septiembre",
                "Ordina entro 1 ora per riceverlo sabato 19 settembre",
                "Bestel binnen 1 uur voor bezorging op zaterdag 19 september");
        assertThat(countdowns(delivery("2026-09-19T18:00:00+02:00", "2026-09-18T14:30:00+02:00"), NOW)).containsExactly(
                "Commandez dans les 24 h pour être livré le samedi 19 septembre",
                "Order within 24 h for delivery on Saturday 19 September",
                "Bestellen Sie innerhalb von 24 Stunden für die Lieferung am Samstag, 19. September",
                "Haz tu pedido en las próximas 24 horas para recibirlo el sábado 19 de septiembre",
                "Ordina entro 24 ore per riceverlo sabato 19 settembre",
                "Bestel binnen 24 uur voor bezorging op zaterdag 19 september");
    }

    @Test
    void countdownInMinutesIsSingularForOne() {
        assertThat(countdowns(collect("2026-09-19T11:00:00+02:00", "2026-09-17T15:15:00+02:00"), NOW)).containsExactly(
                "Commandez dans les 45 min pour un retrait le samedi 19 septembre",
                "Order within 45 min to pick up on Saturday 19 September",
                "Bestellen Sie innerhalb von 45 Minuten für die Abholung am Samstag, 19. September",
                "Haz tu pedido en los próximos 45 minutos para recogerlo el sábado 19 de septiembre",
                "Ordina entro 45 minuti per ritirarlo sabato 19 settembre",
                "Bestel binnen 45 minuten om op zaterdag 19 september af te halen");
        assertThat(countdowns(collect("2026-09-18T11:00:00+02:00", "2026-09-17T14:31:59+02:00"), NOW)).containsExactly(
                "Commandez dans les 1 min pour un retrait demain",
                "Order within 1 min to pick up tomorrow",
                "Bestellen Sie innerhalb von 1 Minute für die Abholung morgen",
                "Haz tu pedido en el próximo minuto para recogerlo mañana",
                "Ordina entro 1 minuto per ritirarlo domani",
                "Bestel binnen 1 minuut om morgen af te halen");
    }

    @Test
    void countdownUnderAMinute() {
        assertThat(countdowns(delivery("2026-09-17T20:00:00+02:00", "2026-09-17T14:30:59+02:00"), NOW)).containsExactly(
                "Commandez dans moins d'une minute pour être livré aujourd'hui",
                "Order within the next minute for delivery today",
                "Bestellen Sie innerhalb der nächsten Minute für die Lieferung heute",
                "Haz tu pedido en el próximo minuto para recibirlo hoy",
                "Ordina entro il prossimo minuto per riceverlo oggi",
                "Bestel binnen een minuut voor bezorging vandaag");
    }

    @Test
    void deadlineMoreThanADayAwayIsNamed() {
        Instant wednesday = at("2026-09-16T18:00:00+02:00");
        assertThat(countdowns(delivery("2026-09-19T18:00:00+02:00", "2026-09-17T18:59:59+02:00"), wednesday))
                .containsExactly(
                        "Commandez avant le jeudi 17 septembre à 18h59 pour être livré le samedi 19 septembre",
                        "Order by Thursday 17 September 6:59 pm for delivery on Saturday 19 September",
                        "Bestellen Sie bis Donnerstag, 17. September, 18:59 Uhr für die Lieferung am Samstag, 19. September",
                        "Haz tu pedido antes del jueves 17 de septiembre a las 18:59 para recibirlo el sábado 19 de septiembre",
                        "Ordina entro giovedì 17 settembre alle 18:59 per riceverlo sabato 19 settembre",
                        "Bestel uiterlijk donderdag 17 september om 18:59 voor bezorging op zaterdag 19 september");
        assertThat(countdowns(collect("2026-09-19T11:00:00+02:00", "2026-09-18T01:00:00+02:00"), wednesday))
                .containsExactly(
                        "Commandez avant le vendredi 18 septembre à 1h00 pour un retrait le samedi 19 septembre",
                        "Order by Friday 18 September 1:00 am to pick up on Saturday 19 September",
                        "Bestellen Sie bis Freitag, 18. September, 1:00 Uhr für die Abholung am Samstag, 19. September",
                        "Haz tu pedido antes del viernes 18 de septiembre a la 1:00 para recogerlo el sábado 19 de septiembre",
                        "Ordina entro venerdì 18 settembre all'1:00 per ritirarlo sabato 19 settembre",
                        "Bestel uiterlijk vrijdag 18 september om 1:00 om op zaterdag 19 september af te halen");
    }

    @Test
    void aHomeDeliveryMovedToAnotherDay() {
        PromiseOption saturday = delivery("2026-09-19T18:00:00+02:00", null);
        assertThat(inEveryLanguage(m -> m.change(saturday, Optional.of(delivery("2026-09-21T18:00:00+02:00", null)))))
                .containsExactly(
                        "Votre commande arrivera le lundi 21 septembre au lieu du samedi 19",
                        "Your order will arrive on Monday 21 September instead of Saturday 19",
                        "Ihre Bestellung wird am Montag, 21. September statt am Samstag, 19. September geliefert",
                        "Tu pedido llegará el lunes 21 de septiembre en lugar del sábado 19",
                        "Il tuo ordine arriverà lunedì 21 settembre anziché sabato 19",
                        "Je bestelling wordt op maandag 21 september bezorgd in plaats van op zaterdag 19");
        assertThat(inEveryLanguage(m -> m.change(saturday, Optional.of(delivery("2026-10-01T18:00:00+02:00", null)))))
                .containsExactly(
                        "Votre commande arrivera le jeudi 1er octobre au lieu du samedi 19 septembre",
                        "Your order will arrive on Thursday 1 October instead of Saturday 19 September",
                        "Ihre Bestellung wird am Donnerstag, 1. Oktober statt am Samstag, 19. September geliefert",
                        "Tu pedido llegará el jueves 1 de octubre en lugar del sábado 19 de septiembre",
                        "Il tuo ordine arriverà giovedì 1 ottobre anziché sabato 19 settembre",
                        "Je bestelling wordt op donderdag 1 oktober bezorgd in plaats van op zaterdag 19 september");
    }

    @Test
    void aCourierMovedInTheSameDayOrToAnother() {
        PromiseOption four = courier("2026-09-17T16:00:00+02:00");
        assertThat(inEveryLanguage(m -> m.change(four, Optional.of(courier("2026-09-17T17:30:00+02:00")))))
                .containsExactly(
                        "Votre commande arrivera le jeudi 17 septembre à 17h30 au lieu de 16h00",
                        "Your order will arrive on Thursday 17 September at 5:30 pm instead of 4:00 pm",
                        "Ihre Bestellung wird am Donnerstag, 17. September um 17:30 Uhr statt um 16:00 Uhr geliefert",
                        "Tu pedido llegará el jueves 17 de septiembre a las 17:30 en lugar de a las 16:00",
                        "Il tuo ordine arriverà giovedì 17 settembre alle 17:30 anziché alle 16:00",
                        "Je bestelling wordt op donderdag 17 september om 17:30 bezorgd in plaats van om 16:00");
        assertThat(inEveryLanguage(m -> m.change(four, Optional.of(courier("2026-09-18T13:00:00+02:00")))))
                .containsExactly(
                        "Votre commande arrivera le vendredi 18 septembre à 13h00 au lieu du jeudi 17",
                        "Your order will arrive on Friday 18 September at 1:00 pm instead of Thursday 17",
                        "Ihre Bestellung wird am Freitag, 18. September um 13:00 Uhr statt am Donnerstag, 17. September geliefert",
                        "Tu pedido llegará el viernes 18 de septiembre a las 13:00 en lugar del jueves 17",
                        "Il tuo ordine arriverà venerdì 18 settembre alle 13:00 anziché giovedì 17",
                        "Je bestelling wordt op vrijdag 18 september om 13:00 bezorgd in plaats van op donderdag 17");
    }

    @Test
    void aCollectMovedInTheSameDayOrToAnother() {
        PromiseOption four = collect("2026-09-17T16:00:00+02:00", null);
        assertThat(inEveryLanguage(m -> m.change(four, Optional.of(collect("2026-09-17T13:00:00+02:00", null)))))
                .containsExactly(
                        "Votre commande sera prête à retirer le jeudi 17 septembre dès 13h00 au lieu de 16h00",
                        "Your order will be ready to pick up on Thursday 17 September from 1:00 pm instead of 4:00 pm",
                        "Ihre Bestellung liegt am Donnerstag, 17. September ab 13:00 Uhr statt ab 16:00 Uhr zur Abholung bereit",
                        "Tu pedido estará listo para recoger el jueves 17 de septiembre a partir de las 13:00 en lugar de las 16:00",
                        "Il tuo ordine sarà pronto per il ritiro giovedì 17 settembre dalle 13:00 anziché dalle 16:00",
                        "Je bestelling ligt op donderdag 17 september vanaf 13:00 voor je klaar in plaats van vanaf 16:00");
        assertThat(inEveryLanguage(m -> m.change(four, Optional.of(collect("2026-09-18T11:00:00+02:00", null)))))
                .containsExactly(
                        "Votre commande sera prête à retirer le vendredi 18 septembre dès 11h00 au lieu du jeudi 17",
                        "Your order will be ready to pick up on Friday 18 September from 11:00 am instead of Thursday 17",
                        "Ihre Bestellung liegt am Freitag, 18. September ab 11:00 Uhr statt am Donnerstag, 17. September zur Abholung bereit",
                        "Tu pedido estará listo para recoger el viernes 18 de septiembre a partir de las 11:00 en lugar del jueves 17",
                        "Il tuo ordine sarà pronto per il ritiro venerdì 18 settembre dalle 11:00 anziché giovedì 17",
                        "Je bestelling ligt op vrijdag 18 september vanaf 11:00 voor je klaar in plaats van op donderdag 17");
    }

    @Test
    void aPromiseKeptAfterAllSaysAsPlanned() {
        PromiseOption saturday = delivery("2026-09-19T18:00:00+02:00", null);
        PromiseOption collect = collect("2026-09-17T16:00:00+02:00", null);
        assertThat(inEveryLanguage(m -> m.change(saturday, Optional.of(saturday)))).containsExactly(
                "Votre commande arrivera le samedi 19 septembre comme prévu",
                "Your order will arrive on Saturday 19 September as planned",
                "Ihre Bestellung wird wie geplant am Samstag, 19. September geliefert",
                "Tu pedido llegará el sábado 19 de septiembre, como estaba previsto",
                "Il tuo ordine arriverà sabato 19 settembre come previsto",
                "Je bestelling wordt zoals gepland op zaterdag 19 september bezorgd");
        assertThat(inEveryLanguage(m -> m.change(collect, Optional.of(collect)))).containsExactly(
                "Votre commande sera prête à retirer le jeudi 17 septembre comme prévu",
                "Your order will be ready to pick up on Thursday 17 September as planned",
                "Ihre Bestellung liegt wie geplant am Donnerstag, 17. September zur Abholung bereit",
                "Tu pedido estará listo para recoger el jueves 17 de septiembre, como estaba previsto",
                "Il tuo ordine sarà pronto per il ritiro giovedì 17 settembre come previsto",
                "Je bestelling ligt zoals gepland op donderdag 17 september voor je klaar");
    }

    @Test
    void aPromiseThatCannotBeKeptAnyMore() {
        PromiseOption saturday = delivery("2026-09-19T18:00:00+02:00", null);
        PromiseOption collect = collect("2026-09-17T16:00:00+02:00", null);
        assertThat(inEveryLanguage(m -> m.change(saturday, Optional.empty()))).containsExactly(
                "Votre commande ne pourra pas arriver le samedi 19 septembre comme prévu : nous revenons vers vous",
                "Your order cannot arrive on Saturday 19 September as promised: we will contact you",
                "Ihre Bestellung kann leider nicht wie zugesagt am Samstag, 19. September geliefert werden: Wir melden uns bei Ihnen",
                "Tu pedido no podrá llegar el sábado 19 de septiembre como estaba previsto: nos pondremos en contacto contigo",
                "Il tuo ordine non potrà arrivare sabato 19 settembre come previsto: ti contatteremo al più presto",
                "Je bestelling kan helaas niet zoals beloofd op zaterdag 19 september worden bezorgd: we nemen contact met je op");
        assertThat(inEveryLanguage(m -> m.change(collect, Optional.empty()))).containsExactly(
                "Votre commande ne pourra pas être prête à retirer le jeudi 17 septembre comme prévu : nous revenons vers vous",
                "Your order cannot be ready to pick up on Thursday 17 September as promised: we will contact you",
                "Ihre Bestellung kann leider nicht wie zugesagt am Donnerstag, 17. September zur Abholung bereitliegen: Wir melden uns bei Ihnen",
                "Tu pedido no podrá estar listo para recoger el jueves 17 de septiembre como estaba previsto: nos pondremos en contacto contigo",
                "Il tuo ordine non potrà essere pronto per il ritiro giovedì 17 settembre come previsto: ti contatteremo al più presto",
                "Je bestelling kan helaas niet zoals beloofd op donderdag 17 september voor je klaarliggen: we nemen contact met je op");
    }

    @Test
    void everyMonthAndWeekdayIsNamed() {
        // the first of each month of 2027 falls on each of the seven weekdays; summer dates are 19:00 in Paris
        List<String> german = new ArrayList<>();
        List<String> dutch = new ArrayList<>();
        Instant before = at("2026-12-20T10:00:00+01:00");
        for (int month = 1; month <= 12; month++) {
            PromiseOption o = delivery(String.format(Locale.ROOT, "2027-%02d-01T18:00:00+01:00", month), null);
            german.add(PromiseMessages.german().describe(o, before, NAMES::get).promise());
            dutch.add(PromiseMessages.dutch().describe(o, before, NAMES::get).promise());
        }
        assertThat(german).containsExactly(
                "Lieferung am Freitag, 1. Januar bis 18:00 Uhr", "Lieferung am Montag, 1. Februar bis 18:00 Uhr",
                "Lieferung am Montag, 1. März bis 18:00 Uhr", "Lieferung am Donnerstag, 1. April bis 19:00 Uhr",
                "Lieferung am Samstag, 1. Mai bis 19:00 Uhr", "Lieferung am Dienstag, 1. Juni bis 19:00 Uhr",
                "Lieferung am Donnerstag, 1. Juli bis 19:00 Uhr", "Lieferung am Sonntag, 1. August bis 19:00 Uhr",
                "Lieferung am Mittwoch, 1. September bis 19:00 Uhr", "Lieferung am Freitag, 1. Oktober bis 19:00 Uhr",
                "Lieferung am Montag, 1. November bis 18:00 Uhr", "Lieferung am Mittwoch, 1. Dezember bis 18:00 Uhr");
        assertThat(dutch).containsExactly(
                "Bezorging op vrijdag 1 januari vóór 18:00", "Bezorging op maandag 1 februari vóór 18:00",
                "Bezorging op maandag 1 maart vóór 18:00", "Bezorging op donderdag 1 april vóór 19:00",
                "Bezorging op zaterdag 1 mei vóór 19:00", "Bezorging op dinsdag 1 juni vóór 19:00",
                "Bezorging op donderdag 1 juli vóór 19:00", "Bezorging op zondag 1 augustus vóór 19:00",
                "Bezorging op woensdag 1 september vóór 19:00", "Bezorging op vrijdag 1 oktober vóór 19:00",
                "Bezorging op maandag 1 november vóór 18:00", "Bezorging op woensdag 1 december vóór 18:00");
    }
}
