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
package io.promiseengine.regressions;

import io.promiseengine.fixtures.SpecNetwork;
import io.promiseengine.model.Durations;
import io.promiseengine.model.Echo;
import io.promiseengine.model.Ids;
import io.promiseengine.model.Limits;
import io.promiseengine.model.Network;
import io.promiseengine.model.Preparation;
import io.promiseengine.model.Selector;
import io.promiseengine.model.SlotLoad;
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.Supply;
import io.promiseengine.model.Transfer;
import io.promiseengine.model.WeeklyTimes;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.InvalidRequestException;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static io.promiseengine.fixtures.SpecNetwork.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13, cases 1 to 4, 7 and 10 through the Java API: the model's records and builders refuse every value
 * outside docs/LIMITS.md with a message naming the field and the value, so nothing out of range reaches the engine.
 */
class Issue13ModelBoundsTest {

    private static final Instant END_OF_TIME = OffsetDateTime.parse("+999999999-12-31T23:59:59-18:00").toInstant();
    private static final Instant START_OF_TIME = OffsetDateTime.parse("-999999999-01-01T00:00:00+01:00").toInstant();
    private static final QuoteRequest REQUEST = QuoteRequest.builder(at("2026-09-17T14:30:00+02:00"),
            Destination.postalCode("75015")).line("TSHIRT-M", 2).build();

    @Test
    void case01_requestsAtTheEndOfTimeAreRefusedNamingAt() {
        assertThatThrownBy(() -> QuoteRequest.builder(END_OF_TIME, Destination.postalCode("75015")).line("A", 1).build())
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("at: must be between "
                        + "1970-01-01T00:00:00Z and 2200-12-31T23:59:59Z, was +1000000000-01-01T17:59:59Z");
        assertThatThrownBy(() -> REQUEST.at(START_OF_TIME)).isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("at");
        assertThatThrownBy(() -> ListingRequest.builder(END_OF_TIME, Destination.postalCode("75015")).skus("A").build())
                .isInstanceOf(InvalidRequestException.class).extracting(e -> ((InvalidRequestException) e).field())
                .isEqualTo("at");
        assertThat(REQUEST.at(Limits.LATEST).at()).isEqualTo(Limits.LATEST);
        assertThat(REQUEST.at(Limits.EARLIEST).at()).isEqualTo(Limits.EARLIEST);
    }

