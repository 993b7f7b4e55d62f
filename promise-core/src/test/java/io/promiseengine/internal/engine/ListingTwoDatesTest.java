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
package io.promiseengine.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.promiseengine.model.Collection;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Location;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.WeeklyHours;
import io.promiseengine.quote.Badge;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.Listing;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A listing page whose carts get two dates of one target, with an origin in common: what the page's order-bys learn
 * of an origin is kept per date limit (docs/BENCHMARKS.md, "The listing page's plans kept in order": by position in
 * the page's order, per target and date limit), so that what the first sku's order-by learnt of the origin for its
 * date is not taken for the second's earlier date.
 *
 * <p>UTC; the page is asked on Thursday 2026-09-17 at 10:00. Home delivery {@code hd} from every location:
 * collections every day at 11:00, delivered every day by 20:00, one lane of 1 transit day with mass 1; 40 fillers
 * holding nothing make the target's origins more than 32, so that the page walks its order of them. {@code split}
 * (open 08:00-10:15 and 10:45-20:00, 1 hour) holds P and Q: its bound ignores the pause (ready 11:00, collected
 * Thursday: Friday), its plan does not (ready 11:30, collected Friday: Saturday). {@code fast} (30 minutes) holds Q
 * alone: ready 10:30, collected Thursday, Friday.
 *
 * <p>P's date is Saturday, from {@code split} alone, whose order-by learns that {@code split} keeps Saturday up to
 * an instant on Friday morning. Q's date is Friday, from {@code fast}: its order-by is 10:30 (prepared by the
 * 11:00 collection). {@code split} is among Q's origins up to Friday (its bound) but never keeps Friday: taking what
 * P's order-by learnt of it (keeping Saturday until Friday) for Friday would make Q's order-by Friday morning.
 */
class ListingTwoDatesTest {

    private static final Instant T = Instant.parse("2026-09-17T10:00:00Z");
    private static final Position HERE = Position.of(48.86, 2.35);
    private static final WeeklyHours DAY = WeeklyHours.of("MON-SUN", "08:00-20:00");

    /** {@link BoundedPathWorkTest#warehouse}: a warehouse at {@code lat} on Paris's meridian, postal code 75001. */
    private static Location warehouse(String id, double lat, WeeklyHours hours, Duration preparation) {
        return BoundedPathWorkTest.warehouse(id, lat, hours, preparation);
    }

    private static Network network() {
        Network.Builder b = Network.builder(ZoneOffset.UTC);
        WeeklyHours paused = WeeklyHours.of("MON-SUN", "08:00-10:15", "10:45-20:00");
        b.location(warehouse("split", 48.80, paused, Duration.ofHours(1))).stock("split", "P", 5).stock("split", "Q", 5);
        b.location(warehouse("fast", 48.85, DAY, Duration.ofMinutes(30))).stock("fast", "Q", 5);
        for (int i = 0; i < 40; i++) {
            b.location(warehouse(String.format("f%02d", i), 48.70 - 0.001 * i, DAY, Duration.ofHours(1)));
        }
        b.service(HomeDeliveryService.builder("hd", "Colis").origins("*")
                .collections(Collection.of("MON-SUN", "11:00")).deliveryDays("MON-SUN").deliverBy("20:00")
                .lanes(Lane.everywhere(MassFunction.of(1, 1.0))).price("4.90").build());
        return b.build();
    }

    private static Optional<PromiseOption> first(Quote q) {
        return q.options().stream().filter(o -> o.method() == Method.HOME_DELIVERY).findFirst();
    }

    @Test
    void theSecondSkusEarlierDateTakesNothingTheFirstLearntForItsLaterDate() {
        DefaultPromiseCalculator calc = new DefaultPromiseCalculator(network());
        ListingRequest page = ListingRequest.builder(T, Destination.of("75011", HERE)).skus("P", "Q").build();
        Listing listing = calc.listing(page);
        Badge p = listing.badges().get(0);
        Badge q = listing.badges().get(1);
        assertThat(p.homeDelivery().get().date()).isEqualTo(LocalDate.parse("2026-09-19"));
        assertThat(p.homeDelivery().get().shipments().get(0).from()).isEqualTo("split");
        assertThat(p.homeDelivery().get().orderBy()).isPresent();
        assertThat(q.homeDelivery().get().date()).isEqualTo(LocalDate.parse("2026-09-18"));
        assertThat(q.homeDelivery().get().shipments().get(0).from()).isEqualTo("fast");
        assertThat(q.homeDelivery().get().orderBy()).contains(Instant.parse("2026-09-17T10:30:00Z"));
        for (Badge b : listing.badges()) {
            assertThat(b.homeDelivery()).as(b.sku()).isEqualTo(first(calc.quote(page.quoteFor(b.sku()))));
        }
    }
}
