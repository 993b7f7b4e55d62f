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

import io.promiseengine.model.Echo;
import io.promiseengine.internal.observe.Watch;
import io.promiseengine.internal.time.OpenCalendar;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.quote.Badge;
import io.promiseengine.quote.InvalidRequestException;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.Listing;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.quote.Rejection;
import io.promiseengine.quote.Shipment;
import io.promiseengine.rules.RuleSet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The promise engine: quotes on a compiled snapshot of a network, exactly as spec sections 3 and 4 say.
 * Immutable and thread-safe; each quote works on its own {@link QuoteContext}.
 */
public final class DefaultPromiseCalculator implements PromiseCalculator {

    /** Default collect stores: the nearest this many (spec 3). */
    static final int DEFAULT_STORES = 3;
    /** Default collect stores: within this many km, inclusive (spec 3). */
    static final double DEFAULT_STORE_KM = 50.0;
    /**
     * The outer edges, in degrees of latitude or longitude from the position (the larger of the two differences), of
     * the rings in which {@link #collectStores} takes the candidates, nearest first; the last ring has no edge.
     */
    private static final double[] STORE_RINGS = {0.01, 0.03, 0.1};

    private static final Comparator<PromiseOption> OPTION_ORDER = Comparator
            .comparing(PromiseOption::promisedAt)
            .thenComparing(PromiseOption::method)
            .thenComparing(o -> (o.method() == Method.COLLECT ? o.location() : o.service()).orElseThrow());

    private final Snapshot snap;
    private final Watch watch;
    /** Whether the order-by's probes reuse what earlier probes learnt ({@link ProbePlans}); false only in tests. */
    private final boolean probePlans;

    public DefaultPromiseCalculator(Network network) {
        this(network, Watch.NONE);
    }

    /** A calculator telling {@code watch} of its quotes and listing pages. */
    public DefaultPromiseCalculator(Network network, Watch watch) {
        this.snap = new Snapshot(network);
        this.watch = java.util.Objects.requireNonNull(watch, "watch");
        this.probePlans = true;
    }

    /** A calculator over an already compiled network (a live engine's version, with its inventory; the engine observes). */
    DefaultPromiseCalculator(Snapshot snap) {
        this(snap, Watch.NONE, true);
    }

    /** The compiled network this calculator answers over (for tests in this package). */
    Snapshot snapshot() {
        return snap;
    }

    private DefaultPromiseCalculator(Snapshot snap, Watch watch, boolean probePlans) {
        this.snap = snap;
        this.watch = watch;
        this.probePlans = probePlans;
    }

    /**
     * A test hook: this calculator with the order-by's {@link ProbePlans} off, so that every order-by probe plans
     * its origins again and each origin's last instant is bisected, not read from the calendars. The answers must
     * be the same (the order-by differential test compares the two).
     */
    DefaultPromiseCalculator withoutProbePlans() {
        return new DefaultPromiseCalculator(snap, watch, false);
    }

    @Override
    public Quote quote(QuoteRequest request) {
        return watch.quote(request, () -> quote(request, RuleSet.none(), java.util.Map.of()));
    }

    /**
     * A quote under a rule set: its filters exclude locations line by line and its constraints lower
     * {@code maxShipments}, so the options are those its planner can deliver.
     */
    Quote quote(QuoteRequest request, RuleSet rules, java.util.Map<String, java.util.Map<String, String>> attributes) {
        return quote(request, rules, attributes, true);
    }

    /** As above; without {@code orderBy} (each option's is empty) when the order is already placed: a re-promise. */
    Quote quote(QuoteRequest request, RuleSet rules, java.util.Map<String, java.util.Map<String, String>> attributes,
                boolean withOrderBy) {
        long t = request.at().getEpochSecond();
        Resolved resolved = resolve(request);
        // SCHEDULED alone: the windows search reads the availability of the sites it walks only
        boolean windowsAlone = request.methods().size() == 1 && request.methods().contains(Method.SCHEDULED);
        QuoteContext ctx = QuoteContext.of(snap, request, resolved.position, rules, attributes,
                windowsAlone ? QuoteContext.Space.THREAD_LAZY : QuoteContext.Space.THREAD);
        try {
            List<PromiseOption> options = new ArrayList<>();
            List<Rejection> rejected = new ArrayList<>();
            for (Target target : resolved.targets) {
                Solver solver = new Solver(ctx, target, t);
                if (request.explain()) {
                    solver.recordExclusions(); // why each site is passed over, where the solver decides it
                }
                Allocation a = solve(solver, target);
                if (a != null) {
                    options.add(option(ctx, target, solver, a, t, withOrderBy, null));
                }
                if (request.explain()) {
                    Explainer.explain(ctx, target, solver, a, rejected);
                }
            }
            if (request.methods().contains(Method.SCHEDULED)) {
                WindowSearch.quote(ctx, t, request.maxWindows(), withOrderBy, options, request.explain() ? rejected : null);
            }
            options.sort(OPTION_ORDER);
            return new Quote(request.at(), snap.zone, options, rejected);
        } finally {
            ctx.release();
        }
    }

    @Override
    public Listing listing(ListingRequest request) {
        return watch.listing(request, () -> list(request));
    }

    private Listing list(ListingRequest request) {
        QuoteContext[] root = new QuoteContext[1];
        try {
            return list(request, root);
        } finally {
            if (root[0] != null) {
                root[0].release();
            }
        }
    }

