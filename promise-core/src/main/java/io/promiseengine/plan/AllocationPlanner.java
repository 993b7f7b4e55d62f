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
package io.promiseengine.plan;

import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.rules.RuleSet;

import java.util.Map;
import java.util.Optional;

/**
 * Decides where a captured order is fulfilled: among the allocations of its lines to origins (at most
 * {@code maxShipments} shipments, one per origin, no line split, every line allowed by the rule set's
 * filters) whose joint probability of delivery by the promised date reaches the order's confidence
 * (computed as a quote computes it), the one of lowest total cost under the rule set's scores. Equal costs
 * are broken as the spec's section 4.3 breaks ties at the promised date: fewer shipments, higher
 * confidence, smaller distance, smaller origin ids, smaller skus. The search is exact (branch and bound
 * over the partitions of the cart), not a heuristic, within its work budget (steps counted, never a clock:
 * {@code PromiseEngine.Builder.planBudget}); past it, the plan is the best found, improved by local moves for at
 * most a quarter of the budget more, which keeps the promise, and {@link PlanResult#budgetReached()} says so.
 *
 * <p>A planner reads the engine's inventory version current when {@link #plan} starts; it reserves
 * nothing: pass the result to {@link io.promiseengine.live.PromiseEngine#reserve}. Thread-safe.
 */
public interface AllocationPlanner {

    /**
     * The rule set this planner plans under.
     *
     * @return the rule set
     */
    RuleSet rules();

    /**
     * The cheapest fulfilment of the order that keeps the promise, or why none can. The promise is an
     * option of a quote of {@code order.request()}: its method and service (or collect store) are kept, its
     * date (home delivery) or instant (courier, collect) is not exceeded, and the joint probability reaches
     * the order's confidence (the option's reported confidence may be higher; the planner may trade it for
     * cost, never below what the order asked).
     *
     * @param order the order
     * @param promise an option of a quote of the order's request
     * @return {@link PlanResult.Planned} with the cheapest fulfilment, or {@link PlanResult.Unplanned} with why none;
     *         when the search stopped at its work budget ({@link PlanResult#budgetReached()}), the best fulfilment
     *         found (at worst the promise's own allocation), or none found
     * @throws IllegalArgumentException when the promise's service or collect store is not in the current network
     *         version
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted while the search runs
     *         (its interrupt status is kept)
     */
    PlanResult plan(Order order, PromiseOption promise);

    /**
     * For a SCHEDULED promise (docs/SPEC.md 4.7), the plan of the window the shopper chose: the origin of lowest
     * cost under the rule set among those that hold the whole cart and make the window ({@code readyAt +
     * leadTime <= start}), equal costs to the nearest then the smallest id; its {@link Fulfilment#window()}
     * names the window and the destination's zone, for {@link io.promiseengine.live.PromiseEngine#reserve}. None
     * when the window is full or no origin makes it any more. {@link #plan(Order, PromiseOption)} plans a
     * SCHEDULED promise's first window.
     *
     * @param order the order
     * @param promise a SCHEDULED option of a quote of the order's request
     * @param window one of the promise's {@link PromiseOption#windows()} (matched by start and end)
     * @return {@link PlanResult.Planned} with the fulfilment of that window, or {@link PlanResult.Unplanned} with
     *         why none
     * @throws IllegalArgumentException when the promise is not SCHEDULED, does not list the window (start and end),
     *         or its service is not in the current network version
     * @throws NullPointerException when {@code order}, {@code promise} or {@code window} is null
     */
    PlanResult plan(Order order, PromiseOption promise, DeliveryWindow window);

    /**
     * The fulfilment that sends each sku from the given origin, if it keeps the promise under the rule set
     * (each origin one shipment, within {@code maxShipments}); empty otherwise. For checking a choice made
     * by hand, and for exhaustive comparisons.
     *
     * @param order the order
     * @param promise an option of a quote of the order's request
     * @param originBySku the origin of each sku
     * @return the fulfilment, or empty when it does not keep the promise
     * @throws IllegalArgumentException when the promise's service or collect store is not in the current network
     *         version
     */
    Optional<Fulfilment> evaluate(Order order, PromiseOption promise, Map<String, String> originBySku);
}
