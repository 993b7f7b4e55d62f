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
import io.promiseengine.internal.time.OpenCalendar;
import io.promiseengine.internal.time.WindowCalendar;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.RejectReason;
import io.promiseengine.quote.Rejection;
import io.promiseengine.quote.Shipment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Spec 4.7: the option of one SCHEDULED service at one order instant {@code t}, with the windows it offers.
 *
 * <p>The cart is one shipment from one eligible origin (4.3) that holds all of it; the destination's zone is
 * the longest matching {@code to}, then the first listed. An origin with {@code readyAt} by 4.2 makes a window
 * {@code [ws, we)} when {@code readyAt + leadTime <= ws}; a window is offered when some origin makes it, its
 * load in the zone is below the zone's capacity and {@code we <= H}.
 *
 * <p>Order-by is exact, not searched over the whole span: an origin's {@code readyAt} never gets earlier for a
 * later order (each step of 4.2 is a "first instant at or after" over calendars and loads fixed for the quote),
 * so the order instants at which one origin makes a window are a prefix {@code [t, u_o]} of time, read off the
 * calendar ({@link ReadyBy}; bisected under a rule set); the window's order-by is the largest {@code u_o} over
 * the origins that make it at {@code t}, including origins ready only after the horizon. The
 * instants at which a window is offered are then {@code [max(t, we - 60 days), u]} (the horizon moves with the
 * order), and the option's order-by is the end of the run of whole seconds from {@code t} covered by the
 * windows of its date (a later order never gets an earlier first window, since no origin makes an earlier one
 * again and a full window stays full), absent when that run reaches {@code H} (spec 4.6).
 */
final class WindowSearch {

    private final QuoteContext ctx;
    private final Target target;
    private final WindowService service;
    private final WindowCalendar calendar;
    private final long t;
    private final long horizon;
    /** The destination's zone among the service's zones, or -1 when none matches. */
    final int zone;
    private final long lead;
    /** Whether no origin can hold the cart: no zone, or an unknown sku. */
    private final boolean none;
    /**
     * Without a rule set: the eligible sites of the cart's shortest stock table (or the service's origins) grouped
     * by pair of calendar and duration ({@link WindowService#pairsOf}, per snapshot); the holders of the whole cart
     * are among them. Null under a rule set or when {@link #none}.
     */
    private final WindowService.Pairs pairs;
    /**
     * Per pair ({@link WindowService#pairOf}): the readiness of a preparation started at the pair's first opening at
     * or after {@code t}, {@link #UNKNOWN} until asked (null until a bound is asked).
     */
    private long[] pairReady;
    /** A site's preparation for an order at {@code t} by site ({@link Readiness#prepared}), {@link #NO_PREPARATION} for none. */
    private final LongMap<Readiness> prepared = new LongMap<>();
    /**
     * The smallest earliest window start ({@code readyAt + leadTime}) over the holders when it is before the
     * horizon, or {@link OpenCalendar#NONE}.
     */
    private final long first;
    /** Order-by of each window computed, by window start. */
    private final LongMap<long[]> orderBys = new LongMap<>();
    /** The holders (the eligible origins that hold the whole cart, ascending), null until asked for. */
    private int[] holders;
    /** Under a rule set only: the holders that can prepare the cart by their earliest window start (then nearest). */
    private int[] byEarliest;
    /** The latest start of each pair of {@link #pairs} for the window asked (by index into {@code pairs.pairs}). */
    private long[] pairLatest;