    /** The listing page; {@code root[0]} is set to the context to release once the page is built. */
    private Listing list(ListingRequest request, QuoteContext[] root) {
        long t = request.at().getEpochSecond();
        List<Badge> badges = new ArrayList<>(request.skus().size());
        Resolved resolved = null;
        QuoteContext shared = null;
        // per target: what its solvers share whatever the sku, and what order-by probes learnt about single origins,
        // shared by the page's one-line carts (made when first asked)
        Solver.PageTarget[] pageTargets = null;
        Learnt[] learnt = null;
        for (String sku : request.skus()) {
            // the sku's one-line quote request (ListingRequest.quoteFor): the first is resolved, the others share it
            List<Line> lines = List.of(new Line(sku, 1));
            if (resolved == null) {
                QuoteRequest one = request.quoteFor(sku);
                resolved = resolve(one);
                shared = QuoteContext.of(snap, one, resolved.position, RuleSet.none(), Map.of(), QuoteContext.Space.THREAD);
                shared.page = true;
                root[0] = shared;
                pageTargets = new Solver.PageTarget[resolved.targets.size()];
                for (int i = 0; i < pageTargets.length; i++) {
                    pageTargets[i] = new Solver.PageTarget(resolved.targets.get(i));
                }
                learnt = new Learnt[pageTargets.length];
            }
            QuoteContext ctx = shared.withLines(lines);
            // the first option of each method in the one-line quote: earliest promisedAt, then id
            Target[] best = new Target[Method.values().length];
            int[] bestIndex = new int[best.length];
            Solver[] bestSolver = new Solver[best.length];
            Plan[] bestPlan = new Plan[best.length];
            long[] bestAt = new long[best.length];
            int stores = 0;
            for (int i = 0; i < pageTargets.length; i++) {
                Target target = pageTargets[i].target;
                if (target.store() != null && !target.store().location.collect()) {
                    continue; // solve's null: no solver needed
                }
                Solver solver = new Solver(ctx, pageTargets[i]);
                // the plan of the solve's one shipment: its allocation's key is the plan's own key
                Plan p = solver.pageSingle();
                if (p == null) {
                    continue;
                }
                int m = target.method().ordinal();
                stores += target.method() == Method.COLLECT ? 1 : 0;
                long at = target.promisedAt(p.ownKey, snap);
                if (best[m] == null || at < bestAt[m] || (at == bestAt[m] && id(target).compareTo(id(best[m])) < 0)) {
                    best[m] = target;
                    bestIndex[m] = i;
                    bestSolver[m] = solver;
                    bestPlan[m] = p;
                    bestAt[m] = at;
                }
            }
            // the allocations of the best targets only, as the solves would have made them
            Allocation[] bestAllocation = new Allocation[best.length];
            for (int m = 0; m < best.length; m++) {
                if (best[m] != null) {
                    bestAllocation[m] = Allocator.allocation(new Plan[] {bestPlan[m]}, ctx.confidence);
                    if (bestAllocation[m] == null || bestAllocation[m].key() != bestPlan[m].ownKey) {
                        throw new IllegalStateException("a page's plan alone is its allocation at its own key");
                    }
                }
            }
            badges.add(new Badge(sku,
                    badgeOption(ctx, best, bestIndex, bestSolver, bestAllocation, Method.HOME_DELIVERY, t, learnt),
                    badgeOption(ctx, best, bestIndex, bestSolver, bestAllocation, Method.COURIER, t, learnt),
                    badgeOption(ctx, best, bestIndex, bestSolver, bestAllocation, Method.COLLECT, t, learnt), stores,
                    request.methods().contains(Method.SCHEDULED) ? WindowSearch.firstWindow(ctx, t) : Optional.empty()));
        }
        return new Listing(request.at(), snap.zone, badges);
    }

    /** The badge's option of method {@code m}; {@code learnt} per target of the page ({@code index[m]}'s made here). */
    private Optional<PromiseOption> badgeOption(QuoteContext ctx, Target[] best, int[] index, Solver[] solvers,
                                                Allocation[] allocations, Method m, long t, Learnt[] learnt) {
        int i = m.ordinal();
        if (best[i] == null) {
            return Optional.empty();
        }
        if (learnt[index[i]] == null) {
            learnt[index[i]] = new Learnt();
        }
        return Optional.of(option(ctx, best[i], solvers[i], allocations[i], t, true, learnt[index[i]]));
    }

    private static String id(Target target) {
        return target.method() == Method.COLLECT ? target.storeId() : target.serviceId();
    }

    private static Allocation solve(Solver solver, Target target) {
        return target.store() != null && !target.store().location.collect() ? null : solver.solve();
    }

    /** The destination's position and the targets a request asks for, in a fixed order. */
    private record Resolved(Position position, List<Target> targets) {
    }

    private Resolved resolve(QuoteRequest request) {
        Position position = snap.positionOf(request.destination());
        Set<Method> methods = request.methods();
        boolean courier = methods.contains(Method.COURIER);
        boolean collect = methods.contains(Method.COLLECT);
        // the stores near the destination only when COLLECT is asked (a search of the spatial index and distances);
        // a collectAt given is checked whatever the methods
        List<Snapshot.Site> collectStores = collect || request.collectAtGiven() ? collectStores(request, position) : List.of();
        if (position == null) {
            String why = "cannot be placed: give a position, or a postal code listed in the network's postalCodes";
            if (courier && request.methodsGiven()) {
                throw new InvalidRequestException("destination", "COURIER needs a position; the destination " + why);
            }
            if (collect && !request.collectAtGiven() && request.methodsGiven()) {
                throw new InvalidRequestException("destination", "COLLECT without collectAt needs a position; the destination " + why);
            }
            courier = false;
            collect = collect && request.collectAtGiven();
        }
        List<Target> targets = new ArrayList<>();
        if (collect) {
            for (Snapshot.Site store : collectStores) {
                targets.add(Target.collect(store));
            }
        }
        if (courier) {
            for (Snapshot.Courier c : snap.couriers) {
                targets.add(Target.of(c));
            }
        }
        if (methods.contains(Method.HOME_DELIVERY)) {
            for (Snapshot.HomeDelivery hd : snap.homeDeliveries) {
                targets.add(Target.of(hd));
            }
        }
        return new Resolved(position, targets);
    }

