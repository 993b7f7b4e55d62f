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
package io.promiseengine.internal.learn;

import io.promiseengine.internal.engine.LaneIndex;
import io.promiseengine.learn.DeliveryDays;
import io.promiseengine.learn.DeliveryOutcome;
import io.promiseengine.learn.Observation;
import io.promiseengine.learn.TransitLearner;
import io.promiseengine.model.Echo;
import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.Location;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Network;
import io.promiseengine.model.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The transit learner: per home-delivery service of the configured network, its lane index (the engine's,
 * so an outcome lands on the lane a quote would use), its delivery calendar and one decayed tally per lane.
 * Every method holds the instance's lock: recording is a few hash lookups, and building a network copies
 * the lanes once.
 */
public final class DefaultTransitLearner implements TransitLearner {

    private final Network configured;
    private final double priorWeight;
    private final Clock clock;
    private final Map<String, Carrier> carriers = new LinkedHashMap<>();
    /** The zone of the first location with each postal code, where a collection date is read. */
    private final Map<String, ZoneId> originZones = new HashMap<>();

    public DefaultTransitLearner(Network configured, Duration halfLife, double priorWeight, Clock clock) {
        this.configured = Objects.requireNonNull(configured, "configured");
        this.priorWeight = priorWeight;
        this.clock = Objects.requireNonNull(clock, "clock");
        for (Service s : configured.services()) {
            if (s instanceof HomeDeliveryService hd) {
                carriers.put(hd.id(), new Carrier(configured, hd, halfLife.getSeconds()));
            }
        }
        for (Location l : configured.locations()) {
            originZones.putIfAbsent(l.postalCode(), l.zoneOr(configured.zone()));
        }
    }

    @Override
    public synchronized Optional<Observation> record(DeliveryOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        Optional<Lane> chosen = lane(outcome.service(), outcome.originPostalCode(), outcome.destinationPostalCode());
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Carrier carrier = carriers.get(outcome.service());
        Lane lane = chosen.get();
        ZoneId originZone = originZones.getOrDefault(outcome.originPostalCode(), configured.zone());
        int k = carrier.days.transitDays(outcome.shippedAt(), originZone, outcome.deliveredAt());
        if (k < 0) {
            return Optional.empty();
        }
        carrier.tallies.get(lane).add(k, outcome.deliveredAt().getEpochSecond());
        carrier.delays.add(Carrier.DELAY_OFFSET + Math.max(-Carrier.DELAY_OFFSET,
                Math.min(Carrier.DELAY_OFFSET, k - median(lane.days()))), outcome.deliveredAt().getEpochSecond());
        return Optional.of(new Observation(outcome.service(), lane, k, outcome.deliveredAt()));
    }

    @Override
    public Optional<Lane> lane(String service, String originPostalCode, String destinationPostalCode) {
        Objects.requireNonNull(originPostalCode, "originPostalCode");
        Objects.requireNonNull(destinationPostalCode, "destinationPostalCode");
        Carrier carrier = carriers.get(Objects.requireNonNull(service, "service"));
        return carrier == null ? Optional.empty()
                : Optional.ofNullable(carrier.index.lane(originPostalCode, destinationPostalCode));
    }

    @Override
    public synchronized MassFunction distribution(String service, String from, String to) {
        Carrier carrier = carrier(service);
        long now = clock.instant().getEpochSecond();
        return carrier.learned(carrier.lane(from, to), now, priorWeight, carrier.delay(now, priorWeight));
    }

    @Override
    public synchronized double deliveries(String service, String from, String to) {
        Carrier carrier = carrier(service);
        double n = 0;
        for (double c : carrier.tallies.get(carrier.lane(from, to)).at(clock.instant().getEpochSecond())) {
            n += c;
        }
        return n;
    }

    private Carrier carrier(String service) {
        Carrier carrier = carriers.get(Objects.requireNonNull(service, "service"));
        if (carrier == null) {
            throw new IllegalArgumentException("no home-delivery service " + Echo.quote(service) + " in the configured network");
        }
        return carrier;
    }

    @Override
    public Network network() {
        return applyTo(configured);
    }

