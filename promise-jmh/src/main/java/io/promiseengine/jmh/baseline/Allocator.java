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

import io.promiseengine.model.Band;
import io.promiseengine.model.CourierService;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Location;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.QuoteRequest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The best allocation of one request's cart for one service or collect store at one order instant, by
 * exhaustive search: every assignment of lines to eligible origins that can prepare each of their lines alone is
 * looked at (spec 4.3: at most {@code maxShipments} shipments, one per origin, no line split) and the best by
 * {@link Candidate#BEST_FIRST} is kept.
 *
 * <p>The search is cut, exactly, where a partial assignment cannot beat the best found: a shipment given one more
 * line never starts earlier (its start must meet every condition it met, for one more line), so it is never
 * ready, shipped or delivered earlier and its {@code F} only falls; an assignment's other shipments multiply the
 * joint probability by at most 1. So the shipments of a partial assignment, timed as they are, reach the
 * confidence no later, and with no lower joint probability at any instant, than any completion of it: a partial
 * assignment that reaches it later than the best, or as early with more shipments, or as early with as many
 * and a lower confidence, is dropped with all its completions.
 */
final class Allocator {

    /** Spec 4.3: a probability reaches the confidence within this tolerance. */
    private static final double TOLERANCE = 1e-9;

    private final Network network;
    private final Timetables timetables;
    private final ReadyTimes readyTimes;
    private final QuoteRequest request;
    private final Position destination;
    private final Filters filters;
    /** The most shipments: the request's, lowered by the rule set. */
    private final int maxShipments;
    /** Whether the search is cut (class comment); without, every assignment is looked at (the cuts' own test). */
    private final boolean cut;

    Allocator(Network network, Timetables timetables, QuoteRequest request, Position destination) {
        this(network, timetables, request, destination, Filters.NONE, true);
    }

    Allocator(Network network, Timetables timetables, QuoteRequest request, Position destination, Filters filters,
              boolean cut) {
        this.cut = cut;
        this.network = network;
        this.timetables = timetables;
        this.readyTimes = new ReadyTimes(network);
        this.request = request;
        this.destination = destination;
        this.filters = filters;
        this.maxShipments = filters.shipments(request.maxShipments());
    }

    /** The request's lines a mask names, in the request's order. */
    List<Line> linesOf(int mask) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            if ((mask & (1 << i)) != 0) {
                out.add(request.lines().get(i));
            }
        }
        return out;
    }

    /** One search: the offer, the order instant, the eligible origins and the shipments timed so far. */
    private final class Search {
        final BaselineCalculator.Offer offer;
        final Instant t;
        final Instant horizon;
        final List<Location> origins;
        /** Origin index and mask to its shipment; an empty value when the origin cannot ship those lines. */
        final Map<Long, Optional<Leg>> legs = new HashMap<>();
        Candidate best;

        Search(BaselineCalculator.Offer offer, Instant t, List<Location> origins) {
            this.offer = offer;
            this.t = t;
            this.horizon = t.plus(BaselineCalculator.HORIZON);
            this.origins = origins;
        }

        Optional<Leg> leg(int j, int mask) {
            return legs.computeIfAbsent(((long) j << 32) | (mask & 0xFFFFFFFFL),
                    k -> Optional.ofNullable(Allocator.this.leg(offer, origins.get(j), mask, t, horizon)));
        }

        /** The shipments of the non-empty masks, in origin order; null when one of them cannot ship. */
        List<Leg> chosen(int[] masks) {
            List<Leg> chosen = new ArrayList<>();
            for (int j = 0; j < masks.length; j++) {
                if (masks[j] != 0) {
                    Optional<Leg> leg = leg(j, masks[j]);
                    if (leg.isEmpty()) {
                        return null;
                    }
                    chosen.add(leg.get());
                }
            }
            return chosen;
        }

        /** Whether no completion of the partial assignment of these shipments can beat the best (class comment). */
        boolean hopeless(List<Leg> chosen) {
            if (chosen == null) {
                return true; // an origin that cannot ship some lines cannot ship more
            }
            if (chosen.isEmpty() || best == null || !cut) {
                return false;
            }
            Candidate bound = combine(offer, chosen, horizon);
            if (bound == null) {
                return true;
            }
            int c = bound.promisedAt().compareTo(best.promisedAt());
            if (c != 0) {
                return c > 0;
            }
            c = Integer.compare(chosen.size(), best.legs().size());
            if (c != 0) {
                return c > 0;
            }
            return bound.confidence().compareTo(best.confidence()) < 0;
        }
    }

    /** The best allocation for the offer when ordering at {@code t}, or null when none reaches by the horizon. */
    Candidate best(BaselineCalculator.Offer offer, Instant t) {
        List<Location> origins = new ArrayList<>();
        for (Location l : network.locations()) {
            if (isEligible(offer, l)) {
                origins.add(l);
            }
        }
        origins.sort(Comparator.comparing(Location::id));
        if (origins.isEmpty()) {
            return null;
        }
        Search search = new Search(offer, t, origins);
        int n = request.lines().size();
        int m = origins.size();
        // which origin can prepare which line alone: one that cannot prepare a line alone cannot prepare a block
        // holding it (the block waits for every line's stock), so the search gives lines only to such origins
        boolean[][] alone = new boolean[m][n];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n; i++) {
                alone[j][i] = search.leg(j, 1 << i).isPresent();
            }
        }
        assign(0, new int[m], 0, alone, search);
        return search.best;
    }

    /**
     * Every assignment of lines {@code i..} to origins (line by line, each to an origin that prepares it alone, at
     * most {@code maxShipments} origins used), each complete one compared to the best; origins already used are
     * tried first, so that allocations of few shipments are found early, which only makes the cuts come sooner.
     */
    private void assign(int i, int[] masks, int used, boolean[][] alone, Search search) {
        List<Leg> chosen = search.chosen(masks);
        if (search.hopeless(chosen)) {
            return;
        }
        int m = masks.length;
        if (i == request.lines().size()) {
            Candidate c = combine(search.offer, chosen, search.horizon);
            if (c != null && (search.best == null || Candidate.BEST_FIRST.compare(c, search.best) < 0)) {
                search.best = c;
            }
            return;
        }
        for (int pass = 0; pass < 2; pass++) {
            boolean fresh = pass == 1;
            for (int j = 0; j < m; j++) {
                if ((masks[j] == 0) != fresh || !alone[j][i] || (fresh && used == maxShipments)) {
                    continue;
                }
                masks[j] |= 1 << i;
                assign(i + 1, masks, used + (fresh ? 1 : 0), alone, search);
                masks[j] &= ~(1 << i);
            }
        }
    }

    private boolean isEligible(BaselineCalculator.Offer offer, Location l) {
        switch (offer.method()) {
            case HOME_DELIVERY:
                // spec 4.3: a selector names it, ship is true, and a lane matches (else NO_LANE)
                return Timetables.isOrigin(offer.service(), l)
                        && Timetables.lane((HomeDeliveryService) offer.service(), l, request.destination().postalCode()) != null;
            case COURIER:
                // spec 4.5: as in 4.3, and within a band
                return Timetables.isOrigin(offer.service(), l)
                        && Timetables.band((CourierService) offer.service(), Timetables.km(l.position(), destination)) != null;
            default:
                // spec 4.4: the store itself and every location with a transfer route to it
                return l.id().equals(offer.store().id()) || timetables.hasRoute(l, offer.store());
        }
    }

    private Leg leg(BaselineCalculator.Offer offer, Location o, int mask, Instant t, Instant horizon) {
        List<Line> lines = linesOf(mask);
        Filters.Asker asker = new Filters.Asker(offer.method(), offer.service() == null ? "" : offer.service().id(),
                offer.store(), destination);
        ReadyTimes.Ready prep = readyTimes.prepare(o, timetables.openHours(o), lines, t, horizon,
                s -> filters.allowAll(asker, o, lines, s));
        if (prep == null) {
            return null;
        }
        Instant start = prep.start();
        Instant ready = prep.ready();
        List<Instant> arrivals = new ArrayList<>();
        List<BigDecimal> masses = new ArrayList<>();
        if (offer.method() == Method.HOME_DELIVERY) {
            HomeDeliveryService s = (HomeDeliveryService) offer.service();
            Instant shipAt = timetables.firstCollection(s, o, ready, horizon);
            if (shipAt == null) {
                return null;
            }
            Lane lane = Timetables.lane(s, o, request.destination().postalCode());
            LocalDate d0 = shipAt.atZone(timetables.zoneOf(o)).toLocalDate();
            LocalDate last = horizon.atZone(network.zone()).toLocalDate();
            MassFunction days = lane.days();
            for (int i = 0; i < days.size(); i++) {
                LocalDate d = timetables.deliveryDate(s, d0, shipAt, days.value(i), last);
                if (d != null) {
                    arrivals.add(ZonedDateTime.of(d, s.deliverBy(), network.zone()).toInstant());
                    masses.add(BigDecimal.valueOf(days.mass(i)));
                }
            }
            return new Leg(o, mask, start, ready, shipAt, arrivals, masses);
        }
        if (offer.method() == Method.COURIER) {
            CourierService s = (CourierService) offer.service();
            Instant dispatch = timetables.courierHours(s).nextOpen(ready, horizon);
            if (dispatch == null) {
                return null;
            }
            Band band = Timetables.band(s, Timetables.km(o.position(), destination));
            MassFunction minutes = band.minutes();
            for (int i = 0; i < minutes.size(); i++) {
                arrivals.add(dispatch.plusSeconds(60L * minutes.value(i)));
                masses.add(BigDecimal.valueOf(minutes.mass(i)));
            }
            return new Leg(o, mask, start, ready, dispatch, arrivals, masses);
        }
        Location store = offer.store();
        if (o.id().equals(store.id())) {
            // spec 4.4: collectable at the first instant >= readyAt at which the store is open
            Instant collectable = timetables.openHours(store).nextOpen(ready, horizon);
            return collectable == null ? null
                    : new Leg(o, mask, start, ready, null, List.of(collectable), List.of(BigDecimal.ONE));
        }
        Instant[] route = timetables.transfer(o, store, ready, horizon);
        return route == null ? null : new Leg(o, mask, start, ready, route[0], List.of(route[1]), List.of(BigDecimal.ONE));
    }

    /**
     * Spec 4.3 and 4.5: the earliest arrival instant at which the exact product of the shipments' F reaches
     * the confidence (for collect, the latest collectable instant, with product 1), at or before the horizon.
     */
    private Candidate combine(BaselineCalculator.Offer offer, List<Leg> legs, Instant horizon) {
        TreeSet<Instant> instants = new TreeSet<>();
        for (Leg leg : legs) {
            instants.addAll(leg.arrivals());
        }
        for (Instant at : instants) {
            if (at.isAfter(horizon)) {
                return null;
            }
            BigDecimal p = BigDecimal.ONE;
            for (Leg leg : legs) {
                p = p.multiply(leg.massBy(at));
            }
            if (p.doubleValue() >= request.confidence() - TOLERANCE) {
                return candidate(offer, legs, at, p);
            }
        }
        return null;
    }

    private Candidate candidate(BaselineCalculator.Offer offer, List<Leg> legs, Instant at, BigDecimal p) {
        List<String> ids = new ArrayList<>();
        List<List<String>> skus = new ArrayList<>();
        double km = 0;
        for (Leg leg : legs) { // legs are in origin-id order
            ids.add(leg.origin().id());
            List<String> s = new ArrayList<>();
            for (Line line : linesOf(leg.mask())) {
                s.add(line.sku());
            }
            s.sort(Comparator.naturalOrder());
            skus.add(s);
            Position to = offer.method() == Method.COLLECT ? offer.store().position() : destination;
            km += to == null ? 0 : Timetables.km(leg.origin().position(), to);
        }
        return new Candidate(at, p, Math.round(km * 1000), legs, ids, skus);
    }
}
