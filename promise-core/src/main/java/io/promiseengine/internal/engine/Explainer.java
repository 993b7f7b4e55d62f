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
import io.promiseengine.model.Band;
import io.promiseengine.model.Method;
import io.promiseengine.quote.RejectReason;
import io.promiseengine.quote.Rejection;

import java.util.List;
import java.util.Locale;

/**
 * The {@code rejected} list of an explained quote (spec 3). For a service: one entry per location of the
 * network that the option does not use and that was excluded, with the first reason in this order: not an
 * origin; out of range (courier) or no lane (home delivery); unknown sku; out of stock (holds no line of
 * the cart); a rule (the filters refuse the lines it holds at every instant a preparation could start); too
 * many shipments (holds part of the cart and maxShipments is 1); then for the part it holds: closed, no
 * capacity or beyond the horizon (preparation); no collection (home delivery) or closed (the courier does
 * not dispatch before the horizon); beyond the horizon (the confidence is not reached). A location that
 * could serve but lost to a better allocation is not listed. For a collect store that gives no option: one
 * entry naming the store, with the first reason in this order: not an origin (the store does not collect); unknown
 * sku; out of stock (the store and its transfer origins together do not hold the cart); too many shipments
 * (maxShipments is 1 and no one of them holds the whole cart); the store's own preparation of the part it
 * holds, when it may ship it (a rule when the filters refuse its lines; closed, no capacity, or beyond the horizon
 * when its lines arrive too late); else beyond the horizon. A transfer origin's own preparation gives no reason of
 * the store's.
 *
 * <p>Nothing is derived here: what a location is comes from {@link Solver#reach}, what it holds from the context,
 * and why its block has no plan from {@link Solver#exclusion} (what the solver recorded where it decided it, or
 * decided by the same steps for a location its search did not reach); this class puts them in the spec's order
 * and words them.
 */
final class Explainer {

    private Explainer() {
    }

    static void explain(QuoteContext ctx, Target target, Solver solver, Allocation chosen, List<Rejection> out) {
        if (target.store() != null) {
            explainStore(ctx, target, solver, chosen, out);
            return;
        }
        boolean[] used = new boolean[ctx.snap.sites.length];
        if (chosen != null) {
            for (Plan p : chosen.plans()) {
                used[p.site] = true;
            }
        }
        explainOrigins(ctx, target, solver, null, used, out);
    }

    /**
     * Spec 4.7 explained: as a service's origins, with NO_LANE when the destination is in no zone, one shipment
     * whatever {@code maxShipments}, and last the windows an origin can make (all full: NO_CAPACITY; none within
     * the horizon: BEYOND_HORIZON). {@code used} are the origins of listed windows.
     */
    static void explainWindows(QuoteContext ctx, Target target, Solver solver, WindowSearch search, boolean[] used,
                               List<Rejection> out) {
        explainOrigins(ctx, target, solver, search, used, out);
    }

    private static void explainOrigins(QuoteContext ctx, Target target, Solver solver, WindowSearch search,
                                       boolean[] used, List<Rejection> out) {
        boolean[] selected = target.homeDelivery() != null ? target.homeDelivery().selected
                : target.courier() != null ? target.courier().selected : target.scheduled().selected;
        String service = target.serviceId();
        for (Snapshot.Site site : ctx.snap.sites) {
            if (used[site.index]) {
                continue;
            }
            Rejection r;
            if (!selected[site.index]) {
                r = reject(target, site, RejectReason.NOT_AN_ORIGIN, "not an origin of " + service);
            } else if (!site.location.ship()) {
                r = reject(target, site, RejectReason.NOT_AN_ORIGIN, Echo.escape(site.id) + " does not ship");
            } else {
                r = originReason(ctx, target, solver, search, site);
            }
            if (r != null) {
                out.add(r);
            }
        }
    }

    private static Rejection originReason(QuoteContext ctx, Target target, Solver solver, WindowSearch search,
                                          Snapshot.Site site) {
        // what the location is, before what it holds: the spec's example lists store-lyon-2, which has no
        // TSHIRT-M, as OUT_OF_RANGE for the courier
        Solver.Exclusion reach = solver.reach(site.index);
        if (reach == Solver.Exclusion.OUT_OF_RANGE) {
            double km = ctx.distanceToDestination(site.index);
            List<Band> bands = target.courier().service.bands();
            return reject(target, site, RejectReason.OUT_OF_RANGE, bands.isEmpty() ? "the service has no distance band"
                    : String.format(Locale.ROOT, "%.1f km > %s km", km, km(bands.get(bands.size() - 1).maxKm())));
        }
        if (reach == Solver.Exclusion.NO_LANE) {
            return reject(target, site, RejectReason.NO_LANE, "no lane from " + (site.location.postalCode().isEmpty()
                    ? "a location without postal code" : Echo.escape(site.location.postalCode())) + " to "
                    + (ctx.destinationPostalCode.isEmpty() ? "a destination without postal code" : Echo.escape(ctx.destinationPostalCode)));
        }
        if (search != null && search.zone < 0) {
            return reject(target, site, RejectReason.NO_LANE, search.noZone());
        }
        if (ctx.anyUnknownSku) {
            return reject(target, site, RejectReason.UNKNOWN_SKU, "unknown sku " + Echo.escape(ctx.unknownSku));
        }
        int holds = ctx.holds(site.index);
        if (holds == 0) {
            return reject(target, site, RejectReason.OUT_OF_STOCK, "no line of the cart in stock");
        }
        // what the solver decided for the block of the lines the site holds (recorded, or decided now by its steps)
        Solver.Exclusion why = solver.exclusion(site.index, holds);
        if (why == Solver.Exclusion.RULE) {
            return ruleReason(ctx, target, solver, site, holds);
        }
        if (holds != ctx.fullMask && (ctx.maxShipments == 1 || search != null)) {
            return reject(target, site, RejectReason.TOO_MANY_SHIPMENTS, "holds " + Integer.bitCount(holds) + " of "
                    + ctx.lineCount + " lines, and " + (search != null ? "a window is one drop from one origin"
                    : "maxShipments is 1"));
        }
        Rejection r = preparationReason(target, site, why);
        if (r != null) {
            return r;
        }
        return switch (why) {
            // SCHEDULED: prepared by the horizon; the window search says why no window fits
            case NONE -> search != null ? search.reason(site, solver.preparation(site.index, holds).ready()) : null;
            case NO_COLLECTION -> reject(target, site, RejectReason.NO_COLLECTION, "no collection between ready time and the horizon");
            case NO_DISPATCH -> reject(target, site, RejectReason.CLOSED, "the courier does not dispatch before the horizon");
            default -> reject(target, site, RejectReason.BEYOND_HORIZON, "cannot reach the confidence within 60 days");
        };
    }

