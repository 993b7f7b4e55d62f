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
package io.promiseengine.learn;

import io.promiseengine.internal.learn.DefaultTransitLearner;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Lane;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Network;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps each home-delivery lane's transit distribution current from delivery outcomes.
 *
 * <p>Each outcome is counted on the lane a quote would have used (spec 4.3: the longest {@code to}, then the
 * longest {@code from}, then the first listed lane of the configured network), with the transit days
 * {@code k} that {@link DeliveryDays#transitDays} gives. A lane's learned distribution is
 *
 * <pre>
 *   p(k) = (priorWeight x prior(k) + sum of w_i over outcomes with k_i = k) / (priorWeight + sum of w_i)
 *   w_i  = 2^(-age_i / halfLife),  age_i = now - deliveredAt_i (0 when delivered after now)
 *   prior(k) = configured(k - delay)
 * </pre>
 *
 * where {@code delay} is the carrier's: the weighted median, over the service's deliveries on every lane, of
 * {@code k} less the lane's configured median (0 while those weigh less than the prior). So recent deliveries
 * count more, a lane with few deliveries stays close to its configured distribution (moved by the delay the
 * carrier shows elsewhere), and a busy lane follows its carrier within a few half-lives. The masses are rounded to millionths whose
 * decimal sum is exactly 1 (a mass rounding to 0 is left out), as {@link MassFunction} requires.
 *
 * <pre>{@code
 * TransitLearner learner = TransitLearner.builder(network).halfLife(Duration.ofDays(3)).clock(clock).build();
 * learner.record(new DeliveryOutcome("std", "77700", "75015", shippedAt, deliveredAt));
 * learner.publishTo(engine);                      // quotes use the learned lanes at once
 * }</pre>
 *
 * <p>Thread-safe: outcomes may be recorded from several threads while another publishes.
 */
public interface TransitLearner {

    /**
     * A learner for the home-delivery lanes of the configured network.
     *
     * @param configured the network whose home-delivery lanes are learned
     * @return a builder of the learner
     * @throws NullPointerException when {@code configured} is null
     */
    static Builder builder(Network configured) {
        return new Builder(configured);
    }

    /**
     * Counts one outcome. Empty (nothing counted) when the network has no home-delivery service with that
     * id, when no lane of the service matches (the quote would have answered {@code NO_LANE}), or when the
     * transit is longer than {@link DeliveryDays#MAX_TRANSIT_DAYS} delivery days.
     *
     * @param outcome the delivery
     * @return what was counted, or empty
     */
    Optional<Observation> record(DeliveryOutcome outcome);

    /**
     * The lane of the configured network a quote uses for this service, origin and destination postal codes
     * (spec 4.3); empty when the service is not a home delivery of the network or no lane matches.
     *
     * @param service the home-delivery service's id
     * @param originPostalCode the origin's postal code
     * @param destinationPostalCode the destination's postal code
     * @return the lane, or empty
     */
    Optional<Lane> lane(String service, String originPostalCode, String destinationPostalCode);

    /**
     * The learned distribution now of a lane of the configured network, named by service id and the lane's
     * {@code from} and {@code to}; throws when there is no such lane.
     *
     * @param service the service's id
     * @param from the lane's {@code from}
     * @param to the lane's {@code to}
     * @return the learned distribution of transit days
     * @throws IllegalArgumentException when there is no such lane
     */
    MassFunction distribution(String service, String from, String to);

    /**
     * The decayed count of deliveries behind a lane's distribution now (0 before any).
     *
     * @param service the service's id
     * @param from the lane's {@code from}
     * @param to the lane's {@code to}
     * @return the decayed count, {@code >= 0}
     * @throws IllegalArgumentException when there is no such lane
     */
    double deliveries(String service, String from, String to);

    /**
     * The configured network with every home-delivery lane's days replaced by its learned distribution now.
     *
     * @return the configured network with the learned lanes
     */
    Network network();

    /**
     * The given network (a later version of the configured one, say) with the days of each home-delivery
     * lane this learner knows (same service id, {@code from} and {@code to}) replaced by the learned
     * distribution now; other lanes and everything else are kept.
     *
     * @param network the network to change
     * @return the network with the learned lanes
     */
    Network applyTo(Network network);

    /**
     * Publishes {@link #applyTo} of the engine's current network to the engine, atomically: quotes started
     * after it returns use the learned lanes, the live stock and reservations are kept.
     *
     * @param engine the engine to publish to
     */
    default void publishTo(PromiseEngine engine) {
        Objects.requireNonNull(engine, "engine");
        engine.publish(applyTo(engine.network()));
    }

    /** Builds a learner; the half-life is 3 days, the prior weight 20 deliveries and the clock UTC's unless given. */
    final class Builder {
        private final Network configured;
        private Duration halfLife = Duration.ofDays(3);
        private double priorWeight = 20;
        private Clock clock = Clock.systemUTC();

        private Builder(Network configured) {
            this.configured = Objects.requireNonNull(configured, "configured");
        }

        /**
         * How long until a delivery weighs half as much ({@code > 0}, whole seconds at least 1).
         *
         * @param halfLife the half-life
         * @return this builder
         * @throws IllegalArgumentException when {@code halfLife} is not at least 1 s
         */
        public Builder halfLife(Duration halfLife) {
            Objects.requireNonNull(halfLife, "halfLife");
            if (halfLife.getSeconds() < 1) {
                throw new IllegalArgumentException("halfLife must be at least 1 second, was " + halfLife);
            }
            this.halfLife = halfLife;
            return this;
        }

        /**
         * How many deliveries the configured distribution is worth ({@code >= 0}): with 20, a lane's first 20
         * recent deliveries move it half way to what they show. 0 trusts the deliveries alone (a lane without
         * any keeps its configured distribution).
         *
         * @param priorWeight the weight of the configured distribution
         * @return this builder
         * @throws IllegalArgumentException when {@code priorWeight} is not a number {@code >= 0}
         */
        public Builder priorWeight(double priorWeight) {
            if (!(priorWeight >= 0) || Double.isInfinite(priorWeight)) {
                throw new IllegalArgumentException("priorWeight must be a finite number >= 0, was " + priorWeight);
            }
            this.priorWeight = priorWeight;
            return this;
        }

        /**
         * The clock that says "now", from which deliveries age.
         *
         * @param clock the clock
         * @return this builder
         * @throws NullPointerException when {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the learner; it starts from the configured distributions.
         *
         * @return the learner
         */
        public TransitLearner build() {
            return new DefaultTransitLearner(configured, halfLife, priorWeight, clock);
        }
    }
}
