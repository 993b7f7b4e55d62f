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

import io.promiseengine.events.TrackedOrder;
import io.promiseengine.internal.engine.LaneIndex;
import io.promiseengine.live.Reservation;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.OrderLine;
import io.promiseengine.model.Service;
import io.promiseengine.plan.PlannedShipment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which tracked orders an event touches, without a scan: keys (a location, a location and sku, a slot, a
 * service, a lane) to the capture sequence numbers of the orders that use them, sorted, so that orders are
 * looked at in capture order (or its reverse). Not thread-safe: the tracker's lock guards it.
 */
final class OrderIndex {

    private final Map<String, TreeSet<Long>> orders = new HashMap<>();
    /** The network whose lanes {@link #lanes} indexes: the one the last order was keyed against. */
    private Network lanesOf;
    /** Home-delivery service id to its lanes, indexed for the lane choice of spec 4.3 ({@link LaneIndex}). */
    private final Map<String, LaneIndex> lanes = new HashMap<>();

    static String location(String location) {
        return "L\u0000" + location;
    }

    static String stock(String location, String sku) {
        return "S\u0000" + location + "\u0000" + sku;
    }

    static String slot(String location, Instant slot) {
        return "T\u0000" + location + "\u0000" + slot.getEpochSecond();
    }

    static String service(String service) {
        return "V\u0000" + service;
    }

    static String lane(String service, String from, String to) {
        return "N\u0000" + service + "\u0000" + from + "\u0000" + to;
    }

    /** A delivery window's drops in one zone of a SCHEDULED service (docs/SPEC.md 4.7). */
    static String window(String service, String zone, Instant window) {
        return "W\u0000" + service + "\u0000" + zone + "\u0000" + window.getEpochSecond();
    }

    /**
     * Every key of an order: its origins and collect store, stock, held slots and window drops, service and
     * lanes (each home-delivery shipment's lane as a quote on {@code network} chooses it).
     */
    List<String> keys(TrackedOrder t, Network network) {
        List<String> keys = new ArrayList<>();
        t.promise().location().ifPresent(l -> keys.add(location(l)));
        t.promise().service().ifPresent(s -> keys.add(service(s)));
        String serviceId = t.promise().service().orElse(""); // no service is named "" (ids are non-blank)
        Service service = network.services().stream().filter(s -> s.id().equals(serviceId)).findFirst().orElse(null);
        for (PlannedShipment s : t.fulfilment().shipments()) {
            keys.add(location(s.from()));
            for (OrderLine l : s.lines()) {
                keys.add(stock(s.from(), l.sku()));
            }
            if (t.promise().method() == Method.HOME_DELIVERY && service instanceof HomeDeliveryService h) {
                Lane lane = network.location(s.from())
                        .map(o -> lane(network, h, o.postalCode(), t.order().request().destination().postalCode()))
                        .orElse(null);
                if (lane != null) {
                    keys.add(lane(h.id(), lane.from(), lane.to()));
                }
            }
        }
        for (Reservation.SlotHold h : t.reservation().slots()) {
            keys.add(slot(h.location(), h.slot()));
        }
        for (Reservation.WindowHold h : t.reservation().windows()) {
            keys.add(window(h.service(), h.zone(), h.window()));
        }
        return keys;
    }

    /**
     * The lane of a home-delivery service of {@code network} from an origin to a destination, or null for none:
     * the quote's own rule (spec 4.3, {@link LaneIndex}), its index built once per service and network version.
     */
    Lane lane(Network network, HomeDeliveryService service, String originPostalCode, String destinationPostalCode) {
        if (network != lanesOf) {
            lanes.clear();
            lanesOf = network;
        }
        return lanes.computeIfAbsent(service.id(), k -> new LaneIndex(service.lanes()))
                .lane(originPostalCode, destinationPostalCode);
    }

    void add(long sequence, List<String> keys) {
        for (String k : keys) {
            orders.computeIfAbsent(k, x -> new TreeSet<>()).add(sequence);
        }
    }

    void clear() {
        orders.clear();
    }

    void remove(long sequence, List<String> keys) {
        for (String k : keys) {
            TreeSet<Long> s = orders.get(k);
            if (s != null && s.remove(sequence) && s.isEmpty()) {
                orders.remove(k);
            }
        }
    }

    /** The orders under a key, in capture order or its reverse: a copy. */
    List<Long> get(String key, boolean latestFirst) {
        TreeSet<Long> s = orders.get(key);
        if (s == null) {
            return List.of();
        }
        return new ArrayList<>(latestFirst ? s.descendingSet() : s);
    }
}
