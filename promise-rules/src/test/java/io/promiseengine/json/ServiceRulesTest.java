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

import io.promiseengine.model.Collection;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Service;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.promiseengine.json.Docs.json;
import static io.promiseengine.json.Docs.network;
import static io.promiseengine.json.Docs.refusedWith;
import static io.promiseengine.json.Docs.replacing;
import static io.promiseengine.json.Docs.valid;
import static io.promiseengine.json.Docs.withService;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec 2.1 for {@code services[]}: ids, carrier, method and the fields of each method, origins, collections,
 * delivery days, deliver-by, lanes, bands, closed dates, price. Mass functions: {@link MassFunctionRulesTest}.
 * In the base network services[0] is the home delivery {@code std}, services[1] the courier {@code fast}.
 */
class ServiceRulesTest {

    /** A courier (services[1]) with these fields after id, carrier and method. */
    private static String courier(String fields) {
        return withService("{'id': 'fast', 'carrier': 'Coursier', 'method': 'COURIER', " + fields + "}");
    }

    private static Service readStd(String doc) {
        return valid(doc).services().get(0);
    }

    // ids, carrier, method

    @Test
    void serviceIdUsedTwiceIsReportedAtTheLaterService() {
        refusedWith(replacing("'id': 'fast'", "'id': 'std'"), "services[1].id", "service id \"std\" is used twice");
    }

    @Test
    void serviceIdFollowsTheIdRule() {
        refusedWith(replacing("'id': 'fast'", "'id': 'kind:fast'"), "services[1].id",
                "id must not be \"*\" or start with \"kind:\", was \"kind:fast\"");
        refusedWith(replacing("'id': 'fast'", "'id': ''"), "services[1].id", "id must not be empty");
    }

