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

import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.TimeRange;
import io.promiseengine.model.WeeklyHours;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;

import static io.promiseengine.json.Docs.network;
import static io.promiseengine.json.Docs.refusedWith;
import static io.promiseengine.json.Docs.valid;
import static io.promiseengine.json.Docs.withLocation;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 2.1 for {@code locations[]}: ids, kind, position, zone, hours, closed dates, preparation, flags, defaults. */
class LocationRulesTest {

    /** The base network whose store {@code shop} (locations[1]) has these fields after id, kind and position. */
    private static String shop(String fields) {
        return withLocation("{'id': 'shop', 'kind': 'STORE', 'position': {'lat': 48.85, 'lon': 2.29}"
                + (fields.isEmpty() ? "" : ", " + fields) + "}");
    }

    private static Location readShop(String fields) {
        return valid(shop(fields)).location("shop").orElseThrow();
    }

    // ids

    @Test
    void idIsRequired() {
        refusedWith(withLocation("{'kind': 'STORE', 'position': {'lat': 48.85, 'lon': 2.29}}"), "locations[1].id",
                "missing required field \"id\"");
    }

    @Test
    void idMustNotBeEmpty() {
        refusedWith(withLocation("{'id': '', 'kind': 'STORE', 'position': {'lat': 48.85, 'lon': 2.29}}"), "locations[1].id",
                "id must not be empty");
    }

    @Test
    void idMustNotBeTheStarSelector() {
        refusedWith(withLocation("{'id': '*', 'kind': 'STORE', 'position': {'lat': 48.85, 'lon': 2.29}}"), "locations[1].id",
                "id must not be \"*\" or start with \"kind:\", was \"*\"");
    }

    @Test
    void idMustNotStartWithKind() {
        refusedWith(withLocation("{'id': 'kind:shop', 'kind': 'STORE', 'position': {'lat': 48.85, 'lon': 2.29}}"),
                "locations[1].id", "id must not be \"*\" or start with \"kind:\", was \"kind:shop\"");
    }

    @Test
    void idMustBeAString() {
        refusedWith(withLocation("{'id': 7, 'kind': 'STORE', 'position': {'lat': 48.85, 'lon': 2.29}}"), "locations[1].id",
                "expected a string, was the number 7");
    }

    @Test
    void locationIdUsedTwiceIsReportedAtTheLaterLocation() {
        refusedWith(withLocation("{'id': 'wh', 'kind': 'STORE', 'position': {'lat': 48.85, 'lon': 2.29}}"), "locations[1].id",
                "location id \"wh\" is used twice");
    }

    @Test
    void aLocationAndAServiceMayShareAnId() {
        assertThat(valid(withLocation("{'id': 'std', 'kind': 'STORE', 'position': {'lat': 48.85, 'lon': 2.29}}"))
                .location("std")).isPresent();
    }

    @Test
    void locationMustBeAnObject() {
        refusedWith(withLocation("'shop'"), "locations[1]", "expected an object, was the string \"shop\"");
    }

    @Test
    void locationsMustBeAList() {
        refusedWith(Docs.json("{'format': 'promise-network/1', 'zone': 'UTC', 'locations': {}, 'services': []}"),
                "locations", "expected an array, was an object");
    }

    // kind

    @Test
    void kindIsRequired() {
        refusedWith(withLocation("{'id': 'shop', 'position': {'lat': 48.85, 'lon': 2.29}}"), "locations[1].kind",
                "missing required field \"kind\"");
    }

    @Test
    void kindMustBeOneOfTheThree() {
        refusedWith(withLocation("{'id': 'shop', 'kind': 'SHOP', 'position': {'lat': 48.85, 'lon': 2.29}}"),
                "locations[1].kind", "unknown location kind \"SHOP\", expected one of [WAREHOUSE, STORE, DARK_STORE]");
    }

    @Test
    void kindIsUpperCase() {
        refusedWith(withLocation("{'id': 'shop', 'kind': 'store', 'position': {'lat': 48.85, 'lon': 2.29}}"),
                "locations[1].kind", "unknown location kind \"store\"");
    }

    // position

    @Test
    void positionIsRequired() {
        refusedWith(withLocation("{'id': 'shop', 'kind': 'STORE'}"), "locations[1].position",
                "missing required field \"position\"");
    }

    @Test
    void positionNeedsLat() {
        refusedWith(withLocation("{'id': 'shop', 'kind': 'STORE', 'position': {'lon': 2.29}}"), "locations[1].position.lat",
                "missing required field \"lat\"");
    }

    @Test
    void latitudeBelowMinus90IsRefused() {
        refusedWith(withLocation("{'id': 'shop', 'kind': 'STORE', 'position': {'lat': -90.5, 'lon': 2.29}}"),
                "locations[1].position.lat", "lat must be in [-90, 90], was -90.5");
    }

