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
package io.promiseengine.examples.serve;

import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Method;
import io.promiseengine.quote.Badge;
import io.promiseengine.quote.Listing;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The badges of a listing page on the live engine. {@link PromiseEngine} has no listing call of its own, so
 * each sku is quoted as docs/LISTING-FORMAT.md defines its badge: the one-line quote of
 * {@link ListingRequest#quoteFor(String)}, whose best option per method (earliest promised instant, then
 * service or store id) is the badge's, and whose collect stores are counted.
 */
final class LiveListing {

    private LiveListing() {
    }

    static Listing of(PromiseEngine engine, ListingRequest request) {
        List<Badge> badges = new ArrayList<>(request.skus().size());
        Quote first = null;
        for (String sku : request.skus()) {
            Quote q = engine.quote(request.quoteFor(sku));
            if (first == null) {
                first = q;
            }
            badges.add(badge(sku, q));
        }
        return new Listing(request.at(), first == null ? engine.network().zone() : first.zone(), badges);
    }

    /** The badge of one sku from its one-line quote. */
    static Badge badge(String sku, Quote quote) {
        PromiseOption home = null;
        PromiseOption courier = null;
        PromiseOption collect = null;
        PromiseOption scheduled = null;
        Set<String> stores = new HashSet<>();
        for (PromiseOption o : quote.options()) {
            switch (o.method()) {
                case HOME_DELIVERY -> home = better(home, o);
                case COURIER -> courier = better(courier, o);
                case COLLECT -> {
                    collect = better(collect, o);
                    stores.add(o.location().orElseThrow());
                }
                case SCHEDULED -> scheduled = better(scheduled, firstWindow(o));
                default -> throw new IllegalStateException("unknown method " + o.method());
            }
        }
        return new Badge(sku, Optional.ofNullable(home), Optional.ofNullable(courier), Optional.ofNullable(collect),
                stores.size(), Optional.ofNullable(scheduled));
    }

    /** A SCHEDULED option listing only its first window, as a badge shows it (docs/LISTING-FORMAT.md). */
    private static PromiseOption firstWindow(PromiseOption o) {
        return new PromiseOption(o.method(), o.service(), o.location(), o.zone(), o.promisedAt(), o.date(), o.orderBy(),
                o.confidence(), o.price(), o.currency(), o.shipments(), o.windows().subList(0, 1));
    }

    private static PromiseOption better(PromiseOption best, PromiseOption o) {
        if (best == null) {
            return o;
        }
        int c = o.promisedAt().compareTo(best.promisedAt());
        if (c == 0) {
            c = key(o).compareTo(key(best));
        }
        return c < 0 ? o : best;
    }

    private static String key(PromiseOption o) {
        return (o.method() == Method.COLLECT ? o.location() : o.service()).orElseThrow();
    }
}
