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

import io.promiseengine.model.Method;
import io.promiseengine.model.OrderLine;
import io.promiseengine.quote.Line;
import io.promiseengine.rules.RuleSet;
import io.promiseengine.rules.spi.LineCandidate;
import io.promiseengine.rules.spi.LineFilter;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A rule set's filters applied to one request, the one place that decides whether a filter allows a line at a
 * start instant. A filter sees the units available at the instant the shipment's preparation would start, so
 * its answer joins the start condition of spec 4.2: a preparation starts at the earliest instant, at or after
 * the order instant, at which the location is open, within slot capacity, holds every line of the shipment
 * and every filter allows every line.
 *
 * <p>Availability is a step function of time that changes only at supply arrivals, so a filter's answer for
 * a line at a site changes only there: it is asked once per step within the search's limit (the level at the
 * order instant, then each arrival after it), lazily per target and site, and kept, so order-by probes and
 * the planner ask for free. Used by one thread, like its {@link QuoteContext}.
 */
final class RuleGate {

    private final RuleSet rules;
    private final Map<String, Map<String, String>> attributes;
    private final Map<Target, Steps[]> steps = new HashMap<>();

    private RuleGate(RuleSet rules, Map<String, Map<String, String>> attributes) {
        this.rules = rules;
        this.attributes = attributes;
    }

    /** The gate of a rule set for one request, or null when it has no filter (then nothing is checked). */
    static RuleGate of(RuleSet rules, Map<String, Map<String, String>> attributes) {
        return rules.filters().isEmpty() ? null : new RuleGate(rules, attributes);
    }

    /**
     * Preparation at a site for the lines of a mask starting no earlier than {@code from}, with the filters
     * joined to the start condition: {@link QuoteContext#prepare}'s answer at the earliest instant at which
     * every filter allows every line, or {@link Readiness#RULE} when the filters refuse at every instant left.
     * From past the context's limit (the lines arrive after it) no preparation starts and the filters are not
     * asked (their steps end at the limit): {@link QuoteContext#prepare}'s answer, as without rules.
     */
    Readiness prepare(QuoteContext ctx, Target target, int site, int mask, long from) {
        if (from > ctx.limit) {
            // issue 14: the steps said "refused" there, the filter asked live "allowed" (it saw the arrival), and
            // explain threw IllegalStateException looking for the refusing filter
            return ctx.prepare(site, from);
        }
        Steps s = steps(ctx, target, site);
        long at = lastStart(ctx, s, site, mask, from);
        return s.allowedFrom(mask, at) == at ? ctx.prepare(site, at) : Readiness.RULE;
    }

    /**
     * Where {@link #prepare} answered {@link Readiness#RULE}: the first line of the mask and the first filter refusing
     * it at the instant the start search gave up.
     */
    Refusal refusal(QuoteContext ctx, Target target, int site, int mask, long from) {
        long at = lastStart(ctx, steps(ctx, target, site), site, mask, from);
        for (int i = 0; i < ctx.lineCount; i++) {
            if ((mask & (1 << i)) != 0) {
                LineFilter f = refusing(ctx, target, site, i, at);
                if (f != null) {
                    return new Refusal(i, f);
                }
            }
        }
        throw new IllegalStateException("the filters allow every line of mask " + mask + " at site " + site + " at " + at);
    }

    /** A line and the filter refusing it. */
    record Refusal(int line, LineFilter filter) {
    }

    /**
     * The start search: the earliest instant at or after {@code from} that is open, within capacity and allowed
     * for every line ({@link QuoteContext#prepare} is asked there); or, when the filters refuse at every such
     * instant, the last instant looked at, where one of them refuses.
     */
    private static long lastStart(QuoteContext ctx, Steps s, int site, int mask, long from) {
        long at = from;
        while (true) {
            long allowed = s.allowedFrom(mask, at);
            if (allowed == Long.MAX_VALUE) {
                return at;
            }
            Readiness prep = ctx.prepare(site, allowed);
            // open and within capacity from its start on, not before: the filters must allow there too
            if (!prep.prepared() || s.allowedFrom(mask, prep.start()) == prep.start()) {
                return allowed;
            }
            at = prep.start();
        }
    }

    /** The first filter refusing line {@code i} at the site for a preparation starting at {@code at}, or null. */
    LineFilter refusing(QuoteContext ctx, Target target, int site, int i, long at) {
        LineCandidate c = candidate(ctx, target, site, i, at);
        for (LineFilter f : rules.filters()) {
            if (!f.allows(c)) {
                return f;
            }
        }
        return null;
    }

