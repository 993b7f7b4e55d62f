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
package io.promiseengine.jmh.baseline;

import io.promiseengine.model.Location;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.quote.Badge;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.InvalidRequestException;
import io.promiseengine.quote.Listing;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.quote.Shipment;
import io.promiseengine.rules.RuleSet;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The straightforward implementation a user would write from the spec's sections 3 and 4: every location
 * looked at for every request, time walked date by date with {@code java.time}, every assignment of lines
 * to origins tried, exact decimal probabilities, and the order-by found by bisecting over whole seconds
 * (spec 5, invariant 1: a later order never gets an earlier date, so the instants keeping the date form
 * one span). It is the baseline of the benchmarks and a second, independent reading of the spec that the
 * engine is checked against. Written for clarity, not speed; {@code explain} is not supported (no
 * rejections are listed). SCHEDULED (spec 4.7) is {@link DeliveryWindows}; a rule set's filters are
 * {@link Filters}.
 */
public final class BaselineCalculator implements PromiseCalculator {

    /** Spec 4: {@code H = t + 60 x 24 h}. */
    static final Duration HORIZON = Duration.ofHours(60 * 24);
    /** Spec 3: default collect stores within 50 km, at most 3. */
    private static final double COLLECT_RADIUS_KM = 50.0;
    private static final int COLLECT_STORES = 3;

    private final Network network;
    private final Timetables timetables;

    /** Whether the allocation search is cut where it cannot do better ({@link Allocator}); false only in its test. */
    private final boolean cut;

    /**
     * The baseline for a network.
     *
     * @param network the network
     */
    public BaselineCalculator(Network network) {
        this(network, true);
    }

    /** The baseline, its allocation search cut or exhaustive (the cuts' test compares the two). */
    BaselineCalculator(Network network, boolean cut) {
        this.network = Objects.requireNonNull(network, "network");
        this.timetables = new Timetables(network);
        this.cut = cut;
    }

    /** What one option is about: a service, or a collect store. */
    record Offer(Method method, io.promiseengine.model.Service service, Location store) {
        String id() {
            return store != null ? store.id() : service.id();
        }
    }

    @Override
    public Quote quote(QuoteRequest request) {
        return quote(request, RuleSet.none(), Map.of());
    }

