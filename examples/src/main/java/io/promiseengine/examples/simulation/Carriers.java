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

import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Lane;
import io.promiseengine.model.MassFunction;
import io.promiseengine.model.Network;
import io.promiseengine.model.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The carriers' true transit times. Each home-delivery lane of the demo network keeps its fastest day
 * {@code b} and gets the calibrated shape {@link #SHAPE}: {@code b} with 0.81, {@code b+1} with 0.10,
 * {@code b+2} with 0.045, {@code b+3} with 0.036, {@code b+4} with 0.009, so the cumulative masses are 0.81,
 * 0.91, 0.955, 0.991 and 1: each asked confidence (0.8, 0.9, 0.95, 0.99) is reached exactly on one day, a
 * little above it. The network the simulation configures has these lanes, so before any drift the
 * configured distributions are the truth; a {@link Drift} then adds days to the true transit only.
 */
public final class Carriers {

    /** Masses of {@code b, b+1, ..., b+4}. */
    static final double[] SHAPE = {0.81, 0.10, 0.045, 0.036, 0.009};

    private final List<Drift> drifts;

    Carriers(List<Drift> drifts) {
        this.drifts = List.copyOf(drifts);
    }

    /** The demo network with every home-delivery lane given the calibrated shape from its fastest day. */
    public static Network calibrated(Network demo) {
        List<Service> services = new ArrayList<>();
        for (Service s : demo.services()) {
            if (s instanceof HomeDeliveryService hd) {
                List<Lane> lanes = new ArrayList<>();
                for (Lane l : hd.lanes()) {
                    lanes.add(new Lane(l.from(), l.to(), shape(l.days().value(0))));
                }
                services.add(new HomeDeliveryService(hd.id(), hd.carrier(), hd.origins(), hd.collections(),
                        hd.deliveryDays(), hd.closed(), hd.deliverBy(), lanes, hd.price()));
            } else {
                services.add(s);
            }
        }
        return new Network(demo.zone(), demo.calendars(), demo.postalCodes(), demo.locations(), services,
                demo.transfers(), demo.stock(), demo.supply(), demo.load(), demo.windowLoad(), demo.currency());
    }

    static MassFunction shape(int fastest) {
        Map<Integer, Double> masses = new LinkedHashMap<>();
        for (int i = 0; i < SHAPE.length; i++) {
            masses.put(fastest + i, SHAPE[i]);
        }
        return MassFunction.of(masses);
    }

    /**
     * The true transit days of a parcel on a calibrated lane: the quantile {@code u} in [0, 1) of the lane's
     * distribution, plus the days of every drift covering the service and the collection date.
     */
    int transitDays(String service, Lane lane, double u, LocalDate shipDate) {
        MassFunction days = lane.days();
        int k = days.value(days.size() - 1);
        for (int i = 0; i < days.size(); i++) {
            if (u < days.cumulative(i)) {
                k = days.value(i);
                break;
            }
        }
        for (Drift d : drifts) {
            if (d.covers(service, shipDate)) {
                k += d.extraDays();
            }
        }
        return k;
    }
}
