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

import io.promiseengine.internal.time.LocalDates;
import io.promiseengine.internal.time.OpenCalendar;
import io.promiseengine.internal.time.Slots;
import io.promiseengine.model.Band;
import io.promiseengine.model.Lane;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Position;
import io.promiseengine.quote.Line;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.rules.RuleSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * The work of one quote request: the cart's availability at every site (independent of the order
 * instant), preparation results cached by site and earliest start, lanes and bands by site. Used by one
 * thread at a time; order-by probes at later instants share it.
 */
final class QuoteContext {

    static final long HORIZON_SECONDS = 60L * 24 * 3600;

    final Snapshot snap;
    final List<Line> lines;
    final int lineCount;
    final int fullMask;
    final double confidence;
    final int maxShipments;
    final Position destination;
    final String destinationPostalCode;
    /**
     * Per site: the lines it can ever hold in full ({@link #holds}) and when each is available there
     * ({@link #available}), in the scratch space of the thread, valid for this context's epoch only.
     */
    private final Scratch scratch;
    private final int epoch;
    final boolean anyUnknownSku;
    final String unknownSku;
    /**
     * The stock table of each line as this context read it (null for an unknown sku): every site that holds a
     * line is an entry of its table, so a search for the sites holding the whole cart walks the shortest one
     * instead of every site. Kept because a live ledger may replace a sku's table while the quote runs.
     */
    private final StockTable[] tables;
    /** The limit of every search: the latest horizon an order-by probe can have. */
    final long limit;
    /** Preparation results by site and earliest start, shared by the contexts of {@link #withLines}. */
    private final Prepared prepared;
    /** The rule set's filters for this request, or null when there are none. */
    RuleGate rules;
    /**
     * Whether this context is a listing page's (set on the page's first context, kept by {@link #withLines}): its
     * solvers then walk each target's origins in an order made once for the page ({@link OriginOrder}).
     */
    boolean page;
    /**
     * The sites where some line is in stock only after the order instant (a supply arrival), in the order of the
     * stock tables, {@link #lateCount} of them: the exceptions to {@link OriginOrder}'s order, made for origins
     * whose lines are available at the order instant.
     */
    private int[] late;
    private int lateCount;
    /**
     * Whether the lines' availability is read site by site when first asked ({@link #forWindows}) instead of for
     * every entry of the lines' stock tables when the context is made; {@link #late} then when first asked.
     */
    private final boolean lazy;
    private boolean lateKnown;
    /** The quantity of each line. */
    private final int[] quantities;

    /** Lanes by home-delivery service, by site: they depend on the destination's postal code only. */
    private final Snapshot.LaneChoice[] lanes;
    /** The epoch of {@link Scratch#distance}: distances to this destination, shared by {@link #withLines}. */
    private final int distanceEpoch;
    /**
     * Plans of one-line carts at the order instant, by target, site and the instant the line is available
     * there (all such a plan depends on, rules aside), shared by the one-line carts of a listing page: by target
     * a {@link LongMap} by site of the plans of a line available now, else by {@code (target, site, instant)}. Also
     * the solvers' bounds per class of origins, by target ({@code Solver.classBound}).
     */
    final Map<Object, Object> oneLinePlans;

    /** Where a context's working memory is (its {@link Scratch}). */
    enum Space {
        /** The calling thread's, the lines' availability read when the context is made ({@link #forQuote}). */
        THREAD,
        /** The calling thread's, the availability read site by site when first asked ({@link #forWindows}). */
        THREAD_LAZY,
        /** Its own: for a context that may outlive the call that made it (a planner's). */
        OWN
    }

    /**
     * The context of a request whose destination is at {@code position} ({@link Snapshot#positionOf}), under a rule
     * set: its shipments limited by the rules ({@link RuleSet#shipmentsAllowed}), its filters joined to the start
     * condition with the lines' attributes ({@link RuleGate}). The one setup of a quote, a listing page (with
     * {@link RuleSet#none()}) and the planner. A context in the thread's space is {@link #release}d by the caller.
     */
    static QuoteContext of(Snapshot snap, QuoteRequest request, Position position, RuleSet rules,
                           Map<String, Map<String, String>> attributes, Space space) {
        List<Line> lines = request.lines();
        int maxShipments = rules.shipmentsAllowed(request.maxShipments());
        String postalCode = request.destination().postalCode();
        long t = request.at().getEpochSecond();
        QuoteContext ctx = space == Space.OWN
                ? new QuoteContext(snap, lines, request.confidence(), maxShipments, position, postalCode, t)
                : forQuote(snap, lines, request.confidence(), maxShipments, position, postalCode, t,
                        space == Space.THREAD_LAZY);
        try {
            ctx.rules = RuleGate.of(rules, attributes);
        } catch (RuntimeException e) {
            ctx.release();
            throw e;
        }
        return ctx;
    }

    /**
     * A context with scratch space of its own: for a context that may outlive the call that made it (a
     * planner's). {@link #forQuote} borrows the thread's instead.
     */
    QuoteContext(Snapshot snap, List<Line> lines, double confidence, int maxShipments, Position destination,
                 String destinationPostalCode, long orderAt) {
        this(snap, lines, confidence, maxShipments, destination, destinationPostalCode, orderAt,
                new Scratch(false));
    }