    @Override
    public synchronized Network applyTo(Network network) {
        Objects.requireNonNull(network, "network");
        long now = clock.instant().getEpochSecond();
        List<Service> services = new ArrayList<>(network.services().size());
        for (Service s : network.services()) {
            Carrier carrier = carriers.get(s.id());
            if (!(s instanceof HomeDeliveryService hd) || carrier == null) {
                services.add(s);
                continue;
            }
            int delay = carrier.delay(now, priorWeight);
            List<Lane> lanes = new ArrayList<>(hd.lanes().size());
            for (Lane lane : hd.lanes()) {
                Lane known = carrier.firstListed.get(key(lane.from(), lane.to()));
                lanes.add(known == null ? lane : new Lane(lane.from(), lane.to(), carrier.learned(known, now, priorWeight, delay)));
            }
            services.add(new HomeDeliveryService(hd.id(), hd.carrier(), hd.origins(), hd.collections(), hd.deliveryDays(),
                    hd.closed(), hd.deliverBy(), lanes, hd.price()));
        }
        return new Network(network.zone(), network.calendars(), network.postalCodes(), network.locations(), services,
                network.transfers(), network.stock(), network.supply(), network.load(), network.windowLoad(), network.currency());
    }

    /** The smallest value whose cumulative mass reaches one half. */
    static int median(MassFunction days) {
        for (int i = 0; i < days.size(); i++) {
            if (days.cumulative(i) >= 0.5) {
                return days.value(i);
            }
        }
        return days.value(days.size() - 1);
    }

    private static String key(String from, String to) {
        return from + '\u0000' + to;
    }

    /** One home-delivery service of the configured network and what was learned of its lanes. */
    private static final class Carrier {
        final HomeDeliveryService service;
        final LaneIndex index;
        final DeliveryDays days;
        /** Lane to tally, by identity: the lane objects of the configured service. */
        final Map<Lane, LaneTally> tallies = new java.util.IdentityHashMap<>();
        /** The first listed lane of each (from, to): the one quotes use. */
        final Map<String, Lane> firstListed = new HashMap<>();
        /** Delays of the carrier's deliveries on every lane: {@code k} less the lane's configured median, offset. */
        static final int DELAY_OFFSET = 30;
        final LaneTally delays;

        Carrier(Network network, HomeDeliveryService service, long halfLifeSeconds) {
            this.delays = new LaneTally(halfLifeSeconds);
            this.service = service;
            this.index = new LaneIndex(service.lanes());
            this.days = DeliveryDays.of(network, service);
            for (Lane lane : service.lanes()) {
                if (firstListed.putIfAbsent(key(lane.from(), lane.to()), lane) == null) {
                    tallies.put(lane, new LaneTally(halfLifeSeconds));
                }
            }
        }

        Lane lane(String from, String to) {
            Lane lane = firstListed.get(key(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to")));
            if (lane == null) {
                throw new IllegalArgumentException("service " + Echo.quote(service.id()) + " has no lane from " + Echo.quote(from)
                        + " to " + Echo.quote(to));
            }
            return lane;
        }

        /**
         * The carrier's delay now: the weighted median, over its recent deliveries on all lanes, of the transit
         * days less the lane's configured median; 0 until the deliveries weigh as much as the prior.
         */
        int delay(long now, double priorWeight) {
            double[] d = delays.at(now);
            double total = 0;
            for (double w : d) {
                total += w;
            }
            if (total == 0 || total < priorWeight) {
                return 0;
            }
            double sum = 0;
            for (int i = 0; i < d.length; i++) {
                sum += d[i];
                if (sum >= total / 2) {
                    return i - DELAY_OFFSET;
                }
            }
            return 0;
        }

        /** The prior (the configured days moved by the carrier's delay) and the decayed counts, blended. */
        MassFunction learned(Lane lane, long now, double priorWeight, int delay) {
            double[] counts = tallies.get(lane).at(now);
            MassFunction prior = shifted(lane.days(), delay);
            int size = Math.max(counts.length, prior.value(prior.size() - 1) + 1);
            double[] weights = java.util.Arrays.copyOf(counts, size);
            double evidence = 0;
            for (double c : counts) {
                evidence += c;
            }
            if (evidence == 0 && priorWeight == 0) {
                return prior;
            }
            for (int i = 0; i < prior.size(); i++) {
                weights[prior.value(i)] += priorWeight * prior.mass(i);
            }
            return Masses.of(weights);
        }

        /** The mass function with every value moved by {@code delay} days (values below 0 gathered at 0). */
        static MassFunction shifted(MassFunction days, int delay) {
            if (delay == 0) {
                return days;
            }
            double[] weights = new double[Math.max(0, days.value(days.size() - 1) + delay) + 1];
            for (int i = 0; i < days.size(); i++) {
                weights[Math.max(0, days.value(i) + delay)] += days.mass(i);
            }
            return Masses.of(weights);
        }
    }
}
