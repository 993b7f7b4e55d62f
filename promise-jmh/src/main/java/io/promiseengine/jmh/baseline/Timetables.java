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

import io.promiseengine.model.Band;
import io.promiseengine.model.Collection;
import io.promiseengine.model.CourierService;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Location;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.Service;
import io.promiseengine.model.Transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fixed facts of a network, read as the spec words them: zones, opening hours, closed dates, lanes,
 * bands, carrier collections, transfer departures and delivery days.
 */
final class Timetables {

    private final Network network;
    private final Map<String, Schedule> openHours = new HashMap<>();
    private final Map<String, Set<LocalDate>> serviceClosed = new HashMap<>();
    private final Map<String, Schedule> courierHours = new HashMap<>();

    Timetables(Network network) {
        this.network = network;
        for (Location l : network.locations()) {
            openHours.put(l.id(), new Schedule(zoneOf(l), l.hours(), network.closedDates(l.closed())));
        }
        for (Service s : network.services()) {
            serviceClosed.put(s.id(), network.closedDates(s.closed()));
            if (s instanceof CourierService c) {
                // spec 4.5: the courier's hours are in the network's zone
                courierHours.put(c.id(), new Schedule(network.zone(), c.hours(), serviceClosed.get(c.id())));
            }
        }
    }

    ZoneId zoneOf(Location l) {
        return l.zoneOr(network.zone());
    }

    Schedule openHours(Location l) {
        return openHours.get(l.id());
    }

    Schedule courierHours(CourierService c) {
        return courierHours.get(c.id());
    }

    /** Spec 4.3: haversine {@code 2R asin(sqrt(a))} with {@code R = 6371.0088} km. */
    static double km(Position p, Position q) {
        double lat1 = Math.toRadians(p.lat());
        double lat2 = Math.toRadians(q.lat());
        double dLat = Math.toRadians(q.lat() - p.lat());
        double dLon = Math.toRadians(q.lon() - p.lon());
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
    }

