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
package io.promiseengine.internal.events;

import io.promiseengine.events.PromiseEvent;
import io.promiseengine.events.ShipmentLate;
import io.promiseengine.events.TrackedOrder;
import io.promiseengine.internal.engine.DefaultPromiseEngine;
import io.promiseengine.live.Reservation;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.model.Method;
import io.promiseengine.model.OrderLine;
import io.promiseengine.plan.AllocationPlanner;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.Order;
import io.promiseengine.plan.PlanResult;
import io.promiseengine.plan.PlannedShipment;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.rules.RuleSet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks at one captured order again after an event, under the engine's write lock with the order's own holds
 * given back (so the checks and the swap see one inventory): keep, re-plan, promise again, or give up.
 */
final class Reconsider {

    enum Kind { KEPT, REPLANNED, REPROMISED, LOST, RELEASED }

    /**
     * What happened to the order, and the order as it is now (the one before for {@link Kind#LOST} and
     * {@link Kind#RELEASED}: it held nothing any more, released outside the tracker).
     */
    record Step(Kind kind, TrackedOrder order) {
    }

    private final DefaultPromiseEngine engine;

    Reconsider(DefaultPromiseEngine engine) {
        this.engine = engine;
    }

    Step step(TrackedOrder t, PromiseEvent event) {
        RuleSet rules = engine.rules();
        Instant now = t.order().request().at().isAfter(event.at()) ? t.order().request().at() : event.at();
        Order replanned = new Order(t.id(), t.order().request().at(now), t.order().attributes());
        return engine.withOwnHoldsFreed(t.id(), view -> {
            Optional<Reservation> held = engine.reservation(t.id());
            if (held.isEmpty()) {
                return new Step(Kind.RELEASED, t); // released outside the tracker: never hold for it again
            }
            AllocationPlanner planner = view.planner(rules);
            // 1. the same origins from the same starts, on the changed network and inventory, at the instant it was planned
            Optional<Fulfilment> same = planner.evaluate(t.order(), t.promise(), origins(t.fulfilment()));
            if (same.isPresent() && sameStarts(same.get(), t.fulfilment())) {
                // what the engine holds (the same as t's, unless a step of the tracker failed after a swap)
                return new Step(Kind.KEPT, new TrackedOrder(t.order(), t.promise(), same.get(), held.get(), false));
            }
            // 2. another plan for the same promise, planned from the event's instant
            Optional<TrackedOrder> kept = swap(planner, replanned, t.promise(), false);
            if (kept.isPresent()) {
                return new Step(Kind.REPLANNED, kept.get());
            }
            // 3. the best promise of the same method and service (or store) now; for a window, the next one the
            // order can make (spec 4.7: lead time, room in the zone, horizon), never an earlier one
            Optional<PromiseOption> option = t.promise().method() == Method.SCHEDULED
                    ? nextWindow(view, rules, replanned, t.promise()) : requote(view, rules, replanned, t.promise());
            Optional<TrackedOrder> repromised = option.flatMap(o -> swap(planner, replanned, o, true));
            if (repromised.isPresent()) {
                return new Step(Kind.REPROMISED, repromised.get());
            }
            engine.release(t.id());
            return new Step(Kind.LOST, t);
        });
    }

    /**
     * Plans the order for the promise and swaps its reservation for the plan's; empty when either fails.
     * {@code moved}: the promise is a new one (a SCHEDULED one is then shipped as planned).
     */
    private Optional<TrackedOrder> swap(AllocationPlanner planner, Order order, PromiseOption promise, boolean moved) {
        if (!(planner.plan(order, promise) instanceof PlanResult.Planned plan)) {
            return Optional.empty();
        }
        ReservationResult r = engine.replace(order.id(), plan.plan());
        if (r instanceof ReservationResult.Reserved reserved) {
            // a window moved to is shipped as planned; a promise kept stays as the customer was told
            PromiseOption told = moved && promise.method() == Method.SCHEDULED ? ChosenWindow.shipped(promise, plan.plan())
                    : promise;
            return Optional.of(new TrackedOrder(order, told, plan.plan(), reserved.reservation(), false));
        }
        return Optional.empty();
    }

