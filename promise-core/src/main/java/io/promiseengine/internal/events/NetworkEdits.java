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

import io.promiseengine.events.CarrierDelayed;
import io.promiseengine.model.Band;
import io.promiseengine.model.CourierService;
import io.promiseengine.model.Echo;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Location;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Network;
import io.promiseengine.model.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The network versions that closings and carrier delays publish. */
final class NetworkEdits {

    private NetworkEdits() {
    }

    /** The network with the location closed on the dates {@code [from, to)} besides its own closed dates. */
    static Network closed(Network network, String location, LocalDate from, LocalDate to) {
        Location l = network.location(location).orElseThrow(() -> new IllegalArgumentException(
                "unknown location " + Echo.quote(location) + " in the current network version"));
        Set<String> closed = new LinkedHashSet<>(l.closed());
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            closed.add(d.toString());
        }
        Location changed = new Location(l.id(), l.name(), l.kind(), l.postalCode(), l.position(), l.zone(), l.hours(),
                List.copyOf(closed), l.preparation(), l.collect(), l.ship());
        List<Location> locations = new ArrayList<>(network.locations());
        locations.set(locations.indexOf(l), changed);
        return new Network(network.zone(), network.calendars(), network.postalCodes(), locations, network.services(),
                network.transfers(), network.stock(), network.supply(), network.load(), network.windowLoad(), network.currency());
    }

    /** The network with the service's lanes (or bands) changed as the event says. */
    static Network delayed(Network network, CarrierDelayed event) {
        List<Service> services = new ArrayList<>(network.services());
        int i = indexOf(services, event.service());
        services.set(i, delayed(services.get(i), event));
        return new Network(network.zone(), network.calendars(), network.postalCodes(), network.locations(), services,
                network.transfers(), network.stock(), network.supply(), network.load(), network.windowLoad(), network.currency());
    }

    private static int indexOf(List<Service> services, String id) {
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown service " + Echo.quote(id) + " in the current network version");
    }

    private static Service delayed(Service service, CarrierDelayed event) {
        if (service instanceof HomeDeliveryService h) {
            List<Lane> lanes = new ArrayList<>();
            boolean found = false;
            for (Lane lane : h.lanes()) {
                boolean hit = event.lane().map(k -> k.from().equals(lane.from()) && k.to().equals(lane.to())).orElse(true);
                found |= hit;
                lanes.add(hit ? new Lane(lane.from(), lane.to(), changed(lane.days(), event.transit())) : lane);
            }
            if (!found && event.lane().isPresent()) {
                throw new IllegalArgumentException("service " + Echo.quote(h.id()) + " has no lane from " + Echo.quote(event.lane().get().from())
                        + " to " + Echo.quote(event.lane().get().to()) + "; name a lane by its from and to exactly as listed");
            }
            return new HomeDeliveryService(h.id(), h.carrier(), h.origins(), h.collections(), h.deliveryDays(), h.closed(),
                    h.deliverBy(), lanes, h.price());
        }
        if (!(service instanceof CourierService c)) {
            // a SCHEDULED service's own vans deliver in the window: nothing in transit to delay
            throw new IllegalArgumentException("service " + Echo.quote(service.id()) + " delivers in windows (SCHEDULED):"
                    + " it has no transit to delay; maybe WindowCancelled or WindowCapacityChanged");
        }
        if (event.lane().isPresent()) {
            throw new IllegalArgumentException("service " + Echo.quote(c.id()) + " is a courier: it has bands, not lanes; "
                    + "maybe leave the lane out");
        }
        List<Band> bands = new ArrayList<>();
        for (Band b : c.bands()) {
            bands.add(new Band(b.maxKm(), changed(b.minutes(), event.transit())));
        }
        return new CourierService(c.id(), c.carrier(), c.origins(), c.hours(), c.closed(), bands, c.price());
    }

    private static MassFunction changed(MassFunction masses, CarrierDelayed.Transit transit) {
        if (transit instanceof CarrierDelayed.Transit.Replace r) {
            return r.masses();
        }
        int by = ((CarrierDelayed.Transit.Shift) transit).by();
        Map<Integer, Double> shifted = new LinkedHashMap<>();
        masses.asMap().forEach((value, mass) -> {
            if (value + by < 0) {
                throw new IllegalArgumentException("a shift by " + by + " moves transit " + value + " below 0");
            }
            shifted.put(value + by, mass);
        });
        return MassFunction.of(shifted);
    }
}