    private QuoteContext(Snapshot snap, List<Line> lines, double confidence, int maxShipments, Position destination,
                         String destinationPostalCode, long orderAt, Scratch scratch) {
        this(snap, lines, confidence, maxShipments, destination, destinationPostalCode, orderAt, scratch, false);
    }

    private QuoteContext(Snapshot snap, List<Line> lines, double confidence, int maxShipments, Position destination,
                         String destinationPostalCode, long orderAt, Scratch scratch, boolean lazy) {
        this(snap, lines, confidence, maxShipments, destination, destinationPostalCode, orderAt, scratch,
                scratch.newPrepared(), new Snapshot.LaneChoice[snap.homeDeliveries.size()],
                scratch.newDistanceEpoch(snap.sites.length), new HashMap<>(), new HashMap<>(4), lazy);
    }

    /**
     * A context for one quote (or listing page) on the calling thread, in the thread's scratch space when it is
     * free (else in space of its own: a quote inside a quote); the caller {@link #release}s it when the answer
     * is built, and neither it nor the contexts of its {@link #withLines} is used after that.
     */
    static QuoteContext forQuote(Snapshot snap, List<Line> lines, double confidence, int maxShipments,
                                 Position destination, String destinationPostalCode, long orderAt) {
        return forQuote(snap, lines, confidence, maxShipments, destination, destinationPostalCode, orderAt, false);
    }

    /**
     * {@link #forQuote} for a request that asks for SCHEDULED alone: the lines' availability is read site by site
     * when first asked (a binary search per line in its stock table), not for every site stocking a line, since a
     * windows search reads only the sites it walks (docs/BENCHMARKS.md, "Delivery windows"). The answers are the
     * same; a solver over every origin (explanations) reads more slowly.
     */
    static QuoteContext forWindows(Snapshot snap, List<Line> lines, double confidence, int maxShipments,
                                   Position destination, String destinationPostalCode, long orderAt) {
        return forQuote(snap, lines, confidence, maxShipments, destination, destinationPostalCode, orderAt, true);
    }

    private static QuoteContext forQuote(Snapshot snap, List<Line> lines, double confidence, int maxShipments,
                                         Position destination, String destinationPostalCode, long orderAt, boolean lazy) {
        Scratch scratch = Scratch.acquire();
        try {
            return new QuoteContext(snap, lines, confidence, maxShipments, destination, destinationPostalCode, orderAt,
                    scratch, lazy);
        } catch (RuntimeException e) {
            scratch.release();
            throw e;
        }
    }

    /** Gives the thread's scratch space back (see {@link #forQuote}); nothing for a context with space of its own. */
    void release() {
        scratch.release();
    }

    /**
     * An empty map by {@code long} key for this context's searches (solvers, order-bys), valid until the context is
     * {@link #release}d: taken from the thread's scratch space (emptied on release and handed out again to the next
     * quote, so a quote allocates none of them once the thread has made its first), or new in space of its own.
     */
    <V> LongMap<V> longMap(int expected) {
        return scratch.longMap(expected);
    }

    /**
     * An array of at least {@code n} entries for this context's searches, the first {@code n} set to {@code value}
     * (the others not to be read), valid until the context is {@link #release}d: the thread's, as {@link #longMap}.
     */
    long[] longs(int n, long value) {
        return scratch.longs(n, value);
    }

    /** As {@link #longs}: at least {@code n} ints, the first {@code n} zero. */
    int[] ints(int n) {
        return scratch.ints(n);
    }

    /** As {@link #longs}: at least {@code n} plans, the first {@code n} null. */
    Plan[] plans(int n) {
        return scratch.plans(n);
    }

    /** How many entries {@link #small} and {@link #smallPlans} arrays have. */
    static final int SMALL = 4;

    /**
     * An array of {@link #SMALL} entries whose values are not set (the caller writes every entry before it reads it),
     * valid until the context is {@link #release}d: the thread's, as {@link #longMap}. For the order-by's knowledge of
     * one origin (an instant or two each).
     */
    long[] small() {
        return scratch.small();
    }

    /** As {@link #small}, of plans. */
    Plan[] smallPlans() {
        return scratch.smallPlans();
    }

    /**
     * A context for other lines at the same destination and order instant, sharing the work that does not
     * depend on the cart: preparation results (by site and earliest start), lanes and distances. The lines'
     * availability takes this context's place in the scratch space: this context is not used after.
     */
    QuoteContext withLines(List<Line> otherLines) {
        QuoteContext next = new QuoteContext(snap, otherLines, confidence, maxShipments, destination,
                destinationPostalCode, limit - 2 * HORIZON_SECONDS, scratch, prepared, lanes, distanceEpoch, oneLinePlans,
                near, false);
        next.page = page;
        return next;
    }