    WindowSearch(QuoteContext ctx, Target target, long t) {
        this.ctx = ctx;
        this.target = target;
        this.service = target.scheduled();
        this.calendar = service.windows;
        this.t = t;
        this.horizon = t + QuoteContext.HORIZON_SECONDS;
        this.zone = service.service.zoneFor(ctx.destinationPostalCode);
        this.lead = zone < 0 ? 0 : service.leadSeconds[zone];
        this.none = zone < 0 || ctx.anyUnknownSku;
        long ready = OpenCalendar.NONE;
        if (none) {
            pairs = null;
        } else if (ctx.rules != null) {
            pairs = null;
            for (int site : holders()) {
                ready = Math.min(ready, exactReady(site));
            }
        } else {
            pairs = service.pairsOf(holderTable(ctx, service));
            ready = earliestReady();
        }
        first = ready != OpenCalendar.NONE && ready + lead < horizon ? ready + lead : OpenCalendar.NONE;
    }

    /** Marks an entry not computed yet. */
    private static final long UNKNOWN = Long.MIN_VALUE;
    /**
     * A site's preparation is known to fail ({@link #prepared}): a refusal, so that nothing reading the map directly
     * could take it for instants.
     */
    private static final Readiness NO_PREPARATION = Readiness.BEYOND;

    /**
     * Without a rule set: the smallest {@code readyAt} over the holders, best first. Every holder of a pair is ready
     * no earlier than the pair's readiness from its first opening at or after {@code t} ({@link #lowerBound}), so the
     * pairs are walked by that bound, smallest first, and a pair whose bound is not below the best found so far
     * ends the walk; within a pair only a holder whose own bound is below the best is prepared, and the pair's walk
     * stops once the best reaches the pair's bound. Usually one pair and one preparation, whatever the number of
     * sites that hold the cart.
     */
    private long earliestReady() {
        int[] ks = pairs.pairs;
        long[] bound = new long[ks.length];
        for (int j = 0; j < ks.length; j++) {
            bound[j] = pairBound(ks[j]);
        }
        long best = OpenCalendar.NONE;
        while (true) {
            int next = -1;
            for (int j = 0; j < ks.length; j++) {
                if (bound[j] < best && (next < 0 || bound[j] < bound[next])) {
                    next = j;
                }
            }
            if (next < 0) {
                return best;
            }
            for (int i = pairs.first[next], end = pairs.first[next + 1]; i < end && best > bound[next]; i++) {
                int site = pairs.sites[i];
                if (ctx.holds(site) == ctx.fullMask && lowerBound(site) < best) {
                    best = Math.min(best, exactReady(site));
                }
            }
            bound[next] = OpenCalendar.NONE; // walked
        }
    }

    /**
     * The eligible origins of the service that hold the whole cart, ascending. Each holds every line, so each is
     * an entry of every line's stock table (per snapshot, sites ascending: an index of each sku's holders): the
     * shortest table is walked, or the service's origins when they are fewer, so the work is bounded by the
     * sites holding the cart's rarest sku, not by the stores.
     */
    static int[] holders(QuoteContext ctx, WindowService service) {
        StockTable table = holderTable(ctx, service);
        boolean byTable = table != null;
        int size = byTable ? table.size() : service.origins.length;
        int n = 0;
        for (int i = 0; i < size; i++) {
            int site = byTable ? table.site(i) : service.origins[i];
            if (service.eligible[site] && ctx.holds(site) == ctx.fullMask) {
                n++;
            }
        }
        int[] out = new int[n];
        for (int i = 0, k = 0; k < n; i++) {
            int site = byTable ? table.site(i) : service.origins[i];
            if (service.eligible[site] && ctx.holds(site) == ctx.fullMask) {
                out[k++] = site;
            }
        }
        return out;
    }

    /**
     * Where the holders of the whole cart are looked for: the cart's shortest stock table when it has fewer entries
     * than the service has origins, else null (the service's origins).
     */
    private static StockTable holderTable(QuoteContext ctx, WindowService service) {
        StockTable table = ctx.shortestTable();
        return table != null && table.size() < service.origins.length ? table : null;
    }

    /** Every holder, ascending, read once (the planner's candidates, a rule set, no position, the widest ring). */
    private int[] holders() {
        if (holders == null) {
            holders = none ? new int[0] : holders(ctx, service);
        }
        return holders;
    }

