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
import io.promiseengine.model.Band;
import io.promiseengine.model.Lane;
import io.promiseengine.model.MassFunction;

import java.util.Arrays;

/**
 * What the probes of one order-by learnt about each origin's plan, by the instant its preparation may start,
 * so that a probe at a new order instant re-plans only the origins whose plan may have changed (issue 14,
 * "order-by without probing").
 *
 * <p>Without a rule set, an origin's plan of a block depends on the order instant {@code u} only through
 * {@code from = max(u, the instant the block's last line is available there)}, and each step of it (the
 * preparation's first open start past full slots, the working time, the collection, dispatch or receiving
 * store, the delivery dates) is a non-decreasing "first instant at or after" of the previous one over
 * calendars fixed for the quote: so the probability {@code P(from)} that the shipment arrives by the date's
 * last key ({@code keyLimit}) never grows with {@code from}. Hence, for {@code from1 <= from <= from2}:
 * <ul>
 * <li>a plan that misses the date at {@code from1} misses it at {@code from};</li>
 * <li>a plan that keeps it at {@code from2} keeps it at {@code from};</li>
 * <li>when {@code P(from1) = P(from2)}, {@code P(from)} is that value too.</li>
 * </ul>
 * Whether an allocation reaches the confidence by {@code keyLimit} depends on its shipments only through
 * their probabilities at {@code keyLimit} ({@link Allocator#reachesBy}), so a plan computed at {@code from1}
 * stands for the one at {@code from} in a probe. A plan found at {@code from} is also known up to the latest
 * start ready by its collection (home delivery) or dispatch (courier), {@link ReadyBy#latestOrder}: the starts in
 * between have that collection or dispatch too, so the same keys; and the plan at the original order instant
 * (the solve's) is the first known start of each origin a probe asks. An origin's latest order instant keeping
 * the date is read from the calendars ({@link #lastKeeping}) instead of bisected. Valid only where no horizon cuts
 * a plan short (the order-by's shortcut: the date within the original horizon) and without a rule set (whose
 * filters make a plan depend on the block); the caller checks both.
 */
final class ProbePlans {

    private final QuoteContext ctx;
    private final Target target;
    private final Solver original;
    private final long keyLimit;
    /**
     * Per site: the starts looked at, ascending, with the plan there (null: it misses {@code keyLimit}); made when
     * first asked (a listing page's order-by often decides every origin from what earlier carts learnt).
     */
    private LongMap<Known> bySite;

    ProbePlans(QuoteContext ctx, Target target, Solver original, long keyLimit) {
        this.ctx = ctx;
        this.target = target;
        this.original = original;
        this.keyLimit = keyLimit;
    }

    /** Whether the site's plan of a block keeps {@code keyLimit} for an order at {@code u}. */
    boolean keeps(long u, int site, int mask) {
        long from = start(u, site, mask);
        if (from == Long.MAX_VALUE) {
            return false;
        }
        Known k = known(site);
        int i = k.floor(from);
        if (i >= 0 && k.plan[i] == null) {
            return false;
        }
        int j = i >= 0 && k.from[i] == from ? i : i + 1;
        if (j < k.n && k.plan[j] != null) {
            return true;
        }
        return compute(probe(u), site, mask, from, k) != null;
    }

    /**
     * The plan of a block at the site for the order instant of {@code probe} (a probe keeping {@code keyLimit}),
     * or one with the same probability at {@code keyLimit}; null when it misses {@code keyLimit}. {@code before}
     * is the plan at the original order instant, which starts no later than any probe's.
     */
    Plan plan(Solver probe, int site, int mask, Plan before) {
        long from = probe.earliestStart(site, mask);
        if (from == Long.MAX_VALUE) {
            return null;
        }
        Known k = known(site);
        int i = floorOf(k, site, mask, from, before);
        Plan floor = k.plan[i];
        if (floor == null) {
            return null;
        }
        if (knownAt(k, i, from)) {
            return floor == before ? before : probe.relabelled(floor, site, mask);
        }
        return compute(probe, site, mask, from, k);
    }

