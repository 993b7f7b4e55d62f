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
package io.promiseengine.examples.serve;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promiseengine.events.CarrierDelayed;
import io.promiseengine.events.LocationClosed;
import io.promiseengine.events.PromiseEvent;
import io.promiseengine.events.ShipmentLate;
import io.promiseengine.events.SlotCapacityChanged;
import io.promiseengine.events.StockCorrected;
import io.promiseengine.events.WindowCancelled;
import io.promiseengine.events.WindowCapacityChanged;
import io.promiseengine.model.Echo;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The tracker's events as JSON, for {@code POST /events} (docs/STOREFRONT.md, "Events"): one event, an object
 * with {@code type}, {@code id} and the fields of its record; {@code at} (an instant with its offset) is the
 * storefront's now when left out.
 *
 * <pre>{@code
 * {"type": "carrierDelayed", "id": "ev-1", "service": "std", "days": 2}
 * {"type": "carrierDelayed", "id": "ev-2", "service": "std", "days": 1, "lane": {"from": "77", "to": "75"}}
 * {"type": "stockCorrected", "id": "ev-3", "location": "wh-marne", "sku": "TSHIRT-M", "onHand": 0}
 * {"type": "stockCorrected", "id": "ev-4", "location": "wh-marne", "sku": "TSHIRT-M", "delta": -3}
 * {"type": "slotCapacityChanged", "id": "ev-5", "location": "store-paris-bastille", "slot": "2026-09-17T14:00:00+02:00", "capacity": 0}
 * {"type": "locationClosed", "id": "ev-6", "location": "store-paris-bastille", "from": "2026-09-18", "to": "2026-09-19"}
 * {"type": "shipmentLate", "id": "ev-7", "orderId": "W1001", "from": "wh-marne", "expectedAt": "2026-09-21T18:00:00+02:00"}
 * {"type": "windowCancelled", "id": "ev-8", "service": "vans-paris", "zone": "75", "window": "2026-09-19T14:00:00+02:00"}
 * {"type": "windowCapacityChanged", "id": "ev-9", "service": "vans-paris", "zone": "75", "window": "2026-09-19T14:00:00+02:00", "capacity": 2}
 * }</pre>
 *
 * Unknown fields, missing ones and wrong types are refused, every problem with its path; what only the engine
 * can tell (an unknown location, a stock below zero) is refused by the tracker, naming the value.
 */
final class EventDocument {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private EventDocument() {
    }

    static PromiseEvent read(String body, Instant now) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadDocumentException(List.of("$: not JSON: " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new BadDocumentException(List.of("$: must be an object with a type"));
        }
        Fields f = new Fields(root);
        String type = f.text("type");
        String id = f.text("id");
        Instant at = root.has("at") ? f.instant("at") : now;
        PromiseEvent event = switch (type) {
            case "carrierDelayed" -> {
                f.allow("type", "id", "at", "service", "days", "lane");
                String service = f.text("service");
                int days = f.integer("days");
                if (days == 0) {
                    f.problems.add("days: must not be 0 (the transit days move by this many)");
                }
                JsonNode lane = root.get("lane");
                String from = "";
                String to = "";
                if (lane != null && !lane.isObject()) {
                    f.problems.add("lane: must be an object with from and to");
                } else if (lane != null) {
                    Fields l = new Fields(lane, "lane.", f.problems);
                    l.allow("from", "to");
                    from = l.textOrEmpty("from");
                    to = l.textOrEmpty("to");
                }
                if (!f.problems.isEmpty()) {
                    yield null;
                }
                CarrierDelayed delayed = CarrierDelayed.shift(id, at, service, days);
                yield lane == null ? delayed : delayed.onLane(from, to);
            }
            case "stockCorrected" -> {
                f.allow("type", "id", "at", "location", "sku", "onHand", "delta");
                String location = f.text("location");
                String sku = f.text("sku");
                if (root.has("onHand") == root.has("delta")) {
                    f.problems.add("onHand: give either onHand (the units counted) or delta (units found or lost)");
                    yield null;
                }
                int n = f.integer(root.has("onHand") ? "onHand" : "delta");
                if (!f.problems.isEmpty()) {
                    yield null;
                }
                yield root.has("onHand") ? StockCorrected.onHand(id, at, location, sku, n)
                        : StockCorrected.delta(id, at, location, sku, n);
            }
            case "slotCapacityChanged" -> {
                f.allow("type", "id", "at", "location", "slot", "capacity");
                String location = f.text("location");
                Instant slot = f.instant("slot");
                int capacity = f.integer("capacity");
                yield f.problems.isEmpty() ? new SlotCapacityChanged(id, at, location, slot, capacity) : null;
            }
            case "locationClosed" -> {
                f.allow("type", "id", "at", "location", "from", "to");
                String location = f.text("location");
                LocalDate from = f.date("from");
                LocalDate to = f.date("to");
                yield f.problems.isEmpty() ? new LocationClosed(id, at, location, from, to) : null;
            }
            case "shipmentLate" -> {
                f.allow("type", "id", "at", "orderId", "from", "expectedAt");
                String orderId = f.text("orderId");
                String from = f.text("from");
                Instant expectedAt = f.instant("expectedAt");
                yield f.problems.isEmpty() ? new ShipmentLate(id, at, orderId, from, expectedAt) : null;
            }
            case "windowCancelled" -> {
                f.allow("type", "id", "at", "service", "zone", "window");
                String service = f.text("service");
                String zone = f.textOrEmpty("zone"); // "" is the zone of every postal code
                Instant window = f.instant("window");
                yield f.problems.isEmpty() ? new WindowCancelled(id, at, service, zone, window) : null;
            }
            case "windowCapacityChanged" -> {
                f.allow("type", "id", "at", "service", "zone", "window", "capacity");
                String service = f.text("service");
                String zone = f.textOrEmpty("zone");
                Instant window = f.instant("window");
                int capacity = f.integer("capacity");
                if (capacity < 0) {
                    f.problems.add("capacity: must be >= 0 (0 cancels the window), was " + capacity);
                }
                yield f.problems.isEmpty() ? new WindowCapacityChanged(id, at, service, zone, window, capacity) : null;
            }
            default -> {
                if (f.problems.isEmpty()) {
                    f.problems.add("type: must be one of carrierDelayed, stockCorrected, slotCapacityChanged,"
                            + " locationClosed, shipmentLate, windowCancelled, windowCapacityChanged, was " + Echo.quote(type));
                }
                yield null;
            }
        };
        if (!f.problems.isEmpty()) {
            throw new BadDocumentException(f.problems);
        }
        return event;
    }