    private QuoteContext(Snapshot snap, List<Line> lines, double confidence, int maxShipments, Position destination,
                         String destinationPostalCode, long orderAt, Scratch scratch, Prepared prepared,
                         Snapshot.LaneChoice[] lanes, int distanceEpoch, Map<Object, Object> oneLinePlans,
                         Map<Object, int[]> near, boolean lazy) {
        this.lazy = lazy;
        this.oneLinePlans = oneLinePlans;
        this.near = near;
        this.snap = snap;
        this.prepared = prepared;
        this.lanes = lanes;
        this.distanceEpoch = distanceEpoch;
        this.lines = lines;
        this.lineCount = lines.size();
        if (lineCount > 30) {
            throw new io.promiseengine.quote.InvalidRequestException("lines", "at most 30 distinct skus, was " + lineCount);
        }
        this.fullMask = (1 << lineCount) - 1;
        this.confidence = confidence;
        this.maxShipments = maxShipments;
        this.destination = destination;
        this.destinationPostalCode = destinationPostalCode;
        this.limit = orderAt + 2 * HORIZON_SECONDS;
        this.scratch = scratch;
        this.epoch = scratch.newEpoch(snap.sites.length, lineCount);
        String unknown = null;
        this.tables = new StockTable[lineCount];
        this.quantities = new int[lineCount];
        for (int i = 0; i < lineCount; i++) {
            StockTable table = snap.inventory.table(lines.get(i).sku());
            tables[i] = table;
            quantities[i] = lines.get(i).quantity();
            if (table == null) {
                if (unknown == null) {
                    unknown = lines.get(i).sku();
                }
                continue;
            }
            if (lazy) {
                continue;
            }
            int quantity = quantities[i];
            if (lineCount == 1) {
                // a one-line cart (each of a listing page's): its table's sites are distinct, written once each
                int late = scratch.holdLine(epoch, table, quantity, orderAt);
                for (int e = 0; late > 0; e++) {
                    long at = table.availableAt(e, quantity);
                    if (at != Long.MAX_VALUE && at > orderAt) {
                        addLate(table.site(e));
                        late--;
                    }
                }
                continue;
            }
            for (int e = 0, size = table.size(); e < size; e++) {
                long at = table.availableAt(e, quantity);
                if (at != Long.MAX_VALUE) {
                    scratch.hold(epoch, table.site(e), lineCount, i, at);
                    if (at > orderAt) {
                        addLate(table.site(e));
                    }
                }
            }
        }
        this.lateKnown = !lazy;
        this.unknownSku = unknown;
        this.anyUnknownSku = unknown != null;
    }

    /** Lazily ({@link #lazy}): reads the site's availability of every line from the stock tables, once. */
    private void read(int site) {
        if (scratch.touch(epoch, site, lineCount)) {
            for (int i = 0; i < lineCount; i++) {
                StockTable table = tables[i];
                int e = table == null ? -1 : table.entry(site);
                if (e >= 0) {
                    long at = table.availableAt(e, quantities[i]);
                    if (at != Long.MAX_VALUE) {
                        scratch.hold(epoch, site, lineCount, i, at);
                    }
                }
            }
        }
    }

    /** Lazily: the sites where some line is in stock only after the order instant, in the order the eager context lists them. */
    private void readLate() {
        long orderAt = orderAt();
        for (int i = 0; i < lineCount; i++) {
            StockTable table = tables[i];
            for (int e = 0, size = table == null ? 0 : table.size(); e < size; e++) {
                long at = table.availableAt(e, quantities[i]);
                if (at != Long.MAX_VALUE && at > orderAt) {
                    addLate(table.site(e));
                }
            }
        }
        lateKnown = true;
    }

    private void addLate(int site) {
        if (late == null) {
            late = new int[8];
        } else if (lateCount == late.length) {
            late = java.util.Arrays.copyOf(late, lateCount * 2);
        }
        late[lateCount++] = site;
    }

    /** How many sites {@link #late} has (a site may be there once per line). */
    int lateCount() {
        if (!lateKnown) {
            readLate();
        }
        return lateCount;
    }

    /** The i-th site where some line is in stock only after the order instant. */
    int late(int i) {
        if (!lateKnown) {
            readLate();
        }
        return late[i];
    }

    /**
     * The stock table of the cart's line with the fewest entries, as this context read it, or null when a sku is
     * unknown or there is no line: the sites holding the whole cart ({@link #holds} is {@link #fullMask}) are
     * among its entries (ascending).
     */
    StockTable shortestTable() {
        StockTable shortest = null;
        for (StockTable table : tables) {
            if (table == null) {
                return null;
            }
            if (shortest == null || table.size() < shortest.size()) {
                shortest = table;
            }
        }
        return shortest;
    }

    /** The lines (a mask) the site can ever hold in full. */
    int holds(int site) {
        if (lazy) {
            read(site);
        }
        return scratch.holds(epoch, site);
    }

    /** When line {@code line} is available at the site in full: MIN now, MAX never. */
    long available(int site, int line) {
        if (lazy) {
            read(site);
        }
        return scratch.available(epoch, site, lineCount, line);
    }

    /**
     * By courier service: its origins near the destination (ascending), and under {@link AnyOrder} the same in no
     * particular order; shared by {@link #withLines}.
     */
    private final Map<Object, int[]> near;

    /** The key of a courier's origins near the destination in no particular order, in {@link #near}. */
    private record AnyOrder(Snapshot.Courier courier) {
    }

    /** {@link Snapshot.Courier#originsNear} the destination, computed once per destination (never written). */
    int[] originsNear(Snapshot.Courier courier) {
        int[] sites = near.get(courier);
        if (sites == null) {
            int[] any = near.get(new AnyOrder(courier));
            if (any != null) {
                sites = any.clone();
                java.util.Arrays.sort(sites);
            } else {
                sites = courier.originsNear(snap, destination);
            }
            near.put(courier, sites);
        }
        return sites;
    }

