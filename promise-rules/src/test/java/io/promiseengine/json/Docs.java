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

import io.promiseengine.model.InvalidNetworkException;
import io.promiseengine.model.Network;
import io.promiseengine.model.Problem;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Small documents for the validation tests, written with single quotes for readability ({@code '} becomes
 * {@code "}): a valid base network with one warehouse {@code wh} and one store {@code shop}, into which a test
 * puts the one thing it breaks.
 */
final class Docs {

    static final String WAREHOUSE = "{'id': 'wh', 'kind': 'WAREHOUSE', 'position': {'lat': 45.73, 'lon': 4.83}}";
    static final String STORE = "{'id': 'shop', 'kind': 'STORE', 'position': {'lat': 48.85, 'lon': 2.29},"
            + " 'preparation': {'duration': 'PT1H', 'slot': 'PT1H', 'ordersPerSlot': 4}}";
    static final String COLLECT_STORE = "{'id': 'corner', 'kind': 'STORE', 'position': {'lat': 48.85, 'lon': 2.35}, 'collect': true}";
    static final String HOME_DELIVERY = "{'id': 'std', 'carrier': 'Colis', 'method': 'HOME_DELIVERY', 'origins': ['*'],"
            + " 'collections': [{'days': 'MON-FRI', 'at': ['17:00']}], 'deliveryDays': 'MON-SAT', 'deliverBy': '18:00',"
            + " 'lanes': [{'from': '', 'to': '', 'days': {'1': 0.9, '2': 0.1}}], 'price': 4.9}";
    static final String COURIER = "{'id': 'fast', 'carrier': 'Coursier', 'method': 'COURIER', 'origins': ['kind:STORE'],"
            + " 'hours': {'MON-SAT': ['09:00-21:00']}, 'bands': [{'maxKm': 5, 'minutes': {'45': 0.6, '60': 0.4}}], 'price': 9.9}";

    private Docs() {
    }

    /** The base network with these top-level fields added after {@code services}. */
    static String network(String extraFields) {
        return json("{'format': 'promise-network/1', 'zone': 'Europe/Paris',\n 'locations': [" + WAREHOUSE + ",\n "
                + STORE + "],\n 'services': [" + HOME_DELIVERY + ",\n " + COURIER + "]"
                + (extraFields.isEmpty() ? "" : ",\n " + extraFields) + "}");
    }

    /** The base network with its store replaced by this location. */
    static String withLocation(String location) {
        return network("").replace(json(STORE), json(location));
    }

    /** The base network with its courier service replaced by this service. */
    static String withService(String service) {
        return network("").replace(json(COURIER), json(service));
    }

    /** The base network with one fragment of it (single-quoted, found exactly once) replaced. */
    static String replacing(String fragment, String replacement) {
        String base = network("");
        String from = json(fragment);
        assertThat(base.split(Pattern.quote(from), -1)).as("%s is once in the base network", fragment).hasSize(2);
        return base.replace(from, json(replacement));
    }

    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    static List<Problem> problems(String json) {
        InvalidNetworkException e = catchThrowableOfType(InvalidNetworkException.class, () -> NetworkDocument.read(json));
        assertThat(e).as("the document should be refused:\n%s", json).isNotNull();
        return e.problems();
    }

    /** Asserts the document is refused with exactly one problem, at this path, whose message has this fragment. */
    static void refusedWith(String json, String path, String fragment) {
        assertThat(problems(json)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.message()).contains(fragment);
        });
    }

    static Network valid(String json) {
        return NetworkDocument.read(json);
    }
}