    /**
     * The readiness of a preparation of pair {@code k} started at its calendar's first opening at or after {@code t}
     * ({@link OpenCalendar#NONE}: none by the context's limit), computed once per pair.
     */
    private long pairBound(int k) {
        if (pairReady == null) {
            pairReady = new long[service.pairOpen.length];
            Arrays.fill(pairReady, UNKNOWN);
        }
        if (pairReady[k] == UNKNOWN) {
            OpenCalendar calendar = service.pairOpen[k];
            long open = calendar.nextOpen(t, ctx.limit);
            pairReady[k] = open == OpenCalendar.NONE ? OpenCalendar.NONE
                    : calendar.addWorkingTime(open, service.pairPrep[k], ctx.limit);
        }
        return pairReady[k];
    }

    /**
     * A lower bound of a holder's {@code readyAt} for an order at {@code t} without a rule set, or {@link
     * OpenCalendar#NONE} when it cannot prepare the cart before the context's limit: the later of {@code available +
     * duration} (the working time lasts at least as long) and the readiness of a preparation started at the first
     * opening at or after {@code t} (every start is at or after it, and readiness never decreases with the start);
     * its calendar and duration are its pair's ({@link WindowService#pairOf}).
     */
    private long lowerBound(int site) {
        int k = service.pairOf[site];
        long ready = pairBound(k);
        long available = ctx.availableAt(site, ctx.fullMask);
        if (ready == OpenCalendar.NONE || available > ctx.limit) {
            return OpenCalendar.NONE; // no opening at or before the limit after it (QuoteContext.prepare's search)
        }
        // available <= limit, and a duration is far shorter than the time left before 2^63: no overflow
        return Math.max(ready, available + service.pairPrep[k]);
    }

    /** A lower bound of the holder's {@code readyAt} (its exact value under a rule set), or {@link OpenCalendar#NONE}. */
    private long low(int site) {
        return ctx.rules == null ? lowerBound(site) : exactReady(site);
    }

    /** The exact {@code readyAt} of a holder for an order at {@code t}, or {@link OpenCalendar#NONE}. */
    private long exactReady(int site) {
        Readiness prep = prepared(site);
        return prep == null ? OpenCalendar.NONE : prep.ready();
    }

    /** The preparation of a holder for an order at {@code t} (with its instants), or null. */
    private Readiness prepared(int site) {
        Readiness prep = prepared.get(site);
        if (prep == null) {
            prep = preparation(site, t);
            prepared.put(site, prep == null ? NO_PREPARATION : prep);
            return prep;
        }
        return prep == NO_PREPARATION ? null : prep;
    }

    /**
     * The origins that hold the whole cart, rules allowing, and make some window ending by the horizon, nearest first
     * (then the smallest id), each with its preparation for an order at {@code t}: the planner's candidates.
     */
    List<Holder> origins() {
        List<Holder> out = new ArrayList<>();
        for (int site : nearestFirst()) {
            Readiness prep = prepared(site);
            if (prep != null && prep.ready() + lead < horizon) {
                out.add(new Holder(site, prep));
            }
        }
        return out;
    }

    /** An origin of {@link #origins()}: its site and its preparation (with its instants). */
    record Holder(int site, Readiness preparation) {
    }

    private long metres(int site) {
        return Math.round(ctx.distanceToDestination(site) * 1000.0);
    }

    /** The preparation of the whole cart at a site for an order at {@code s} (spec 4.2, with its instants), or null. */
    private Readiness preparation(int site, long s) {
        long available = ctx.availableAt(site, ctx.fullMask);
        if (available == Long.MAX_VALUE) {
            return null;
        }
        long from = Math.max(s, available);
        // under a rule set the filters join the start condition (docs/RULES-FORMAT.md, "When a filter is asked")
        Readiness prep = ctx.rules == null ? ctx.prepare(site, from) : ctx.rules.prepare(ctx, target, site, ctx.fullMask, from);
        return prep.prepared() ? prep : null;
    }

