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

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Location;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Service;
import io.promiseengine.model.StockLevel;
import io.promiseengine.quote.Badge;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.Listing;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Nothing of a listing page outlives it: a live engine answers many pages in sequence on one thread (the page's
 * per-target state, {@link Solver.PageTarget}, and the order-by's knowledge, {@code Learnt}, are made for each page),
 * and each page equals what a calculator made afresh on the engine's live network answers, and each badge the first
 * option of each method of the sku's one-line quote. From one page to the next the destination, the instant, the
 * confidence, the skus (and their order), the methods and the collect stores change (so the page's targets do);
 * between some pages a stock level is set ({@code setStock}: a new inventory version on the same network structure,
 * whose targets are equal to the previous ones) and now and then another network version is published (a service
 * left out, or the original again). Two pages in a row are also asked with nothing changed but the page. One seed in
 * two widens the network to 30 more copies of each location ({@link OriginClassesTest#widened}) so that the solvers
 * bound their origins (origin order, class bounds). Seeds: {@code -Dlisting.sequenceFirstSeed},
 * {@code -Dlisting.sequenceSeeds}; each message names the seed and the page.
 */
class ListingPagesInSequenceTest {

    private static final String[] CODES = {"75015", "75011", "92100", "69002"};
    private static final Method[] SHIPPED = {Method.HOME_DELIVERY, Method.COURIER, Method.COLLECT};

    private static Optional<PromiseOption> first(Quote q, Method m) {
        return q.options().stream().filter(o -> o.method() == m).findFirst();
    }

    @Test
    void pagesInSequenceOnOneEngineEqualFreshAnswers() {
        long firstSeed = Long.getLong("listing.sequenceFirstSeed", 31_000_001);
        int seeds = Integer.getInteger("listing.sequenceSeeds", 24);
        int pages = 0;
        int badges = 0;
        int withOrderBy = 0;
        int stockChanges = 0;
        int versions = 0;
        for (long seed = firstSeed; seed < firstSeed + seeds; seed++) {
            NetworkGenerator gen = new NetworkGenerator(seed);
            Random rnd = new Random(seed);
            Network original = gen.network();
            if (seed % 2 == 0) {
                original = OriginClassesTest.widened(original, 30, rnd);
            }
            List<String> ids = original.locations().stream().map(Location::id).toList();
            try (PromiseEngine engine = PromiseEngine.builder(original).build()) {
                DefaultPromiseEngine live = (DefaultPromiseEngine) engine;
                for (int p = 0; p < 12; p++) {
                    String where = "seed " + seed + " page " + p;
                    // between pages: nothing (one page in three), a stock level set, or another network version
                    int change = p == 0 ? 0 : rnd.nextInt(6);
                    if (change >= 2) {
                        String sku = NetworkGenerator.SKUS[rnd.nextInt(NetworkGenerator.SKUS.length)];
                        int onHand = rnd.nextInt(7);
                        int reserved = onHand > 0 && rnd.nextInt(4) == 0 ? 1 : 0;
                        int safety = onHand > reserved && rnd.nextInt(4) == 0 ? 1 : 0;
                        String location = ids.get(rnd.nextInt(ids.size()));
                        engine.setStock(new StockLevel(location, sku, onHand, reserved, safety));
                        stockChanges++;
                    }
                    if (change == 5) {
                        engine.publish(rnd.nextBoolean() ? original : withoutOneService(original, rnd));
                        versions++;
                    }
                    ListingRequest page = page(gen, rnd, ids);
                    Listing listing = live.current().calculator().listing(page);
                    pages++;
                    DefaultPromiseCalculator fresh = new DefaultPromiseCalculator(engine.liveNetwork());
                    assertThat(listing).as(where + ": the page against a fresh calculator's, " + page)
                            .isEqualTo(fresh.listing(page));
                    for (Badge b : listing.badges()) {
                        Quote q = fresh.quote(page.quoteFor(b.sku()));
                        String what = where + " sku " + b.sku() + ", " + page;
                        assertThat(b.homeDelivery()).as(what).isEqualTo(first(q, Method.HOME_DELIVERY));
                        assertThat(b.courier()).as(what).isEqualTo(first(q, Method.COURIER));
                        assertThat(b.collect()).as(what).isEqualTo(first(q, Method.COLLECT));
                        long stores = q.options().stream().filter(o -> o.method() == Method.COLLECT).count();
                        assertThat(b.collectStores()).as(what).isEqualTo((int) stores);
                        badges++;
                        for (Optional<PromiseOption> o : List.of(b.homeDelivery(), b.courier(), b.collect())) {
                            withOrderBy += o.isPresent() && o.get().orderBy().isPresent() ? 1 : 0;
                        }
                    }
                }
            }
        }
        System.out.println("ListingPagesInSequenceTest seeds " + firstSeed + ".." + (firstSeed + seeds - 1) + ": "
                + pages + " pages, " + badges + " badges, " + withOrderBy + " options with an order-by, " + stockChanges
                + " stock levels set, " + versions + " versions published");
        assertThat(withOrderBy).as("badge options with an order-by").isGreaterThan(badges / 2);
    }

    /**
     * A page at an instant, destination and confidence drawn from the generator's requests (the destination placed,
     * so that COURIER is never refused), of some of the skus in a drawn order (and an unknown one now and then),
     * for all methods or some, with collect stores given one page in four.
     */
    private static ListingRequest page(NetworkGenerator gen, Random rnd, List<String> ids) {
        QuoteRequest shape = gen.request();
        String code = CODES[rnd.nextInt(CODES.length)];
        Position near = Position.of(48.82 + rnd.nextDouble() * 0.08, 2.25 + rnd.nextDouble() * 0.15);
        Destination destination = switch (rnd.nextInt(3)) {
            case 0 -> Destination.position(near);
            case 1 -> Destination.of(code, near);
            default -> Destination.postalCode(code);
        };
        Instant at = shape.at().plusSeconds(rnd.nextBoolean() ? 0 : rnd.nextInt(2 * 86_400));
        ListingRequest.Builder b = ListingRequest.builder(at, destination).confidence(shape.confidence());
        List<String> skus = new ArrayList<>(List.of(NetworkGenerator.SKUS));
        Collections.shuffle(skus, rnd);
        b.skus(skus.subList(0, 1 + rnd.nextInt(skus.size())));
        if (rnd.nextInt(4) == 0) {
            b.skus("UNKNOWN");
        }
        if (rnd.nextBoolean()) {
            EnumSet<Method> methods = EnumSet.noneOf(Method.class);
            for (Method m : SHIPPED) {
                if (rnd.nextBoolean()) {
                    methods.add(m);
                }
            }
            methods.add(SHIPPED[rnd.nextInt(SHIPPED.length)]);
            b.methods(methods.toArray(Method[]::new));
        }
        if (rnd.nextInt(4) == 0) {
            b.collectAt(ids.get(rnd.nextInt(ids.size())), ids.get(rnd.nextInt(ids.size())));
        }
        return b.build();
    }

    /** The network without one of its services, drawn (a new network version with other targets). */
    private static Network withoutOneService(Network n, Random rnd) {
        List<Service> services = new ArrayList<>(n.services());
        services.remove(rnd.nextInt(services.size()));
        return new Network(n.zone(), n.calendars(), n.postalCodes(), n.locations(), services, n.transfers(), n.stock(),
                n.supply(), n.load(), n.windowLoad(), n.currency());
    }
}
