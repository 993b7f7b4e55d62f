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
import io.promiseengine.internal.time.Slots;
import io.promiseengine.model.Echo;
import io.promiseengine.model.Method;
import io.promiseengine.model.OrderLine;
import io.promiseengine.model.Position;
import io.promiseengine.plan.AllocationPlanner;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.Order;
import io.promiseengine.plan.PlanResult;
import io.promiseengine.plan.PlannedShipment;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.quote.Rejection;
import io.promiseengine.rules.RuleSet;
import io.promiseengine.rules.spi.ShipmentCandidate;
import io.promiseengine.rules.spi.ShipmentScore;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The planner as it was before it searched with the quote's partition search (issue 14, one search core), kept
 * verbatim as the oracle of {@code PlannerMatchesOldPlannerTest}: its own candidates and its own branch and bound,
 * so that a change to the shared search, candidates or joint probability shows as a difference. Not to be mended
 * with the main code (the copy is the point).
 *
 * <p>The planner: the candidate shipments of a block of lines are the quote's own {@link Plan}s (same
 * availability, preparation, slots, collections, lanes, bands and transfers, same rule filters) that reach
 * the order's confidence alone by the promised key; a branch and bound over partitions (blocks grown around
 * the lowest unassigned line, so each partition is seen once) picks one origin per block, cheapest first,
 * cutting a branch as soon as its cost exceeds the best found (scores are {@code >= 0}) or its joint
 * probability falls below the confidence (factors are {@code <= 1}).
 */
final class OldCostPlanner implements AllocationPlanner {

    private final Supplier<Snapshot> snapshots;
    private final RuleSet rules;

    OldCostPlanner(Supplier<Snapshot> snapshots, RuleSet rules) {
        this.snapshots = snapshots;
        this.rules = rules;
    }

    @Override
    public RuleSet rules() {
        return rules;
    }

    @Override
    public PlanResult plan(Order order, PromiseOption promise) {
        Objects.requireNonNull(promise, "promise");
        if (promise.method() == Method.SCHEDULED) {
            return plan(order, promise, promise.windows().get(0));
        }
        Search s = new Search(snapshots.get(), order, promise);
        s.dfs(s.ctx.fullMask, new ArrayList<>(), BigDecimal.ZERO, BigDecimal.ONE);
        if (s.best != null) {
            return new PlanResult.Planned(s.fulfilment(s.best));
        }
        List<Rejection> rejected = new ArrayList<>();
        Explainer.explain(s.ctx, s.target, s.solver, null, rejected);
        return new PlanResult.Unplanned("no allocation of order " + order.id() + " within " + s.ctx.maxShipments
                + " shipment(s) reaches " + order.request().confidence() + " by " + (s.target.homeDelivery() != null
                ? promise.date() : promise.promisedAt()) + " under rule set " + rules.name(), rejected);
    }

    @Override
    public PlanResult plan(Order order, PromiseOption promise, DeliveryWindow window) {
        return windowPlanner(order, promise).plan(order.id(), promise, WindowPlanner.listed(promise, window), null);
    }

    private WindowPlanner windowPlanner(Order order, PromiseOption promise) {
        Objects.requireNonNull(order, "order");
        if (Objects.requireNonNull(promise, "promise").method() != Method.SCHEDULED) {
            throw new IllegalArgumentException("a window is chosen for a SCHEDULED promise, not " + promise.method());
        }
        Snapshot snap = snapshots.get();
        QuoteContext ctx = context(snap, order);
        return new WindowPlanner(ctx, target(snap, promise), rules, order.lines(), order.request().at().getEpochSecond());
    }

    /** The order's quote context on one inventory version, its rules gate set. */
    private QuoteContext context(Snapshot snap, Order order) {
        QuoteRequest request = order.request();
        Position position = request.destination().position()
                .orElseGet(() -> snap.network.postalCodes().get(request.destination().postalCode()));
        QuoteContext ctx = new QuoteContext(snap, request.lines(), request.confidence(),
                rules.shipmentsAllowed(request.maxShipments()), position, request.destination().postalCode(),
                request.at().getEpochSecond());
        ctx.rules = RuleGate.of(rules, order.attributes());
        return ctx;
    }

    /**
     * What the rule set's scores charge for a shipment (each {@code >= 0}), its slot's load and capacity given
     * to the rules.
     */
    static BigDecimal cost(RuleSet rules, Snapshot snap, Target target, Snapshot.Site site, List<OrderLine> lines,
                           double distanceKm, long startAt, long readyAt) {
        int load = 0;
        int capacity = 0;
        if (site.slotSeconds > 0) {
            long slot = Slots.slotStart(startAt, site.zone, site.slotSeconds);
            load = snap.inventory.loadAt(site, slot);
            capacity = snap.inventory.capacityAt(site, slot);
        }
        ShipmentCandidate sc = new ShipmentCandidate(site.location, target.method(), target.serviceId(), target.storeId(),
                lines, distanceKm, Instant.ofEpochSecond(startAt), Instant.ofEpochSecond(readyAt), load, capacity);
        BigDecimal total = BigDecimal.ZERO;
        for (ShipmentScore score : rules.scores()) {
            BigDecimal c = Objects.requireNonNull(score.cost(sc), score.name());
            if (c.signum() < 0) {
                throw new IllegalStateException("score " + score.name() + " gave a negative cost " + c.toPlainString()
                        + " for " + site.id + "; scores must be >= 0");
            }
            total = total.add(c);
        }
        return total;
    }