    private List<Snapshot.Site> collectStores(QuoteRequest request, Position position) {
        List<Snapshot.Site> stores = new ArrayList<>();
        if (request.collectAtGiven()) {
            Set<String> seen = new LinkedHashSet<>();
            List<String> ids = request.collectAt();
            for (int i = 0; i < ids.size(); i++) {
                Integer idx = snap.siteIndex.get(ids.get(i));
                if (idx == null) {
                    throw new InvalidRequestException("collectAt[" + i + "]", "unknown location " + Echo.quote(ids.get(i)));
                }
                if (seen.add(ids.get(i))) {
                    stores.add(snap.sites[idx]);
                }
            }
            return stores;
        }
        if (position == null) {
            return stores;
        }
        // the nearest DEFAULT_STORES collect stores within DEFAULT_STORE_KM, ties by id: insertion into a short list,
        // which keeps the same stores whatever the order the candidates come in; they come by rings of degrees around
        // the position (every candidate in exactly one ring: the larger of its differences of latitude and longitude
        // in (inner, outer]), the nearest rings first, so that the list is full of near stores early and the bounds
        // below skip most of the others without reading their site. Each ring's candidates are the collect stores of
        // the fine cells meeting its square of degrees ({@link Snapshot#collectPlaces}), the last ring's those of the
        // box holding every position within DEFAULT_STORE_KM: a ring the bounds skip is not read at all. Without such
        // a box (near a pole or the antimeridian) every ring reads every site.
        Snapshot.Site[] nearest = new Snapshot.Site[DEFAULT_STORES];
        double[] km = new double[DEFAULT_STORES];
        int n = 0;
        double[] box = SpatialIndex.box(position, DEFAULT_STORE_KM);
        int[] candidates = box == null ? snap.places.near(position, DEFAULT_STORE_KM) : null;
        double[] lat = snap.places.lat;
        double[] lon = snap.places.lon;
        // within a degree of the position in both (and the position at most 80 degrees from the equator), a
        // great-circle distance is at least 2R asin(sqrt(cos(lat1) cos(lat2)) sin(|dLon| / 2)) >= R cos(|lat| + 1)
        // |dLon| (1 - 1.3e-5) in radians (the haversine's term of latitudes dropped, asin x >= x, sin x >= x (1 -
        // x^2 / 6)); with a margin of 1e-4 for rounding
        double lonKm = Math.abs(position.lat()) <= 80
                ? Position.EARTH_RADIUS_KM * Math.cos(Math.toRadians(Math.abs(position.lat()) + 1)) * (1 - 1e-4) : 0;
        // whether every candidate is within a degree in both: with a box, every candidate within DEFAULT_STORE_KM is
        // in it (the others are never kept); else known after the first ring, which reads them all
        boolean withinDegree = box == null || (box[1] - box[0] <= 2 && box[3] - box[2] <= 2);
        for (int ring = 0; ring <= STORE_RINGS.length; ring++) {
            double inner = ring == 0 ? -1 : STORE_RINGS[ring - 1];
            double outer = ring == STORE_RINGS.length ? Double.POSITIVE_INFINITY : STORE_RINGS[ring];
            if (n == DEFAULT_STORES && ring > 0 && withinDegree
                    && Math.min(Position.EARTH_RADIUS_KM * (1 - 1e-9), lonKm) * Math.toRadians(inner) > km[n - 1]) {
                // every candidate left differs by more than inner in latitude or in longitude: not nearer
                break;
            }
            if (box != null) {
                candidates = ring == STORE_RINGS.length ? snap.collectPlaces.inBox(box[0], box[1], box[2], box[3])
                        : snap.collectPlaces.inBox(position.lat() - outer, position.lat() + outer,
                                position.lon() - outer, position.lon() + outer);
            }
            for (int i : candidates) {
                double dLat = Math.abs(lat[i] - position.lat());
                double dLon = Math.abs(lon[i] - position.lon());
                double degrees = Math.max(dLat, dLon);
                withinDegree &= degrees <= 1;
                if (!(degrees > inner && degrees <= outer)) {
                    continue;
                }
                // once the list is full, a store whose difference of latitudes alone (a great-circle distance is at
                // least R times it) is past the last kept, by more than rounding, is not nearer: no haversine for it;
                // nor one whose difference of longitudes alone is (within a degree, lonKm above)
                if (n == DEFAULT_STORES && (Position.EARTH_RADIUS_KM
                        * Math.abs(Math.toRadians(lat[i] - position.lat())) * (1 - 1e-9) > km[n - 1]
                        || (degrees <= 1 && lonKm * Math.toRadians(dLon) > km[n - 1]))) {
                    continue;
                }
                Snapshot.Site s = snap.sites[i];
                if (!s.location.collect()) {
                    continue;
                }
                double d = s.location.position().distanceKm(position);
                if (!(d <= DEFAULT_STORE_KM)) {
                    continue;
                }
                int at = n;
                while (at > 0 && (Double.compare(d, km[at - 1]) < 0
                        || (Double.compare(d, km[at - 1]) == 0 && s.id.compareTo(nearest[at - 1].id) < 0))) {
                    at--;
                }
                if (at >= DEFAULT_STORES) {
                    continue;
                }
                for (int j = Math.min(n, DEFAULT_STORES - 1); j > at; j--) {
                    nearest[j] = nearest[j - 1];
                    km[j] = km[j - 1];
                }
                nearest[at] = s;
                km[at] = d;
                n = Math.min(n + 1, DEFAULT_STORES);
            }
        }
        for (int i = 0; i < n; i++) {
            stores.add(nearest[i]);
        }
        return stores;
    }

