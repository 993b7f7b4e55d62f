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

import io.promiseengine.model.Network;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.WindowLoad;
import io.promiseengine.model.WindowZone;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static io.promiseengine.json.Docs.json;
import static io.promiseengine.json.Docs.network;
import static io.promiseengine.json.Docs.problems;
import static io.promiseengine.json.Docs.refusedWith;
import static io.promiseengine.json.Docs.valid;
import static io.promiseengine.json.Docs.withService;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec 2.1 for a SCHEDULED service ({@code windows}, {@code zones}) and {@code windowLoad}: every rule with its
 * path, and the network document read back as written.
 */
class ScheduledRulesTest {

    private static final String ZONES = "'zones': [{'to': '75', 'leadTime': 'PT2H', 'capacity': 3},"
            + " {'to': '', 'leadTime': 'PT6H', 'capacity': 10}]";

    /** A SCHEDULED service (services[1]) with these fields after id, carrier and method. */
    private static String scheduled(String fields) {
        return withService("{'id': 'vans', 'carrier': 'Nos camions', 'method': 'SCHEDULED', " + fields + "}");
    }

    private static String vans(String extra) {
        return network(extra).replace(json(Docs.COURIER), json("{'id': 'vans', 'carrier': 'Nos camions', 'method':"
                + " 'SCHEDULED', 'origins': ['*'], 'windows': {'MON-SAT': ['08:00-10:00', '10:00-12:00'], 'SUN': ['22:00-24:00']}, "
                + ZONES + ", 'price': 6.9}"));
    }

    @Test
    void aScheduledServiceIsReadWithItsWindowsAndZones() {
        Network n = valid(vans(""));

        ScheduledService s = (ScheduledService) n.services().get(1);
        assertThat(s.windows().on(java.time.DayOfWeek.MONDAY)).hasSize(2);
        assertThat(s.zones()).containsExactly(new WindowZone("75", Duration.ofHours(2), 3),
                new WindowZone("", Duration.ofHours(6), 10));
        assertThat(s.price()).isEqualByComparingTo("6.9");
    }

    @Test
    void windowsAndZonesAreRequiredForScheduled() {
        refusedWith(scheduled("'origins': ['*'], " + ZONES + ", 'price': 1"), "services[1].windows", "");
        refusedWith(scheduled("'origins': ['*'], 'windows': {'MON': ['08:00-10:00']}, 'price': 1"), "services[1].zones", "");
    }

    @Test
    void aFieldOfAnotherMethodIsRefused() {
        refusedWith(scheduled("'origins': ['*'], 'windows': {'MON': ['08:00-10:00']}, " + ZONES
                + ", 'hours': {'MON': ['08:00-10:00']}, 'price': 1"), "services[1].hours", "not a field of a SCHEDULED service");
        refusedWith(withService("{'id': 'fast', 'carrier': 'Coursier', 'method': 'COURIER', 'origins': ['kind:STORE'],"
                        + " 'hours': {'MON-SAT': ['09:00-21:00']}, 'bands': [], " + ZONES + ", 'price': 9.9}"),
                "services[1].zones", "not a field of a COURIER service");
    }

    @Test
    void overlappingWindowsAreRefusedButTouchingOnesAreFine() {
        refusedWith(scheduled("'origins': ['*'], 'windows': {'MON': ['08:00-10:00', '09:00-11:00']}, " + ZONES
                + ", 'price': 1"), "services[1].windows.MON[1]", "overlaps");
        assertThat(valid(vans("")).services()).hasSize(2);
    }

    @Test
    void aZoneToListedTwiceIsRefusedAtTheLaterEntry() {
        refusedWith(scheduled("'origins': ['*'], 'windows': {'MON': ['08:00-10:00']}, 'zones': [{'to': '75', 'leadTime':"
                + " 'PT2H', 'capacity': 3}, {'to': '75', 'leadTime': 'PT1H', 'capacity': 1}], 'price': 1"),
                "services[1].zones[1].to", "zone to \"75\" is listed twice");
    }

    @Test
    void aZoneNeedsCapacityAtLeastOneAndAWholeLeadTime() {
        refusedWith(scheduled("'origins': ['*'], 'windows': {'MON': ['08:00-10:00']}, 'zones': [{'to': '75', 'leadTime':"
                + " 'PT2H', 'capacity': 0}], 'price': 1"), "services[1].zones[0].capacity", "must be an integer >= 1");
        refusedWith(scheduled("'origins': ['*'], 'windows': {'MON': ['08:00-10:00']}, 'zones': [{'to': '75', 'leadTime':"
                + " 'PT0.5S', 'capacity': 1}], 'price': 1"), "services[1].zones[0].leadTime", "whole seconds");
        refusedWith(scheduled("'origins': ['*'], 'windows': {'MON': ['08:00-10:00']}, 'zones': [{'to': '75', 'leadTime':"
                + " 'PT2H', 'capacity': 1, 'size': 2}], 'price': 1"), "services[1].zones[0].size", "unknown field");
    }

