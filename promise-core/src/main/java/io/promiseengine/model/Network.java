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
package io.promiseengine.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A whole network: its zone, holiday calendars, known postal codes, locations, services, transfers,
 * stock, supply, slot load and window load (spec 2), and the currency of its prices when it declares one. Built with {@link #builder(ZoneId)}, whose {@code build()}
 * checks every cross-reference and refuses the network with all problems found.
 *
 * @param zone the network's zone: services' times and destinations are read in it
 * @param calendars named lists of closed dates
 * @param postalCodes exact postal code to position
 * @param locations the places that hold stock
 * @param services the carriers' and the fleet's services
 * @param transfers routes between locations
 * @param stock stock levels, one per (location, sku)
 * @param supply stock arriving later
 * @param load preparations already started, by slot
 * @param windowLoad orders already booked in windows of SCHEDULED services, by zone (spec 2.1)
 * @param currency the ISO 4217 currency of the services' prices; empty when the network does not say: options
 *                 then carry no currency and documents write none
 */
public record Network(ZoneId zone, Map<String, List<LocalDate>> calendars, Map<String, Position> postalCodes,
                      List<Location> locations, List<Service> services, List<Transfer> transfers,
                      List<StockLevel> stock, List<Supply> supply, List<SlotLoad> load, List<WindowLoad> windowLoad,
                      Optional<Currency> currency) {

    /**
     * Checks every field and every cross-reference.
     *
     * @param zone the network's zone
     * @param calendars the calendars of closed dates, by name
     * @param postalCodes the known postal codes and their positions
     * @param locations the locations
     * @param services the home-delivery, courier and scheduled services
     * @param transfers the transfers between locations
     * @param stock the stock levels
     * @param supply the incoming supply
     * @param load the slot load already started
     * @param windowLoad the orders already booked in windows of SCHEDULED services
     * @param currency the currency of the services' prices, empty when the network declares none
     * @throws InvalidNetworkException listing every cross-reference problem with its document path
     * @throws IllegalArgumentException when a calendar name or a postal code is not valid
     * @throws NullPointerException when a part is null
     */
    public Network {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(currency, "currency");
        Map<String, List<LocalDate>> cals = new LinkedHashMap<>();
        calendars.forEach((k, v) -> {
            Limits.checkText("calendar name", k, Limits.MAX_ID_LENGTH);
            for (LocalDate d : v) {
                Limits.checkDate("calendar " + Echo.quote(k) + " date", d);
            }
            cals.put(k, List.copyOf(v));
        });
        calendars = Collections.unmodifiableMap(cals);
        for (String code : postalCodes.keySet()) {
            Limits.checkPostalCode("postal code", code);
        }
        postalCodes = Collections.unmodifiableMap(new LinkedHashMap<>(postalCodes));
        locations = Limits.copyOf("locations", locations);
        services = Limits.copyOf("services", services);
        transfers = Limits.copyOf("transfers", transfers);
        stock = Limits.copyOf("stock", stock);
        supply = Limits.copyOf("supply", supply);
        load = Limits.copyOf("load", load);
        windowLoad = Limits.copyOf("windowLoad", windowLoad);
        List<Problem> problems = check(zone, calendars, locations, services, transfers, stock, supply, load);
        problems.addAll(checkWindowLoad(zone, services, windowLoad));
        if (!problems.isEmpty()) {
            throw new InvalidNetworkException(problems);
        }
    }

    /**
     * A network without window load: the fields of version 1.0 of the contract.
     *
     * @param zone the network's zone
     * @param calendars named lists of closed dates
     * @param postalCodes exact postal code to position
     * @param locations the places that hold stock
     * @param services the services
     * @param transfers routes between locations
     * @param stock stock levels
     * @param supply stock arriving later
     * @param load preparations already started
     * @throws InvalidNetworkException listing every cross-reference problem
     */
    public Network(ZoneId zone, Map<String, List<LocalDate>> calendars, Map<String, Position> postalCodes,
                   List<Location> locations, List<Service> services, List<Transfer> transfers,
                   List<StockLevel> stock, List<Supply> supply, List<SlotLoad> load) {
        this(zone, calendars, postalCodes, locations, services, transfers, stock, supply, load, List.of(), Optional.empty());
    }

    /**
     * A builder of a network in this zone.
     *
     * @param zone the network's zone: the default zone of its locations and of its documents' instants
     * @return a builder
     * @throws NullPointerException when {@code zone} is null
     */
    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    /**
     * The location with this id, if any.
     *
     * @param id the location's id
     * @return the location, or empty
     */
    public java.util.Optional<Location> location(String id) {
        for (Location l : locations) {
            if (l.id().equals(id)) {
                return java.util.Optional.of(l);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The dates a {@code closed} list names: its ISO dates and every date of its calendars.
     *
     * @param closed ISO dates and calendar names
     * @return the dates they name
     */
    public Set<LocalDate> closedDates(List<String> closed) {
        Set<LocalDate> dates = new HashSet<>();
        for (String entry : closed) {
            List<LocalDate> cal = calendars.get(entry);
            if (cal != null) {
                dates.addAll(cal);
            } else {
                dates.add(LocalDate.parse(entry));
            }
        }
        return dates;
    }

    /**
     * A copy of this network with other stock, supply and load (the same locations, services, transfers and
     * window load).
     *
     * @param stock the new stock levels
     * @param supply the new supply
     * @param load the new slot load
     * @return the copy
     */
    public Network withInventory(List<StockLevel> stock, List<Supply> supply, List<SlotLoad> load) {
        return new Network(zone, calendars, postalCodes, locations, services, transfers, stock, supply, load, windowLoad, currency);
    }

    /**
     * A copy of this network with other window load (the same everything else).
     *
     * @param windowLoad the orders booked in windows
     * @return the copy
     * @throws InvalidNetworkException when an entry names an unknown service, zone or window
     */
    public Network withWindowLoad(List<WindowLoad> windowLoad) {
        return new Network(zone, calendars, postalCodes, locations, services, transfers, stock, supply, load, windowLoad, currency);
    }

    /**
     * The problems of {@code windowLoad} entries (spec 2.1), with their paths: a service that is unknown or not
     * SCHEDULED ({@code windowLoad[i].service}), a zone the service does not have ({@code windowLoad[i].zone}), a
     * window that is not the start of one of the service's windows on its local date in the network's zone
     * ({@code windowLoad[i].window}).
     *
     * @param zone the network's zone
     * @param services the services
     * @param windowLoad the entries
     * @return the problems, in entry order; empty when there is none
     */
    public static List<Problem> checkWindowLoad(ZoneId zone, List<Service> services, List<WindowLoad> windowLoad) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Service> byId = new HashMap<>();
        for (Service s : services) {
            byId.putIfAbsent(s.id(), s);
        }
        for (int i = 0; i < windowLoad.size(); i++) {
            problems.addAll(checkWindowLoad(zone, byId.get(windowLoad.get(i).service()), windowLoad.get(i),
                    "windowLoad[" + i + "]"));
        }
        return problems;
    }

    /**
     * The problems of one {@code windowLoad} entry whose service was looked up (null when unknown).
     *
     * @param zone the network's zone
     * @param service the service the entry names, or null when there is none with that id
     * @param entry the entry
     * @param path the entry's path, {@code windowLoad[3]}
     * @return the problems; empty when there is none
     */
    public static List<Problem> checkWindowLoad(ZoneId zone, Service service, WindowLoad entry, String path) {
        if (service == null) {
            return List.of(new Problem(path + ".service", "unknown service " + Echo.quote(entry.service())));
        }
        if (!(service instanceof ScheduledService s)) {
            return List.of(new Problem(path + ".service", "service " + Echo.quote(entry.service()) + " is "
                    + service.method() + ", not SCHEDULED: only SCHEDULED services have windows"));
        }
        List<Problem> problems = new ArrayList<>();
        boolean known = false;
        for (WindowZone z : s.zones()) {
            known |= z.to().equals(entry.zone());
        }
        if (!known) {
            problems.add(new Problem(path + ".zone", "service " + Echo.quote(s.id()) + " has no zone with to "
                    + Echo.quote(entry.zone())));
        }
        if (!s.isWindowStart(entry.window(), zone)) {
            problems.add(new Problem(path + ".window", "window " + java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx").format(entry.window().atZone(zone))
                    + " is not the start of a window of " + Echo.quote(s.id()) + " on that date in " + zone));
        }
        return problems;
    }

    /**
     * Every cross-reference problem, with the document's paths: unknown calendars, duplicate ids, selectors
     * naming unknown ids, stock, supply and load at unknown locations, a (location, sku) pair named twice
     * (at the later entry), a load slot that is not a slot start of its location.
     *
     * @param zone the network's zone
     * @param calendars the calendars by name
     * @param locations the locations
     * @param services the services
     * @param transfers the transfers
     * @param stock the stock levels
     * @param supply the supply
     * @param load the slot load
     * @return every problem found, empty when there is none
     */
    public static List<Problem> check(ZoneId zone, Map<String, List<LocalDate>> calendars, List<Location> locations,
                                      List<Service> services, List<Transfer> transfers, List<StockLevel> stock,
                                      List<Supply> supply, List<SlotLoad> load) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Location> byId = new HashMap<>();
        for (int i = 0; i < locations.size(); i++) {
            Location l = locations.get(i);
            if (byId.putIfAbsent(l.id(), l) != null) {
                problems.add(new Problem("locations[" + i + "].id", "location id " + Echo.quote(l.id()) + " is used twice"));
            }
            checkClosed(problems, "locations[" + i + "].closed", l.closed(), calendars);
        }
        Set<String> serviceIds = new HashSet<>();
        for (int i = 0; i < services.size(); i++) {
            Service s = services.get(i);
            String at = "services[" + i + "]";
            if (!serviceIds.add(s.id())) {
                problems.add(new Problem(at + ".id", "service id " + Echo.quote(s.id()) + " is used twice"));
            }
            for (int j = 0; j < s.origins().size(); j++) {
                checkSelector(problems, at + ".origins[" + j + "]", s.origins().get(j), byId);
            }
            checkClosed(problems, at + ".closed", s.closed(), calendars);
        }
        for (int i = 0; i < transfers.size(); i++) {
            Transfer t = transfers.get(i);
            checkSelector(problems, "transfers[" + i + "].from", t.from(), byId);
            for (int j = 0; j < t.to().size(); j++) {
                checkSelector(problems, "transfers[" + i + "].to[" + j + "]", t.to().get(j), byId);
            }
        }
        Set<Long> twice = pairsGivenTwice(stock);
        Set<Long> seen = new HashSet<>();
        Map<String, Integer> skuIds = twice.isEmpty() ? Map.of() : new HashMap<>();
        Map<String, Integer> locationIds = twice.isEmpty() ? Map.of() : new HashMap<>();
        for (int i = 0; i < stock.size(); i++) {
            StockLevel s = stock.get(i);
            if (!byId.containsKey(s.location())) {
                problems.add(unknownLocation("stock[" + i + "].location", s.location()));
            }
            if (!twice.isEmpty()) {
                long pair = pairKey(s, locationIds, skuIds);
                if (twice.contains(pair) && !seen.add(pair)) {
                    problems.add(new Problem("stock[" + i + "]", "stock of " + Echo.quote(s.sku()) + " at " + Echo.quote(s.location())
                            + " is given twice"));
                }
            }
        }
        for (int i = 0; i < supply.size(); i++) {
            if (!byId.containsKey(supply.get(i).location())) {
                problems.add(unknownLocation("supply[" + i + "].location", supply.get(i).location()));
            }
        }
        for (int i = 0; i < load.size(); i++) {
            SlotLoad sl = load.get(i);
            Location l = byId.get(sl.location());
            if (l == null) {
                problems.add(unknownLocation("load[" + i + "].location", sl.location()));
            } else if (l.preparation().hasCapacityLimit()
                    && l.preparation().slotStart(sl.slot(), l.zoneOr(zone)).getEpochSecond() != sl.slot().getEpochSecond()) {
                problems.add(new Problem("load[" + i + "].slot", "slot " + sl.slot() + " is not the start of a "
                        + l.preparation().slot() + " slot of " + Echo.quote(l.id()) + " in " + l.zoneOr(zone)));
            }
        }
        return problems;
    }

    private static Problem unknownLocation(String path, String id) {
        return new Problem(path, "unknown location " + Echo.quote(id));
    }

    private static void checkSelector(List<Problem> problems, String path, Selector sel, Map<String, Location> byId) {
        if (!sel.locationId().isEmpty() && !byId.containsKey(sel.locationId())) {
            problems.add(new Problem(path, "unknown location " + Echo.quote(sel.locationId())));
        }
    }

    private static void checkClosed(List<Problem> problems, String path, List<String> closed,
                                    Map<String, List<LocalDate>> calendars) {
        for (int j = 0; j < closed.size(); j++) {
            String entry = closed.get(j);
            if (calendars.containsKey(entry)) {
                continue;
            }
            try {
                Limits.checkDate("date", LocalDate.parse(entry));
            } catch (DateTimeParseException e) {
                problems.add(new Problem(path + "[" + j + "]", Echo.quote(entry)
                        + " is neither a calendar of the network nor an ISO date (yyyy-MM-dd)"));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(path + "[" + j + "]", e.getMessage()));
            }
        }
    }

    /** Builds a network; lists keep the order they are added in. */
    public static final class Builder {
        private final ZoneId zone;
        private final Map<String, List<LocalDate>> calendars = new LinkedHashMap<>();
        private final Map<String, Position> postalCodes = new LinkedHashMap<>();
        private final List<Location> locations = new ArrayList<>();
        private final List<Service> services = new ArrayList<>();
        private final List<Transfer> transfers = new ArrayList<>();
        private final List<StockLevel> stock = new ArrayList<>();
        private final List<Supply> supply = new ArrayList<>();
        private final List<SlotLoad> load = new ArrayList<>();
        private final List<WindowLoad> windowLoad = new ArrayList<>();
        private Currency currency;

        private Builder(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        /**
         * Adds a calendar of closed dates, named in the {@code closed} lists of locations and services.
         *
         * @param name the calendar's name
         * @param dates its dates
         * @return this builder
         * @throws NullPointerException when an argument is null
         */
        public Builder calendar(String name, List<LocalDate> dates) {
            calendars.put(Objects.requireNonNull(name, "name"), List.copyOf(dates));
            return this;
        }

        /**
         * Adds a known postal code and its position.
         *
         * @param code the postal code
         * @param position its position
         * @return this builder
         * @throws NullPointerException when an argument is null
         */
        public Builder postalCode(String code, Position position) {
            postalCodes.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(position, "position"));
            return this;
        }

        /**
         * Adds a location.
         *
         * @param location the location
         * @return this builder
         * @throws NullPointerException when {@code location} is null
         */
        public Builder location(Location location) {
            locations.add(Objects.requireNonNull(location, "location"));
            return this;
        }

        /**
         * Adds a service.
         *
         * @param service the service
         * @return this builder
         * @throws NullPointerException when {@code service} is null
         */
        public Builder service(Service service) {
            services.add(Objects.requireNonNull(service, "service"));
            return this;
        }

        /**
         * Adds a transfer between locations.
         *
         * @param transfer the transfer
         * @return this builder
         * @throws NullPointerException when {@code transfer} is null
         */
        public Builder transfer(Transfer transfer) {
            transfers.add(Objects.requireNonNull(transfer, "transfer"));
            return this;
        }

        /**
         * Adds the stock of one sku at one location.
         *
         * @param level the stock level
         * @return this builder
         * @throws NullPointerException when {@code level} is null
         */
        public Builder stock(StockLevel level) {
            stock.add(Objects.requireNonNull(level, "level"));
            return this;
        }

        /**
         * Adds {@code onHand} units of a sku at a location, nothing reserved, no safety stock.
         *
         * @param location the location's id
         * @param sku the sku
         * @param onHand the units on hand
         * @return this builder
         * @throws IllegalArgumentException when a value is not valid
         */
        public Builder stock(String location, String sku, int onHand) {
            return stock(StockLevel.of(location, sku, onHand));
        }

        /**
         * Adds incoming supply.
         *
         * @param s the supply
         * @return this builder
         * @throws NullPointerException when {@code s} is null
         */
        public Builder supply(Supply s) {
            supply.add(Objects.requireNonNull(s, "supply"));
            return this;
        }

        /**
         * Adds the load of one slot.
         *
         * @param l the slot load
         * @return this builder
         * @throws NullPointerException when {@code l} is null
         */
        public Builder load(SlotLoad l) {
            load.add(Objects.requireNonNull(l, "load"));
            return this;
        }

        /**
         * The currency of the services' prices (ISO 4217), written on every option; none unless given.
         *
         * @param currency the currency, such as {@code Currency.getInstance("EUR")}
         * @return this builder
         */
        public Builder currency(Currency currency) {
            this.currency = Objects.requireNonNull(currency, "currency");
            return this;
        }

        /**
         * Adds orders already booked in a window of a SCHEDULED service (spec 2.1 {@code windowLoad}).
         *
         * @param l the entry
         * @return this builder
         */
        public Builder windowLoad(WindowLoad l) {
            windowLoad.add(Objects.requireNonNull(l, "windowLoad"));
            return this;
        }

        /**
         * The network; throws {@link InvalidNetworkException} listing every cross-reference problem.
         *
         * @return the network
         * @throws InvalidNetworkException listing every problem
         */
        public Network build() {
            return new Network(zone, calendars, postalCodes, locations, services, transfers, stock, supply, load, windowLoad,
                    Optional.ofNullable(currency));
        }
    }

    /**
     * The (location, sku) pairs of stock rows given more than once, as keys of {@link #pairKey}: the pairs
     * numbered in order of first appearance and sorted as longs, so millions of rows need no set of strings.
     */
    private static Set<Long> pairsGivenTwice(List<StockLevel> stock) {
        Map<String, Integer> locationIds = new HashMap<>();
        Map<String, Integer> skuIds = new HashMap<>();
        long[] keys = new long[stock.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = pairKey(stock.get(i), locationIds, skuIds);
        }
        java.util.Arrays.sort(keys);
        Set<Long> twice = new HashSet<>();
        for (int i = 1; i < keys.length; i++) {
            if (keys[i] == keys[i - 1]) {
                twice.add(keys[i]);
            }
        }
        return twice;
    }

    /** A location and a sku numbered in order of first appearance, packed in a long. */
    private static long pairKey(StockLevel s, Map<String, Integer> locationIds, Map<String, Integer> skuIds) {
        long location = locationIds.computeIfAbsent(s.location(), k -> locationIds.size());
        long sku = skuIds.computeIfAbsent(s.sku(), k -> skuIds.size());
        return (location << 32) | sku;
    }
}