    @Test
    void longitudeAbove180IsRefused() {
        refusedWith(withLocation("{'id': 'shop', 'kind': 'STORE', 'position': {'lat': 48.85, 'lon': 180.01}}"),
                "locations[1].position.lon", "lon must be in [-180, 180], was 180.01");
    }

    @Test
    void positionBoundsAreIncluded() {
        Location l = valid(withLocation("{'id': 'shop', 'kind': 'STORE', 'position': {'lat': 90, 'lon': -180}}"))
                .location("shop").orElseThrow();

        assertThat(l.position().lat()).isEqualTo(90.0);
        assertThat(l.position().lon()).isEqualTo(-180.0);
    }

    @Test
    void positionIsANumber() {
        refusedWith(withLocation("{'id': 'shop', 'kind': 'STORE', 'position': {'lat': '48.85', 'lon': 2.29}}"),
                "locations[1].position.lat", "expected a number, was the string \"48.85\"");
    }

    @Test
    void positionHasNoOtherField() {
        refusedWith(withLocation("{'id': 'shop', 'kind': 'STORE', 'position': {'lat': 48.85, 'lon': 2.29, 'alt': 35}}"),
                "locations[1].position.alt", "unknown field");
    }

    // zone, name, postal code, flags

    @Test
    void zoneMustBeAnIanaZone() {
        refusedWith(shop("'zone': 'Paris'"), "locations[1].zone",
                "unknown time zone \"Paris\", expected an IANA zone such as Europe/Paris");
    }

    @Test
    void postalCodeIsAString() {
        refusedWith(shop("'postalCode': 75007"), "locations[1].postalCode", "expected a string, was the number 75007");
    }

    @Test
    void nameIsAString() {
        refusedWith(shop("'name': ['Paris']"), "locations[1].name", "expected a string, was an array");
    }

    @Test
    void shipIsABoolean() {
        refusedWith(shop("'ship': 1"), "locations[1].ship", "expected true or false, was the number 1");
    }

    @Test
    void collectIsABoolean() {
        refusedWith(shop("'collect': 'true'"), "locations[1].collect", "expected true or false, was the string \"true\"");
    }

    @Test
    void defaultsOfALocation() {
        Location l = readShop("");

        assertThat(l.name()).isEqualTo("shop");
        assertThat(l.postalCode()).isEmpty();
        assertThat(l.zone()).isEmpty();
        assertThat(l.zoneOr(ZoneId.of("Europe/Paris"))).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(l.hours()).isEqualTo(WeeklyHours.allDay());
        assertThat(l.closed()).isEmpty();
        assertThat(l.preparation()).isEqualTo(Preparation.NONE);
        assertThat(l.collect()).isFalse();
    }

    @Test
    void shipDefaultsToTrueForWarehousesAndDarkStoresAndFalseForStores() {
        String doc = network("").replace("'kind': 'STORE'".replace('\'', '"'), "\"kind\": \"DARK_STORE\"");

        assertThat(readShop("").ship()).isFalse();
        assertThat(valid(doc).location("shop").orElseThrow().ship()).isTrue();
        assertThat(valid(doc).location("wh").orElseThrow().kind()).isEqualTo(LocationKind.WAREHOUSE);
        assertThat(valid(doc).location("wh").orElseThrow().ship()).isTrue();
    }

    // hours: day sets and week maps

    @Test
    void hoursKeyMustBeADaySet() {
        refusedWith(shop("'hours': {'MON-FRY': ['10:00-20:00']}"), "locations[1].hours.MON-FRY",
                "day set \"MON-FRY\" has \"FRY\", expected a day MON, TUE, WED, THU, FRI, SAT or SUN");
    }

    @Test
    void daysAreUpperCase() {
        refusedWith(shop("'hours': {'mon': ['10:00-20:00']}"), "locations[1].hours.mon", "day set \"mon\" has \"mon\"");
    }

    @Test
    void daySetHasNoSpaces() {
        refusedWith(shop("'hours': {'MON, TUE': ['10:00-20:00']}"), "locations[1].hours.MON, TUE",
                "day set \"MON, TUE\" has \" TUE\"");
    }

    @Test
    void daySetIsNotEmpty() {
        refusedWith(shop("'hours': {'': ['10:00-20:00']}"), "locations[1].hours.\"\"", "day set must not be empty"); // the empty key is named ""
    }

    @Test
    void dayNamedTwiceInOneDaySetIsRefused() {
        refusedWith(shop("'hours': {'MON-FRI,WED': ['10:00-20:00']}"), "locations[1].hours.MON-FRI,WED",
                "day set \"MON-FRI,WED\" names WED twice");
    }