    @Override
    public Optional<Fulfilment> evaluate(Order order, PromiseOption promise, Map<String, String> originBySku) {
        if (Objects.requireNonNull(promise, "promise").method() == Method.SCHEDULED) {
            java.util.Set<String> origins = new java.util.TreeSet<>();
            for (io.promiseengine.quote.Line l : order.request().lines()) {
                String origin = originBySku.get(l.sku());
                if (origin == null) {
                    throw new IllegalArgumentException("no origin given for sku " + Echo.quote(l.sku()));
                }
                origins.add(origin);
            }
            if (origins.size() != 1) {
                return Optional.empty(); // a SCHEDULED plan is one drop from one origin
            }
            return windowPlanner(order, promise).plan(order.id(), promise, promise.windows().get(0), origins.iterator().next())
                    .fulfilment();
        }
        Search s = new Search(snapshots.get(), order, promise);
        Map<String, Integer> masks = new java.util.TreeMap<>();
        for (int i = 0; i < s.ctx.lineCount; i++) {
            String origin = originBySku.get(s.ctx.lines.get(i).sku());
            if (origin == null) {
                throw new IllegalArgumentException("no origin given for sku " + Echo.quote(s.ctx.lines.get(i).sku()));
            }
            masks.merge(origin, 1 << i, (a, b) -> a | b);
        }
        if (masks.size() > s.ctx.maxShipments) {
            return Optional.empty();
        }
        List<Candidate> chosen = new ArrayList<>();
        for (Map.Entry<String, Integer> e : masks.entrySet()) {
            Candidate c = s.candidates(e.getValue()).stream().filter(x -> x.plan.origin.equals(e.getKey())).findFirst().orElse(null);
            if (c == null) {
                return Optional.empty();
            }
            chosen.add(c);
        }
        Choice choice = s.choice(chosen);
        return choice == null ? Optional.empty() : Optional.of(s.fulfilment(choice));
    }

    /** A shipment that reaches the confidence alone by the promised key, with its cost. */
    private record Candidate(Plan plan, BigDecimal cost) {
    }

    /** A complete allocation that keeps the promise. */
    private record Choice(Candidate[] shipments, BigDecimal cost, Allocation allocation) {
    }

    /** One planning: the order's context on one inventory version, the target and the promised key. */
    private final class Search {
        final Snapshot snap;
        final Order order;
        final PromiseOption promise;
        final QuoteContext ctx;
        final Target target;
        final Solver solver;
        final long key;
        final List<OrderLine> lines;
        final Map<Integer, List<Candidate>> byMask = new HashMap<>();
        Choice best;

        Search(Snapshot snap, Order order, PromiseOption promise) {
            this.snap = snap;
            this.order = Objects.requireNonNull(order, "order");
            this.promise = Objects.requireNonNull(promise, "promise");
            long t = order.request().at().getEpochSecond();
            this.ctx = context(snap, order);
            this.target = target(snap, promise);
            this.solver = new Solver(ctx, target, t);
            this.key = target.homeDelivery() != null ? promise.date().toEpochDay() : promise.promisedAt().getEpochSecond();
            this.lines = order.lines();
        }

        /** The shipments that can carry the block and reach the confidence alone by the key, cheapest first. */
        List<Candidate> candidates(int mask) {
            List<Candidate> c = byMask.get(mask);
            if (c == null) {
                c = new ArrayList<>();
                if (!ctx.anyUnknownSku) {
                    for (int site : solver.origins()) {
                        if ((ctx.holds(site) & mask) != mask) {
                            continue;
                        }
                        Plan p = solver.plan(site, mask);
                        if (p != null && p.ownKey != OpenCalendar.NONE && p.ownKey <= key) {
                            c.add(new Candidate(p, cost(p)));
                        }
                    }
                }
                c.sort((a, b) -> a.cost.compareTo(b.cost) != 0 ? a.cost.compareTo(b.cost) : a.plan.origin.compareTo(b.plan.origin));
                byMask.put(mask, c);
            }
            return c;
        }

        private BigDecimal cost(Plan p) {
            return OldCostPlanner.cost(rules, snap, target, snap.sites[p.site], lines(p.mask), p.distanceKm, p.startAt(), p.readyAt());
        }

