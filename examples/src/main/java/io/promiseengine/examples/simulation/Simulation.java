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
package io.promiseengine.examples.simulation;

import io.promiseengine.learn.DeliveryDays;
import io.promiseengine.learn.DeliveryOutcome;
import io.promiseengine.learn.TransitLearner;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Location;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.Service;
import io.promiseengine.model.StockLevel;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;
import io.promiseengine.quote.Shipment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Runs a {@link Scenario} on a network (the calibrated demo network, see {@link Carriers}).
 *
 * <p>Day by day: at midnight (network zone) the learner takes every outcome delivered so far and its lanes
 * are published to the learned policy's {@link PromiseEngine}; then the day's orders are placed, in order. Each
 * order (one unit of a sku in stock somewhere, to a postal code of the network, home delivery, one parcel) is
 * quoted at each confidence with the configured network and with the learned engine; the shopper takes the
 * express service with probability 0.2 when every quote offers it, else the standard one. Each promise's
 * parcel (its origin and collection) is then delivered by the true carrier: one uniform draw per order picks
 * the quantile of the true transit days of that parcel's lane, so the policies meet the same luck, and a
 * second draw the time of day (up to six hours before {@code deliverBy}). The learner is fed the deliveries
 * of the learned policy at 0.95, the confidence a shop would show.
 */
public final class Simulation {

    private static final double EXPRESS_SHARE = 0.2;
    /** Orders are placed between 08:00 and 23:00, network time. */
    private static final int FIRST_SECOND = 8 * 3600;
    private static final int LAST_SECOND = 23 * 3600;
    /** Monday first: a little more on Mondays, less at the week end. */
    private static final double[] WEEKDAY_WEIGHT = {1.15, 1.05, 1.0, 1.0, 0.95, 0.85, 0.9};
    /** The static text promises the 5th delivery day after the order date. */
    static final int STATIC_DAYS = 5;
    private static final int DELIVERY_SPREAD_SECONDS = 6 * 3600;
    private static final int AT_95 = Results.CONFIDENCES.indexOf(0.95);

    private final Network network;
    private final Scenario scenario;
    private final ZoneId zone;
    private final Map<String, DeliveryDays> calendars = new HashMap<>();
    private final Map<String, String> postalCodes = new HashMap<>();
    private final List<String> destinations;
    private final List<String> skus;
    private final Carriers carriers;
    /** Finds the lane of a parcel as quotes do (its lanes are the network's: the true ones before any drift). */
    private final TransitLearner lanes;

    public Simulation(Network network, Scenario scenario) {
        this.network = network;
        this.scenario = scenario;
        this.zone = network.zone();
        for (Service s : network.services()) {
            if (s instanceof HomeDeliveryService hd) {
                calendars.put(hd.id(), DeliveryDays.of(network, hd));
            }
        }
        for (Location l : network.locations()) {
            postalCodes.put(l.id(), l.postalCode());
        }
        this.destinations = List.copyOf(network.postalCodes().keySet());
        TreeSet<String> inStock = new TreeSet<>();
        for (StockLevel s : network.stock()) {
            inStock.add(s.sku());
        }
        this.skus = List.copyOf(inStock);
        this.carriers = new Carriers(scenario.drifts());
        this.lanes = TransitLearner.builder(network).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build();
    }

    /** One order of the simulation: when, where to, what, and its three random draws. */
    record Order(Instant at, String destination, String sku, double service, double transit, double timeOfDay) {
    }

    /** A delivery the learner will be told of once it has happened. */
    private record Pending(long seq, DeliveryOutcome outcome) {
    }

