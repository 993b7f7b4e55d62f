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
import io.promiseengine.plan.OrderLine;
import io.promiseengine.quote.Line;
import io.promiseengine.rules.RuleSet;
import io.promiseengine.rules.spi.LineCandidate;
import io.promiseengine.rules.spi.LineFilter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule set's filters applied to one request: for a target and a site, the lines of the cart the site
 * may prepare, computed once (lazily) and kept, so order-by probes and the planner ask for free. Used by
 * one thread, like its {@link QuoteContext}.
 */
final class RuleGate {

    private final RuleSet rules;
    private final Map<String, Map<String, String>> attributes;
    private final Map<Target, int[]> allowed = new HashMap<>();

    private RuleGate(RuleSet rules, Map<String, Map<String, String>> attributes) {
        this.rules = rules;
        this.attributes = attributes;
    }

    /** The gate of a rule set for one request, or null when it has no filter (then nothing is checked). */
    static RuleGate of(RuleSet rules, Map<String, Map<String, String>> attributes) {
        return rules.filters().isEmpty() ? null : new RuleGate(rules, attributes);
    }

    /** Whether the site may prepare every line of the mask for the target. */
    boolean allows(QuoteContext ctx, Target target, int site, int mask) {
        return (allowedMask(ctx, target, site) & mask) == mask;
    }

    /** The lines the site may prepare for the target. */
    int allowedMask(QuoteContext ctx, Target target, int site) {
        int[] bySite = allowed.computeIfAbsent(target, k -> {
            int[] a = new int[ctx.snap.sites.length];
            java.util.Arrays.fill(a, -1);
            return a;
        });
        if (bySite[site] < 0) {
            int mask = 0;
            for (int i = 0; i < ctx.lineCount; i++) {
                if (refusing(ctx, target, site, i) == null) {
                    mask |= 1 << i;
                }
            }
            bySite[site] = mask;
        }
        return bySite[site];
    }

    /** The first filter refusing line {@code i} at the site, or null. */
    LineFilter refusing(QuoteContext ctx, Target target, int site, int i) {
        LineCandidate c = candidate(ctx, target, site, i);
        for (LineFilter f : rules.filters()) {
            if (!f.allows(c)) {
                return f;
            }
        }
        return null;
    }

    private LineCandidate candidate(QuoteContext ctx, Target target, int site, int i) {
        Snapshot.Site s = ctx.snap.sites[site];
        Line line = ctx.lines.get(i);
        StockTable table = ctx.snap.inventory.table(line.sku());
        int entry = table == null ? -1 : table.entry(site);
        long available = entry < 0 ? 0 : table.quantityAt(entry, ctx.orderAt());
        double km = target.method() == Method.COLLECT
                ? s.location.position().distanceKm(target.store().location.position())
                : ctx.distanceToDestination(site);
        return new LineCandidate(s.location, target.method(), target.serviceId(), target.storeId(),
                new OrderLine(line.sku(), line.quantity(), attributes.getOrDefault(line.sku(), Map.of())), available, km);
    }

    /** The names of the rules, for messages. */
    List<LineFilter> filters() {
        return rules.filters();
    }
}