    @Test
    void windowLoadIsReadAndAddsToTheNetwork() {
        Network n = valid(vans("'windowLoad': [{'service': 'vans', 'zone': '75', 'window': '2026-09-21T08:00:00+02:00', 'orders': 2}]"));

        assertThat(n.windowLoad()).containsExactly(new WindowLoad("vans", "75", Instant.parse("2026-09-21T06:00:00Z"), 2));
    }

    @Test
    void windowLoadMustNameAScheduledServiceOfTheNetwork() {
        refusedWith(vans("'windowLoad': [{'service': 'nope', 'zone': '75', 'window': '2026-09-21T08:00:00+02:00', 'orders': 2}]"),
                "windowLoad[0].service", "unknown service \"nope\"");
        refusedWith(vans("'windowLoad': [{'service': 'std', 'zone': '75', 'window': '2026-09-21T08:00:00+02:00', 'orders': 2}]"),
                "windowLoad[0].service", "is HOME_DELIVERY, not SCHEDULED");
    }

    @Test
    void windowLoadMustNameAZoneOfTheService() {
        refusedWith(vans("'windowLoad': [{'service': 'vans', 'zone': '69', 'window': '2026-09-21T08:00:00+02:00', 'orders': 2}]"),
                "windowLoad[0].zone", "has no zone with to \"69\"");
    }

    @Test
    void windowLoadMustStartAWindowOfItsLocalDate() {
        // 09:00 is inside a window, not its start; Sunday has 22:00 only; 10:00 starts the touching second window
        refusedWith(vans("'windowLoad': [{'service': 'vans', 'zone': '75', 'window': '2026-09-21T09:00:00+02:00', 'orders': 2}]"),
                "windowLoad[0].window", "is not the start of a window of \"vans\"");
        refusedWith(vans("'windowLoad': [{'service': 'vans', 'zone': '75', 'window': '2026-09-20T08:00:00+02:00', 'orders': 2}]"),
                "windowLoad[0].window", "2026-09-20T08:00:00+02:00");
        assertThat(valid(vans("'windowLoad': [{'service': 'vans', 'zone': '', 'window': '2026-09-21T10:00:00+02:00', 'orders': 0},"
                + " {'service': 'vans', 'zone': '', 'window': '2026-09-20T22:00:00+02:00', 'orders': 1}]")).windowLoad()).hasSize(2);
    }

    @Test
    void windowLoadOrdersMustNotBeNegative() {
        refusedWith(vans("'windowLoad': [{'service': 'vans', 'zone': '75', 'window': '2026-09-21T08:00:00+02:00', 'orders': -1}]"),
                "windowLoad[0].orders", "must be an integer >= 0");
        assertThat(problems(vans("'windowLoad': [{'service': 'vans', 'zone': '75', 'window': '2026-09-21T08:00:00+02:00'}]")))
                .extracting(p -> p.path()).containsExactly("windowLoad[0].orders");
    }

    @Test
    void theSpecNetworkWithWindowsIsWrittenAndReadBackEqual() {
        Network n = NetworkDocument.read(spec("network-windows.json"));

        Network back = NetworkDocument.read(NetworkDocument.write(n));

        assertThat(back).isEqualTo(n);
        assertThat(back.windowLoad()).singleElement().extracting(WindowLoad::orders).isEqualTo(3);
        assertThat(NetworkDocument.write(back)).isEqualTo(NetworkDocument.write(n));
    }

    static String spec(String name) {
        try (InputStream in = ScheduledRulesTest.class.getResourceAsStream("/spec/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void requestMaxWindowsDefaultsToSixAndMustBeAtLeastOne() {
        String base = "{\"at\": \"2026-09-17T14:30:00+02:00\", \"destination\": {\"postalCode\": \"75015\"},"
                + " \"lines\": [{\"sku\": \"A\", \"quantity\": 1}]";
        assertThat(RequestDocument.read(base + "}").maxWindows()).isEqualTo(6);
        io.promiseengine.quote.QuoteRequest four = RequestDocument.read(base + ", \"maxWindows\": 4, \"methods\": [\"SCHEDULED\"]}");
        assertThat(four.maxWindows()).isEqualTo(4);
        assertThat(four.methods()).containsExactly(io.promiseengine.model.Method.SCHEDULED);
        assertThat(RequestDocument.read(RequestDocument.write(four))).isEqualTo(four);
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(io.promiseengine.quote.InvalidRequestException.class,
                () -> RequestDocument.read(base + ", \"maxWindows\": 0}")).field()).isEqualTo("maxWindows");
    }

    @Test
    void theSpecRequestWithWindowsIsRead() {
        io.promiseengine.quote.QuoteRequest r = RequestDocument.read(spec("request-6-windows.json"));
        assertThat(r.maxWindows()).isEqualTo(4);
        assertThat(r.methods()).containsExactly(io.promiseengine.model.Method.SCHEDULED);
    }
}