    /** Whether the site makes the window starting at {@code ws} for an order at {@code s}. */
    private boolean makes(int site, long s, long ws) {
        Readiness prep = preparation(site, s);
        return prep != null && prep.ready() + lead <= ws;
    }

    private boolean hasRoom(long ws) {
        return ctx.snap.inventory.windowLoadAt(service, zone, ws) < ctx.snap.inventory.windowCapacityAt(service, zone, ws);
    }

    /**
     * The offered windows in order, at most {@code max} of them, as {@code [ws0, we0, ws1, we1, ...]}: windows
     * of successive dates, then sorted by start and end (a window a DST change moves is still in its place).
     */
    private long[] offered(int max) {
        if (first == OpenCalendar.NONE) {
            return new long[0];
        }
        long[] out = new long[16];
        int n = 0;
        long lastDay = calendar.epochDay(horizon) + 1;
        long stopAfter = Long.MAX_VALUE;
        for (long d = calendar.epochDay(first) - 1; d <= lastDay && d <= stopAfter; d++) {
            long[] w = calendar.day(d);
            for (int i = 0; i < w.length; i += 2) {
                if (w[i] >= first && w[i + 1] <= horizon && hasRoom(w[i])) {
                    if (n + 2 > out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    out[n++] = w[i];
                    out[n++] = w[i + 1];
                }
            }
            if (n >= 2 * max && stopAfter == Long.MAX_VALUE) {
                stopAfter = d + 1;
            }
        }
        long[][] pairs = new long[n / 2][];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = new long[] {out[2 * i], out[2 * i + 1]};
        }
        Arrays.sort(pairs, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int keep = Math.min(pairs.length, max);
        long[] sorted = new long[2 * keep];
        for (int i = 0; i < keep; i++) {
            sorted[2 * i] = pairs[i][0];
            sorted[2 * i + 1] = pairs[i][1];
        }
        return sorted;
    }

    /** Whether a holder makes the window starting at {@code ws} for an order at {@code t}. */
    private boolean makesAtT(int site, long ws) {
        long low = low(site);
        if (low == OpenCalendar.NONE || low + lead > ws) {
            return false;
        }
        long ready = exactReady(site);
        return ready != OpenCalendar.NONE && ready + lead <= ws;
    }

    /**
     * The holder that is the window's {@code from}: the nearest origin that makes it (its {@code readyAt + leadTime}
     * at or before {@code ws}), or -1. A holder whose bound already misses the window is passed without preparing.
     * The holders are walked nearest first within a radius of the destination ({@link SpatialIndex#box}, every site
     * within it and maybe more), widened until the nearest maker found is nearer than the radius by more than the
     * rounding of metres: then no holder outside is as near. The sites in the box that may hold the cart come from the
     * service's grid of origins or the cart's shortest stock table ({@link WindowService#originsIn}), not from every
     * holder, and each is read (does it hold the cart?) only when handed out, nearer than the window's maker. A ring
     * grows from the service's first radius, but no further than just past the last window's {@code from} when it
     * makes this window too: then the first ring holding a maker ends the walk, however far that {@code from} is.
     */
    private int from(long ws) {
        if (ctx.destination == null) {
            // every holder at 0 m: id order
            if (ring == null) {
                ring = nearestFirst();
            }
            for (int site : ring) {
                if (makesAtT(site, ws)) {
                    return site;
                }
            }
            return -1;
        }
        int allowed = pairsThatCanMake(ws);
        if (near == null || allowed != nearPairs) {
            // the maker of an earlier window makes every later one (its readyAt does not change): the nearest maker
            // of a later window is no farther, so a ring just past it holds the answer; the rings start small again
            // (more pairs may make this window, with holders far nearer than that maker)
            ringCapKm = lastFrom >= 0 && lastFromStart <= ws ? (metres(lastFrom) + 3) / 1000.0 : Double.POSITIVE_INFINITY;
            ringKm = Math.min(service.firstRingKm, ringCapKm);
            nearPairs = allowed;
            ringAround();
        }
        while (true) {
            boolean whole = !(ringKm <= SpatialIndex.LOCAL_KM);
            for (int i = 0, h; (h = near.get(i)) >= 0; i++) {
                int site = nearSites[h];
                if (makesAtT(site, ws)) {
                    if (whole || metres(site) < Math.round(ringKm * 1000.0) - 1) {
                        lastFrom = site;
                        lastFromStart = ws;
                        return site;
                    }
                    break;
                }
            }
            if (whole) {
                return -1;
            }
            if (ringKm >= ringCapKm) {
                // the capped ring always holds the earlier window's maker; should that ever fail, grow past the cap to
                // the whole service rather than search the same ring again
                ringCapKm = Double.POSITIVE_INFINITY;
            }
            ringKm = Math.min(ringKm * RING_GROWTH, ringCapKm);
            ringAround();
        }
    }

    /**
     * The pairs whose holders can make the window starting at {@code ws}, put first in {@link #canMake} (indexes into
     * {@link #ringPairs}' pairs): without a rule set, those whose {@link #pairBound} plus the lead time is at or before
     * {@code ws} (a holder is ready no earlier than its pair's bound); every pair under a rule set. The pairs of a
     * window are those of any window whose count is the same (a prefix of the pairs by bound), so the count names
     * them.
     */
    private int pairsThatCanMake(long ws) {
        ringPairs = pairs != null ? pairs : service.pairsOf(null);
        int[] ks = ringPairs.pairs;
        if (canMake == null) {
            canMake = new int[ks.length];
        }
        int n = 0;
        for (int j = 0; j < ks.length; j++) {
            long bound = pairs == null ? 0 : pairBound(ks[j]);
            if (pairs == null || bound != OpenCalendar.NONE && bound + lead <= ws) {
                canMake[n++] = j;
            }
        }
        return n;
    }

    /**
     * {@link #near} over the sites within {@link #ringKm} of the destination that may hold the cart (every holder past
     * the local radius).
     */
    private void ringAround() {
        double[] box = SpatialIndex.box(ctx.destination, ringKm);
        nearSites = box == null ? holders() : none ? new int[0] : service.originsIn(box, ringPairs, canMake, nearPairs);
        if (near == null) {
            near = new NearestFirst(ctx, service, nearSites);
            near.reset(box);
        } else {
            near.reset(nearSites, box);
        }
    }

    /** How much each ring of {@link #from}'s walk widens the last (the first: {@link WindowService#firstRingKm}). */
    private static final double RING_GROWTH = 2;
    /** The last window's {@code from} found with a destination, and its start; -1 before. */
    private int lastFrom = -1;
    private long lastFromStart;
    /** Without a destination: every holder, in id order. */
    private int[] ring;
    /**
     * With one: the sites within {@link #ringKm} of the destination (and maybe more) among which are the holders
     * there, nearest first.
     */
    private NearestFirst near;
    /**
     * The pairs {@link #near}'s holders may be of: {@code ringPairs.pairs[canMake[0 .. nearPairs)]}; {@code ringPairs}
     * is {@link #pairs}, or the service's origins by pair under a rule set.
     */
    private WindowService.Pairs ringPairs;
    private int[] canMake;
    private int nearPairs;
    /** How far {@link #ringKm} may grow: just past the last {@code from}, when it makes the window asked. */
    private double ringCapKm;
    /** The sites {@link #near} orders (its indexes are into this array). */
    private int[] nearSites;
    private double ringKm;

    /**
     * Every holder, nearest first: metres rounded as in 4.3, then the smallest id (for the planner's candidates, the
     * search under a rule set and a destination without a position; {@link #from} asks {@link NearestFirst} only for
     * the nearest).
     */
    private int[] nearestFirst() {
        int[] holders = holders();
        long[] keys = new long[holders.length];
        long sites = ctx.snap.sites.length;
        for (int i = 0; i < holders.length; i++) {
            int site = holders[i];
            // metres are at most half the Earth's circumference (2e7), so the key stays far below 2^63
            keys[i] = metres(site) * sites + ctx.snap.sites[site].idRank;
        }
        Arrays.sort(keys);
        int[] out = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = service.siteByRank[(int) (keys[i] % sites)];
        }
        return out;
    }

