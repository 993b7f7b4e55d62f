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
 * brute force: every assignment of lines to eligible origins that can prepare each of their lines alone is
 * tried (spec 4.3: at most {@code maxShipments} shipments, one per origin, no line split) and the best by
 * {@link Candidate#BEST_FIRST} is kept.
 */
final class Allocator {

    /** Spec 4.3: a probability reaches the confidence within this tolerance. */
    private static final double TOLERANCE = 1e-9;

    private final Network network;
    private final Timetables timetables;
    private final ReadyTimes readyTimes;
    private final QuoteRequest request;
    private final Position destination;

    Allocator(Network network, Timetables timetables, QuoteRequest request, Position destination) {
        this.network = network;
        this.timetables = timetables;
        this.readyTimes = new ReadyTimes(network);
        this.request = request;
        this.destination = destination;
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

    /** The best allocation for the offer when ordering at {@code t}, or null when none reaches by the horizon. */
    Candidate best(BaselineCalculator.Offer offer, Instant t) {
        Instant horizon = t.plus(BaselineCalculator.HORIZON);
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
        Map<String, Optional<ReadyTimes.Ready>> preps = new HashMap<>();
        Map<String, Optional<Leg>> legs = new HashMap<>();
        int n = request.lines().size();
        int m = origins.size();
        // which origin can prepare which line alone: one that cannot prepare a line alone cannot prepare a block
        // holding it (the block waits for every line's stock), so the search gives lines only to such origins
        boolean[][] alone = new boolean[m][n];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n; i++) {
                Location o = origins.get(j);
                int mask = 1 << i;
                alone[j][i] = legs.computeIfAbsent(o.id() + "#" + mask,
                        k -> Optional.ofNullable(leg(offer, o, mask, preps, t, horizon))).isPresent();
            }
        }
        Candidate[] best = new Candidate[1];
        assign(0, new int[m], 0, alone, offer, origins, preps, legs, t, horizon, best);
        return best[0];
    }

    /**
     * Every assignment of lines {@code i..} to origins (line by line, each to an origin that prepares it alone, at
     * most {@code maxShipments} origins used), each complete one compared to the best.
     */
    private void assign(int i, int[] masks, int used, boolean[][] alone, BaselineCalculator.Offer offer,
                        List<Location> origins, Map<String, Optional<ReadyTimes.Ready>> preps,
                        Map<String, Optional<Leg>> legs, Instant t, Instant horizon, Candidate[] best) {
        int m = origins.size();
        if (i == request.lines().size()) {
            List<Leg> chosen = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                if (masks[j] == 0) {
                    continue;
                }
                Location o = origins.get(j);
                int mask = masks[j];
                Optional<Leg> leg = legs.computeIfAbsent(o.id() + "#" + mask,
                        k -> Optional.ofNullable(leg(offer, o, mask, preps, t, horizon)));
                if (leg.isEmpty()) {
                    return;
                }
                chosen.add(leg.get());
            }
            Candidate c = combine(offer, chosen, horizon);
            if (c != null && (best[0] == null || Candidate.BEST_FIRST.compare(c, best[0]) < 0)) {
                best[0] = c;
            }
            return;
        }
        for (int j = 0; j < m; j++) {
            boolean fresh = masks[j] == 0;
            if (!alone[j][i] || (fresh && used == request.maxShipments())) {
                continue;
            }
            masks[j] |= 1 << i;
            assign(i + 1, masks, used + (fresh ? 1 : 0), alone, offer, origins, preps, legs, t, horizon, best);
            masks[j] &= ~(1 << i);
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

    private Leg leg(BaselineCalculator.Offer offer, Location o, int mask, Map<String, Optional<ReadyTimes.Ready>> preps,
                    Instant t, Instant horizon) {
        Optional<ReadyTimes.Ready> prep = preps.computeIfAbsent(o.id() + "#" + mask, k -> Optional.ofNullable(
                readyTimes.prepare(o, timetables.openHours(o), linesOf(mask), t, horizon)));
        if (prep.isEmpty()) {
            return null;
        }
        Instant start = prep.get().start();
        Instant ready = prep.get().ready();
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