    /**
     * The option of an allocation found by {@code solver} at the order instant {@code t}, with its order-by
     * unless {@code withOrderBy} is false; {@code learnt} (or null) shares order-by knowledge of single
     * origins across one-line carts.
     */
    private PromiseOption option(QuoteContext ctx, Target target, Solver solver, Allocation a, long t,
                                 boolean withOrderBy, Learnt learnt) {
        long promisedAt = target.promisedAt(a.key(), snap);
        ZoneId zone = target.store() != null ? target.store().zone : snap.zone;
        long date = target.dateOf(a.key(), snap);
        Optional<Instant> orderBy = withOrderBy ? orderBy(ctx, target, solver, t, date, learnt) : Optional.empty();
        // an immutable list already (List.of): the option keeps it as it is instead of copying it
        Shipment[] shipments = new Shipment[a.plans().length];
        for (int i = 0; i < shipments.length; i++) {
            Plan p = a.plans()[i];
            Snapshot.Site site = snap.sites[p.site];
            shipments[i] = new Shipment(site.id, site.zone, ctx.lines(p.mask), Instant.ofEpochSecond(p.startAt()),
                    Instant.ofEpochSecond(p.readyAt()),
                    p.shipAt() == OpenCalendar.NONE ? Optional.empty() : Optional.of(Instant.ofEpochSecond(p.shipAt())));
        }
        BigDecimal price;
        double confidence;
        if (target.method() == Method.COLLECT) {
            price = BigDecimal.ZERO;
            confidence = 1.0;
        } else {
            BigDecimal unit = target.homeDelivery() != null ? target.homeDelivery().service.price() : target.courier().service.price();
            price = unit.multiply(BigDecimal.valueOf(a.shipments()));
            confidence = a.confidence();
        }
        boolean collect = target.method() == Method.COLLECT;
        return new PromiseOption(target.method(), collect ? Optional.empty() : Optional.of(target.serviceId()),
                collect ? Optional.of(target.storeId()) : Optional.empty(), zone, Instant.ofEpochSecond(promisedAt),
                LocalDate.ofEpochDay(date), orderBy, confidence, price, snap.network.currency(), List.of(shipments));
    }