        List<OrderLine> lines(int mask) {
            List<OrderLine> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    out.add(lines.get(i));
                }
            }
            return out;
        }

        void dfs(int remaining, List<Candidate> chosen, BigDecimal cost, BigDecimal product) {
            if (remaining == 0) {
                Choice c = choice(chosen);
                if (c != null && (best == null || better(c, best))) {
                    best = c;
                }
                return;
            }
            if (chosen.size() >= ctx.maxShipments) {
                return;
            }
            int low = Integer.lowestOneBit(remaining);
            int rest = remaining & ~low;
            for (int sub = rest; ; sub = (sub - 1) & rest) {
                int block = low | sub;
                for (Candidate cand : candidates(block)) {
                    BigDecimal total = cost.add(cand.cost);
                    if (best != null && total.compareTo(best.cost) > 0) {
                        break; // cheapest first: no later candidate of this block can do better
                    }
                    if (used(chosen, cand.plan.site)) {
                        continue;
                    }
                    BigDecimal joint = product.multiply(cand.plan.exactAt(key));
                    if (!Plan.reaches(joint.doubleValue(), ctx.confidence)) {
                        continue; // later factors are <= 1
                    }
                    chosen.add(cand);
                    dfs(remaining & ~block, chosen, total, joint);
                    chosen.remove(chosen.size() - 1);
                }
                if (sub == 0) {
                    break;
                }
            }
        }

        private boolean used(List<Candidate> chosen, int site) {
            for (Candidate c : chosen) {
                if (c.plan.site == site) {
                    return true;
                }
            }
            return false;
        }

        /** The allocation of these shipments if it keeps the promise (joint probability as the quote computes it). */
        Choice choice(List<Candidate> chosen) {
            Candidate[] shipments = chosen.toArray(new Candidate[0]);
            Arrays.sort(shipments, (a, b) -> a.plan.origin.compareTo(b.plan.origin));
            Plan[] plans = new Plan[shipments.length];
            BigDecimal exact = BigDecimal.ONE;
            BigDecimal cost = BigDecimal.ZERO;
            double km = 0;
            for (int i = 0; i < plans.length; i++) {
                plans[i] = shipments[i].plan;
                exact = exact.multiply(plans[i].exactAt(key));
                cost = cost.add(shipments[i].cost);
                km += plans[i].distanceKm;
            }
            double joint = plans.length == 1 ? plans[0].at(key) : exact.doubleValue();
            if (!Plan.reaches(joint, ctx.confidence)) {
                return null;
            }
            return new Choice(shipments, cost, new Allocation(plans, key, joint, exact, Math.round(km * 1000)));
        }

        private boolean better(Choice a, Choice b) {
            int c = a.cost.compareTo(b.cost);
            return c != 0 ? c < 0 : a.allocation.compareTo(b.allocation) < 0;
        }

        Fulfilment fulfilment(Choice c) {
            List<PlannedShipment> shipments = new ArrayList<>();
            for (Candidate cand : c.shipments) {
                Plan p = cand.plan;
                Snapshot.Site site = snap.sites[p.site];
                long delivery = target.homeDelivery() != null
                        ? OpenCalendar.instant(LocalDate.ofEpochDay(p.ownKey), target.homeDelivery().deliverByMinute, snap.zone)
                        : p.ownKey;
                shipments.add(new PlannedShipment(site.id, site.zone, lines(p.mask), Instant.ofEpochSecond(p.startAt()),
                        Instant.ofEpochSecond(p.readyAt()),
                        p.shipAt() == OpenCalendar.NONE ? Optional.empty() : Optional.of(Instant.ofEpochSecond(p.shipAt())),
                        Instant.ofEpochSecond(delivery), p.distanceKm, cand.cost));
            }
            return new Fulfilment(promise.method(), promise.service().orElse(""), promise.location().orElse(""), promise.promisedAt(), promise.date(),
                    c.allocation.confidence(), c.cost, shipments);
        }
    }

    /** The promise's service or collect store in this network version. */
    private static Target target(Snapshot snap, PromiseOption promise) {
        if (promise.method() == Method.COLLECT) {
            String store = promise.location().orElseThrow(); // present for click and collect
            Integer i = snap.siteIndex.get(store);
            if (i == null) {
                throw new IllegalArgumentException("the promise's collect store " + Echo.quote(store)
                        + " is not in the current network version");
            }
            return Target.collect(snap.sites[i]);
        }
        String service = promise.service().orElseThrow(); // present for home delivery and courier
        for (Snapshot.HomeDelivery hd : snap.homeDeliveries) {
            if (promise.method() == Method.HOME_DELIVERY && hd.service.id().equals(service)) {
                return Target.of(hd);
            }
        }
        for (Snapshot.Courier c : snap.couriers) {
            if (promise.method() == Method.COURIER && c.service.id().equals(service)) {
                return Target.of(c);
            }
        }
        for (WindowService w : snap.scheduled) {
            if (promise.method() == Method.SCHEDULED && w.service.id().equals(service)) {
                return Target.of(w);
            }
        }
        throw new IllegalArgumentException("the promise's service " + Echo.quote(service) + " (" + promise.method()
                + ") is not in the current network version");
    }
}