    /** Spec 4.3: a selector of {@code origins} names it and its {@code ship} is true. */
    static boolean isOrigin(Service s, Location l) {
        if (!l.ship()) {
            return false;
        }
        for (var sel : s.origins()) {
            if (sel.matches(l)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Spec 4.3: among the lanes whose {@code to} prefixes the destination's code and {@code from} the
     * origin's, the longest {@code to}, then the longest {@code from}, then the first listed; null for none.
     */
    static Lane lane(HomeDeliveryService s, Location origin, String destinationCode) {
        Lane best = null;
        for (Lane lane : s.lanes()) {
            if (!destinationCode.startsWith(lane.to()) || !origin.postalCode().startsWith(lane.from())) {
                continue;
            }
            if (best == null || lane.to().length() > best.to().length()
                    || (lane.to().length() == best.to().length() && lane.from().length() > best.from().length())) {
                best = lane;
            }
        }
        return best;
    }

    /** Spec 4.5: the first band whose {@code maxKm} is at or above the distance; null for none. */
    static Band band(CourierService s, double km) {
        for (Band b : s.bands()) {
            if (b.maxKm() >= km) {
                return b;
            }
        }
        return null;
    }

    /**
     * Spec 4.3 and 2.1: the first collection instant {@code >= ready}, at the origin's local times, never on
     * a date closed for the origin or the service (in the origin's zone). Null beyond {@code limit}.
     */
    Instant firstCollection(HomeDeliveryService s, Location origin, Instant ready, Instant limit) {
        ZoneId zone = zoneOf(origin);
        Schedule originHours = openHours(origin);
        Set<LocalDate> closedForService = serviceClosed.get(s.id());
        for (LocalDate d = ready.atZone(zone).toLocalDate().minusDays(1);
             !d.atStartOfDay(zone).toInstant().isAfter(limit); d = d.plusDays(1)) {
            if (originHours.isClosedDate(d) || closedForService.contains(d)) {
                continue;
            }
            List<Instant> times = new ArrayList<>();
            for (Collection c : s.collections()) {
                if (c.days().contains(d.getDayOfWeek())) {
                    for (LocalTime time : c.at()) {
                        times.add(ZonedDateTime.of(d, time, zone).toInstant());
                    }
                }
            }
            Collections.sort(times);
            for (Instant c : times) {
                if (!c.isBefore(ready)) {
                    return c.isAfter(limit) ? null : c;
                }
            }
        }
        return null;
    }

    /** Spec 4.3: a delivery day is one of {@code deliveryDays} not closed for the service. */
    boolean isDeliveryDay(HomeDeliveryService s, LocalDate d) {
        return s.deliveryDays().contains(d.getDayOfWeek()) && !serviceClosed.get(s.id()).contains(d);
    }

    /**
     * Spec 4.3: the delivery date after {@code k} transit days of a shipment collected at {@code shipAt}
     * ({@code D0} its local date in the origin's zone); null when after {@code lastDate}.
     */
    LocalDate deliveryDate(HomeDeliveryService s, LocalDate d0, Instant shipAt, int k, LocalDate lastDate) {
        if (k == 0) {
            Instant by = ZonedDateTime.of(d0, s.deliverBy(), network.zone()).toInstant();
            if (isDeliveryDay(s, d0) && !shipAt.isAfter(by)) {
                return d0;
            }
            k = 1; // spec 4.3: else the same day as k = 1
        }
        int count = 0;
        for (LocalDate d = d0.plusDays(1); !d.isAfter(lastDate); d = d.plusDays(1)) {
            if (isDeliveryDay(s, d) && ++count == k) {
                return d;
            }
        }
        return null;
    }

    /** Whether some transfer joins {@code from} to {@code to} (spec 2.1: two different locations). */
    boolean hasRoute(Location from, Location to) {
        if (from.id().equals(to.id())) {
            return false;
        }
        for (Transfer t : network.transfers()) {
            if (joins(t, from, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean joins(Transfer t, Location from, Location to) {
        if (!t.from().matches(from)) {
            return false;
        }
        for (var sel : t.to()) {
            if (sel.matches(to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Spec 4.4 for a shipment from another location: over the routes from {@code from} to {@code store}, the
     * earliest collectable instant, then the earliest departure, then the first listed. Returns
     * {@code {departure, collectable}}, or null when no route gets there by {@code limit}.
     */
    Instant[] transfer(Location from, Location store, Instant ready, Instant limit) {
        Instant[] best = null;
        Schedule storeHours = openHours(store);
        for (Transfer t : network.transfers()) {
            if (from.id().equals(store.id()) || !joins(t, from, store)) {
                continue;
            }
            Instant departure = firstDeparture(t, from, ready, limit);
            if (departure == null) {
                continue;
            }
            Instant arrival = departure.plus(t.duration());
            Instant received = storeHours.addWork(arrival, t.receiving().getSeconds(), limit);
            if (received == null) {
                continue;
            }
            Instant collectable = storeHours.nextOpen(received, limit);
            if (collectable == null) {
                continue;
            }
            if (best == null || collectable.isBefore(best[1])
                    || (collectable.equals(best[1]) && departure.isBefore(best[0]))) {
                best = new Instant[] {departure, collectable};
            }
        }
        return best;
    }

    /** The first departure {@code >= ready} in the sender's zone, never on its closed dates. */
    private Instant firstDeparture(Transfer t, Location from, Instant ready, Instant limit) {
        ZoneId zone = zoneOf(from);
        Schedule fromHours = openHours(from);
        for (LocalDate d = ready.atZone(zone).toLocalDate().minusDays(1);
             !d.atStartOfDay(zone).toInstant().isAfter(limit); d = d.plusDays(1)) {
            if (fromHours.isClosedDate(d)) {
                continue;
            }
            List<Instant> times = new ArrayList<>();
            for (LocalTime time : t.departures().on(d.getDayOfWeek())) {
                times.add(ZonedDateTime.of(d, time, zone).toInstant());
            }
            Collections.sort(times);
            for (Instant c : times) {
                if (!c.isBefore(ready)) {
                    return c.isAfter(limit) ? null : c;
                }
            }
        }
        return null;
    }
}