    /**
     * The index of the last start known at or before {@code from}; when none is, the plan at the original order
     * instant ({@code before}) is recorded first, and as far as it stays.
     */
    private int floorOf(Known k, int site, int mask, long from, Plan before) {
        int i = k.floor(from);
        if (i < 0) {
            long first = start(ctx.orderAt(), site, mask);
            k.add(first, before);
            stretch(k, site, first, before);
            i = k.floor(from);
        }
        return i;
    }

    /** Whether the plan known at index {@code i} (the last at or before {@code from}) is the plan at {@code from}, as probable. */
    private boolean knownAt(Known k, int i, long from) {
        return k.from[i] == from || (i + 1 < k.n && k.plan[i + 1] != null && sameAtLimit(k.plan[i], k.plan[i + 1]));
    }

    /**
     * A plan at least as probable at every key as the site's plan of a block for the order instant of {@code probe},
     * without planning: the plan known at the latest start at or before the probe's (a later start is never more
     * probable), the one at the original order instant when none is (recorded as {@link #plan} does); null when that
     * start is known to miss {@code keyLimit} (and so is the probe's).
     */
    Plan optimistic(Solver probe, int site, int mask, Plan before) {
        long from = probe.earliestStart(site, mask);
        if (from == Long.MAX_VALUE) {
            return null;
        }
        Known k = known(site);
        Plan floor = k.plan[floorOf(k, site, mask, from, before)];
        return floor == null || floor == before ? floor : probe.relabelled(floor, site, mask);
    }

    /**
     * Records {@code before}, the site's plan of a block at the original order instant (the solve's, keeping
     * {@code keyLimit}), as far as it stays, as a probe there would; nothing when a start at or before it is known.
     */
    void original(int site, int mask, Plan before) {
        long from = start(ctx.orderAt(), site, mask);
        if (from != Long.MAX_VALUE) {
            floorOf(known(site), site, mask, from, before);
        }
    }

    /**
     * Whether a cover ({@link Allocator#coverBy}'s form) reaches the confidence by {@code keyLimit} for the order
     * instant of {@code probe}: each shipment's plan of that instant ({@link #plan}'s, planned when not known) keeps
     * {@code keyLimit} and their exact product reaches the confidence, as the allocator's search checks a cover.
     */
    boolean holds(Solver probe, int[] cover) {
        Plan[] plans = new Plan[cover.length / 2];
        for (int b = 0; b < plans.length; b++) {
            int site = cover[2 * b];
            int mask = cover[2 * b + 1];
            long from = probe.earliestStart(site, mask);
            if (from == Long.MAX_VALUE) {
                return false;
            }
            Known k = known(site);
            int i = k.floor(from);
            // known here when a miss at or before this start, found at it, or between two starts as probable
            Plan p = i >= 0 && (k.plan[i] == null || knownAt(k, i, from)) ? k.plan[i] : compute(probe, site, mask, from, k);
            if (p == null || p.ownKey > keyLimit) {
                return false;
            }
            plans[b] = p;
        }
        return reaches(plans);
    }