    @Test
    void case02_slotsAndArrivalsOutsideTheBoundsAreRefused() {
        assertThatThrownBy(() -> new SlotLoad("store-paris-7", START_OF_TIME, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("slot must be between ");
        assertThatThrownBy(() -> new Supply("wh-lyon", "A", 1, END_OF_TIME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("arrives must be between ");
    }

    @Test
    void case03_durationsLongerThan366DaysAreRefused() {
        Duration huge = Duration.ofHours(2562047788015215L);
        assertThatThrownBy(() -> new Transfer(Selector.parse("wh-lyon"), List.of(Selector.parse("*")),
                WeeklyTimes.of(java.util.Map.of()), huge, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duration must be at most 366 days (PT8784H), was PT2562047788015215H");
        assertThatThrownBy(() -> Preparation.of(Duration.ofDays(367))).hasMessageStartingWith("duration must be at most");
        assertThat(Durations.checkWholeSeconds("d", Limits.MAX_DURATION)).isEqualTo(Duration.ofDays(366));
    }

    @Test
    void case04_quantitiesPastTheLimitAreRefusedAndAvailabilityNeverWraps() {
        assertThatThrownBy(() -> new StockLevel("wh", "A", 5, 10, Integer.MAX_VALUE))
                .hasMessage("safety must be at most 1000000000, was 2147483647");
        assertThatThrownBy(() -> new SlotLoad("wh", Limits.EARLIEST, Integer.MAX_VALUE))
                .hasMessage("orders must be at most 1000000000, was 2147483647");
        assertThat(new StockLevel("wh", "A", 5, Limits.MAX_QUANTITY, Limits.MAX_QUANTITY).available()).isZero();
        assertThat(new StockLevel("wh", "A", Limits.MAX_QUANTITY, 0, 0).available()).isEqualTo(Limits.MAX_QUANTITY);
        assertThat(Limits.addCapped(Limits.MAX_QUANTITY, Limits.MAX_QUANTITY)).isEqualTo(Limits.MAX_QUANTITY);
    }

    @Test
    void case04_phantomStockIsNeverPromised() {
        Network phantom = withStock(new StockLevel("store-paris-7", "TSHIRT-M", 5, 10, Limits.MAX_QUANTITY));
        Network none = withStock(new StockLevel("store-paris-7", "TSHIRT-M", 0, 0, 0));
        QuoteRequest million = QuoteRequest.builder(at("2026-09-17T14:30:00+02:00"), Destination.postalCode("75015"))
                .line("TSHIRT-M", 1_000_000).build();
        Quote a = PromiseCalculator.of(phantom).quote(million);
        assertThat(a.options()).isEmpty();
        assertThat(a).isEqualTo(PromiseCalculator.of(none).quote(million));
    }

    @Test
    void case04_aSlotLoadedPastItsCapacityIsAsFullAsAFullOne() {
        Network full = SpecNetwork.network(); // store-paris-7's 14:00 slot holds 4 of 4
        List<SlotLoad> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(new SlotLoad("store-paris-7", at("2026-09-17T14:00:00+02:00"), Limits.MAX_QUANTITY));
        }
        Network overfull = full.withInventory(full.stock(), full.supply(), rows);
        QuoteRequest collect = QuoteRequest.builder(at("2026-09-17T14:30:00+02:00"), Destination.postalCode("75015"))
                .line("TSHIRT-M", 1).collectAt("store-paris-7").build();
        assertThat(PromiseCalculator.of(overfull).quote(collect)).isEqualTo(PromiseCalculator.of(full).quote(collect));
        assertThat(PromiseCalculator.of(overfull).quote(REQUEST)).isEqualTo(PromiseCalculator.of(full).quote(REQUEST));
    }

    @Test
    void case05_idsWithControlCharactersAreRefusedAndEchoedEscaped() {
        assertThatThrownBy(() -> Ids.check("id", "nowhere\u001b[2J\nFAKE: line"))
                .hasMessage("id must not contain control characters, was \"nowhere\\u001b[2J\\nFAKE: line\"");
        assertThatThrownBy(() -> QuoteRequest.builder(Limits.EARLIEST, Destination.postalCode("1")).line("A", 1)
                .collectAt("a\u0007").build()).isInstanceOf(InvalidRequestException.class)
                .hasMessage("collectAt[0]: must not contain control characters, was \"a\\u0007\"");
    }

    @Test
    void case05_echoEscapesAndShortens() {
        assertThat(Echo.quote("a\"b\\c\td\u007f\u2028")).isEqualTo("\"a\\\"b\\\\c\\td\\u007f\\u2028\"");
        assertThat(Echo.escape("x".repeat(100))).isEqualTo("x".repeat(80) + "…");
        assertThat(Echo.escape("é日本")).isEqualTo("é日本");
        assertThat(Echo.escape("\ud83d\ude00 ok")).isEqualTo("\ud83d\ude00 ok");
        assertThat(Echo.escape("lone \ud83d")).isEqualTo("lone \\ud83d");
        String cut = Echo.escape("x".repeat(79) + "\ud83d\ude00" + "y");
        assertThat(cut).isEqualTo("x".repeat(79) + "…"); // never half a pair
    }

    @Test
    void case07_postalCodesAndIdsHaveLengthLimits() {
        assertThatThrownBy(() -> Destination.postalCode("7".repeat(17)))
                .hasMessageStartingWith("postalCode must have at most 16 characters, was \"77777");
        assertThatThrownBy(() -> Ids.check("id", "e".repeat(65))).hasMessageStartingWith("id must have at most 64 characters");
        assertThatThrownBy(() -> QuoteRequest.builder(Limits.EARLIEST, Destination.postalCode("1")).line("s".repeat(65), 1)
                .build()).hasMessageStartingWith("sku must have at most 64 characters");
        assertThat(Destination.postalCode("7".repeat(16)).postalCode()).hasSize(16);
    }

    @Test
    void case10_aCartHasAtMost30DistinctSkus() {
        QuoteRequest.Builder b = QuoteRequest.builder(Limits.EARLIEST, Destination.postalCode("1"));
        for (int i = 0; i < 30; i++) {
            b.line("S" + i, 1).line("S" + i, 2); // merged: 30 distinct skus
        }
        assertThat(b.build().lines()).hasSize(30);
        b.line("S30", 1);
        assertThatThrownBy(b::build).isInstanceOf(InvalidRequestException.class)
                .hasMessage("lines: at most 30 distinct skus, was 31");
        QuoteRequest.Builder over = QuoteRequest.builder(Limits.EARLIEST, Destination.postalCode("1"))
                .line("A", Limits.MAX_QUANTITY).line("A", 1);
        assertThatThrownBy(over::build).hasMessage("lines: the quantities of \"A\" add up to 1000000001, more than 1000000000");
    }

    private static Network withStock(StockLevel paris7) {
        Network n = SpecNetwork.network();
        List<StockLevel> stock = new ArrayList<>();
        for (StockLevel s : n.stock()) {
            stock.add(s.location().equals(paris7.location()) && s.sku().equals(paris7.sku()) ? paris7 : s);
        }
        return n.withInventory(stock, n.supply(), n.load());
    }
}
