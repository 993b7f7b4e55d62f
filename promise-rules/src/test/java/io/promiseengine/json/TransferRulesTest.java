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
package io.promiseengine.json;

import io.promiseengine.model.Transfer;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

import static io.promiseengine.json.Docs.network;
import static io.promiseengine.json.Docs.refusedWith;
import static io.promiseengine.json.Docs.valid;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 2.1 for {@code transfers[]}: selectors, departures, durations, defaults. */
class TransferRulesTest {

    private static final String BASE = "{'from': 'wh', 'to': ['kind:STORE'], 'departures': {'MON-FRI': ['20:00']},"
            + " 'duration': 'PT11H', 'receiving': 'PT1H'}";

    /** The base network with one transfer: the base one with {@code fragment} replaced. */
    private static String transfer(String fragment, String replacement) {
        assertThat(BASE).contains(fragment);
        return network("'transfers': [" + BASE.replace(fragment, replacement) + "]");
    }

    private static Transfer read(String fragment, String replacement) {
        return valid(transfer(fragment, replacement)).transfers().get(0);
    }

    @Test
    void baseTransferIsValid() {
        Transfer t = read("", "");

        assertThat(t.departures().on(DayOfWeek.MONDAY)).containsExactly(LocalTime.of(20, 0));
        assertThat(t.duration()).isEqualTo(Duration.ofHours(11));
        assertThat(t.receiving()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void receivingDefaultsToZero() {
        assertThat(read(", 'receiving': 'PT1H'", "").receiving()).isEqualTo(Duration.ZERO);
    }

    @Test
    void fromNamingAnUnknownLocationIsRefused() {
        refusedWith(transfer("'from': 'wh'", "'from': 'wh-nowhere'"), "transfers[0].from", "unknown location \"wh-nowhere\"");
    }

    @Test
    void toNamingAnUnknownLocationIsRefused() {
        refusedWith(transfer("'to': ['kind:STORE']", "'to': ['shop', 'shop-2']"), "transfers[0].to[1]",
                "unknown location \"shop-2\"");
    }

    @Test
    void toNamingAnUnknownKindIsRefused() {
        refusedWith(transfer("'to': ['kind:STORE']", "'to': ['kind:SHOP']"), "transfers[0].to[0]",
                "unknown location kind \"SHOP\" in selector \"kind:SHOP\"");
    }

    @Test
    void fromIsOneSelector() {
        refusedWith(transfer("'from': 'wh'", "'from': ['wh']"), "transfers[0].from", "expected a string, was an array");
    }

    @Test
    void toIsAListOfSelectors() {
        refusedWith(transfer("'to': ['kind:STORE']", "'to': 'shop'"), "transfers[0].to", "expected an array, was the string \"shop\"");
    }

    @Test
    void selectorsMatchingNothingOrOnlyTheSenderAreFine() {
        // spec 2.1: a route joins two different locations, so wh -> wh is no route; like a selector matching nothing, not an error
        assertThat(read("'to': ['kind:STORE']", "'to': ['kind:DARK_STORE', 'wh']").to())
                .extracting(Object::toString).containsExactly("kind:DARK_STORE", "wh");
        assertThat(read("'from': 'wh'", "'from': '*'").from()).hasToString("*");
    }

    @Test
    void fromToDeparturesAndDurationAreRequired() {
        refusedWith(transfer("'from': 'wh', ", ""), "transfers[0].from", "missing required field \"from\"");
        refusedWith(transfer("'to': ['kind:STORE'], ", ""), "transfers[0].to", "missing required field \"to\"");
        refusedWith(transfer("'departures': {'MON-FRI': ['20:00']}, ", ""), "transfers[0].departures",
                "missing required field \"departures\"");
        refusedWith(transfer("'duration': 'PT11H', ", ""), "transfers[0].duration", "missing required field \"duration\"");
    }

    @Test
    void departureIsATimeOfDay() {
        refusedWith(transfer("['20:00']", "['20h']"), "transfers[0].departures.MON-FRI[0]", "expected a time HH:MM, was \"20h\"");
        refusedWith(transfer("['20:00']", "['24:00']"), "transfers[0].departures.MON-FRI[0]", "is not a time of day");
    }

    @Test
    void departuresKeyIsADaySet() {
        refusedWith(transfer("'MON-FRI'", "'MON-FRI,TUE'"), "transfers[0].departures.MON-FRI,TUE",
                "day set \"MON-FRI,TUE\" names TUE twice");
    }

    @Test
    void dayNamedInTwoDepartureKeysIsRefused() {
        refusedWith(transfer("{'MON-FRI': ['20:00']}", "{'MON-FRI': ['20:00'], 'FRI': ['22:00']}"), "transfers[0].departures.FRI",
                "FRI is already named by key \"MON-FRI\"");
    }

    @Test
    void departureListedTwiceCountsOnce() {
        Transfer t = read("['20:00']", "['20:00', '06:00', '20:00']");

        assertThat(t.departures().on(DayOfWeek.TUESDAY)).containsExactly(LocalTime.of(6, 0), LocalTime.of(20, 0));
        assertThat(t.departures().on(DayOfWeek.SATURDAY)).isEmpty();
    }

    @Test
    void durationMustNotBeNegative() {
        refusedWith(transfer("'PT11H'", "'-PT1H'"), "transfers[0].duration", "duration must be >= 0, was PT-1H");
    }

    @Test
    void durationIsAnIsoDuration() {
        refusedWith(transfer("'PT11H'", "'11h'"), "transfers[0].duration", "expected a duration such as PT1H30M, was \"11h\"");
    }

    @Test
    void receivingIsWholeSecondsAndNotNegative() {
        refusedWith(transfer("'PT1H'", "'PT1.5S'"), "transfers[0].receiving", "receiving must be whole seconds, was PT1.5S");
        refusedWith(transfer("'PT1H'", "'-PT1S'"), "transfers[0].receiving", "receiving must be >= 0, was PT-1S");
    }

    @Test
    void transferHasNoOtherField() {
        refusedWith(transfer("'receiving': 'PT1H'", "'receiving': 'PT1H', 'via': 'hub'"), "transfers[0].via", "unknown field");
    }
}
