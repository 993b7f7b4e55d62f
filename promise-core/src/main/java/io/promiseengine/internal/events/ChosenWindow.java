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

import io.promiseengine.internal.engine.WindowPlanner;
import io.promiseengine.model.Method;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.PlannedShipment;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Shipment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The promise of one window of a SCHEDULED option (docs/SPEC.md 4.7), as the tracker follows it: the option with
 * that window alone, promised at its end, dated by its start, shipped as the window's plan ships. A tracked
 * SCHEDULED order's promise lists exactly the window it holds a drop of, so the planner's first window ({@link
 * io.promiseengine.plan.AllocationPlanner#plan(io.promiseengine.plan.Order, PromiseOption)}) is that window.
 */
final class ChosenWindow {

    private ChosenWindow() {
    }

    /**
     * The option's window that starts and ends as {@code window}; refuses another method or a window the option
     * does not list, naming it.
     */
    static DeliveryWindow listed(PromiseOption option, DeliveryWindow window) {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(window, "window");
        if (option.method() != Method.SCHEDULED) {
            throw new IllegalArgumentException("a window is chosen for a SCHEDULED option, not " + option.method()
                    + " (" + option.service().or(option::location).orElse("") + "); maybe capture(order, option)");
        }
        return WindowPlanner.find(option, window).orElseThrow(() -> new IllegalArgumentException("window "
                + window.start() + " to " + window.end() + " is not one of the " + option.windows().size()
                + " windows the " + option.service().orElse("") + " option lists; maybe quote again and pick one of"
                + " its windows"));
    }

    /**
     * The option narrowed to {@code window} (one of its own), its shipments left as they are until the plan is
     * known ({@link #shipped}).
     */
    static PromiseOption of(PromiseOption option, DeliveryWindow window, Optional<Instant> orderBy) {
        return new PromiseOption(option.method(), option.service(), option.location(), option.zone(), window.end(),
                window.start().atZone(option.zone()).toLocalDate(), orderBy, option.confidence(), option.price(),
                option.currency(), option.shipments(), List.of(window));
    }

    /** The narrowed option shipped as {@code plan} ships its one drop (the option's lines kept). */
    static PromiseOption shipped(PromiseOption option, Fulfilment plan) {
        PlannedShipment s = plan.shipments().get(0); // a window is one drop from one origin (spec 4.7)
        Shipment shipment = new Shipment(s.from(), s.zone(), option.shipments().get(0).lines(), s.startAt(),
                s.readyAt(), s.shipAt());
        return new PromiseOption(option.method(), option.service(), option.location(), option.zone(),
                option.promisedAt(), option.date(), option.orderBy(), option.confidence(), option.price(),
                option.currency(), List.of(shipment), option.windows());
    }

    /** Whether {@code w} comes after {@code held} in the windows' order (start, then end): never earlier. */
    static boolean after(DeliveryWindow w, DeliveryWindow held) {
        int c = w.start().compareTo(held.start());
        return c > 0 || c == 0 && w.end().isAfter(held.end());
    }
}