    /**
     * Reads fields of one object, collecting problems; a missing or wrong field gives a neutral value so that
     * reading goes on and every problem is reported, and the event is never built from it.
     */
    private static final class Fields {
        private final JsonNode node;
        private final String prefix;
        private final List<String> problems;

        Fields(JsonNode node) {
            this(node, "", new ArrayList<>());
        }

        Fields(JsonNode node, String prefix, List<String> problems) {
            this.node = node;
            this.prefix = prefix;
            this.problems = problems;
        }

        void allow(String... names) {
            Set<String> known = Set.of(names);
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!known.contains(name)) {
                    problems.add(prefix + name + ": unknown field; expected one of " + String.join(", ", names));
                }
            }
        }

        String text(String name) {
            String s = textOrEmpty(name);
            if (s.isEmpty() && node.get(name) != null && node.get(name).isTextual()) {
                problems.add(prefix + name + ": must not be empty");
            }
            return s.isEmpty() ? "?" : s;
        }

        String textOrEmpty(String name) {
            JsonNode n = node.get(name);
            if (n == null) {
                problems.add(prefix + name + ": required");
                return "";
            }
            if (!n.isTextual()) {
                problems.add(prefix + name + ": must be a string, was " + n);
                return "";
            }
            return n.asText();
        }

        int integer(String name) {
            JsonNode n = node.get(name);
            if (n == null) {
                problems.add(prefix + name + ": required");
                return 1;
            }
            if (!n.isIntegralNumber()) {
                problems.add(prefix + name + ": must be a whole number, was " + n);
                return 1;
            }
            if (!n.canConvertToInt()) {
                // a whole number still, only too large: say so, not that it is not one
                problems.add(prefix + name + ": must be a whole number from " + Integer.MIN_VALUE + " to "
                        + Integer.MAX_VALUE + ", was " + n);
                return 1;
            }
            return n.intValue();
        }

        Instant instant(String name) {
            String s = textOrEmpty(name);
            if (s.isEmpty()) {
                return Instant.EPOCH;
            }
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeException e) {
                problems.add(prefix + name + ": must be a date-time with an offset such as 2026-09-17T14:30:00+02:00,"
                        + " was " + Echo.quote(s));
                return Instant.EPOCH;
            }
        }

        LocalDate date(String name) {
            String s = textOrEmpty(name);
            if (s.isEmpty()) {
                return LocalDate.EPOCH;
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeException e) {
                problems.add(prefix + name + ": must be a date such as 2026-09-18, was " + Echo.quote(s));
                return LocalDate.EPOCH;
            }
        }
    }
}