    /**
     * The latest order instant at which the site's plan of a block keeps {@code keyLimit}, given that it keeps it
     * for an order at {@code u0}, read backwards from the calendars instead of probed; {@link Long#MIN_VALUE}
     * when it is not read this way (an answer near the horizon): then the caller probes.
     *
     * <p>Home delivery: the own key is the delivery date of the first value of the lane reaching the confidence,
     * a non-decreasing function of the collection instant, so the plan keeps the date exactly when it is
     * collected at or before {@code C}, the last collection whose date is at most {@code keyLimit} (the
     * collections after the plan's at {@code u0}, walked until one misses); and it is collected at or before
     * {@code C} exactly when it is ready by {@code C}. Courier: the own key is the dispatch plus the band's first
     * value reaching the confidence, so the plan keeps the date exactly when it is ready by the latest open
     * instant {@code C} of the dispatch hours at or before {@code keyLimit} less that value. Click and collect at
     * the store itself: the own key is the store's first open instant at or after the preparation is ready, so the
     * plan keeps the date exactly when it is ready by the store's latest open instant {@code C} at or before
     * {@code keyLimit}; by transfer from another origin, when it is ready by {@code C}, the latest departure of its
     * routes to the store still collectable by {@code keyLimit} ({@link #latestDeparture}). Then the latest order
     * ready by {@code C} is {@link ReadyBy#latestOrder}.
     */
    long lastKeeping(long u0, int site, int mask) {
        if (!readsOff(site)) {
            return Long.MIN_VALUE;
        }
        long from = start(u0, site, mask);
        if (from == Long.MAX_VALUE) {
            return Long.MIN_VALUE;
        }
        Known k = known(site);
        int i = k.floor(from);
        Plan p = i >= 0 && k.from[i] == from ? k.plan[i] : null;
        if (p == null) {
            p = probe(u0).plan(site, mask);
        }
        return lastKeeping(u0, site, mask, p);
    }

    /**
     * {@link #lastKeeping(long, int, int)} for {@code p}, the site's plan of the block for an order at {@code u0} (the
     * solve's plan when {@code u0} is the original order instant: no probe plans it again).
     */
    long lastKeeping(long u0, int site, int mask, Plan p) {
        if (!readsOff(site)) {
            return Long.MIN_VALUE;
        }
        boolean atTheStore = atTheStore(site);
        if (p == null || p.ownKey > keyLimit || (p.shipAt() == OpenCalendar.NONE) != atTheStore) {
            return Long.MIN_VALUE;
        }
        Snapshot.Site s = ctx.snap.sites[site];
        long bound = original.horizon();
        long deadline;
        if (atTheStore) {
            deadline = ReadyBy.latestOpen(s.open, keyLimit, p.readyAt());
            if (deadline == OpenCalendar.NONE) {
                return Long.MIN_VALUE;
            }
        } else if (target.store() != null) {
            deadline = latestDeparture(site, p.readyAt());
            if (deadline == OpenCalendar.NONE) {
                return Long.MIN_VALUE;
            }
        } else if (target.homeDelivery() != null) {
            Snapshot.HomeDelivery hd = target.homeDelivery();
            Lane lane = ctx.lane(hd, site);
            if (lane == null) {
                return Long.MIN_VALUE;
            }
            MassFunction days = lane.days();
            int value = days.value(firstReaching(days));
            deadline = p.shipAt();
            while (true) {
                long next = hd.collections[site].next(deadline + 1, bound);
                if (next == OpenCalendar.NONE) {
                    return Long.MIN_VALUE;
                }
                if (ctx.homeDeliveryDate(hd, value, next, s.offsets) > keyLimit) {
                    break;
                }
                deadline = next;
            }
        } else {
            Snapshot.Courier c = target.courier();
            if (ctx.destination == null) {
                return Long.MIN_VALUE;
            }
            Band band = QuoteContext.band(c.service.bands(), ctx.distanceToDestination(site));
            if (band == null) {
                return Long.MIN_VALUE;
            }
            MassFunction minutes = band.minutes();
            long x = keyLimit - 60L * minutes.value(firstReaching(minutes));
            if (x >= bound) {
                return Long.MIN_VALUE;
            }
            deadline = ReadyBy.latestOpen(c.dispatch, x, p.shipAt());
            if (deadline == OpenCalendar.NONE) {
                return Long.MIN_VALUE;
            }
        }
        long available = ctx.availableAt(site, mask);
        long last = ReadyBy.latestOrder(ctx, site, available,
                ReadyBy.latestStart(s.open, s.prepSeconds, deadline, u0), u0);
        if (last < u0) {
            return Long.MIN_VALUE;
        }
        return last;
    }