    @Test
    void dayNamedInTwoKeysIsRefusedAtTheLaterKey() {
        refusedWith(shop("'hours': {'MON-FRI': ['10:00-20:00'], 'FRI-SAT': ['10:00-22:00']}"), "locations[1].hours.FRI-SAT",
                "FRI is already named by key \"MON-FRI\"");
    }

    @Test
    void rangeOfDaysRunsForwardsAcrossTheWeekEnd() {
        WeeklyHours hours = readShop("'hours': {'SAT-MON': ['10:00-12:00'], 'TUE-FRI': ['09:00-19:00']}").hours();

        assertThat(hours.on(DayOfWeek.SUNDAY)).containsExactly(TimeRange.parse("10:00-12:00"));
        assertThat(hours.on(DayOfWeek.MONDAY)).containsExactly(TimeRange.parse("10:00-12:00"));
    }

    @Test
    void dayNotNamedIsClosed() {
        WeeklyHours hours = readShop("'hours': {'MON-SAT': ['10:00-20:00'], 'SUN': []}").hours();

        assertThat(hours.on(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(readShop("'hours': {}").hours().on(DayOfWeek.MONDAY)).isEmpty();
    }

    @Test
    void hoursMustBeAnObjectOfDaySets() {
        refusedWith(shop("'hours': ['10:00-20:00']"), "locations[1].hours", "expected an object of day sets, was an array");
    }

    @Test
    void hoursOfADaySetAreAList() {
        refusedWith(shop("'hours': {'MON-SAT': '10:00-20:00'}"), "locations[1].hours.MON-SAT",
                "expected an array, was the string \"10:00-20:00\"");
    }

    // hours: intervals

    @Test
    void intervalIsFromDashTo() {
        refusedWith(shop("'hours': {'MON-SAT': ['10:00']}"), "locations[1].hours.MON-SAT[0]",
                "expected an interval HH:MM-HH:MM, was \"10:00\"");
    }

    @Test
    void intervalTimesHaveTwoDigitHours() {
        refusedWith(shop("'hours': {'MON-SAT': ['9:00-18:00']}"), "locations[1].hours.MON-SAT[0]",
                "expected a time HH:MM, was \"9:00-18:00\"");
    }

    @Test
    void intervalTimeMustBeATimeOfDay() {
        refusedWith(shop("'hours': {'MON-SAT': ['10:00-25:00']}"), "locations[1].hours.MON-SAT[0]",
                "time \"25:00\" in \"10:00-25:00\" is not a time of day");
    }

    @Test
    void intervalMustEndAfterItStarts() {
        refusedWith(shop("'hours': {'MON-SAT': ['20:00-10:00']}"), "locations[1].hours.MON-SAT[0]",
                "interval \"20:00-10:00\" must end after it starts");
    }

    @Test
    void emptyIntervalIsRefused() {
        refusedWith(shop("'hours': {'MON-SAT': ['10:00-10:00']}"), "locations[1].hours.MON-SAT[0]",
                "interval \"10:00-10:00\" must end after it starts");
    }

    @Test
    void midnightEndIsWritten2400AndOnlyAsAnEnd() {
        assertThat(readShop("'hours': {'MON-SAT': ['18:00-24:00']}").hours().on(DayOfWeek.MONDAY))
                .containsExactly(new TimeRange(18 * 60, 1440));
        refusedWith(shop("'hours': {'MON-SAT': ['24:00-24:00']}"), "locations[1].hours.MON-SAT[0]",
                "(24:00 is allowed only as the end of an interval)");
    }

    @Test
    void overlappingIntervalsOfOneDayAreRefusedAtTheLaterOne() {
        refusedWith(shop("'hours': {'MON-SAT': ['09:00-13:00', '12:00-18:00']}"), "locations[1].hours.MON-SAT[1]",
                "interval 12:00-18:00 overlaps 09:00-13:00 of the same days");
    }

    @Test
    void overlapIsFoundWhateverTheOrderOfTheIntervals() {
        refusedWith(shop("'hours': {'SAT': ['14:00-18:00', '08:00-12:00', '11:00-15:00']}"), "locations[1].hours.SAT[2]",
                "interval 11:00-15:00 overlaps 14:00-18:00 of the same days");
    }

    @Test
    void touchingIntervalsAreAllowed() {
        assertThat(readShop("'hours': {'MON-SAT': ['12:00-18:00', '09:00-12:00']}").hours().on(DayOfWeek.MONDAY))
                .containsExactly(TimeRange.parse("09:00-12:00"), TimeRange.parse("12:00-18:00"));
    }

    // closed dates

    @Test
    void closedEntryMustBeACalendarOrADate() {
        refusedWith(shop("'closed': ['DE']"), "locations[1].closed[0]",
                "\"DE\" is neither a calendar of the network nor an ISO date (yyyy-MM-dd)");
    }

    @Test
    void closedDateMustExist() {
        refusedWith(shop("'closed': ['2026-08-15', '2026-02-30']"), "locations[1].closed[1]",
                "\"2026-02-30\" is neither a calendar of the network nor an ISO date");
    }

    @Test
    void closedNamesACalendarOfTheNetworkWhereverItIsWritten() {
        String doc = network("'calendars': {'FR': ['2026-05-01']}").replace(Docs.json(Docs.STORE),
                Docs.json("{'id': 'shop', 'kind': 'STORE', 'position': {'lat': 48.85, 'lon': 2.29}, 'closed': ['FR', '2026-08-15']}"));

        assertThat(valid(doc).location("shop").orElseThrow().closed()).containsExactly("FR", "2026-08-15");
    }

    @Test
    void closedIsAList() {
        refusedWith(shop("'closed': '2026-08-15'"), "locations[1].closed", "expected an array, was the string \"2026-08-15\"");
    }

    // preparation

    @Test
    void preparationDefaultsToNoTimeAndNoCapacityLimit() {
        assertThat(readShop("'preparation': {}").preparation()).isEqualTo(Preparation.NONE);
        assertThat(readShop("'preparation': {'duration': 'PT20M'}").preparation())
                .isEqualTo(Preparation.of(Duration.ofMinutes(20)));
    }

    @Test
    void slotWithoutOrdersPerSlotIsRefused() {
        refusedWith(shop("'preparation': {'slot': 'PT1H'}"), "locations[1].preparation.ordersPerSlot",
                "missing: slot and ordersPerSlot come together");
    }

    @Test
    void ordersPerSlotWithoutSlotIsRefused() {
        refusedWith(shop("'preparation': {'ordersPerSlot': 4}"), "locations[1].preparation.slot",
                "missing: slot and ordersPerSlot come together");
    }

    @Test
    void ordersPerSlotIsAtLeastOne() {
        refusedWith(shop("'preparation': {'slot': 'PT1H', 'ordersPerSlot': 0}"), "locations[1].preparation.ordersPerSlot",
                "must be an integer >= 1, was 0");
    }

    @Test
    void slotNotDividingADayIsRefused() {
        refusedWith(shop("'preparation': {'slot': 'PT7H', 'ordersPerSlot': 4}"), "locations[1].preparation.slot",
                "slot must be > 0 and divide 24 h, was PT7H");
    }

    @Test
    void slotLongerThanADayIsRefused() {
        refusedWith(shop("'preparation': {'slot': 'PT48H', 'ordersPerSlot': 4}"), "locations[1].preparation.slot",
                "slot must be > 0 and divide 24 h, was PT48H");
    }

    @Test
    void zeroSlotIsRefused() {
        refusedWith(shop("'preparation': {'slot': 'PT0S', 'ordersPerSlot': 4}"), "locations[1].preparation.slot",
                "slot must be > 0 and divide 24 h, was PT0S");
    }

    @Test
    void slotDividingADayIsAccepted() {
        assertThat(readShop("'preparation': {'slot': 'PT1H30M', 'ordersPerSlot': 2}").preparation().slot())
                .isEqualTo(Duration.ofMinutes(90));
        assertThat(readShop("'preparation': {'slot': 'P1D', 'ordersPerSlot': 2}").preparation().slot())
                .isEqualTo(Duration.ofDays(1));
    }

    @Test
    void preparationDurationMustNotBeNegative() {
        refusedWith(shop("'preparation': {'duration': '-PT1H'}"), "locations[1].preparation.duration",
                "duration must be >= 0, was PT-1H");
    }

    @Test
    void preparationDurationIsWholeSeconds() {
        refusedWith(shop("'preparation': {'duration': 'PT0.5S'}"), "locations[1].preparation.duration",
                "duration must be whole seconds, was PT0.5S");
    }

    @Test
    void durationWithAZeroFractionIsWholeSeconds() {
        assertThat(readShop("'preparation': {'duration': 'PT1.000S'}").preparation().duration()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void preparationDurationIsAnIsoDuration() {
        refusedWith(shop("'preparation': {'duration': '1 hour'}"), "locations[1].preparation.duration",
                "expected a duration such as PT1H30M, was \"1 hour\"");
    }

    @Test
    void preparationHasNoOtherField() {
        refusedWith(shop("'preparation': {'duration': 'PT1H', 'capacity': 4}"), "locations[1].preparation.capacity",
                "unknown field");
    }
}