    /**
     * The rule set's filters refuse the lines at the site at every instant a preparation could start: named by
     * the first line and filter refusing where the start search gave up.
     */
    private static Rejection ruleReason(QuoteContext ctx, Target target, Solver solver, Snapshot.Site site, int mask) {
        RuleGate.Refusal r = ctx.rules.refusal(ctx, target, site.index, mask, solver.earliestStart(site.index, mask));
        return reject(target, site, RejectReason.RULE, "rule " + Echo.escape(r.filter().name()) + " excludes "
                + Echo.escape(ctx.lines.get(r.line()).sku()) + " at " + Echo.escape(site.id));
    }

    /**
     * The rejection of a preparation that gave no ready time in reach ({@link Solver.Exclusion}'s preparation steps,
     * named after {@code site}), or null for the later steps. The solver says BEYOND_HORIZON ({@code NOT_READY}) when
     * the lines are available only after the horizon, whatever the preparation search said past its own limit: the
     * site is not closed, its stock simply comes too late.
     */
    private static Rejection preparationReason(Target target, Snapshot.Site site, Solver.Exclusion why) {
        return switch (why) {
            case NEVER_AVAILABLE -> reject(target, site, RejectReason.OUT_OF_STOCK, "not in stock");
            case NOT_READY -> reject(target, site, RejectReason.BEYOND_HORIZON, "not ready within 60 days");
            case CLOSED -> reject(target, site, RejectReason.CLOSED, Echo.escape(site.id) + " is closed until the horizon");
            case NO_CAPACITY -> reject(target, site, RejectReason.NO_CAPACITY,
                    Echo.escape(site.id) + " has no free preparation slot before the horizon");
            default -> null;
        };
    }

    private static void explainStore(QuoteContext ctx, Target target, Solver solver, Allocation chosen, List<Rejection> out) {
        if (chosen != null) {
            return;
        }
        Snapshot.Site store = target.store();
        if (!store.location.collect()) {
            out.add(reject(target, store, RejectReason.NOT_AN_ORIGIN, Echo.escape(store.id) + " does not offer click and collect"));
            return;
        }
        if (ctx.anyUnknownSku) {
            out.add(reject(target, store, RejectReason.UNKNOWN_SKU, "unknown sku " + Echo.escape(ctx.unknownSku)));
            return;
        }
        int[] origins = solver.origins();
        int union = 0;
        for (int o : origins) {
            union |= ctx.holds(o);
        }
        if (union != ctx.fullMask) {
            out.add(reject(target, store, RejectReason.OUT_OF_STOCK, "the cart is not in stock at " + Echo.escape(store.id)
                    + " or at a location with a transfer route to it"));
            return;
        }
        boolean whole = false;
        for (int o : origins) {
            whole |= ctx.holds(o) == ctx.fullMask;
        }
        if (!whole && ctx.maxShipments == 1) {
            out.add(reject(target, store, origins.length == 1 ? RejectReason.NO_ROUTE : RejectReason.TOO_MANY_SHIPMENTS,
                    "no single location can prepare the whole cart for " + Echo.escape(store.id)));
            return;
        }
        // the store's own part, when it may ship it: the first reason of its preparation (a transfer origin's is not
        // the store's to give)
        int own = store.index;
        if (ctx.holds(own) == ctx.fullMask || ctx.maxShipments > 1) {
            Solver.Exclusion why = solver.exclusion(own, ctx.holds(own));
            Rejection r = why == Solver.Exclusion.RULE ? ruleReason(ctx, target, solver, store, ctx.holds(own))
                    : preparationReason(target, store, why);
            if (r != null) {
                out.add(r);
                return;
            }
        }
        out.add(reject(target, store, RejectReason.BEYOND_HORIZON, "no way to have the cart collectable at " + Echo.escape(store.id)
                + " within 60 days"));
    }

    private static String km(double km) {
        return km == Math.rint(km) ? Long.toString((long) km) : Double.toString(km);
    }

    static Rejection reject(Target target, Snapshot.Site site, RejectReason reason, String detail) {
        return new Rejection(target.method(), target.method() == Method.COLLECT ? "" : target.serviceId(), site.id, reason, detail);
    }
}