    /**
     * Spec 4.6: the latest instant u such that every whole second in [t, u] gets an option of the same
     * target with the same date. A later order instant never gets an earlier date (invariant 1), so
     * "same date" holds on a prefix of [t, H] and a binary search over seconds finds its end exactly.
     */
    private Optional<Instant> orderBy(QuoteContext ctx, Target target, Solver original, long t, long date,
                                      Learnt learnt) {
        long horizon = t + QuoteContext.HORIZON_SECONDS;
        long keyLimit = target.lastKeyOn(date, snap);
        Feasibility same = new Feasibility(ctx, target, original, keyLimit, ctx.lineCount == 1 ? learnt : null, probePlans);
        long lo = t;
        if (same.shortcut) {
            // the latest instant at which one origin alone still ships the whole cart by the date
            long single = t - 1;
            for (int i = 0; i < same.sites.length; i++) {
                int origin = i;
                long from = Math.max(t, single + 1);
                if (!same.alone(origin, from)) {
                    continue;
                }
                // read off the calendars before the horizon: then it misses the date there, no probe asks
                long read = same.lastRead(origin, from, horizon);
                if (read != Long.MIN_VALUE) {
                    single = read;
                    continue;
                }
                if (same.alone(origin, horizon)) {
                    return Optional.empty();
                }
                single = same.lastAlone(origin, from, horizon);
            }
            if (same.singlesOnly) {
                return Optional.of(Instant.ofEpochSecond(single));
            }
            lo = Math.max(t, single);
            long splits = same.splitsUpTo(single, t, horizon);
            if (splits <= single) {
                return Optional.of(Instant.ofEpochSecond(single));
            }
            // the instants keeping the date are a prefix: unless a split still reaches it a second after the
            // singles' last instant, that instant is the answer (one split search instead of a bisection's)
            if (splits < horizon && same.walksCovers()) {
                // from the singles' last instant, cover by cover: each cover found holds up to an instant read off
                // its shipments' plans, and only the instant after it is searched again (instead of a bisection)
                return Optional.of(Instant.ofEpochSecond(same.lastCovered(lo, splits)));
            }
            if (!same.at(lo + 1)) {
                return Optional.of(Instant.ofEpochSecond(lo));
            }
            if (splits < horizon) {
                // nothing keeps the date at splits + 1: neither one origin alone nor a split; the bound is often
                // the answer (the shipment of a split that closes first is the best origin of its line)
                if (same.at(splits)) {
                    return Optional.of(Instant.ofEpochSecond(splits));
                }
                return Optional.of(Instant.ofEpochSecond(lastTrue(lo, splits, same::at)));
            }
        }
        if (same.at(horizon)) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(lastTrue(lo, horizon, same::at)));
    }

    /**
     * The last instant of {@code [lo, hi)} at which a predicate true at {@code lo} and false at {@code hi},
     * and true on a prefix only, holds: galloping first (dates usually change within hours, so the change is
     * bracketed cheaply), then bisecting.
     */
    private static long lastTrue(long lo, long hi, java.util.function.LongPredicate holds) {
        long step = 60;
        while (lo + step < hi) {
            long probe = lo + step;
            if (holds.test(probe)) {
                lo = probe;
                step *= 4;
            } else {
                hi = probe;
                break;
            }
        }
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (holds.test(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * A single origin shipping a one-line cart (of the target of its {@link Learnt}), by date limit and the line's
     * availability there.
     */
    private record OriginDate(int site, long keyLimit, long available) {
    }

    /**
     * What the order-by searches of a listing page's one-line carts of one target learnt about single origins: per
     * origin, date limit and the instant the line is available there (the only thing of a one-line cart a single
     * origin's plan depends on), {the latest instant known to reach the date, the earliest known to miss it}. One per
     * target of the page (the page keeps them by the target's index: no lookup by target). A line available now (the
     * usual case) is looked up by site in a primitive map per date limit; other availabilities by {@link OriginDate}.
     */
    private static final class Learnt {
        private LongMap<LongMap<long[]>> now;
        private LongMap<ByPosition> nowByPosition;
        private Map<OriginDate, long[]> later;

        /** The map by site of the target's origins whose line is available now, for one date limit. */
        LongMap<long[]> availableNow(long keyLimit) {
            if (now == null) {
                now = new LongMap<>();
            }
            LongMap<long[]> bySite = now.get(keyLimit);
            if (bySite == null) {
                bySite = new LongMap<>(64);
                now.put(keyLimit, bySite);
            }
            return bySite;
        }

        /**
         * As {@link #availableNow}, for a target whose carts walk the page's order of its origins: by position in that
         * order ({@link Solver.Reaching}, {@code orderSize} positions) instead of by site.
         */
        ByPosition byPosition(long keyLimit, int orderSize) {
            if (nowByPosition == null) {
                nowByPosition = new LongMap<>();
            }
            ByPosition byPosition = nowByPosition.get(keyLimit);
            if (byPosition == null) {
                byPosition = new ByPosition(orderSize);
                nowByPosition.put(keyLimit, byPosition);
            }
            return byPosition;
        }

        long[] later(int site, long keyLimit, long available) {
            if (later == null) {
                later = new HashMap<>();
            }
            return later.computeIfAbsent(new OriginDate(site, keyLimit, available),
                    k -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE});
        }
    }

    /**
     * Per position of a target's page order, for one date limit: {the latest instant known to reach the date, the
     * earliest known to miss it} of the origin there when its line is available now (null until an order-by asks),
     * and its class ({@link Solver#tieClass}: it depends on the target, the origin and the destination only;
     * {@link #UNKNOWN} until asked). Arrays instead of a map by site: the page's carts find an origin at the same
     * position each time.
     */
    private static final class ByPosition {
        private static final int UNKNOWN = Integer.MIN_VALUE;
        /** As far as the order-bys reached so far (positions up to a date's limit are a prefix of the order). */
        private long[][] known = new long[0][];
        private int[] classes = new int[0];
        private final int orderSize;

        ByPosition(int orderSize) {
            this.orderSize = orderSize;
        }

        /** Makes room for the positions before {@code end}. */
        void reach(int end) {
            if (end > classes.length) {
                int size = Math.min(orderSize, Math.max(end, 2 * classes.length));
                int from = classes.length;
                known = Arrays.copyOf(known, size);
                classes = Arrays.copyOf(classes, size);
                Arrays.fill(classes, from, size, UNKNOWN);
            }
        }

        long[] known(int position) {
            long[] k = known[position];
            if (k == null) {
                k = new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
                known[position] = k;
            }
            return k;
        }

        int tieClass(int position, Solver original, int site) {
            int c = classes[position];
            if (c == UNKNOWN) {
                c = original.tieClass(site);
                classes[position] = c;
            }
            return c;
        }
    }

    /**
     * Whether an order at a later instant still gets the target with a key at most {@code keyLimit} (the
     * same date), remembering what each probe learnt about single origins.
     *
     * <p>An origin that ships the whole cart alone is one allocation: if it reaches the date at {@code u},
     * so does the option. One origin's own key never gets earlier for a later order (each step of a plan
     * is a "first instant at or after" of the previous one, over calendars fixed for the quote), so an
     * origin that reached the date at {@code u} reaches it at every earlier instant, and one that missed it
     * misses it at every later instant: each probe looks only at origins not yet decided for its instant,
     * most likely first, and stops at the first that reaches. When the cart cannot be split (one line, or
     * {@code maxShipments} 1) these origins are every allocation, so when none reaches the answer is no;
     * otherwise the allocator searches the splits. The shortcut is taken only when the date is within the
     * original horizon, where no horizon cuts a plan short.
     */
    private static final class Feasibility {
        private final QuoteContext ctx;
        private final Target target;
        private final Solver original;
        private final long keyLimit;
        final boolean shortcut;
        final boolean singlesOnly;
        /**
         * The origins that ship the whole cart alone by the date at the order instant, most likely first; for a
         * one-line cart on the bounded path, the origins whose bound reaches the date, in the order of their bounds
         * (those among them that do not ship it by the date then never keep it later).
         */
        final int[] sites;
        /**
         * Per origin of {@link #sites}: its class where the class's plan at any instant is at least as probable as the
         * origin's, and is the origin's when its slot then is not full ({@link Solver#tieClasses}); -1 elsewhere; null
         * for none. Per class: the earliest instant at which an origin whose plan was its class's missed the date
         * ({@link Long#MAX_VALUE} for none): every origin of the class misses it then, and at every later instant.
         */
        private final int[] classes;
        /**
         * Made when first needed. A class's plan does not depend on the block (only on the instant its lines are
         * available, the order instant for every origin {@link Solver#tieClasses} gives a class): the misses found for
         * the whole cart hold for each line alone, and the split bound's ({@link #splitsUpTo}) for the whole cart.
         */
        private long[] classMissed;
        /** Per origin: {the latest instant known to reach the date, the earliest known to miss it}. */
        private final long[][] known;
        /**
         * Per origin and block of lines, for the splits: the earliest instant known to miss the date; null when the
         * cart cannot be split ({@link #singlesOnly}: no split probe asks).
         */
        private final LongMap<long[]> missed;
        /** What the probes learnt of each origin's plan by its start, without a rule set; else null. */
        private final ProbePlans probePlans;
        /**
         * Per origin of {@link #sites}, without earlier carts' knowledge: its plan at the order instant, the solve's
         * (keeping the date); else null.
         */
        private List<Plan> atOrder;

        /**
         * @param learnt what earlier one-line carts of the same page learnt, by origin, date and the instant
         *               the line is available there (the only thing of a one-line cart a single origin's plan
         *               depends on); null to keep the knowledge to this search
         * @param withProbePlans whether to use {@link ProbePlans} where it is valid (false: a test hook)
         */
        Feasibility(QuoteContext ctx, Target target, Solver original, long keyLimit, Learnt learnt,
                    boolean withProbePlans) {
            this.ctx = ctx;
            this.target = target;
            this.original = original;
            this.keyLimit = keyLimit;
            this.shortcut = keyLimit <= original.lastKey() && !ctx.anyUnknownSku;
            this.singlesOnly = ctx.lineCount == 1 || ctx.maxShipments == 1;
            this.missed = singlesOnly ? null : ctx.longMap(8);
            this.probePlans = withProbePlans && shortcut && ctx.rules == null ? new ProbePlans(ctx, target, original, keyLimit) : null;
            // a one-line cart (a quote's or a listing page's): the origins whose bound reaches the date, unplanned (one
            // without a plan reaching it there misses it at every later instant too: alone() finds it out, its class's
            // miss skips the class's other members, and a page remembers)
            Solver.Reaching page = shortcut && ctx.lineCount == 1 ? original.originsUpTo(ctx.fullMask, keyLimit) : null;
            List<Plan> whole = null;
            int[] reaching;
            if (page != null) {
                reaching = Arrays.copyOf(page.sites(), page.size());
            } else {
                // every plan candidatesUpTo hands out has an own key at most keyLimit
                whole = shortcut ? original.candidatesUpTo(ctx.fullMask, keyLimit) : List.of();
                reaching = new int[whole.size()];
                for (int i = 0; i < reaching.length; i++) {
                    reaching[i] = whole.get(i).site;
                }
            }
            int n = reaching.length;
            sites = reaching;
            known = new long[n][];
            if (page != null && learnt != null) {
                classes = byPosition(page, learnt);
                return;
            }
            // a quote's origins reaching the date: each one's class read from its group in the quote's ClassOrder
            classes = shortcut && n > 1 ? original.tieClasses(sites, ctx.fullMask, page) : null;
            LongMap<long[]> now = learnt != null && n > 0 ? learnt.availableNow(keyLimit) : null;
            for (int i = 0; i < n; i++) {
                if (learnt != null) {
                    long available = ctx.availableAt(sites[i], ctx.fullMask);
                    if (available == Long.MIN_VALUE) {
                        long[] k = now.get(sites[i]);
                        if (k == null) {
                            k = new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
                            now.put(sites[i], k);
                        }
                        known[i] = k;
                    } else {
                        known[i] = learnt.later(sites[i], keyLimit, available);
                    }
                } else {
                    known[i] = unknown(ctx);
                    if (whole != null) {
                        // its plan at the order instant, the solve's, keeps the date
                        known[i][0] = original.orderAt();
                    }
                }
            }
            atOrder = learnt == null ? whole : null;
        }

        /**
         * For the origins of the page's order ({@link Solver#originsUpTo}): each origin's knowledge ({@link #known})
         * and class as earlier carts of the page left them, by position in that order instead of looked up by site;
         * returns {@link #classes} as {@link Solver#tieClasses} gives them (an origin of the page's order is available
         * at the order instant, the pool's own exceptions later: -1), null for none or for one origin.
         */
        private int[] byPosition(Solver.Reaching page, Learnt learnt) {
            int n = sites.length;
            ByPosition now = n > 0 ? learnt.byPosition(keyLimit, page.orderSize()) : null;
            int end = 0;
            for (int i = 0; i < n; i++) {
                end = Math.max(end, page.position(i) + 1);
            }
            if (now != null) {
                now.reach(end);
            }
            int[] tie = null;
            for (int i = 0; i < n; i++) {
                int position = page.position(i);
                long available = ctx.availableAt(sites[i], ctx.fullMask);
                known[i] = available == Long.MIN_VALUE && position >= 0 ? now.known(position)
                        : learnt.later(sites[i], keyLimit, available);
                int c = position >= 0 ? now.tieClass(position, original, sites[i]) : -1;
                if (c >= 0 && tie == null && n > 1) {
                    tie = new int[n];
                    Arrays.fill(tie, 0, i, -1);
                }
                if (tie != null) {
                    tie[i] = c;
                }
            }
            return tie;
        }

        /** {the latest instant known to keep the date, the earliest known to miss it} before any is known, in the context's space. */
        private static long[] unknown(QuoteContext ctx) {
            long[] k = ctx.small();
            k[0] = Long.MIN_VALUE;
            k[1] = Long.MAX_VALUE;
            return k;
        }

        /** Whether origin {@code i} of {@link #sites} alone still ships the whole cart by the date for an order at {@code u}. */
        boolean alone(int i, long u) {
            if (known[i][0] >= u) {
                return true;
            }
            if (known[i][1] <= u) {
                return false;
            }
            int c = classes == null ? -1 : classes[i];
            if (c >= 0 && classMissed(c) <= u) {
                // its class's plan missed the date at or before u: so does its own, never more probable
                known[i][1] = u;
                return false;
            }
            if (keeps(u, sites[i], ctx.fullMask)) {
                known[i][0] = u;
                return true;
            }
            known[i][1] = u;
            if (c >= 0) {
                classMisses(sites[i], c, u);
            }
            return false;
        }

        /**
         * Records that the class {@code c} misses the date from {@code u} on when the site's plan at {@code u},
         * which does, is its class's.
         */
        private void classMisses(int site, int c, long u) {
            if (u < classMissed(c) && original.startsFirst(site, u)) {
                classMissed[c] = u;
            }
        }

        /** The earliest instant known for class {@code c} to miss the date at, {@link Long#MAX_VALUE} for none. */
        private long classMissed(int c) {
            if (classMissed == null) {
                classMissed = ctx.longs(original.tieClassCount(), Long.MAX_VALUE);
            }
            return classMissed[c];
        }

        /**
         * The last instant of {@code [from, horizon)} at which origin {@code i} alone ships the whole cart by the
         * date, knowing it does at {@code from} and not at {@code horizon}: read from the calendars when
         * {@link #lastRead} can, else bisected.
         */
        long lastAlone(int i, long from, long horizon) {
            long last = lastRead(i, from, horizon);
            return last != Long.MIN_VALUE ? last : lastTrue(from, horizon, u -> alone(i, u));
        }

        /**
         * The last instant at which origin {@code i} alone ships the whole cart by the date, knowing it does at
         * {@code from}, when it is known exactly or read from the calendars ({@link ProbePlans#lastKeeping}) and before
         * {@code horizon} (then it misses the date at {@code horizon}); {@link Long#MIN_VALUE} otherwise. At the order
         * instant itself the origin's plan is the solve's ({@link #atOrder}), which no probe plans again: recorded in
         * the probe plans as a probe there would.
         */
        long lastRead(int i, long from, long horizon) {
            if (known[i][0] >= from && known[i][1] == known[i][0] + 1 && known[i][0] < horizon) {
                // known exactly (an earlier cart of the page found it): the instant it keeps the date, and a second later not
                return known[i][0];
            }
            if (probePlans == null) {
                return Long.MIN_VALUE;
            }
            long last;
            if (atOrder != null && from == original.orderAt()) {
                Plan p = atOrder.get(i);
                probePlans.original(sites[i], ctx.fullMask, p);
                last = probePlans.lastKeeping(from, sites[i], ctx.fullMask, p);
            } else {
                last = probePlans.lastKeeping(from, sites[i], ctx.fullMask);
            }
            if (last == Long.MIN_VALUE || last >= horizon) {
                return Long.MIN_VALUE;
            }
            known[i][0] = Math.max(known[i][0], last);
            known[i][1] = Math.min(known[i][1], last + 1);
            probePlans.misses(last + 1, sites[i], ctx.fullMask);
            if (classes != null && classes[i] >= 0) {
                classMisses(sites[i], classes[i], last + 1);
            }
            return last;
        }

        /** As {@link #lastAlone}, for the origin's plan of one line alone. */
        private long lastLineAlone(int site, int line, long from, long horizon) {
            long last = probePlans == null ? Long.MIN_VALUE : probePlans.lastKeeping(from, site, 1 << line);
            if (last == Long.MIN_VALUE || last >= horizon) {
                return lastTrue(from, horizon, u -> lineAlone(site, line, u));
            }
            long[] k = lineKnown(site, line);
            k[0] = Math.max(k[0], last);
            k[1] = Math.min(k[1], last + 1);
            missedFrom(site, line, last + 1);
            probePlans.misses(last + 1, site, 1 << line);
            return last;
        }

        /**
         * An upper bound of the instants after {@code single} at which a split still ships the cart by the date,
         * or {@code single} itself (at most) when no split can beat one origin alone. Every shipment of an
         * allocation reaches the confidence alone by its key (the allocator never looks at a key before a
         * shipment's own), and an origin's plan of a block waits for the block's latest line, so it reaches the
         * confidence no earlier than its plan of any of the block's lines alone: a split keeps the date at
         * {@code u} only if every line has an origin whose plan of that line alone keeps it at {@code u}. Per
         * line, the latest such instant over its origins is read off the calendars from each origin's plan in the
         * solve ({@link #lastFromSolve}), else found as for one origin alone (each origin that cannot beat the latest
         * so far costs one check; an origin of a class known to miss the date from an instant at most one past the
         * latest so far, {@link #classMissed}, found by the singles or by an earlier origin of the class, costs none),
         * lines with the fewest origins first (on the bounded path counted by their bounds, {@link Solver#countUpTo},
         * so that a line is planned only when it is searched), stopping at the first line no origin keeps after
         * {@code single}. {@link Long#MAX_VALUE} when every line is kept up to the horizon.
         *
         * <p>First, on the bounded path ({@link Solver#missesAt}): when some line is known, from the bounds of its
         * origins' classes at {@code single + 1}, to be kept by none of its origins then, that line's latest instant
         * is {@code single} and so is the answer, without planning any line.
         */
        long splitsUpTo(long single, long t, long horizon) {
            if (original.walksClasses()) {
                // per class, whether its bound at single + 1 is past the date: asked once for all the lines
                int[] misses = ctx.ints(original.tieClassCount());
                for (int l = 0; l < ctx.lineCount; l++) {
                    if (original.missesAt(1 << l, single + 1, keyLimit, classMissed, misses)) {
                        return single;
                    }
                }
            }
            int[] order = new int[ctx.lineCount];
            int[] counts = new int[ctx.lineCount];
            for (int l = 0; l < ctx.lineCount; l++) {
                // the order of the lines only decides how soon the search stops (the answer is the smallest of the
                // lines' latest instants, or any instant at most single): counted without planning the lines
                int n = original.countUpTo(1 << l, keyLimit);
                counts[l] = n;
                int at = l;
                while (at > 0 && counts[order[at - 1]] > n) {
                    order[at] = order[at - 1];
                    at--;
                }
                order[at] = l;
            }
            long bound = Long.MAX_VALUE;
            for (int line : order) {
                long latest = single;
                boolean always = false;
                List<Plan> plans = original.candidatesUpTo(1 << line, keyLimit);
                int[] lineClasses = lineClasses(plans, line);
                for (int i = 0; i < plans.size() && !always; i++) {
                    int site = plans.get(i).site;
                    int c = lineClasses == null ? -1 : lineClasses[i];
                    if (c >= 0 && classMissed(c) <= latest + 1) {
                        // its class misses the date from an instant at most the latest so far plus one: so does
                        // its plan of the line, never more probable than its class's, and it cannot raise the latest
                        missedFrom(site, line, classMissed[c]);
                        continue;
                    }
                    long last = lastFromSolve(plans.get(i), line, t, horizon);
                    if (last != Long.MIN_VALUE) {
                        latest = Math.max(latest, last);
                        if (c >= 0) {
                            classMisses(site, c, last + 1);
                        }
                        continue;
                    }
                    long from = Math.max(t, latest + 1);
                    if (!lineAlone(site, line, from)) {
                        if (c >= 0) {
                            classMisses(site, c, from);
                        }
                        continue;
                    }
                    if (lineAlone(site, line, horizon)) {
                        always = true;
                    } else {
                        latest = lastLineAlone(site, line, from, horizon);
                    }
                }
                if (!always) {
                    bound = Math.min(bound, latest);
                    if (bound <= single) {
                        return bound;
                    }
                }
            }
            return bound;
        }

        /**
         * Per plan of a line's candidates: its origin's class ({@link Solver#tieClasses}, the line available there at
         * the order instant), whose misses ({@link #classMissed}) it shares; null for none.
         */
        private int[] lineClasses(List<Plan> plans, int line) {
            if (!shortcut || plans.isEmpty()) {
                return null;
            }
            int[] lineSites = new int[plans.size()];
            for (int i = 0; i < lineSites.length; i++) {
                lineSites[i] = plans.get(i).site;
            }
            return original.tieClasses(lineSites, 1 << line);
        }

        /**
         * The last instant before {@code horizon} at which the origin's plan of one line alone keeps the date, read
         * off the calendars from its plan in the solve ({@code p}, planned at the original order instant {@code t}
         * and keeping the date there: one of {@link Solver#candidatesUpTo}'s), no probe planning it at a later
         * instant; what it learnt recorded as {@link #lastLineAlone} does for the split probes. {@link Long#MIN_VALUE}
         * when {@link ProbePlans#lastKeeping} cannot read it or it reaches the
         * horizon: then the caller probes.
         */
        private long lastFromSolve(Plan p, int line, long t, long horizon) {
            long last = probePlans == null ? Long.MIN_VALUE : probePlans.lastKeeping(t, p.site, 1 << line, p);
            if (last == Long.MIN_VALUE || last >= horizon) {
                return Long.MIN_VALUE;
            }
            missedFrom(p.site, line, last + 1);
            probePlans.misses(last + 1, p.site, 1 << line);
            return last;
        }

        /**
         * Per origin and line ({@code site << 5 | line}): {the latest instant known to reach the date alone, the earliest
         * known to miss it}; made when the splits are first searched.
         */
        private LongMap<long[]> lineKnown;

        /** Whether the origin's plan of one line alone still reaches the confidence by the date for an order at {@code u}. */
        private boolean lineAlone(int site, int line, long u) {
            long[] k = lineKnown(site, line);
            if (k[0] >= u) {
                return true;
            }
            if (k[1] <= u) {
                return false;
            }
            if (keeps(u, site, 1 << line)) {
                k[0] = u;
                return true;
            }
            k[1] = u;
            missedFrom(site, line, u);
            return false;
        }

        private long[] lineKnown(int site, int line) {
            if (lineKnown == null) {
                lineKnown = ctx.longMap(8);
            }
            long key = ((long) site << 5) | line;
            long[] k = lineKnown.get(key);
            if (k == null) {
                k = unknown(ctx);
                lineKnown.put(key, k);
            }
            return k;
        }

        /** What the split probes skip: this line alone, and every block holding it, at this site from {@code u} on. */
        private void missedFrom(int site, int line, long u) {
            long missedKey = ((long) site << 32) | (1 << line);
            long[] missedAt = missed.get(missedKey);
            if (missedAt == null) {
                long[] at = ctx.small();
                at[0] = u;
                missed.put(missedKey, at);
            } else {
                missedAt[0] = Math.min(missedAt[0], u);
            }
        }

        /** Whether the origin's plan of a block for an order at {@code u} keeps the date. */
        private boolean keeps(long u, int site, int mask) {
            if (probePlans != null) {
                return probePlans.keeps(u, site, mask);
            }
            // one probe solver per instant: origins and lines probed at the same instant share it (and its plans)
            if (probe == null || probeAt != u) {
                probe = new Solver(ctx, target, u, original, keyLimit);
                probeAt = u;
            }
            // a bound ({@link Solver#ownKeyBound}) already past the date: so is the plan's own key
            if (probe.ownKeyBound(site, mask) > keyLimit) {
                return false;
            }
            Plan p = probe.plan(site, mask);
            return p != null && p.ownKey <= keyLimit;
        }

        /** The solver of the last {@link #keeps} probe, and its instant. */
        private Solver probe;
        private long probeAt;

        /** The covers {@link #lastCovered} walks before it bisects what is left. */
        private static final int COVER_STEPS = 64;

        /** Whether the split search can walk covers ({@link ProbePlans#coverEnd}): home delivery or courier, with probe plans. */
        boolean walksCovers() {
            return probePlans != null && (target.homeDelivery() != null || target.courier() != null);
        }

        /**
         * The last instant of {@code [lo, bound]} keeping the date, knowing that {@code lo} does and nothing after
         * {@code bound} does: a cover found at {@code lo + 1} holds up to {@link ProbePlans#coverEnd}, then a cover is
         * searched at the instant after, and so on until none is found (the instants keeping the date are a prefix)
         * or one holds up to {@code bound}. A cover's end is read off the calendars and is usually hours away; should
         * the walk take more than {@link #COVER_STEPS} covers (ends a second apart), the rest is bisected, so that its
         * cost stays bounded whatever the calendars.
         */
        long lastCovered(long lo, long bound) {
            long u = lo + 1;
            for (int steps = 0; u <= bound; steps++) {
                if (steps == COVER_STEPS) {
                    // u - 1 keeps the date, nothing after bound does: the same prefix, bisected
                    return lastTrue(u - 1, bound + 1, this::at);
                }
                int[] cover = coverAt(u);
                if (cover == null) {
                    return u - 1;
                }
                long end = probePlans.coverEnd(cover, u, bound);
                if (end >= bound) {
                    return bound;
                }
                u = end + 1;
            }
            return bound;
        }

        /** A cover keeping the date for an order at {@code u} ({@link Allocator#coverBy}'s form), or null: {@link #at}'s search. */
        private int[] coverAt(long u) {
            for (int i = 0; i < sites.length; i++) {
                if (alone(i, u)) {
                    return new int[] {sites[i], ctx.fullMask};
                }
            }
            return singlesOnly ? null
                    : new Solver(ctx, target, u, original, keyLimit, missed, probePlans).coverBy(keyLimit);
        }

        boolean at(long u) {
            Solver probe = new Solver(ctx, target, u, original, keyLimit, shortcut ? missed : null, probePlans);
            if (!shortcut) {
                // beyond the probe's own horizon an option does not exist (spec 4)
                return probe.reachesBy(Math.min(keyLimit, probe.lastKey()));
            }
            for (int i = 0; i < sites.length; i++) {
                if (alone(i, u)) {
                    return true;
                }
            }
            return !singlesOnly && probe.reachesBy(keyLimit);
        }
    }
}