    /**
     * Click and collect by transfer: the latest departure {@code D} of the routes from the site to the store from which
     * a parcel is collectable at the store by {@code keyLimit}, for a preparation ready at {@code ready} or later (the
     * departures of each route walked forward from the first at or after {@code ready} while they still are); {@link
     * OpenCalendar#NONE} for none. A route's collectable instant (its arrival, the store's receiving working time, the
     * store's next open instant) is a non-decreasing function of the departure, and the departure of the first at or
     * after the ready instant: a route brings the parcel by {@code keyLimit} exactly when the preparation is ready by
     * its latest such departure, and the plan (the earliest collectable over the routes, spec 4.4) keeps the date
     * exactly when it is ready by the latest of them, {@code D}. Each step is searched up to {@code keyLimit}, past
     * which it is late anyway (at or before the horizon of every probe, whose steps find the same instants).
     */
    private long latestDeparture(int site, long ready) {
        Snapshot.Site store = target.store();
        long latest = OpenCalendar.NONE;
        java.util.List<Snapshot.Route> routes = ctx.snap.routesTo.get(store.index);
        for (int i = 0, size = routes.size(); i < size; i++) {
            Snapshot.Route r = routes.get(i);
            if (r.from() != site) {
                continue;
            }
            long dep = r.departures().next(ready, keyLimit);
            if (dep == OpenCalendar.NONE || !collectableBy(store, r, dep)) {
                continue;
            }
            while (true) {
                long next = r.departures().next(dep + 1, keyLimit);
                if (next == OpenCalendar.NONE || !collectableBy(store, r, next)) {
                    break;
                }
                dep = next;
            }
            latest = latest == OpenCalendar.NONE ? dep : Math.max(latest, dep);
        }
        return latest;
    }

    /** Whether a parcel leaving on the route at {@code dep} is collectable at the store by {@code keyLimit} ({@link Solver}'s collect step). */
    private boolean collectableBy(Snapshot.Site store, Snapshot.Route r, long dep) {
        long arrival = dep + r.durationSeconds();
        if (arrival > keyLimit) {
            return false;
        }
        long received = store.open.addWorkingTime(arrival, r.receivingSeconds(), keyLimit);
        return received != OpenCalendar.NONE && store.open.nextOpen(received, keyLimit) != OpenCalendar.NONE;
    }

    /** Whether {@link #lastKeeping} reads the site's last instant off the calendars: home delivery, courier, click and collect. */
    private boolean readsOff(int site) {
        return target.homeDelivery() != null || target.courier() != null || target.store() != null;
    }

    /** Whether the site is the click-and-collect target's store itself. */
    private boolean atTheStore(int site) {
        return target.store() != null && site == target.store().index;
    }

    /**
     * The last order instant of {@code [u, cap]} up to which a cover found at {@code u} ({@link Allocator#coverBy}:
     * {@code {site, lines}} per shipment) still reaches the confidence by {@code keyLimit}, walked over the instants at
     * which one of its shipments' plans changes instead of probed: every order up to it has an allocation keeping the
     * date (that cover), so the order-by's probes need not search there. Home delivery and courier only (the caller
     * checks), where a plan found at a start stays the plan of every later start ready by its collection or dispatch
     * ({@link #stretch}): the cover's shipments are planned again only where one of those ends, and the cover holds
     * while its plans all keep {@code keyLimit} and their exact product reaches the confidence, as the allocator's
     * search checks a cover ({@link Allocator#coverBy} finds it again at any such instant: each of its plans is a
     * level of its origin at least that probable, the probe's candidates hold them all). {@code u} when the cover's
     * plans cannot be read this way (then only {@code u} is known to keep the date).
     */
    long coverEnd(int[] cover, long u, long cap) {
        int k = cover.length / 2;
        Plan[] plans = new Plan[k];
        long[] until = new long[k];
        for (int b = 0; b < k; b++) {
            int site = cover[2 * b];
            int mask = cover[2 * b + 1];
            long from = start(u, site, mask);
            plans[b] = from == Long.MAX_VALUE ? null : compute(probe(u), site, mask, from, known(site));
            if (plans[b] == null || plans[b].shipAt() == OpenCalendar.NONE) {
                return u;
            }
            until[b] = pieceEnd(site, from, plans[b]);
        }
        if (!reaches(plans)) {
            return u;
        }
        while (true) {
            long end = Long.MAX_VALUE;
            for (long e : until) {
                end = Math.min(end, e);
            }
            if (end >= cap) {
                return cap;
            }
            long at = end + 1;
            for (int b = 0; b < k; b++) {
                if (until[b] != end) {
                    continue;
                }
                int site = cover[2 * b];
                int mask = cover[2 * b + 1];
                long from = start(at, site, mask);
                plans[b] = compute(probe(at), site, mask, from, known(site));
                if (plans[b] == null || plans[b].shipAt() == OpenCalendar.NONE) {
                    return end;
                }
                until[b] = pieceEnd(site, from, plans[b]);
            }
            if (!reaches(plans)) {
                return end;
            }
        }
    }

