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
    /** The origins that hold the whole cart, rules allowing, and make some instant before the horizon, nearest first. */
    private final int[] sites;
    /** Per entry of {@link #sites}: the earliest window start it can make for an order at {@code t}. */
    private final long[] earliest;
    private final long[][] prepared;
    /** The smallest of {@link #earliest}, or {@link OpenCalendar#NONE}. */
    private final long first;
    /**
     * Every origin that holds the whole cart, rules allowing, and can prepare it for an order at {@code t}, by the
     * earliest window start it makes (then nearest): {@link #sites}, and those ready too late for a window that
     * ends by the horizon, which may still make a window of the option's date starting after it (spec 4.6: an order
     * at a later instant has a later horizon).
     */
    private final int[] byEarliest;
    /** Per entry of {@link #byEarliest}: the earliest window start it makes for an order at {@code t}. */
    private final long[] byEarliestStart;
    /** Order-by of each window computed, by window start. */
    private final LongMap<long[]> orderBys = new LongMap<>();

    WindowSearch(QuoteContext ctx, Target target, long t) {
        this.ctx = ctx;
        this.target = target;
        this.service = target.scheduled();
        this.calendar = service.windows;
        this.t = t;
        this.horizon = t + QuoteContext.HORIZON_SECONDS;
        this.zone = service.service.zoneFor(ctx.destinationPostalCode);
        this.lead = zone < 0 ? 0 : service.leadSeconds[zone];
        List<long[]> found = new ArrayList<>(); // {site, earliest, start, ready, metres}
        if (zone >= 0 && !ctx.anyUnknownSku) {
            for (int site : service.origins) {
                if (ctx.holds(site) != ctx.fullMask) {
                    continue;
                }
                long[] prep = preparation(site, t);
                if (prep != null) {
                    found.add(new long[] {site, prep[1] + lead, prep[0], prep[1], metres(site)});
                }
            }
        }
        // nearest to the destination (metres rounded as in 4.3), then the smallest id
        found.sort((a, b) -> a[4] != b[4] ? Long.compare(a[4], b[4])
                : Integer.compare(ctx.snap.sites[(int) a[0]].idRank, ctx.snap.sites[(int) b[0]].idRank));
        // stably by earliest window start: the likeliest to order latest first
        List<long[]> all = new ArrayList<>(found);
        all.sort((a, b) -> Long.compare(a[1], b[1]));
        byEarliest = new int[all.size()];
        byEarliestStart = new long[all.size()];
        for (int i = 0; i < byEarliest.length; i++) {
            byEarliest[i] = (int) all.get(i)[0];
            byEarliestStart[i] = all.get(i)[1];
        }
        found.removeIf(f -> f[1] >= horizon); // no window it makes ends by the horizon
        sites = new int[found.size()];
        earliest = new long[found.size()];
        prepared = new long[found.size()][];
        long min = OpenCalendar.NONE;
        for (int i = 0; i < sites.length; i++) {
            sites[i] = (int) found.get(i)[0];
            earliest[i] = found.get(i)[1];
            prepared[i] = new long[] {found.get(i)[2], found.get(i)[3]};
            min = Math.min(min, earliest[i]);
        }
        first = min;
    }

    /**
     * The origins that hold the whole cart, rules allowing, nearest first (then the smallest id), each as
     * {@code {site, start, readyAt}} of its preparation for an order at {@code t}: the planner's candidates.
     */
    long[][] origins() {
        long[][] out = new long[sites.length][];
        for (int i = 0; i < sites.length; i++) {
            out[i] = new long[] {sites[i], prepared[i][0], prepared[i][1]};
        }
        return out;
    }

    private long metres(int site) {
        return Math.round(ctx.distanceToDestination(site) * 1000.0);
    }

    /** {@code {start, readyAt}} of the whole cart at a site for an order at {@code s} (spec 4.2), or null. */
    private long[] preparation(int site, long s) {
        long available = ctx.availableAt(site, ctx.fullMask);
        if (available == Long.MAX_VALUE) {
            return null;
        }
        long from = Math.max(s, available);
        // under a rule set the filters join the start condition (docs/RULES-FORMAT.md, "When a filter is asked")
        long[] prep = ctx.rules == null ? ctx.prepare(site, from) : ctx.rules.prepare(ctx, target, site, ctx.fullMask, from);
        return prep.length == 1 ? null : prep;
    }

    /** Whether the site makes the window starting at {@code ws} for an order at {@code s}. */
    private boolean makes(int site, long s, long ws) {
        long[] prep = preparation(site, s);
        return prep != null && prep[1] + lead <= ws;
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

    /** The index in {@link #sites} of the window's {@code from}: the nearest origin that makes it, or -1. */
    private int from(long ws) {
        for (int i = 0; i < sites.length; i++) {
            if (earliest[i] <= ws) {
                return i;
            }
        }
        return -1;
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
        long best = t - 1;
        // without rules: the latest start ready by ws - lead depends on the calendar and the duration only, so it
        // is computed once per pair (sites share calendars), and a site whose pair's cannot raise the best is passed
        OpenCalendar[] calendars = new OpenCalendar[8];
        long[] durations = new long[8];
        long[] latest = new long[8];
        int pairs = 0;
        for (int i = 0; i < byEarliest.length; i++) {
            if (byEarliestStart[i] > ws) {
                break; // sorted by earliest: no later origin makes the window either
            }
            int site = byEarliest[i];
            if (ctx.rules == null) {
                Snapshot.Site s = ctx.snap.sites[site];
                int k = 0;
                while (k < pairs && (calendars[k] != s.open || durations[k] != s.prepSeconds)) {
                    k++;
                }
                if (k == pairs) {
                    if (pairs == calendars.length) {
                        calendars = Arrays.copyOf(calendars, 2 * pairs);
                        durations = Arrays.copyOf(durations, 2 * pairs);
                        latest = Arrays.copyOf(latest, 2 * pairs);
                    }
                    calendars[k] = s.open;
                    durations[k] = s.prepSeconds;
                    latest[k] = ReadyBy.latestStart(s.open, s.prepSeconds, ws - lead, t);
                    pairs++;
                }
                if (latest[k] != OpenCalendar.NONE && latest[k] > best) {
                    // the latest order at which the site is ready by ws - lead, if it raises the best so far
                    best = Math.max(best, ReadyBy.latestOrder(ctx, site, ctx.availableAt(site, ctx.fullMask), latest[k],
                            Math.max(t, best + 1)));
                }
                continue;
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
        for (int i = 0; i < w.length; i += 2) {
            int from = from(w[i]);
            windows.add(new DeliveryWindow(Instant.ofEpochSecond(w[i]), Instant.ofEpochSecond(w[i + 1]),
                    ctx.snap.sites[sites[from]].id, Instant.ofEpochSecond(windowOrderBy(w[i]))));
        }
        int origin = from(w[0]);
        Snapshot.Site site = ctx.snap.sites[sites[origin]];
        Shipment shipment = new Shipment(site.id, site.zone, ctx.lines(ctx.fullMask), Instant.ofEpochSecond(prepared[origin][0]),
                Instant.ofEpochSecond(prepared[origin][1]), Optional.of(Instant.ofEpochSecond(w[0] - lead)));
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
        return any ? Explainer.reject(target, site, RejectReason.NO_CAPACITY, "every window " + site.id
                + " can make before the horizon is full in zone \"" + to + "\"")
                : Explainer.reject(target, site, RejectReason.BEYOND_HORIZON, "no window starts "
                + service.service.zones().get(zone).leadTime() + " or more after " + site.id
                + " is ready and ends within 60 days");
    }

    /** Spec 3 {@code rejected}, NO_LANE: the destination is in no zone of the service. */
    String noZone() {
        return "no zone of " + service.service.id() + " for " + (ctx.destinationPostalCode.isEmpty()
                ? "a destination without postal code" : ctx.destinationPostalCode);
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