    public Results run() {
        Results results = new Results(scenario);
        SplittableRandom random = new SplittableRandom(scenario.seed());
        MutableClock clock = new MutableClock(scenario.start().atStartOfDay(zone).toInstant());
        TransitLearner learner = TransitLearner.builder(network).halfLife(scenario.halfLife())
                .priorWeight(scenario.priorWeight()).clock(clock).build();
        PromiseEngine learned = PromiseEngine.builder(network).clock(clock).build();
        PromiseCalculator configured = PromiseCalculator.of(network);
        PriorityQueue<Pending> pending = new PriorityQueue<>((a, b) -> {
            int c = a.outcome().deliveredAt().compareTo(b.outcome().deliveredAt());
            return c != 0 ? c : Long.compare(a.seq(), b.seq());
        });
        long seq = 0;
        int[] perDay = ordersPerDay();
        int c = Results.CONFIDENCES.size();
        for (int day = 0; day < perDay.length; day++) {
            LocalDate date = scenario.start().plusDays(day);
            Instant midnight = date.atStartOfDay(zone).toInstant();
            clock.set(midnight);
            while (!pending.isEmpty() && !pending.peek().outcome().deliveredAt().isAfter(midnight)) {
                learner.record(pending.poll().outcome());
            }
            learner.publishTo(learned);
            List<Order> orders = orders(date, perDay[day], random);
            // the day's orders are independent of each other (the learner is fed at midnight): quote in parallel,
            // then count in order, so the results do not depend on the threads
            Outcome[] outcomes = new Outcome[orders.size()];
            IntStream.range(0, outcomes.length).parallel()
                    .forEach(i -> outcomes[i] = simulate(orders.get(i), configured, learned));
            for (Outcome o : outcomes) {
                if (o == null) {
                    results.skip();
                    continue;
                }
                for (Policy p : Policy.values()) {
                    for (int i = 0; i < c; i++) {
                        int at = p.ordinal() * c + i;
                        results.add(p, i, date, o.onTime()[at], o.promisedDays()[at], o.wastedDays()[at]);
                    }
                }
                pending.add(new Pending(seq++, o.learned()));
            }
        }
        return results;
    }

    /** What happened to one order under each policy and confidence (index {@code policy * 4 + confidence}). */
    private record Outcome(boolean[] onTime, long[] promisedDays, long[] wastedDays, DeliveryOutcome learned) {
    }

    /** One order quoted, promised and delivered under every policy; null when a policy has no option for it. */
    private Outcome simulate(Order order, PromiseCalculator configured, PromiseEngine learned) {
        int c = Results.CONFIDENCES.size();
        PromiseOption[] byConfigured = new PromiseOption[c];
        PromiseOption[] byLearned = new PromiseOption[c];
        String service = chooseService(order, configured, learned, byConfigured, byLearned);
        if (service == null) {
            return null;
        }
        DeliveryDays days = calendars.get(service);
        LocalDate date = LocalDate.ofInstant(order.at(), zone);
        int n = Policy.values().length * c;
        Outcome o = new Outcome(new boolean[n], new long[n], new long[n], null);
        DeliveryOutcome fed = null;
        for (int i = 0; i < c; i++) {
            record(o, Policy.CONFIGURED.ordinal() * c + i, date, byConfigured[i].date(), byConfigured[i].promisedAt(),
                    deliver(service, byConfigured[i], order, days));
            Instant delivered = deliver(service, byLearned[i], order, days);
            record(o, Policy.LEARNED.ordinal() * c + i, date, byLearned[i].date(), byLearned[i].promisedAt(), delivered);
            if (i == AT_95) {
                Shipment s = byLearned[i].shipments().get(0);
                fed = new DeliveryOutcome(service, postalCodes.get(s.from()), order.destination(),
                        s.shipAt().orElseThrow(), delivered);
            }
        }
        // the static text: its parcel is the configured policy's at 0.95
        LocalDate promised = days.deliveryDate(order.at(), zone, STATIC_DAYS);
        Instant delivered = deliver(service, byConfigured[AT_95], order, days);
        for (int i = 0; i < c; i++) {
            record(o, Policy.STATIC.ordinal() * c + i, date, promised, days.deliverBy(promised), delivered);
        }
        return new Outcome(o.onTime(), o.promisedDays(), o.wastedDays(), fed);
    }

    private void record(Outcome o, int at, LocalDate ordered, LocalDate promised, Instant promisedAt, Instant delivered) {
        o.onTime()[at] = !delivered.isAfter(promisedAt);
        o.promisedDays()[at] = days(ordered, promised);
        o.wastedDays()[at] = wasted(promised, delivered);
    }