    private LineCandidate candidate(QuoteContext ctx, Target target, int site, int i, long at) {
        Snapshot.Site s = ctx.snap.sites[site];
        Line line = ctx.lines.get(i);
        StockTable table = ctx.snap.inventory.table(line.sku());
        int entry = table == null ? -1 : table.entry(site);
        long available = entry < 0 ? 0 : table.quantityAt(entry, at);
        double km = target.method() == Method.COLLECT
                ? s.location.position().distanceKm(target.store().location.position())
                : ctx.distanceToDestination(site);
        return new LineCandidate(s.location, target.method(), target.serviceId(), target.storeId(),
                new OrderLine(line.sku(), line.quantity(), attributes.getOrDefault(line.sku(), Map.of())), available, km);
    }

    private Steps steps(QuoteContext ctx, Target target, int site) {
        Steps[] bySite = steps.computeIfAbsent(target, k -> new Steps[ctx.snap.sites.length]);
        Steps s = bySite[site];
        if (s == null) {
            s = computeSteps(ctx, target, site);
            bySite[site] = s;
        }
        return s;
    }

    /** The filters' answers for every line at a site, one per availability step up to the context's limit. */
    private Steps computeSteps(QuoteContext ctx, Target target, int site) {
        long orderAt = ctx.orderAt();
        long[][] starts = new long[ctx.lineCount][];
        boolean[][] allows = new boolean[ctx.lineCount][];
        int always = 0;
        for (int i = 0; i < ctx.lineCount; i++) {
            StockTable table = ctx.snap.inventory.table(ctx.lines.get(i).sku());
            int entry = table == null ? -1 : table.entry(site);
            long[] arrivals = entry < 0 ? new long[0] : table.arrivals(entry);
            long[] st = new long[arrivals.length + 1];
            boolean[] al = new boolean[st.length];
            // step 0 holds from the order instant (and, for safety, before it)
            st[0] = Long.MIN_VALUE;
            al[0] = refusing(ctx, target, site, i, orderAt) == null;
            int n = 1;
            boolean all = al[0];
            long last = orderAt;
            for (long a : arrivals) {
                if (a > ctx.limit) {
                    break; // no preparation starts after the limit
                }
                if (a <= last) {
                    continue; // arrived by the order instant, or at the instant of the arrival before
                }
                last = a;
                boolean allowed = refusing(ctx, target, site, i, a) == null;
                all &= allowed;
                if (allowed != al[n - 1]) {
                    st[n] = a;
                    al[n] = allowed;
                    n++;
                }
            }
            starts[i] = Arrays.copyOf(st, n);
            allows[i] = Arrays.copyOf(al, n);
            if (all) {
                always |= 1 << i;
            }
        }
        return new Steps(starts, allows, always);
    }

    /**
     * The filters' answers at one site for one target: line {@code i} is allowed from {@code starts[i][k]}
     * (inclusive; {@code starts[i][0]} is MIN) until {@code starts[i][k + 1]} when {@code allows[i][k]};
     * consecutive steps alternate. {@code always}: the lines allowed at every step.
     */
    private static final class Steps {
        private final long[][] starts;
        private final boolean[][] allows;
        private final int always;

        Steps(long[][] starts, boolean[][] allows, int always) {
            this.starts = starts;
            this.allows = allows;
            this.always = always;
        }

        /** The earliest instant at or after {@code from} at which every line of the mask is allowed, MAX for none. */
        long allowedFrom(int mask, long from) {
            int rest = mask & ~always;
            long at = from;
            boolean moved = true;
            while (moved) {
                moved = false;
                for (int i = 0; i < starts.length; i++) {
                    if ((rest & (1 << i)) == 0) {
                        continue;
                    }
                    long a = lineAllowedFrom(i, at);
                    if (a == Long.MAX_VALUE) {
                        return a;
                    }
                    if (a != at) {
                        at = a;
                        moved = true;
                    }
                }
            }
            return at;
        }

        /** The earliest instant at or after {@code from} at which line {@code i} is allowed, MAX for none. */
        private long lineAllowedFrom(int i, long from) {
            long[] st = starts[i];
            int k = st.length - 1;
            while (st[k] > from) {
                k--;
            }
            if (allows[i][k]) {
                return from;
            }
            return k + 1 < st.length ? st[k + 1] : Long.MAX_VALUE;
        }
    }
}