    @ParameterizedTest(name = "a service without {0} is refused")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "services[1].id           | 'id': 'fast', ",
            "services[1].carrier      | 'carrier': 'Coursier', ",
            "services[1].method       | 'method': 'COURIER', ",
            "services[1].origins      | 'origins': ['kind:STORE'], ",
            "services[1].hours        | 'hours': {'MON-SAT': ['09:00-21:00']}, ",
            "services[1].bands        | 'bands': [{'maxKm': 5, 'minutes': {'45': 0.6, '60': 0.4}}], ",
            "services[1].price        | , 'price': 9.9",
            "services[0].collections  | 'collections': [{'days': 'MON-FRI', 'at': ['17:00']}], ",
            "services[0].deliveryDays | 'deliveryDays': 'MON-SAT', ",
            "services[0].deliverBy    | 'deliverBy': '18:00',",
            "services[0].lanes        | 'lanes': [{'from': '', 'to': '', 'days': {'1': 0.9, '2': 0.1}}], "})
    void requiredFieldOfEachMethodIsRequired(String path, String fragment) {
        refusedWith(replacing(fragment, ""), path, "missing required field \"" + path.substring(path.indexOf('.') + 1) + "\"");
    }

    @Test
    void carrierIsAString() {
        refusedWith(replacing("'carrier': 'Coursier'", "'carrier': null"), "services[1].carrier", "expected a string, was null");
    }

    @Test
    void methodMustBeHomeDeliveryCourierOrScheduled() {
        refusedWith(replacing("'method': 'COURIER'", "'method': 'EXPRESS'"), "services[1].method",
                "unknown method \"EXPRESS\", expected HOME_DELIVERY, COURIER or SCHEDULED");
    }

    @Test
    void serviceOfAnUnknownMethodStillHasItsFieldsChecked() {
        assertThat(Docs.problems(replacing("'method': 'COURIER'", "'method': 'EXPRESS'").replace(json("'maxKm': 5"), json("'maxKm': 0"))))
                .extracting(Object::toString).containsExactly(
                        "services[1].method: unknown method \"EXPRESS\", expected HOME_DELIVERY, COURIER or SCHEDULED",
                        "services[1].bands[0].maxKm: maxKm must be > 0, was 0");
    }

    @Test
    void collectIsAMethodWithoutAService() {
        refusedWith(replacing("'method': 'COURIER'", "'method': 'COLLECT'"), "services[1].method",
                "(COLLECT is a method without a service)");
    }

    @Test
    void courierWithAFieldOfHomeDeliveryIsRefused() {
        refusedWith(courier("'origins': ['kind:STORE'], 'hours': {'MON-SAT': ['09:00-21:00']}, 'bands': [],"
                        + " 'lanes': [], 'price': 9.9"), "services[1].lanes", "not a field of a COURIER service");
    }

    @Test
    void homeDeliveryWithAFieldOfCourierIsRefused() {
        refusedWith(replacing("'price': 4.9", "'price': 4.9, 'bands': []"), "services[0].bands",
                "not a field of a HOME_DELIVERY service");
    }

    @Test
    void serviceHasNoOtherField() {
        refusedWith(replacing("'price': 9.9", "'price': 9.9, 'currency': 'EUR'"), "services[1].currency", "unknown field");
    }

    @Test
    void servicesMustBeAList() {
        refusedWith(json("{'format': 'promise-network/1', 'zone': 'UTC', 'locations': [" + Docs.WAREHOUSE + "], 'services': 'std'}"),
                "services", "expected an array, was the string \"std\"");
    }

    // origins (selectors)

    @Test
    void originNamingAnUnknownLocationIsRefused() {
        refusedWith(replacing("'origins': ['*']", "'origins': ['wh', 'store-nowhere']"), "services[0].origins[1]",
                "unknown location \"store-nowhere\"");
    }

    @Test
    void originNamingAnUnknownKindIsRefused() {
        refusedWith(replacing("'origins': ['*']", "'origins': ['kind:SHOP']"), "services[0].origins[0]",
                "unknown location kind \"SHOP\" in selector \"kind:SHOP\", expected WAREHOUSE, STORE or DARK_STORE");
    }

    @Test
    void kindInASelectorIsUpperCase() {
        refusedWith(replacing("'origins': ['*']", "'origins': ['kind:store']"), "services[0].origins[0]",
                "unknown location kind \"store\"");
    }

    @Test
    void emptySelectorIsRefused() {
        refusedWith(replacing("'origins': ['*']", "'origins': ['']"), "services[0].origins[0]",
                "selector must not be empty; use an id, kind:KIND or *");
    }

    @Test
    void selectorMatchingNothingIsFine() {
        assertThat(readStd(replacing("'origins': ['*']", "'origins': ['kind:DARK_STORE']")).origins())
                .extracting(Object::toString).containsExactly("kind:DARK_STORE");
    }

    @Test
    void originsIsAList() {
        refusedWith(replacing("'origins': ['*']", "'origins': '*'"), "services[0].origins",
                "expected an array, was the string \"*\"");
    }

    // collections, delivery days, deliver-by

    @Test
    void collectionNeedsDaysAndAt() {
        refusedWith(replacing("{'days': 'MON-FRI', 'at': ['17:00']}", "{'at': ['17:00']}"), "services[0].collections[0].days",
                "missing required field \"days\"");
        refusedWith(replacing("{'days': 'MON-FRI', 'at': ['17:00']}", "{'days': 'MON-FRI'}"), "services[0].collections[0].at",
                "missing required field \"at\"");
    }

    @Test
    void collectionTimeIsHhMm() {
        refusedWith(replacing("'at': ['17:00']", "'at': ['12:00', '17h']"), "services[0].collections[0].at[1]",
                "expected a time HH:MM, was \"17h\"");
    }

    @Test
    void collectionTimeIsNot2400() {
        refusedWith(replacing("'at': ['17:00']", "'at': ['24:00']"), "services[0].collections[0].at[0]",
                "time \"24:00\" in \"24:00\" is not a time of day (24:00 is allowed only as the end of an interval)");
    }

    @Test
    void collectionDaysNamingADayTwiceAreRefused() {
        refusedWith(replacing("'days': 'MON-FRI'", "'days': 'MON-FRI,FRI'"), "services[0].collections[0].days",
                "day set \"MON-FRI,FRI\" names FRI twice");
    }

    @Test
    void collectionEntriesAddUpAndMayNameADayAgain() {
        HomeDeliveryService std = (HomeDeliveryService) readStd(replacing("{'days': 'MON-FRI', 'at': ['17:00']}",
                "{'days': 'MON-FRI', 'at': ['12:00']}, {'days': 'FRI', 'at': ['17:00']}, {'days': 'SAT', 'at': []}"));

        assertThat(std.collections()).containsExactly(Collection.of("MON-FRI", "12:00"), Collection.of("FRI", "17:00"),
                Collection.of("SAT"));
    }

    @Test
    void collectionHasNoOtherField() {
        refusedWith(replacing("'at': ['17:00']", "'at': ['17:00'], 'time': '17:00'"), "services[0].collections[0].time",
                "unknown field");
    }

    @Test
    void deliveryDaysIsADaySet() {
        refusedWith(replacing("'deliveryDays': 'MON-SAT'", "'deliveryDays': 'WEEKDAYS'"), "services[0].deliveryDays",
                "day set \"WEEKDAYS\" has \"WEEKDAYS\"");
    }

    @Test
    void deliveryDaysNamingADayTwiceAreRefused() {
        refusedWith(replacing("'deliveryDays': 'MON-SAT'", "'deliveryDays': 'MON-SAT,SAT'"), "services[0].deliveryDays",
                "names SAT twice");
    }

    @Test
    void deliverByIsATimeOfDay() {
        refusedWith(replacing("'deliverBy': '18:00'", "'deliverBy': '18:60'"), "services[0].deliverBy",
                "time \"18:60\" in \"18:60\" is not a time of day");
        refusedWith(replacing("'deliverBy': '18:00'", "'deliverBy': '6pm'"), "services[0].deliverBy",
                "expected a time HH:MM, was \"6pm\"");
    }

    // lanes

    @Test
    void laneNeedsFromToAndDays() {
        refusedWith(replacing("{'from': '', 'to': '',", "{'to': '',"), "services[0].lanes[0].from", "missing required field \"from\"");
        refusedWith(replacing("{'from': '', 'to': '',", "{'from': '',"), "services[0].lanes[0].to", "missing required field \"to\"");
        refusedWith(replacing(", 'days': {'1': 0.9, '2': 0.1}", ""), "services[0].lanes[0].days", "missing required field \"days\"");
    }

    @Test
    void lanePrefixIsAString() {
        refusedWith(replacing("{'from': '', 'to': '',", "{'from': 69, 'to': '',"), "services[0].lanes[0].from",
                "expected a string, was the number 69");
    }

    @Test
    void emptyLanesAndBandsAreAllowed() {
        String doc = replacing("'lanes': [{'from': '', 'to': '', 'days': {'1': 0.9, '2': 0.1}}]", "'lanes': []")
                .replace(json("'bands': [{'maxKm': 5, 'minutes': {'45': 0.6, '60': 0.4}}]"), json("'bands': []"));

        assertThat(valid(doc).services()).hasSize(2);
    }

    // bands

    @Test
    void maxKmMustBeAboveZero() {
        refusedWith(replacing("'maxKm': 5", "'maxKm': 0"), "services[1].bands[0].maxKm", "maxKm must be > 0, was 0");
        refusedWith(replacing("'maxKm': 5", "'maxKm': -2.5"), "services[1].bands[0].maxKm", "maxKm must be > 0, was -2.5");
    }

    @Test
    void maxKmMustGrowStrictly() {
        String bands = "'bands': [{'maxKm': 5, 'minutes': {'45': 1}}, {'maxKm': 5, 'minutes': {'60': 1}}]";

        refusedWith(courier("'origins': ['*'], 'hours': {}, " + bands + ", 'price': 1"), "services[1].bands[1].maxKm",
                "maxKm must be greater than the band before it (5), was 5");
    }

    @Test
    void maxKmMustNotShrink() {
        String bands = "'bands': [{'maxKm': 12, 'minutes': {'45': 1}}, {'maxKm': 5.5, 'minutes': {'60': 1}}]";

        refusedWith(courier("'origins': ['*'], 'hours': {}, " + bands + ", 'price': 1"), "services[1].bands[1].maxKm",
                "maxKm must be greater than the band before it (12), was 5.5");
    }

    @Test
    void bandNeedsMaxKmAndMinutes() {
        refusedWith(replacing("{'maxKm': 5, ", "{"), "services[1].bands[0].maxKm", "missing required field \"maxKm\"");
        refusedWith(replacing("'maxKm': 5, 'minutes': {'45': 0.6, '60': 0.4}", "'maxKm': 5"), "services[1].bands[0].minutes",
                "missing required field \"minutes\"");
    }

    @Test
    void maxKmIsANumber() {
        refusedWith(replacing("'maxKm': 5", "'maxKm': '5 km'"), "services[1].bands[0].maxKm",
                "expected a number, was the string \"5 km\"");
    }

    // courier hours, closed

    @Test
    void courierHoursFollowTheHoursRules() {
        refusedWith(replacing("'hours': {'MON-SAT': ['09:00-21:00']}", "'hours': {'MON-SAT': ['09:00-14:00', '13:30-21:00']}"),
                "services[1].hours.MON-SAT[1]", "interval 13:30-21:00 overlaps 09:00-14:00 of the same days");
        refusedWith(replacing("'hours': {'MON-SAT': ['09:00-21:00']}", "'hours': {'MON-SAT': ['09:00-21:00'], 'SAT-SUN': []}"),
                "services[1].hours.SAT-SUN", "SAT is already named by key \"MON-SAT\"");
    }

    @Test
    void serviceClosedEntryMustBeACalendarOrADate() {
        refusedWith(replacing("'price': 4.9", "'price': 4.9, 'closed': ['FR']"), "services[0].closed[0]",
                "\"FR\" is neither a calendar of the network nor an ISO date (yyyy-MM-dd)");
    }

    @Test
    void serviceClosedMayNameACalendar() {
        String doc = network("'calendars': {'FR': ['2026-05-01']}").replace(json("'price': 4.9"),
                json("'price': 4.9, 'closed': ['FR', '2026-12-26']"));

        assertThat(readStd(doc).closed()).containsExactly("FR", "2026-12-26");
    }

    // price

    @Test
    void priceMustNotBeNegative() {
        refusedWith(replacing("'price': 4.9", "'price': -1"), "services[0].price", "price must be >= 0, was -1");
    }

    @Test
    void priceHasAtMostTwoDecimals() {
        refusedWith(replacing("'price': 4.9", "'price': 4.999"), "services[0].price",
                "price must have at most 2 decimals, was 4.999");
    }

    @Test
    void trailingZerosAreNotDecimalsOfAPrice() {
        assertThat(readStd(replacing("'price': 4.9", "'price': 4.900")).price()).isEqualByComparingTo("4.9");
        assertThat(readStd(replacing("'price': 4.9", "'price': 0")).price()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void priceIsANumber() {
        refusedWith(replacing("'price': 4.9", "'price': '4.90'"), "services[0].price",
                "expected a number, was the string \"4.90\"");
    }
}