    /**
     * Quotes the order at every confidence under both engines and picks the service: express for a share of
     * shoppers when every quote offers it, else standard when every quote does; null when not.
     */
    private String chooseService(Order order, PromiseCalculator configured, PromiseEngine learned,
                                 PromiseOption[] byConfigured, PromiseOption[] byLearned) {
        List<List<PromiseOption>> quotes = new ArrayList<>();
        for (double confidence : Results.CONFIDENCES) {
            QuoteRequest request = QuoteRequest.builder(order.at(), Destination.postalCode(order.destination()))
                    .line(order.sku(), 1).methods(Method.HOME_DELIVERY).confidence(confidence).build();
            quotes.add(configured.quote(request).options());
            quotes.add(learned.quote(request).options());
        }
        for (String service : order.service() < EXPRESS_SHARE ? List.of("express", "std") : List.of("std")) {
            boolean everywhere = true;
            for (int q = 0; q < quotes.size() && everywhere; q++) {
                PromiseOption o = option(quotes.get(q), service);
                if (o == null) {
                    everywhere = false;
                } else if (q % 2 == 0) {
                    byConfigured[q / 2] = o;
                } else {
                    byLearned[q / 2] = o;
                }
            }
            if (everywhere) {
                return service;
            }
        }
        return null;
    }

    private static PromiseOption option(List<PromiseOption> options, String service) {
        for (PromiseOption o : options) {
            if (o.service().equals(Optional.of(service))) {
                return o;
            }
        }
        return null;
    }

    /** When the true carrier delivers the option's parcel. */
    private Instant deliver(String service, PromiseOption option, Order order, DeliveryDays days) {
        Shipment s = option.shipments().get(0);
        Instant shipAt = s.shipAt().orElseThrow();
        Lane lane = lanes.lane(service, postalCodes.get(s.from()), order.destination()).orElseThrow();
        int k = carriers.transitDays(service, lane, order.transit(), LocalDate.ofInstant(shipAt, zone));
        LocalDate date = days.deliveryDate(shipAt, s.zone(), k);
        Instant at = days.deliverBy(date).minusSeconds((long) (order.timeOfDay() * DELIVERY_SPREAD_SECONDS));
        return at.isBefore(shipAt) ? shipAt : at;
    }

    /** The scenario's orders spread over its dates by weekday weight, rounded so that they add up exactly. */
    int[] ordersPerDay() {
        int n = (int) (scenario.end().toEpochDay() - scenario.start().toEpochDay());
        double[] weight = new double[n];
        double total = 0;
        for (int d = 0; d < n; d++) {
            weight[d] = WEEKDAY_WEIGHT[scenario.start().plusDays(d).getDayOfWeek().getValue() - 1];
            total += weight[d];
        }
        int[] perDay = new int[n];
        double cumulative = 0;
        long given = 0;
        for (int d = 0; d < n; d++) {
            cumulative += weight[d];
            long upTo = Math.round(cumulative / total * scenario.orders());
            perDay[d] = (int) (upTo - given);
            given = upTo;
        }
        return perDay;
    }

    /** The orders of one date, sorted by instant. */
    private List<Order> orders(LocalDate date, int count, SplittableRandom random) {
        Order[] orders = new Order[count];
        for (int i = 0; i < count; i++) {
            int second = FIRST_SECOND + random.nextInt(LAST_SECOND - FIRST_SECOND);
            Instant at = date.atStartOfDay(zone).plusSeconds(second).toInstant();
            orders[i] = new Order(at, destinations.get(random.nextInt(destinations.size())),
                    skus.get(random.nextInt(skus.size())), random.nextDouble(), random.nextDouble(), random.nextDouble());
        }
        Arrays.sort(orders, (a, b) -> a.at().compareTo(b.at()));
        return Arrays.asList(orders);
    }

    private static long days(LocalDate from, LocalDate to) {
        return to.toEpochDay() - from.toEpochDay();
    }

    /** Days between the delivery and a later promised date (0 when delivered on or after it). */
    private long wasted(LocalDate promised, Instant delivered) {
        return Math.max(0, days(LocalDate.ofInstant(delivered, zone), promised));
    }

    /** The simulation's "now", moved to each midnight. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the simulation clock stays in UTC");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