    /**
     * The sites of {@link #originsNear}, possibly in another order (never written): those, once they are known, else
     * the spatial index's cells' runs unsorted ({@link Snapshot.Courier#originsNearAnyOrder}), computed once per
     * destination, for a caller that keeps only a few of them and sorts those.
     */
    int[] originsNearAnyOrder(Snapshot.Courier courier) {
        int[] sites = near.get(courier);
        if (sites == null) {
            AnyOrder key = new AnyOrder(courier);
            sites = near.get(key);
            if (sites == null) {
                sites = courier.originsNearAnyOrder(snap, destination);
                near.put(key, sites);
            }
        }
        return sites;
    }

    /**
     * Whether the lines' availability is read site by site when first asked ({@link #lazy}): then reading it for
     * sites a walk may never reach costs more than it saves.
     */
    boolean readsLazily() {
        return lazy;
    }

    /** The order instant this context was made for. */
    long orderAt() {
        return limit - 2 * HORIZON_SECONDS;
    }

    /** When every line of the mask is available at the site (MAX never). */
    long availableAt(int site, int mask) {
        if (lazy) {
            read(site);
        }
        return scratch.availableAt(epoch, site, lineCount, mask);
    }

    /**
     * Preparation at a site starting no earlier than {@code from} (spec 4.2): its start and ready instants, or its
     * refusal ({@link Readiness#CLOSED}, {@link Readiness#NO_CAPACITY} or {@link Readiness#BEYOND}).
     */
    Readiness prepare(int site, long from) {
        Readiness r = prepared.get(site, from);
        if (r == null) {
            r = computePreparation(snap.sites[site], from);
            prepared.put(site, from, r);
        }
        return r;
    }

    /**
     * Whether a preparation at the site whose first open instant is {@code open} starts then ({@link #prepare}): the
     * site has no slots, or the slot of {@code open} is not full.
     */
    boolean startsAt(int site, long open) {
        return fullSlot(snap.sites[site], open) == NOT_FULL;
    }

    /** {@link #fullSlot}'s answer when the slot is not full (or the site has no slots). */
    private static final long NOT_FULL = Long.MIN_VALUE;

    /**
     * The start of the site's preparation slot holding {@code at} when that slot is full (its load at its capacity),
     * else {@link #NOT_FULL}: the one slot test of {@link #computePreparation} and {@link #startsAt}.
     */
    private long fullSlot(Snapshot.Site site, long at) {
        if (site.slotSeconds <= 0) {
            return NOT_FULL;
        }
        long slot = Slots.slotStart(at, site.offsets, site.slotSeconds);
        return snap.inventory.loadAt(site, slot) >= snap.inventory.capacityAt(site, slot) ? slot : NOT_FULL;
    }

    private Readiness computePreparation(Snapshot.Site site, long from) {
        long s = from;
        boolean sawOpen = false;
        while (true) {
            s = site.open.nextOpen(s, limit);
            if (s == OpenCalendar.NONE) {
                return sawOpen ? Readiness.NO_CAPACITY : Readiness.CLOSED;
            }
            sawOpen = true;
            long full = fullSlot(site, s);
            if (full != NOT_FULL) {
                s = Slots.slotEnd(full, site.offsets, site.slotSeconds);
                continue;
            }
            break;
        }
        long ready = site.open.addWorkingTime(s, site.prepSeconds, limit);
        if (ready == OpenCalendar.NONE) {
            return Readiness.BEYOND;
        }
        return Readiness.of(s, ready);
    }

    /** The skus of a mask, sorted as {@link String#compareTo} does. */
    @SuppressWarnings("unchecked")
    List<String> sortedSkus(int mask) {
        if (mask < SMALL_MASKS) {
            if (skusBySmallMask == null) {
                skusBySmallMask = new List[Math.min(SMALL_MASKS, 1 << lineCount)];
            }
            List<String> skus = skusBySmallMask[mask];
            if (skus == null) {
                skus = computeSortedSkus(mask);
                skusBySmallMask[mask] = skus;
            }
            return skus;
        }
        return skusByMask.computeIfAbsent(mask, this::computeSortedSkus);
    }

    /** Masks below this are cached in an array (no boxing): carts of up to 8 lines. */
    private static final int SMALL_MASKS = 256;
    private List<String>[] skusBySmallMask;
    private final Map<Integer, List<String>> skusByMask = new HashMap<>();