    /**
     * The last order instant whose plan of a block at the site is as probable at {@code keyLimit} as {@code p}, the
     * plan found for the start {@code from} (keeping {@code keyLimit}): read backwards from the calendars as in
     * {@link #lastKeeping}, for the last value of the plan's mass function arriving by {@code keyLimit} instead of the
     * first reaching the confidence. Home delivery: that value's delivery date is a non-decreasing function of the
     * collection, so the plan is as probable exactly when collected at or before {@code C}, the last collection
     * (from the plan's, walked forward) at which that value still arrives by {@code keyLimit}; courier: when
     * dispatched at or before the latest open instant of the dispatch hours at which it does. A later order is never
     * more probable (the order-by's premise), so the plan's probability is the same up to the latest order ready by
     * {@code C}, {@link ReadyBy#latestOrder}; at least {@code from}.
     */
    private long pieceEnd(int site, long from, Plan p) {
        Snapshot.Site s = ctx.snap.sites[site];
        long deadline;
        if (target.homeDelivery() != null) {
            Snapshot.HomeDelivery hd = target.homeDelivery();
            MassFunction days = ctx.lane(hd, site).days();
            int j = days.size() - 1;
            while (j >= 0 && ctx.homeDeliveryDateShared(hd, days.value(j), p.shipAt(), s.offsets) > keyLimit) {
                j--;
            }
            if (j < 0) {
                return from;
            }
            deadline = p.shipAt();
            long bound = original.horizon();
            while (true) {
                long next = hd.collections[site].next(deadline + 1, bound);
                if (next == OpenCalendar.NONE || ctx.homeDeliveryDateShared(hd, days.value(j), next, s.offsets) > keyLimit) {
                    break;
                }
                deadline = next;
            }
        } else {
            Snapshot.Courier c = target.courier();
            MassFunction minutes = QuoteContext.band(c.service.bands(), ctx.distanceToDestination(site)).minutes();
            int j = minutes.size() - 1;
            while (j >= 0 && p.shipAt() + 60L * minutes.value(j) > keyLimit) {
                j--;
            }
            if (j < 0) {
                return from;
            }
            deadline = ReadyBy.latestOpen(c.dispatch, keyLimit - 60L * minutes.value(j), p.shipAt());
            if (deadline == OpenCalendar.NONE) {
                return from;
            }
        }
        long last = ReadyBy.latestOrder(ctx, site, from, ReadyBy.latestStart(s.open, s.prepSeconds, deadline, from), from);
        return Math.max(from, last);
    }

    /** Whether the shipments' plans, each keeping {@code keyLimit}, reach the confidence together (as {@link Allocator}'s leaf). */
    private boolean reaches(Plan[] plans) {
        if (plans.length == 1) {
            return Plan.reaches(plans[0].at(keyLimit), ctx.confidence);
        }
        java.math.BigDecimal e = plans[0].exactAt(keyLimit);
        for (int b = 1; b < plans.length; b++) {
            e = e.multiply(plans[b].exactAt(keyLimit));
        }
        return Plan.reaches(e.doubleValue(), ctx.confidence);
    }

