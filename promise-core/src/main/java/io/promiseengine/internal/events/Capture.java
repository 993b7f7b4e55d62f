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

import io.promiseengine.model.Echo;
import io.promiseengine.events.CaptureResult;
import io.promiseengine.events.TrackedOrder;
import io.promiseengine.internal.engine.DefaultPromiseEngine;
import io.promiseengine.live.Reservation;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.model.Method;
import io.promiseengine.plan.AllocationPlanner;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.Order;
import io.promiseengine.plan.PlanResult;
import io.promiseengine.quote.PromiseOption;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A capture, run inside {@link DefaultPromiseEngine#withOwnHoldsFreed} so that no other writer (a release, a
 * reservation, a lapse sweep of another thread) comes between the look at what the order holds, the plan,
 * the reservation and its confirmation.
 *
 * <ul>
 *   <li>The order holds nothing: the cheapest plan for the promise is reserved and confirmed.</li>
 *   <li>The order already holds a reservation (reserved at checkout): when its origins still keep the promise
 *       that plan is kept, else the cheapest plan is swapped in with {@link DefaultPromiseEngine#replace}
 *       (never a window where the order holds nothing); then it is confirmed. Refused, the order keeps what it
 *       held.</li>
 *   <li>The adopted hold lapsed on the clock before its confirmation: the plan is reserved afresh, as when
 *       it lapsed before the capture; a hold that still vanishes (a clock a day ahead) is a refusal, nothing
 *       followed.</li>
 * </ul>
 */
final class Capture {

    /**
     * How long a fresh capture's hold lasts before its confirmation, a few instructions later under the same
     * lock: long enough that no clock (not even the engine's own {@code holdFor} of a millisecond) lapses it
     * in between.
     */
    static final Duration UNTIL_CONFIRMED = Duration.ofDays(1);

    private Capture() {
    }

    static CaptureResult adopt(DefaultPromiseEngine engine, DefaultPromiseEngine.FreedView view, Order order,
                               PromiseOption promise) {
        String id = order.id();
        Optional<Reservation> held = engine.reservation(id);
        AllocationPlanner planner = view.planner(engine.rules());
        Fulfilment plan = held.flatMap(h -> kept(planner, order, promise, h)).orElse(null);
        if (plan == null) {
            PlanResult p = planner.plan(order, promise);
            if (!(p instanceof PlanResult.Planned planned)) {
                return refused(CaptureResult.Reason.NO_PLAN, ((PlanResult.Unplanned) p).detail());
            }
            plan = planned.plan();
        }
        ReservationResult r = held.isPresent() ? engine.replace(id, plan) : engine.reserve(id, plan, UNTIL_CONFIRMED);
        Optional<Reservation> confirmed = r.isReserved() ? engine.confirm(id) : Optional.empty();
        if (r.isReserved() && confirmed.isEmpty()) {
            // the adopted hold lapsed on the clock between the look and the confirmation (no release can come
            // in between: the engine's lock is held): as if it had lapsed before the capture, reserve afresh
            r = engine.reserve(id, plan, UNTIL_CONFIRMED);
            confirmed = r.isReserved() ? engine.confirm(id) : Optional.empty();
        }
        if (r instanceof ReservationResult.Refused refused) {
            StringJoiner why = new StringJoiner("; ");
            for (ReservationResult.Refusal f : refused.refusals()) {
                why.add(f.detail());
            }
            return refused(CaptureResult.Reason.NOT_RESERVED, why.toString());
        }
        if (confirmed.isEmpty()) {
            return refused(CaptureResult.Reason.HOLD_LAPSED, "order " + Echo.quote(id) + " lost its hold while it was captured (it lapsed); nothing is followed");
        }
        // a window's promise is shipped as planned (the quote's shipment was its first window's)
        PromiseOption told = promise.method() == Method.SCHEDULED ? ChosenWindow.shipped(promise, plan) : promise;
        return new CaptureResult.Captured(new TrackedOrder(order, told, plan, confirmed.get(), false));
    }

    /** The plan of the origins the order holds, when they keep the promise (one origin per sku). */
    private static Optional<Fulfilment> kept(AllocationPlanner planner, Order order, PromiseOption promise,
                                             Reservation held) {
        Map<String, String> origins = new HashMap<>();
        for (Reservation.StockHold h : held.stock()) {
            String before = origins.put(h.sku(), h.location());
            if (before != null && !before.equals(h.location())) {
                return Optional.empty(); // one sku from two origins: not a plan the planner evaluates
            }
        }
        if (origins.isEmpty()) {
            return Optional.empty();
        }
        return planner.evaluate(order, promise, origins);
    }

    private static CaptureResult refused(CaptureResult.Reason reason, String detail) {
        return new CaptureResult.Refused(reason, detail);
    }
}