    private List<String> computeSortedSkus(int mask) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            if ((mask & (1 << i)) != 0) {
                out.add(lines.get(i).sku());
            }
        }
        out.sort(null);
        return List.copyOf(out);
    }

    /**
     * The lines of a mask, in the request's order: an immutable list ({@link List#of}), which a {@code Shipment}
     * keeps as it is instead of copying it.
     */
    List<Line> lines(int mask) {
        Line[] out = new Line[Integer.bitCount(mask)];
        int n = 0;
        for (int i = 0; i < lineCount; i++) {
            if ((mask & (1 << i)) != 0) {
                out[n++] = lines.get(i);
            }
        }
        return List.of(out);
    }

    /**
     * {@link #distanceToDestination}, when already computed for this destination (a listing page's carts share them),
     * else NaN; the destination is not null.
     */
    double knownDistanceToDestination(int site) {
        return scratch.distance(distanceEpoch, site);
    }

    double distanceToDestination(int site) {
        if (destination == null) {
            return 0;
        }
        double d = scratch.distance(distanceEpoch, site);
        if (Double.isNaN(d)) {
            d = snap.sites[site].location.position().distanceKm(destination);
            scratch.distance(distanceEpoch, site, d);
        }
        return d;
    }

    /**
     * The lane of a home-delivery service from a site (spec 4.3): longest {@code to}, then longest
     * {@code from}, then first listed; null for none.
     */
    Lane lane(Snapshot.HomeDelivery hd, int site) {
        Snapshot.LaneChoice bySite = lanes[hd.index];
        if (bySite == null) {
            bySite = hd.lanesTo(destinationPostalCode, snap.sites.length);
            lanes[hd.index] = bySite;
        }
        return bySite.lane(site, snap.sites[site].postalPrefixes);
    }

    /** The first band reaching the distance (spec 4.5), or null. */
    static Band band(List<Band> bands, double km) {
        for (int i = 0, n = bands.size(); i < n; i++) {
            Band b = bands.get(i);
            if (b.maxKm() >= km) {
                return b;
            }
        }
        return null;
    }

    /** The last epoch day whose {@code deliverBy} is at or before the horizon. */
    long lastDeliveryDay(Snapshot.HomeDelivery hd, long horizon) {
        long day = LocalDates.epochDay(horizon, snap.offsets);
        while (OpenCalendar.instant(day, hd.deliverByMinute, snap.offsets) > horizon) {
            day--;
        }
        return day;
    }

    /**
     * The delivery date {@link #homeDeliveryDates} gives a value of {@code value} transit days, alone:
     * {@link Long#MAX_VALUE} past the last useful day.
     */
    long homeDeliveryDate(Snapshot.HomeDelivery hd, int value, long shipAt, io.promiseengine.internal.time.ZoneOffsets originZone) {
        long lastDay = LocalDates.epochDay(limit, snap.offsets) + 1;
        long d0 = LocalDates.epochDay(shipAt, originZone);
        if (value == 0 && hd.isDeliveryDay(d0) && shipAt <= OpenCalendar.instant(d0, hd.deliverByMinute, snap.offsets)) {
            return d0;
        }
        int k = Math.max(1, value);
        int found = 0;
        for (long d = d0 + 1; d <= lastDay; d++) {
            if (hd.isDeliveryDay(d) && ++found == k) {
                return d;
            }
        }
        return Long.MAX_VALUE;
    }

    /**
     * {@link #homeDeliveryDate}, remembered for the last few collection instants, transit days, zones and
     * services: the origins of a quote mostly share them (a few collection instants and lane values per quote),
     * and so do the solvers of its probes.
     */
    long homeDeliveryDateShared(Snapshot.HomeDelivery hd, int value, long shipAt, io.promiseengine.internal.time.ZoneOffsets originZone) {
        if (dateShip == null) {
            dateShip = new long[DATES];
            dateValue = new int[DATES];
            dateKey = new Object[2 * DATES];
            dateOf = new long[DATES];
        }
        for (int i = 0; i < dateCount; i++) {
            if (dateShip[i] == shipAt && dateValue[i] == value && dateKey[2 * i] == originZone && dateKey[2 * i + 1] == hd) {
                return dateOf[i];
            }
        }
        long date = homeDeliveryDate(hd, value, shipAt, originZone);
        int i = dateCount < DATES ? dateCount++ : (int) Math.floorMod(shipAt + value, (long) DATES);
        dateShip[i] = shipAt;
        dateValue[i] = value;
        dateKey[2 * i] = originZone;
        dateKey[2 * i + 1] = hd;
        dateOf[i] = date;
        return date;
    }

    private static final int DATES = 16;
    private long[] dateShip;
    private int[] dateValue;
    /** By entry: the zone, then the service. */
    private Object[] dateKey;
    private long[] dateOf;
    private int dateCount;

    /**
     * The delivery date of each value of a lane's mass function for a parcel collected at {@code shipAt}
     * (spec 4.3): after k transit days it arrives on the k-th delivery day strictly after D0 (the local
     * date of {@code shipAt} at the origin); k = 0 arrives on D0 when D0 is a delivery day and
     * {@code shipAt} is not after D0 at deliverBy (network zone), else on the first delivery day after
     * D0. Dates past the last useful day are {@link Long#MAX_VALUE}.
     */
    long[] homeDeliveryDates(Snapshot.HomeDelivery hd, MassFunction days, long shipAt, io.promiseengine.internal.time.ZoneOffsets originZone) {
        long lastDay = LocalDates.epochDay(limit, snap.offsets) + 1;
        long d0 = LocalDates.epochDay(shipAt, originZone);
        int maxK = Math.max(1, days.value(days.size() - 1));
        if (kthBuffer == null || kthBuffer.length < maxK + 1) {
            kthBuffer = new long[Math.max(maxK + 1, 16)];
        }
        long[] kth = kthBuffer;
        java.util.Arrays.fill(kth, 0, maxK + 1, Long.MAX_VALUE);
        int found = 0;
        for (long d = d0 + 1; d <= lastDay && found < maxK; d++) {
            if (hd.isDeliveryDay(d)) {
                kth[++found] = d;
            }
        }
        boolean sameDay = hd.isDeliveryDay(d0)
                && shipAt <= OpenCalendar.instant(d0, hd.deliverByMinute, snap.offsets);
        kth[0] = sameDay ? d0 : kth[1];
        long[] dates = new long[days.size()];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = kth[days.value(i)];
        }
        return dates;
    }

    /** {@link #homeDeliveryDates}'s k-th delivery days, reused (a context is used by one thread at a time). */
    private long[] kthBuffer;

    /** A mass function's cumulative masses, as doubles and exactly. */
    record Cumulative(double[] cum, java.math.BigDecimal[] exact) {
    }

    /** The last mass functions {@link #cumulative} was asked, by identity, and their arrays. */
    private final MassFunction[] cumulativeOf = new MassFunction[8];
    private final Cumulative[] cumulatives = new Cumulative[8];
    private int cumulativeNext;

    /**
     * The cumulative masses of a mass function ({@link MassFunction#cumulative}, {@link MassFunction#exactCumulative})
     * as arrays shared by the plans of this context that use every value of it: never written.
     */
    Cumulative cumulative(MassFunction mf) {
        for (int i = 0; i < cumulativeOf.length; i++) {
            if (cumulativeOf[i] == mf) {
                return cumulatives[i];
            }
        }
        double[] cum = new double[mf.size()];
        java.math.BigDecimal[] exact = new java.math.BigDecimal[mf.size()];
        for (int i = 0; i < cum.length; i++) {
            cum[i] = mf.cumulative(i);
            exact[i] = mf.exactCumulative(i);
        }
        Cumulative c = new Cumulative(cum, exact);
        int at = cumulativeNext;
        cumulativeNext = (at + 1) % cumulativeOf.length;
        cumulativeOf[at] = mf;
        cumulatives[at] = c;
        return c;
    }

    /**
     * Per-site scratch space of one thread, reused quote after quote instead of arrays of one entry per store
     * per quote: an entry is valid only when its stamp is the epoch of the context reading it, so a new quote
     * (or a listing's next cart) starts with a new epoch instead of clearing the arrays. One quote at a time
     * borrows the thread's ({@link #acquire}); a quote inside a quote on the same thread gets space of its own.
     * A context reading after another context took the space over (a newer epoch) fails instead of reading
     * another cart's entries.
     */
    static final class Scratch {

        private static final ThreadLocal<Scratch> OF_THREAD = ThreadLocal.withInitial(() -> new Scratch(true));

        private final boolean pooled;
        private boolean inUse;
        /** The epoch of the lines' availability ({@link #holds}, {@link #available}) and of the distances. */
        private int epoch;
        private int distanceEpoch;
        private int[] stamp = new int[0];
        private int[] holds = new int[0];
        /** {@code site * lineCount + line}, for the {@code lineCount} of the context of the epoch. */
        private long[] available = new long[0];
        private int[] distanceStamp = new int[0];
        private double[] distance = new double[0];
        private Prepared prepared;

        Scratch(boolean pooled) {
            this.pooled = pooled;
        }

        /**
         * Arrays of one kind handed out in turn to the current borrowing, all taken back on {@link #release} (its
         * {@link #used} set to 0) and kept, with their lengths, for the next: the first {@link #used} are lent.
         */
        private static final class Shelf<A> {
            private final IntFunction<A> make;
            private final ToIntFunction<A> length;
            private Object[] arrays = new Object[0];
            int used;

            Shelf(IntFunction<A> make, ToIntFunction<A> length) {
                this.make = make;
                this.length = length;
            }

            /** The next array, of at least {@code n} entries, as an earlier borrowing left it; a new one if none fits. */
            @SuppressWarnings("unchecked")
            A take(int n) {
                if (used == arrays.length) {
                    arrays = java.util.Arrays.copyOf(arrays, Math.max(16, arrays.length * 2));
                }
                A a = (A) arrays[used];
                if (a == null || length.applyAsInt(a) < n) {
                    a = make.apply(n);
                    arrays[used] = a;
                }
                used++;
                return a;
            }

            /**
             * {@link #take}, on a shelf whose arrays are all taken with this {@code n} (so all have {@code n} entries):
             * the one kept is lent without reading its length.
             */
            @SuppressWarnings("unchecked")
            A takeSized(int n) {
                Object[] kept = arrays;
                int u = used;
                if (u < kept.length && kept[u] != null) {
                    used = u + 1;
                    return (A) kept[u];
                }
                return take(n);
            }
        }

        /** The thread's scratch space when free, marked in use; else space of its own. */
        static Scratch acquire() {
            Scratch s = OF_THREAD.get();
            if (s.inUse) {
                return new Scratch(false);
            }
            s.inUse = true;
            return s;
        }

        void release() {
            if (pooled) {
                for (int i = 0; i < mapsUsed; i++) {
                    maps[i].clear();
                }
                mapsUsed = 0;
                longShelf.used = 0;
                intShelf.used = 0;
                planShelf.used = 0;
                smallShelf.used = 0;
                smallPlanShelf.used = 0;
                inUse = false;
            }
        }

        /**
         * The maps by {@code long} key handed out to the contexts of the current borrowing ({@link #longMap}), the
         * first {@link #mapsUsed}; emptied and kept for the next quote on {@link #release}, with their capacity.
         */
        private LongMap<?>[] maps = new LongMap<?>[0];
        private int mapsUsed;

        /**
         * The arrays lent to the current borrowing by {@link #longs}, {@link #ints}, {@link #plans}, {@link #small} and
         * {@link #smallPlans}.
         */
        private final Shelf<long[]> longShelf = new Shelf<>(long[]::new, a -> a.length);
        private final Shelf<int[]> intShelf = new Shelf<>(int[]::new, a -> a.length);
        private final Shelf<Plan[]> planShelf = new Shelf<>(Plan[]::new, a -> a.length);
        private final Shelf<long[]> smallShelf = new Shelf<>(long[]::new, a -> a.length);
        private final Shelf<Plan[]> smallPlanShelf = new Shelf<>(Plan[]::new, a -> a.length);

        /** For tests: how many arrays of exactly {@code n} ints the thread's scratch space keeps. */
        static int intsKeptOfLength(int n) {
            int count = 0;
            for (Object a : OF_THREAD.get().intShelf.arrays) {
                count += a != null && ((int[]) a).length == n ? 1 : 0;
            }
            return count;
        }

        /** As {@link #longs}, of ints set to zero. */
        int[] ints(int n) {
            if (!pooled) {
                return new int[n];
            }
            int[] a = intShelf.take(n);
            java.util.Arrays.fill(a, 0, n, 0);
            return a;
        }

        /** An array of at least {@code n} entries, the first {@code n} set to {@code value}: the thread's, or new. */
        long[] longs(int n, long value) {
            long[] a = pooled ? longShelf.take(n) : new long[n];
            if (value != 0 || pooled) {
                java.util.Arrays.fill(a, 0, n, value);
            }
            return a;
        }

        /** An array of {@link #SMALL} entries, not set (the caller writes each entry it reads): the thread's, or new. */
        long[] small() {
            return pooled ? smallShelf.takeSized(SMALL) : new long[SMALL];
        }

        /** As {@link #small}, of plans. */
        Plan[] smallPlans() {
            return pooled ? smallPlanShelf.takeSized(SMALL) : new Plan[SMALL];
        }

        /** An array of at least {@code n} plans, the first {@code n} null: the thread's, or new. */
        Plan[] plans(int n) {
            if (!pooled) {
                return new Plan[n];
            }
            Plan[] a = planShelf.take(n);
            java.util.Arrays.fill(a, 0, n, null);
            return a;
        }

        /**
         * An empty map for one quote's search (or one listing page's): one of the thread's, kept from an earlier
         * quote (the same searches ask for their maps in the same order, so each usually has its capacity already),
         * or a new one of capacity for {@code expected} entries in space of its own.
         */
        @SuppressWarnings("unchecked")
        <V> LongMap<V> longMap(int expected) {
            if (!pooled) {
                return new LongMap<>(expected);
            }
            if (mapsUsed == maps.length) {
                maps = java.util.Arrays.copyOf(maps, Math.max(16, maps.length * 2));
            }
            LongMap<?> m = maps[mapsUsed];
            if (m == null) {
                m = LongMap.reusable(expected);
                maps[mapsUsed] = m;
            }
            mapsUsed++;
            return (LongMap<V>) m;
        }

        /** A new epoch for the availability of a cart of {@code lineCount} lines over {@code sites} sites. */
        int newEpoch(int sites, int lineCount) {
            if (stamp.length < sites) {
                stamp = new int[sites];
                holds = new int[sites];
            }
            if (available.length < sites * lineCount) {
                available = new long[sites * lineCount];
            }
            if (epoch == Integer.MAX_VALUE) {
                java.util.Arrays.fill(stamp, 0);
                epoch = 0;
            }
            return ++epoch;
        }

        /** A new epoch for the distances to a destination. */
        int newDistanceEpoch(int sites) {
            if (distanceStamp.length < sites) {
                distanceStamp = new int[sites];
                distance = new double[sites];
            }
            if (distanceEpoch == Integer.MAX_VALUE) {
                java.util.Arrays.fill(distanceStamp, 0);
                distanceEpoch = 0;
            }
            return ++distanceEpoch;
        }

        /**
         * For tests only: sets the last epoch given of the lines' availability and of the distances, to put them
         * near their wrap at {@link Integer#MAX_VALUE} without making two thousand million quotes.
         */
        void epochsForTest(int availability, int distances) {
            epoch = availability;
            distanceEpoch = distances;
        }

        /** The preparation results of a new quote: the thread's map emptied, or a new one. */
        Prepared newPrepared() {
            if (!pooled) {
                return new Prepared();
            }
            if (prepared == null) {
                prepared = new Prepared();
            } else {
                prepared.clear();
            }
            return prepared;
        }

        private void check(int e) {
            if (e != epoch) {
                throw new IllegalStateException("a quote context used after another took its scratch space");
            }
        }

        /**
         * Marks the site read in epoch {@code e}, holding no line yet; false when it already was (a lazy context's
         * {@code read}).
         */
        boolean touch(int e, int site, int lineCount) {
            check(e);
            if (stamp[site] == e) {
                return false;
            }
            clear(e, site, lineCount);
            return true;
        }

        /** Stamps the site with epoch {@code e}, holding no line. */
        private void clear(int e, int site, int lineCount) {
            stamp[site] = e;
            holds[site] = 0;
            if (lineCount == 1) {
                available[site] = Long.MAX_VALUE;
            } else {
                for (int i = site * lineCount, end = i + lineCount; i < end; i++) {
                    available[i] = Long.MAX_VALUE;
                }
            }
        }

        void hold(int e, int site, int lineCount, int line, long at) {
            check(e);
            if (stamp[site] != e) {
                clear(e, site, lineCount);
            }
            available[site * lineCount + line] = at;
            holds[site] |= 1 << line;
        }

        /**
         * {@link #hold} of every entry of a one-line cart's stock table holding {@code quantity} (sites distinct in a
         * table, so each is written once, its stamp with it); returns how many of them hold it only after
         * {@code orderAt}.
         */
        int holdLine(int e, StockTable table, int quantity, long orderAt) {
            check(e);
            int late = 0;
            for (int i = 0, size = table.size(); i < size; i++) {
                long at = table.availableAt(i, quantity);
                if (at != Long.MAX_VALUE) {
                    int site = table.site(i);
                    stamp[site] = e;
                    holds[site] = 1;
                    available[site] = at;
                    if (at > orderAt) {
                        late++;
                    }
                }
            }
            return late;
        }

        int holds(int e, int site) {
            check(e);
            return stamp[site] == e ? holds[site] : 0;
        }

        long available(int e, int site, int lineCount, int line) {
            check(e);
            return stamp[site] == e ? available[site * lineCount + line] : Long.MAX_VALUE;
        }

        /** The latest of the lines' availability at the site ({@code MIN} for no line, {@code MAX} never). */
        long availableAt(int e, int site, int lineCount, int mask) {
            check(e);
            if (stamp[site] != e) {
                return mask == 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
            if (lineCount == 1) {
                return mask == 0 ? Long.MIN_VALUE : available[site];
            }
            long at = Long.MIN_VALUE;
            for (int i = 0, base = site * lineCount; i < lineCount; i++) {
                if ((mask & (1 << i)) != 0) {
                    at = Math.max(at, available[base + i]);
                }
            }
            return at;
        }

        /** The distance from the site to the destination of the epoch, NaN until set. */
        double distance(int e, int site) {
            if (e != distanceEpoch) {
                throw new IllegalStateException("a quote context used after another took its scratch space");
            }
            return distanceStamp[site] == e ? distance[site] : Double.NaN;
        }

        void distance(int e, int site, double km) {
            if (e != distanceEpoch) {
                throw new IllegalStateException("a quote context used after another took its scratch space");
            }
            distanceStamp[site] = e;
            distance[site] = km;
        }
    }

    /**
     * Preparation results by site and earliest start (open addressing over both keys): as many entries as
     * preparations asked, not one per store. Emptied in O(1) by a new generation.
     */
    static final class Prepared {
        private int generation = 1;
        private int[] gen = new int[64];
        private int[] sites = new int[64];
        private long[] froms = new long[64];
        private Readiness[] values = new Readiness[64];
        private int size;

        void clear() {
            if (generation == Integer.MAX_VALUE) {
                java.util.Arrays.fill(gen, 0);
                generation = 0;
            }
            generation++;
            size = 0;
        }

        /** For tests only: sets the generation, to put it near its wrap at {@link Integer#MAX_VALUE}. */
        void generationForTest(int g) {
            generation = g;
        }

        private static int index(int site, long from, int mask) {
            long h = (from + site * 0x9E3779B97F4A7C15L) * 0xC2B2AE3D27D4EB4FL;
            return (int) (h ^ (h >>> 32)) & mask;
        }

        Readiness get(int site, long from) {
            int mask = values.length - 1;
            for (int i = index(site, from, mask); ; i = (i + 1) & mask) {
                if (gen[i] != generation) {
                    return null;
                }
                if (sites[i] == site && froms[i] == from) {
                    return values[i];
                }
            }
        }

        /** Puts a non-null value. */
        void put(int site, long from, Readiness value) {
            int mask = values.length - 1;
            int i = index(site, from, mask);
            while (gen[i] == generation) {
                if (sites[i] == site && froms[i] == from) {
                    values[i] = value;
                    return;
                }
                i = (i + 1) & mask;
            }
            gen[i] = generation;
            sites[i] = site;
            froms[i] = from;
            values[i] = value;
            if (++size * 2 > values.length) {
                grow();
            }
        }

        private void grow() {
            int[] oldGen = gen;
            int[] oldSites = sites;
            long[] oldFroms = froms;
            Readiness[] oldValues = values;
            int old = generation;
            int capacity = values.length * 2;
            gen = new int[capacity];
            sites = new int[capacity];
            froms = new long[capacity];
            values = new Readiness[capacity];
            generation = 1;
            size = 0;
            for (int i = 0; i < oldValues.length; i++) {
                if (oldGen[i] == old) {
                    put(oldSites[i], oldFroms[i], oldValues[i]);
                }
            }
        }
    }
}