    /**
     * The window's order-by: the latest {@code u} such that every whole second of {@code [t, u]} has an origin
     * that makes it; {@code t - 1} when none makes it at {@code t}. Each origin's instants are a prefix, so the
     * answer is the largest end of a prefix. Without a rule set each end is read off the calendar ({@link
     * ReadyBy}: the latest order whose preparation is ready by {@code ws - leadTime}); with one, an origin that
     * does not make the window just after the best end so far cannot raise it and costs one probe, and the others
     * are bisected.
     */
    private long windowOrderBy(long ws) {
        long[] known = orderBys.get(ws);
        if (known == null) {
            known = new long[] {computeWindowOrderBy(ws)};
            orderBys.put(ws, known);
        }
        return known[0];
    }

    private long computeWindowOrderBy(long ws) {
        return ctx.rules == null ? orderByFromCalendars(ws) : orderByProbed(ws);
    }

    /**
     * Without a rule set: the latest start ready by {@code ws - leadTime} depends on the calendar and the duration
     * only, so it is computed once per pair ({@link WindowService#latestStart}, remembered per snapshot), and the
     * site's latest order is that start moved back past full slots, if its stock is there by then ({@link
     * ReadyBy#latestOrder}), over the holders that make the window at {@code t} (a bound of their readiness passes
     * most of those that do not without preparing). A pair whose latest start is not after the best so far cannot
     * raise it (a latest order is at most its latest start), so the pairs are walked by latest start, the latest
     * first, and the first usually settles the window; the answer is the largest latest order, whatever the order
     * in which the holders are asked.
     */
    private long orderByFromCalendars(long ws) {
        long best = t - 1;
        if (pairs == null) {
            return best;
        }
        int[] ks = pairs.pairs;
        if (pairLatest == null) {
            pairLatest = new long[ks.length];
        }
        long[] latest = pairLatest;
        for (int j = 0; j < ks.length; j++) {
            latest[j] = service.latestStart(ks[j], ws - lead, t);
        }
        while (true) {
            int next = -1;
            for (int j = 0; j < ks.length; j++) {
                if (latest[j] != OpenCalendar.NONE && latest[j] > best && (next < 0 || latest[j] > latest[next])) {
                    next = j;
                }
            }
            if (next < 0) {
                return best;
            }
            best = raise(best, next, latest[next], ws);
            latest[next] = OpenCalendar.NONE; // walked
        }
    }

