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
package io.promiseengine.jmh.baseline;

import io.promiseengine.model.Location;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.ScheduledService;
import io.promiseengine.model.WindowLoad;
import io.promiseengine.model.WindowZone;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.quote.Shipment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Spec 4.7 read literally, for one SCHEDULED service and one request. The service's windows are its week map
 * turned into instants date by date ({@link Schedule}, which keeps each interval apart: touching windows stay two),
 * none on a date closed for the service; each eligible origin's {@code readyAt} for the whole cart is spec 4.2
 * ({@link ReadyTimes}); a window is walked to in time order and offered when some origin makes it, the zone has
 * room and it ends by the horizon.
 *
 * <p>The order-bys are found by bisection over whole seconds, where the spec's words make the answer monotone,
 * and by a walk over the instants where it can change otherwise:
 * <ul>
 *   <li>a window's: whether origin L makes the window from an order at {@code s} is {@code readyAt_L(s) + leadTime
 *   <= ws}, and {@code readyAt_L(s)} never decreases as {@code s} grows (spec 4.2: the start is the earliest
 *   qualifying instant at or after {@code s} among instants whose qualification does not depend on {@code s}, and
 *   the working time from a later start ends no earlier). So each origin makes it for a prefix of the seconds,
 *   and the window's order-by is the latest end of those prefixes;</li>
 *   <li>the option's: as spec 4.6, by walking the instants at which a window of the date starts or stops being
 *   offered (see {@link #optionOrderBy}); absent when the date is the same at every second up to {@code H}.</li>
 * </ul>
 */
final class DeliveryWindows {

    private final Network network;
    private final Timetables timetables;
    private final ReadyTimes readyTimes;
    private final ScheduledService service;
    private final Schedule windows;
    private final QuoteRequest request;
    private final Position destination;
    /** The destination's zone of the service; null when none matches (the service cannot serve). */
    private final WindowZone zone;
    /** The rule set's filters, asked as {@link Method#SCHEDULED} of this service about the whole cart. */
    private final Filters filters;
    private final Filters.Asker asker;
    /** The eligible origins (spec 4.3: a selector names it, ship is true), by id. */
    private final List<Location> origins = new ArrayList<>();

    /** One window of the service: {@code [start, end)}. */
    private record Window(Instant start, Instant end) {
    }

    /** An origin's preparation of the whole cart for an order at some instant; {@code ready} null when it cannot. */
    private record Prepared(Location origin, ReadyTimes.Ready ready) {
    }

    DeliveryWindows(Network network, Timetables timetables, ScheduledService service, QuoteRequest request,
                    Position destination) {
        this(network, timetables, service, request, destination, Filters.NONE);
    }

    DeliveryWindows(Network network, Timetables timetables, ScheduledService service, QuoteRequest request,
                    Position destination, Filters filters) {
        this.filters = filters;
        this.asker = new Filters.Asker(Method.SCHEDULED, service.id(), null, destination);
        this.network = network;
        this.timetables = timetables;
        this.readyTimes = new ReadyTimes(network);
        this.service = service;
        // spec 2.1: windows are read in the network's zone, converted as hours are, never on a date closed for the
        // service
        this.windows = new Schedule(network.zone(), service.windows(), network.closedDates(service.closed()));
        this.request = request;
        this.destination = destination;
        this.zone = zoneOf(service, request.destination().postalCode());
        for (Location l : network.locations()) {
            if (Timetables.isOrigin(service, l)) {
                origins.add(l);
            }
        }
        origins.sort(Comparator.comparing(Location::id));
    }

    /**
     * Spec 4.7: among the zones whose {@code to} is a prefix of the postal code, the longest, then the first
     * listed; a destination without postal code ({@code ""}) matches only {@code to: ""}. Null for none.
     */
    static WindowZone zoneOf(ScheduledService service, String postalCode) {
        WindowZone best = null;
        for (WindowZone z : service.zones()) {
            if (postalCode.startsWith(z.to()) && (best == null || z.to().length() > best.to().length())) {
                best = z;
            }
        }
        return best;
    }

    /** The option of the service for the request, or null when no window is offered. */
    PromiseOption option() {
        if (zone == null) {
            return null;
        }
        Instant t = request.at();
        List<Prepared> prepared = prepare(t);
        List<Window> offered = offered(t, prepared, request.maxWindows());
        if (offered.isEmpty()) {
            return null;
        }
        List<DeliveryWindow> listed = new ArrayList<>();
        for (Window w : offered) {
            listed.add(new DeliveryWindow(w.start(), w.end(), nearest(w, prepared).id(), orderBy(w, prepared)));
        }
        Window first = offered.get(0);
        Location from = nearest(first, prepared);
        ReadyTimes.Ready ready = null;
        for (Prepared p : prepared) {
            if (p.origin() == from) {
                ready = p.ready();
            }
        }
        // spec 3: shipAt is the first window's start minus the zone's leadTime, in the origin's zone
        Shipment shipment = new Shipment(from.id(), timetables.zoneOf(from), request.lines(), ready.start(), ready.ready(),
                Optional.of(first.start().minus(zone.leadTime())));
        LocalDate date = dateOf(first);
        return new PromiseOption(Method.SCHEDULED, Optional.of(service.id()), Optional.empty(), network.zone(), first.end(),
                date, optionOrderBy(date), 1.0, service.price(), network.currency(), List.of(shipment), listed);
    }

    /** Spec 4.7: the option's date is the local date of its first window's start, in the network's zone. */
    private LocalDate dateOf(Window w) {
        return w.start().atZone(network.zone()).toLocalDate();
    }

    /** Every eligible origin's preparation of the whole cart for an order at {@code s} (spec 4.2), by id. */
    private List<Prepared> prepare(Instant s) {
        List<Prepared> out = new ArrayList<>();
        Instant horizon = s.plus(BaselineCalculator.HORIZON);
        for (Location l : origins) {
            out.add(new Prepared(l, prepare(l, s, horizon)));
        }
        return out;
    }

    /** Spec 4.2 for the whole cart at {@code l} for an order at {@code s}, the filters allowing; null by {@code until}. */
    private ReadyTimes.Ready prepare(Location l, Instant s, Instant until) {
        return readyTimes.prepare(l, timetables.openHours(l), request.lines(), s, until,
                at -> filters.allowAll(asker, l, request.lines(), at));
    }

    /** Spec 4.7: L makes {@code [ws, we)} when {@code readyAt + leadTime <= ws}. */
    private boolean makes(Prepared p, Window w) {
        return p.ready() != null && !p.ready().ready().plus(zone.leadTime()).isAfter(w.start());
    }

    /** Spec 4.7: the window's {@code windowLoad} in the zone (entries add up) is below the zone's capacity. */
    private boolean hasRoom(Window w) {
        long orders = 0;
        for (WindowLoad l : network.windowLoad()) {
            if (l.service().equals(service.id()) && l.zone().equals(zone.to()) && l.window().equals(w.start())) {
                orders += l.orders();
            }
        }
        return orders < zone.capacity();
    }

    /**
     * The first {@code max} windows offered to an order at {@code s}, by start then end: some origin makes it, it
     * has room, and it ends at or before {@code H = s + 60 days}.
     */
    private List<Window> offered(Instant s, List<Prepared> prepared, int max) {
        Instant horizon = s.plus(BaselineCalculator.HORIZON);
        List<Window> out = new ArrayList<>();
        // a window is made only if it starts at or after readyAt >= s, so none of a date before s's is; the windows
        // of a date all start inside it, so dates are walked in order and the walk ends with the date that fills
        // the list
        LocalDate last = horizon.atZone(network.zone()).toLocalDate();
        for (LocalDate d = s.atZone(network.zone()).toLocalDate(); !d.isAfter(last) && out.size() < max; d = d.plusDays(1)) {
            List<Window> ofDate = new ArrayList<>();
            for (Instant[] iv : windows.on(d)) {
                ofDate.add(new Window(iv[0], iv[1]));
            }
            // by start then end: a DST gap may move an interval past a later one of the same date
            ofDate.sort(Comparator.comparing(Window::start).thenComparing(Window::end));
            for (Window w : ofDate) {
                if (w.end().isAfter(horizon) || !hasRoom(w)) {
                    continue;
                }
                for (Prepared p : prepared) {
                    if (makes(p, w)) {
                        out.add(w);
                        break;
                    }
                }
            }
        }
        return out.size() > max ? new ArrayList<>(out.subList(0, max)) : out;
    }

    /** Spec 4.7: the origin that makes the window nearest to the destination (metres, rounded), then the smallest id. */
    private Location nearest(Window w, List<Prepared> prepared) {
        Location best = null;
        long bestMetres = 0;
        for (Prepared p : prepared) { // by id, so a tie keeps the smaller id
            if (!makes(p, w)) {
                continue;
            }
            long metres = destination == null ? 0 : Math.round(Timetables.km(p.origin().position(), destination) * 1000);
            if (best == null || metres < bestMetres) {
                best = p.origin();
                bestMetres = metres;
            }
        }
        return best;
    }

    /**
     * Spec 4.7: the latest {@code u >= t} such that an order at any whole second of {@code [t, u]} still has an
     * origin that makes the window: per origin making it at {@code t}, the last second at which it still does
     * (a prefix, see the class comment), found by bisection over {@code [t, ws]}; the latest of those.
     */
    private Instant orderBy(Window w, List<Prepared> prepared) {
        long best = Long.MIN_VALUE;
        for (Prepared p : prepared) {
            if (makes(p, w)) {
                best = Math.max(best, lastMaking(p.origin(), w));
            }
        }
        return Instant.ofEpochSecond(best);
    }

    /** Whether the origin makes the window for an order at {@code s}: ready by {@code ws - leadTime} (spec 4.7). */
    private boolean makesAt(Location origin, Window w, long s) {
        Instant deadline = w.start().minus(zone.leadTime());
        ReadyTimes.Ready r = prepare(origin, Instant.ofEpochSecond(s), deadline);
        return r != null && !r.ready().isAfter(deadline);
    }

    /** The last second of {@code [t, ws]} at which an origin making the window at {@code t} still makes it (bisection). */
    private long lastMaking(Location origin, Window w) {
        long lo = request.at().getEpochSecond(); // makes it
        long hi = w.start().getEpochSecond() + 1; // readyAt >= the order instant > ws: never makes it
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (makesAt(origin, w, mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The option's date for an order at {@code s}: the date of its first offered window; null when none. */
    private LocalDate dateAt(Instant s) {
        List<Window> first = offered(s, prepare(s), 1);
        return first.isEmpty() ? null : dateOf(first.get(0));
    }

    /**
     * Spec 4.6: the latest {@code u} such that every whole second of {@code [t, u]} gets the same date; absent when
     * they all do up to {@code H} (the date is still the same at {@code H}).
     *
     * <p>The seconds are not assumed to be a prefix (an option may vanish and come back when the horizon reaches
     * a later window of the date). Instead, the answer "is the date {@code date}?" at {@code s} can only change
     * where a window of that date changes being offered: a second after the last order at which an origin that
     * makes it at {@code t} still does (each origin's seconds are a prefix, see the class comment), or when the
     * horizon reaches its end ({@code we - 60 days}). Between those instants it holds or fails throughout, so the
     * instants are walked in order and the date asked of the literal quote ({@link #dateAt}) just after each.
     */
    private Optional<Instant> optionOrderBy(LocalDate date) {
        long t = request.at().getEpochSecond();
        long h = request.at().plus(BaselineCalculator.HORIZON).getEpochSecond();
        java.util.TreeSet<Long> changes = new java.util.TreeSet<>();
        for (LocalDate d = date.minusDays(1); !d.isAfter(date.plusDays(1)); d = d.plusDays(1)) {
            for (Instant[] iv : windows.on(d)) {
                Window w = new Window(iv[0], iv[1]);
                if (!dateOf(w).equals(date) || !hasRoom(w)) {
                    continue;
                }
                changes.add(w.end().minus(BaselineCalculator.HORIZON).getEpochSecond() - 1);
                for (Location origin : origins) {
                    // any origin ready by ws - leadTime for an order at t, even one ready after the horizon
                    if (makesAt(origin, w, t)) {
                        changes.add(lastMaking(origin, w));
                    }
                }
            }
        }
        for (long c : changes.tailSet(t)) {
            if (c >= h) {
                break;
            }
            if (!date.equals(dateAt(Instant.ofEpochSecond(c + 1)))) {
                return Optional.of(Instant.ofEpochSecond(c));
            }
        }
        return Optional.empty();
    }
}