    /** Records that the site's plan of a block misses {@code keyLimit} for an order at {@code u} (and so at every later one). */
    void misses(long u, int site, int mask) {
        long from = start(u, site, mask);
        if (from != Long.MAX_VALUE) {
            known(site).add(from, null);
        }
    }

    /** The index of the first value whose cumulative mass reaches the confidence (the last one at worst). */
    private int firstReaching(MassFunction mf) {
        int j = 0;
        while (j < mf.size() - 1 && !Plan.reaches(mf.cumulative(j), ctx.confidence)) {
            j++;
        }
        return j;
    }

    /** The last probe made for an order instant: the checks of one instant share its plans. */
    private Solver probe;

    private Solver probe(long u) {
        if (probe == null || probe.orderAt() != u) {
            probe = new Solver(ctx, target, u, original, keyLimit);
        }
        return probe;
    }

    private long start(long u, int site, int mask) {
        long avail = ctx.availableAt(site, mask);
        return avail == Long.MAX_VALUE ? avail : Math.max(u, avail);
    }

    private Plan compute(Solver probe, int site, int mask, long from, Known k) {
        // a bound past keyLimit is a plan past it: no need to plan it
        Plan p = probe.ownKeyBound(site, mask) > keyLimit ? null : probe.plan(site, mask);
        if (p != null && p.ownKey > keyLimit) {
            p = null;
        }
        k.add(from, p);
        if (p != null) {
            stretch(k, site, from, p);
        }
        return p;
    }

    /**
     * Records that the plan {@code p} found at a start {@code from} is the plan of every later start ready by its
     * collection (home delivery) or dispatch (courier): for those the collection or dispatch is the same, and so
     * are the delivery keys. The latest such start is {@link ReadyBy#latestOrder} for that deadline.
     */
    private void stretch(Known k, int site, long from, Plan p) {
        if ((target.homeDelivery() == null && target.courier() == null) || p.shipAt() == OpenCalendar.NONE) {
            return;
        }
        Snapshot.Site s = ctx.snap.sites[site];
        long last = ReadyBy.latestOrder(ctx, site, from, ReadyBy.latestStart(s.open, s.prepSeconds, p.shipAt(), from), from);
        if (last > from) {
            k.add(last, p);
        }
    }

    private boolean sameAtLimit(Plan a, Plan b) {
        return a.at(keyLimit) == b.at(keyLimit) && a.exactAt(keyLimit).compareTo(b.exactAt(keyLimit)) == 0;
    }

    private Known known(int site) {
        if (bySite == null) {
            bySite = ctx.longMap(8);
        }
        Known k = bySite.get(site);
        if (k == null) {
            k = new Known(ctx.small(), ctx.smallPlans());
            bySite.put(site, k);
        }
        return k;
    }

    /** One site's starts looked at, ascending, and the plans there. */
    private static final class Known {
        long[] from;
        Plan[] plan;
        int n;

        /** Starts in {@code from}, plans in {@code plan} (of the same length, their entries not read before written). */
        Known(long[] from, Plan[] plan) {
            this.from = from;
            this.plan = plan;
        }

        /** The index of the last start at or before {@code at}, or -1. */
        int floor(long at) {
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (from[mid] <= at) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo - 1;
        }

        void add(long at, Plan p) {
            int i = floor(at);
            if (i >= 0 && from[i] == at) {
                plan[i] = p;
                return;
            }
            if (n == from.length) {
                from = Arrays.copyOf(from, n * 2);
                plan = Arrays.copyOf(plan, n * 2);
            }
            int j = i + 1;
            System.arraycopy(from, j, from, j + 1, n - j);
            System.arraycopy(plan, j, plan, j + 1, n - j);
            from[j] = at;
            plan[j] = p;
            n++;
        }
    }
}