    /** The best order-by so far raised by the holders of pair {@code pairs.pairs[j]}, whose latest start is {@code latestStart}. */
    private long raise(long best, int j, long latestStart, long ws) {
        for (int i = pairs.first[j], end = pairs.first[j + 1]; i < end && latestStart > best; i++) {
            int site = pairs.sites[i];
            long available = ctx.availableAt(site, ctx.fullMask); // MAX unless the site holds the whole cart
            // only the holders that make the window at t, as the spec's prefixes say; one whose stock comes after the
            // latest start cannot raise the best (ReadyBy.latestOrder would answer floor - 1)
            if (available <= latestStart && makesAtT(site, ws)) {
                best = Math.max(best, ReadyBy.latestOrder(ctx, site, available, latestStart, Math.max(t, best + 1)));
            }
        }
        return best;
    }

    /**
     * Under a rule set: every origin that makes the window at {@code t}, by earliest window start (then nearest); one
     * that does not make it just after the best end so far cannot raise it and costs one probe, the others are
     * bisected.
     */
    private long orderByProbed(long ws) {
        if (byEarliest == null) {
            List<Integer> order = new ArrayList<>();
            for (int site : nearestFirst()) {
                if (prepared(site) != null) {
                    order.add(site);
                }
            }
            order.sort((a, b) -> Long.compare(prepared(a).ready(), prepared(b).ready())); // stable: nearest first among equals
            byEarliest = order.stream().mapToInt(Integer::intValue).toArray();
        }
        long best = t - 1;
        for (int site : byEarliest) {
            if (prepared(site).ready() + lead > ws) {
                break; // sorted by earliest: no later origin makes the window either
            }
            long lo = Math.max(t, best + 1);
            if (lo > ws || !makes(site, lo, ws)) {
                continue;
            }
            long hi = ws + 1; // readyAt >= the order instant, so an order after ws never makes ws
            while (hi - lo > 1) {
                long mid = lo + (hi - lo) / 2;
                if (makes(site, mid, ws)) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            best = lo;
        }
        return best;
    }

    /**
     * Spec 4.6 for the option: the end of the run of whole seconds from {@code t} at which some window of the
     * first window's local date is offered. Each window's instants are {@code [max(t, we - 60 days), its
     * order-by]}. Empty when the run reaches the horizon {@code H}: the date is still the same at {@code H}
     * (docs/SEMANTICS.md, "Delivery windows"). It can: a window of the date may start after
     * {@code H} (an order at {@code H} looks 60 days further), made by an origin ready only after {@code H}.
     */
    private Optional<Instant> optionOrderBy(long date) {
        List<long[]> spans = new ArrayList<>();
        for (long d = date - 1; d <= date + 1; d++) {
            long[] w = calendar.day(d);
            for (int i = 0; i < w.length; i += 2) {
                if (calendar.epochDay(w[i]) != date || w[i] < first || !hasRoom(w[i])) {
                    continue;
                }
                long from = Math.max(t, w[i + 1] - QuoteContext.HORIZON_SECONDS);
                long to = windowOrderBy(w[i]);
                if (to >= from) {
                    spans.add(new long[] {from, to});
                }
            }
        }
        spans.sort((a, b) -> Long.compare(a[0], b[0]));
        long end = t - 1;
        for (long[] s : spans) {
            if (s[0] > end + 1) {
                break;
            }
            end = Math.max(end, s[1]);
        }
        return end >= horizon ? Optional.empty() : Optional.of(Instant.ofEpochSecond(end));
    }

    /**
     * The option, or null when no window is offered.
     *
     * @param maxWindows how many windows to list
     * @param withOrderBy false for a re-promise: the option's order-by is left out (the windows keep theirs)
     */
    PromiseOption option(int maxWindows, boolean withOrderBy) {
        long[] w = offered(maxWindows);
        if (w.length == 0) {
            return null;
        }
        List<DeliveryWindow> windows = new ArrayList<>(w.length / 2);
        int origin = -1;
        for (int i = 0; i < w.length; i += 2) {
            int from = from(w[i]);
            if (i == 0) {
                origin = from;
            }
            windows.add(new DeliveryWindow(Instant.ofEpochSecond(w[i]), Instant.ofEpochSecond(w[i + 1]),
                    ctx.snap.sites[from].id, Instant.ofEpochSecond(windowOrderBy(w[i]))));
        }
        Snapshot.Site site = ctx.snap.sites[origin];
        Readiness prep = prepared(origin);
        Shipment shipment = new Shipment(site.id, site.zone, ctx.lines(ctx.fullMask), Instant.ofEpochSecond(prep.start()),
                Instant.ofEpochSecond(prep.ready()), Optional.of(Instant.ofEpochSecond(w[0] - lead)));
        long date = calendar.epochDay(w[0]);
        Optional<Instant> orderBy = withOrderBy ? optionOrderBy(date) : Optional.empty();
        return new PromiseOption(target.method(), Optional.of(target.serviceId()), Optional.empty(), ctx.snap.zone,
                Instant.ofEpochSecond(w[1]), LocalDate.ofEpochDay(date), orderBy, 1.0, service.service.price(),
                ctx.snap.network.currency(), List.of(shipment), windows);
    }

    /** The sites that are the {@code from} of a listed window: the ones the option uses. */
    boolean[] used(PromiseOption option) {
        boolean[] used = new boolean[ctx.snap.sites.length];
        if (option != null) {
            for (DeliveryWindow w : option.windows()) {
                used[ctx.snap.siteIndex.get(w.from())] = true;
            }
        }
        return used;
    }

    /**
     * Why an origin that holds the cart and is ready at {@code readyAt} makes no offered window, or null when it
     * makes one (it lost to a nearer origin: not listed, as for the other methods).
     */
    Rejection reason(Snapshot.Site site, long readyAt) {
        long e = readyAt + lead;
        boolean any = false;
        for (long d = calendar.epochDay(Math.min(e, horizon)) - 1, last = calendar.epochDay(horizon) + 1; d <= last; d++) {
            long[] w = calendar.day(d);
            for (int i = 0; i < w.length; i += 2) {
                if (w[i] >= e && w[i + 1] <= horizon) {
                    if (hasRoom(w[i])) {
                        return null;
                    }
                    any = true;
                }
            }
        }
        String to = service.service.zones().get(zone).to();
        return any ? Explainer.reject(target, site, RejectReason.NO_CAPACITY, "every window " + Echo.escape(site.id)
                + " can make before the horizon is full in zone " + Echo.quote(to))
                : Explainer.reject(target, site, RejectReason.BEYOND_HORIZON, "no window starts "
                + service.service.zones().get(zone).leadTime() + " or more after " + Echo.escape(site.id)
                + " is ready and ends within 60 days");
    }

    /** Spec 3 {@code rejected}, NO_LANE: the destination is in no zone of the service. */
    String noZone() {
        return "no zone of " + Echo.escape(service.service.id()) + " for " + (ctx.destinationPostalCode.isEmpty()
                ? "a destination without postal code" : Echo.escape(ctx.destinationPostalCode));
    }

    /** The options and, with {@code rejected} non-null, the explanations of every SCHEDULED service (spec 4.7). */
    static void quote(QuoteContext ctx, long t, int maxWindows, boolean withOrderBy, List<PromiseOption> options,
                      List<Rejection> rejected) {
        for (WindowService s : ctx.snap.scheduled) {
            Target target = Target.of(s);
            WindowSearch search = new WindowSearch(ctx, target, t);
            PromiseOption option = search.option(maxWindows, withOrderBy);
            if (option != null) {
                options.add(option);
            }
            if (rejected != null) {
                Explainer.explainWindows(ctx, target, new Solver(ctx, target, t), search, search.used(option), rejected);
            }
        }
    }

    /**
     * The listing badge's window: among the SCHEDULED services, the option listing only its first window, the
     * earliest promised instant first, then the service id.
     */
    static Optional<PromiseOption> firstWindow(QuoteContext ctx, long t) {
        PromiseOption best = null;
        for (WindowService s : ctx.snap.scheduled) {
            PromiseOption o = new WindowSearch(ctx, Target.of(s), t).option(1, true);
            if (o != null && (best == null || o.promisedAt().isBefore(best.promisedAt()))) {
                best = o;
            } else if (o != null && o.promisedAt().equals(best.promisedAt()) && o.service().orElseThrow().compareTo(best.service().orElseThrow()) < 0) {
                best = o;
            }
        }
        return Optional.ofNullable(best);
    }
}
