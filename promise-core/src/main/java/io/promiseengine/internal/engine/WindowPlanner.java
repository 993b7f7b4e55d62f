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
import io.promiseengine.model.OrderLine;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.PlanResult;
import io.promiseengine.plan.PlannedShipment;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Rejection;
import io.promiseengine.rules.RuleSet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The planner's SCHEDULED case (docs/SPEC.md 4.7, docs/PLANNER.md): the whole cart is one drop from one origin,
 * so the plan is the origin of lowest cost under the rule set among those that hold the cart (rules allowing)
 * and make the chosen window ({@code readyAt + leadTime <= start}); equal costs go to the nearest origin (metres
 * rounded), then the smallest id, as the quote's {@code from}. The window must be one the option lists and still
 * have room in the destination's zone.
 */
public final class WindowPlanner {

    private final QuoteContext ctx;
    private final Target target;
    private final RuleSet rules;
    private final List<OrderLine> lines;
    private final WindowSearch search;
    private final long t;

    WindowPlanner(QuoteContext ctx, Target target, RuleSet rules, List<OrderLine> lines, long t) {
        this.ctx = ctx;
        this.target = target;
        this.rules = rules;
        this.lines = lines;
        this.t = t;
        this.search = new WindowSearch(ctx, target, t);
    }

    /** The option's window that starts and ends as {@code window}; refuses a window the option does not list. */
    static DeliveryWindow listed(PromiseOption promise, DeliveryWindow window) {
        Objects.requireNonNull(window, "window");
        return find(promise, window).orElseThrow(() -> new IllegalArgumentException("window " + window.start() + " to "
                + window.end() + " is not one the " + promise.service().orElseThrow() + " option lists; maybe quote"
                + " again and pick one of its windows"));
    }

    /**
     * The option's window that starts and ends as {@code window} (the one match rule of a chosen window, for the
     * planner and the tracker), empty when the option does not list it.
     *
     * @param promise a SCHEDULED option
     * @param window the window asked for
     * @return the option's own window of that start and end
     */
    public static Optional<DeliveryWindow> find(PromiseOption promise, DeliveryWindow window) {
        for (DeliveryWindow w : promise.windows()) {
            if (w.start().equals(window.start()) && w.end().equals(window.end())) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** The cheapest origin that makes {@code window}, among {@code only} when it is not null. */
    PlanResult plan(String orderId, PromiseOption promise, DeliveryWindow window, String only) {
        WindowService service = target.scheduled();
        int zone = search.zone;
        if (zone < 0) {
            return none(orderId, window, search.noZone());
        }
        long ws = window.start().getEpochSecond();
        if (ctx.snap.inventory.windowLoadAt(service, zone, ws) >= ctx.snap.inventory.windowCapacityAt(service, zone, ws)) {
            return none(orderId, window, "the window is full in zone " + Echo.quote(service.service.zones().get(zone).to()));
        }
        long lead = service.leadSeconds[zone];
        WindowSearch.Holder best = null;
        BigDecimal bestCost = null;
        for (WindowSearch.Holder o : search.origins()) { // nearest first: a later origin wins only at a lower cost
            Snapshot.Site site = ctx.snap.sites[o.site()];
            if (o.preparation().ready() + lead > ws || (only != null && !only.equals(site.id))) {
                continue;
            }
            BigDecimal cost = cost(site, o.preparation());
            if (bestCost == null || cost.compareTo(bestCost) < 0) {
                best = o;
                bestCost = cost;
            }
        }
        if (best == null) {
            return none(orderId, window, "no origin that holds the cart makes it");
        }
        Snapshot.Site site = ctx.snap.sites[best.site()];
        long we = window.end().getEpochSecond();
        PlannedShipment shipment = new PlannedShipment(site.id, site.zone, lines, Instant.ofEpochSecond(best.preparation().start()),
                Instant.ofEpochSecond(best.preparation().ready()), Optional.of(Instant.ofEpochSecond(ws - lead)), window.end(),
                ctx.distanceToDestination(site.index), bestCost);
        Fulfilment f = new Fulfilment(promise.method(), promise.service().orElseThrow(), "", window.end(),
                LocalDate.ofEpochDay(service.windows.epochDay(ws)), 1.0, bestCost, List.of(shipment),
                Optional.of(new Fulfilment.Window(window.start(), Instant.ofEpochSecond(we),
                        service.service.zones().get(zone).to())));
        return new PlanResult.Planned(f);
    }

    private BigDecimal cost(Snapshot.Site site, Readiness prep) {
        return CostPlanner.cost(rules, ctx.snap, target, site, lines, ctx.distanceToDestination(site.index), prep.start(),
                prep.ready());
    }

    private PlanResult none(String orderId, DeliveryWindow window, String why) {
        List<Rejection> rejected = new ArrayList<>();
        Explainer.explainWindows(ctx, target, new Solver(ctx, target, t), search, search.used(null), rejected);
        return new PlanResult.Unplanned("no origin of " + target.serviceId() + " makes the window " + window.start() + " to "
                + window.end() + " for order " + orderId + " under rule set " + rules.name() + ": " + why, rejected);
    }
}