    /**
     * A quote under a rule set, as {@code PromiseEngine.quote(order)} gives it for an engine built with those rules:
     * every filter allows every line of a shipment at its preparation's start (docs/RULES-FORMAT.md, "When a filter
     * is asked"), and the rule set's {@code maxShipments} and {@code shipComplete} lower the request's
     * {@code maxShipments} (not SCHEDULED's one drop). Scores play no part in a quote.
     *
     * @param request the request
     * @param rules the rule set
     * @param attributes each sku's line attributes, as {@code Order.attributes()}
     * @return the quote
     * @throws InvalidRequestException when the request is refused (spec 3)
     */
    public Quote quote(QuoteRequest request, RuleSet rules, Map<String, Map<String, String>> attributes) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(attributes, "attributes");
        Filters filters = rules.filters().isEmpty() && rules.maxShipments() == Integer.MAX_VALUE && !rules.shipComplete()
                ? Filters.NONE : new Filters(rules, attributes, new ReadyTimes(network));
        List<Location> stores = new ArrayList<>();
        if (request.collectAtGiven()) {
            LinkedHashSet<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < request.collectAt().size(); i++) {
                String id = request.collectAt().get(i);
                Optional<Location> l = network.location(id);
                if (l.isEmpty()) {
                    throw new InvalidRequestException("collectAt[" + i + "]", "unknown location \"" + id + "\"");
                }
                // spec 3: a listed location whose collect is false gives no option
                if (seen.add(id) && l.get().collect()) {
                    stores.add(l.get());
                }
            }
        }
        Position dest = place(request.destination());
        boolean home = request.methods().contains(Method.HOME_DELIVERY);
        boolean courier = request.methods().contains(Method.COURIER);
        boolean collect = request.methods().contains(Method.COLLECT);
        if (dest == null) {
            // spec 3: a position is needed by COURIER, and by COLLECT without collectAt
            if (request.methodsGiven() && (courier || (collect && !request.collectAtGiven()))) {
                throw new InvalidRequestException("destination", "cannot be placed: no position and postal code \""
                        + request.destination().postalCode() + "\" is not in the network's postalCodes");
            }
            courier = false;
            collect = collect && request.collectAtGiven();
        }
        if (collect && !request.collectAtGiven()) {
            stores = nearestCollectStores(dest);
        }
        List<Offer> offers = new ArrayList<>();
        for (io.promiseengine.model.Service s : network.services()) {
            if ((s.method() == Method.HOME_DELIVERY && home) || (s.method() == Method.COURIER && courier)) {
                offers.add(new Offer(s.method(), s, null));
            }
        }
        if (collect) {
            for (Location store : stores) {
                offers.add(new Offer(Method.COLLECT, null, store));
            }
        }
        Allocator allocator = new Allocator(network, timetables, request, dest, filters, cut);
        List<PromiseOption> options = new ArrayList<>();
        for (Offer offer : offers) {
            Candidate best = allocator.best(offer, request.at());
            if (best != null) {
                options.add(option(allocator, offer, best, request));
            }
        }
        if (request.methods().contains(Method.SCHEDULED)) {
            // spec 3: SCHEDULED needs no position (without one, every origin is at distance 0)
            for (io.promiseengine.model.Service s : network.services()) {
                if (s instanceof ScheduledService scheduled) {
                    PromiseOption o = new DeliveryWindows(network, timetables, scheduled, request, dest, filters).option();
                    if (o != null) {
                        options.add(o);
                    }
                }
            }
        }
        options.sort(Comparator.comparing(PromiseOption::promisedAt).thenComparing(PromiseOption::method)
                .thenComparing(o -> (o.method() == Method.COLLECT ? o.location() : o.service()).orElseThrow()));
        return new Quote(request.at(), network.zone(), options, List.of());
    }

    /** Spec 3: the position places the destination, else the network's {@code postalCodes}; null if neither. */
    Position place(Destination d) {
        if (d.position().isPresent()) {
            return d.position().get();
        }
        return d.postalCode().isEmpty() ? null : network.postalCodes().get(d.postalCode());
    }

    /** Spec 3: the collect locations nearest to the destination, at most 3, within 50 km inclusive, ties by id. */
    List<Location> nearestCollectStores(Position dest) {
        List<Location> near = new ArrayList<>();
        for (Location l : network.locations()) {
            if (l.collect() && Timetables.km(l.position(), dest) <= COLLECT_RADIUS_KM) {
                near.add(l);
            }
        }
        near.sort(Comparator.<Location>comparingDouble(l -> Timetables.km(l.position(), dest)).thenComparing(Location::id));
        return near.size() > COLLECT_STORES ? new ArrayList<>(near.subList(0, COLLECT_STORES)) : near;
    }

    private PromiseOption option(Allocator allocator, Offer offer, Candidate best, QuoteRequest request) {
        ZoneId zone = offer.method() == Method.COLLECT ? timetables.zoneOf(offer.store()) : network.zone();
        LocalDate date = best.promisedAt().atZone(zone).toLocalDate();
        List<Shipment> shipments = new ArrayList<>();
        for (Leg leg : best.legs()) {
            shipments.add(new Shipment(leg.origin().id(), timetables.zoneOf(leg.origin()), allocator.linesOf(leg.mask()),
                    leg.start(), leg.ready(), Optional.ofNullable(leg.shipAt())));
        }
        BigDecimal price = offer.method() == Method.COLLECT ? BigDecimal.ZERO
                : offer.service().price().multiply(BigDecimal.valueOf(shipments.size()));
        double confidence = offer.method() == Method.COLLECT ? 1.0 : best.confidence().doubleValue();
        boolean collect = offer.method() == Method.COLLECT;
        return new PromiseOption(offer.method(), collect ? Optional.empty() : Optional.of(offer.id()),
                collect ? Optional.of(offer.id()) : Optional.empty(), zone, best.promisedAt(), date,
                orderBy(allocator, offer, zone, date, request.at()), confidence, price, network.currency(), shipments);
    }

    /**
     * Spec 4.6 by bisection over whole seconds of {@code [t, H]}: the date at {@code s} never gets earlier as
     * {@code s} grows (invariant 1), so the seconds keeping the date are a prefix of the span.
     */
    private Optional<Instant> orderBy(Allocator allocator, Offer offer, ZoneId zone, LocalDate date, Instant t) {
        Instant h = t.plus(HORIZON);
        if (date.equals(dateAt(allocator, offer, zone, h))) {
            return Optional.empty();
        }
        long lo = t.getEpochSecond();
        long hi = h.getEpochSecond();
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (date.equals(dateAt(allocator, offer, zone, Instant.ofEpochSecond(mid)))) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Optional.of(Instant.ofEpochSecond(lo));
    }

    private static LocalDate dateAt(Allocator allocator, Offer offer, ZoneId zone, Instant s) {
        Candidate c = allocator.best(offer, s);
        return c == null ? null : c.promisedAt().atZone(zone).toLocalDate();
    }

    /**
     * Each sku answered by a one-line quote listing one window; its badge is the first option of each method (for
     * SCHEDULED: the earliest promised instant, then service id, with its first window).
     */
    @Override
    public Listing listing(ListingRequest request) {
        Objects.requireNonNull(request, "request");
        List<Badge> badges = new ArrayList<>();
        for (String sku : request.skus()) {
            Quote q = quote(request.quoteFor(sku).withMaxWindows(1));
            Optional<PromiseOption> home = Optional.empty();
            Optional<PromiseOption> courier = Optional.empty();
            Optional<PromiseOption> collect = Optional.empty();
            Optional<PromiseOption> scheduled = Optional.empty();
            int collectStores = 0;
            for (PromiseOption o : q.options()) {
                switch (o.method()) {
                    case HOME_DELIVERY -> home = home.isPresent() ? home : Optional.of(o);
                    case COURIER -> courier = courier.isPresent() ? courier : Optional.of(o);
                    case COLLECT -> {
                        collect = collect.isPresent() ? collect : Optional.of(o);
                        collectStores++;
                    }
                    case SCHEDULED -> scheduled = scheduled.isPresent() ? scheduled : Optional.of(o);
                }
            }
            badges.add(new Badge(sku, home, courier, collect, collectStores, scheduled));
        }
        return new Listing(request.at(), network.zone(), badges);
    }
}