    private static Optional<PromiseOption> requote(DefaultPromiseEngine.FreedView view, RuleSet rules, Order order,
                                                   PromiseOption promise) {
        QuoteRequest r = order.request();
        QuoteRequest.Builder b = QuoteRequest.builder(r.at(), r.destination()).lines(r.lines()).confidence(r.confidence())
                .methods(promise.method()).maxShipments(r.maxShipments());
        if (promise.method() == Method.COLLECT) {
            b.collectAt(promise.location().orElseThrow());
        }
        for (PromiseOption o : view.requote(new Order(order.id(), b.build(), order.attributes()), rules).options()) {
            if (o.method() == promise.method() && o.service().equals(promise.service())
                    && o.location().equals(promise.location())) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /**
     * Spec 4.7 for an order whose window can no longer be kept: the first window after the one it holds (by start,
     * then end) that the order, quoted again now, is offered (some origin makes it, it has room, it ends within the
     * horizon), as the promise of that window alone with no order-by. The quote lists windows from the earliest:
     * it is asked for more until one comes after the held window or none is left.
     */
    private static Optional<PromiseOption> nextWindow(DefaultPromiseEngine.FreedView view, RuleSet rules, Order order,
                                                      PromiseOption promise) {
        DeliveryWindow held = promise.windows().get(0); // a tracked SCHEDULED promise lists the window it holds
        QuoteRequest r = order.request();
        // the shopper chose among the first maxWindows windows: the next one is mostly within one more
        for (int max = Math.max(8, r.maxWindows() + 1); ; max = max * 4) {
            QuoteRequest q = QuoteRequest.builder(r.at(), r.destination()).lines(r.lines()).confidence(r.confidence())
                    .methods(Method.SCHEDULED).maxShipments(r.maxShipments()).maxWindows(max).build();
            PromiseOption found = null;
            for (PromiseOption o : view.requote(new Order(order.id(), q, order.attributes()), rules).options()) {
                if (o.method() == Method.SCHEDULED && o.service().equals(promise.service())) {
                    found = o;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            for (DeliveryWindow w : found.windows()) {
                if (ChosenWindow.after(w, held)) {
                    return Optional.of(ChosenWindow.of(found, w, Optional.empty()));
                }
            }
            if (found.windows().size() < max || max >= MAX_WINDOWS) {
                return Optional.empty(); // every window offered before the horizon is at or before the held one
            }
        }
    }

    /** Windows listed at most when looking for the next one: more than 60 days of windows every 6 minutes. */
    private static final int MAX_WINDOWS = 16_384;

    private static Map<String, String> origins(Fulfilment f) {
        Map<String, String> m = new HashMap<>();
        for (PlannedShipment s : f.shipments()) {
            for (OrderLine l : s.lines()) {
                m.put(l.sku(), s.from());
            }
        }
        return m;
    }

    /** Whether two plans hold the same: the same origins, lines and preparation starts. */
    private static boolean sameStarts(Fulfilment a, Fulfilment b) {
        if (a.shipments().size() != b.shipments().size()) {
            return false;
        }
        for (int i = 0; i < a.shipments().size(); i++) {
            PlannedShipment x = a.shipments().get(i);
            PlannedShipment y = b.shipments().get(i);
            if (!x.from().equals(y.from()) || !x.startAt().equals(y.startAt()) || !x.lines().equals(y.lines())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A shipment on its way is expected later: the order's promise moves to the expected instant when it is
     * beyond it (for home delivery to the expected date at the promise's time of day, or the expected instant
     * when that is later); the shipment's delivery instant is updated either way. Nothing is re-planned: the
     * shipment has left.
     */
    static TrackedOrder late(TrackedOrder t, ShipmentLate event) {
        Fulfilment f = t.fulfilment();
        List<PlannedShipment> shipments = new ArrayList<>();
        for (PlannedShipment s : f.shipments()) {
            shipments.add(!s.from().equals(event.from()) ? s : new PlannedShipment(s.from(), s.zone(), s.lines(),
                    s.startAt(), s.readyAt(), s.shipAt(), event.expectedAt(), s.distanceKm(), s.cost()));
        }
        PromiseOption p = t.promise();
        if (!event.expectedAt().isAfter(p.promisedAt())) {
            return new TrackedOrder(t.order(), p, new Fulfilment(f.method(), f.service(), f.location(), f.promisedAt(),
                    f.date(), f.confidence(), f.cost(), shipments, f.window()), t.reservation(), true);
        }
        Instant promisedAt = event.expectedAt();
        if (p.method() == Method.HOME_DELIVERY) {
            ZonedDateTime old = p.promisedAt().atZone(p.zone());
            Instant sameTime = event.expectedAt().atZone(p.zone()).toLocalDate().atTime(old.toLocalTime())
                    .atZone(p.zone()).toInstant();
            promisedAt = sameTime.isAfter(promisedAt) ? sameTime : promisedAt;
        }
        LocalDate date = promisedAt.atZone(p.zone()).toLocalDate();
        // a window's promise keeps its window (the customer chose it; the drop is only later)
        PromiseOption moved = new PromiseOption(p.method(), p.service(), p.location(), p.zone(), promisedAt, date,
                Optional.empty(), p.confidence(), p.price(), p.currency(), p.shipments(), p.windows());
        return new TrackedOrder(t.order(), moved, new Fulfilment(f.method(), f.service(), f.location(), promisedAt, date,
                f.confidence(), f.cost(), shipments, f.window()), t.reservation(), true);
    }
}
