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

import io.promiseengine.model.HomeDeliveryService;
import io.promiseengine.model.Network;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * The delivery calendar of one home-delivery service, as the spec's section 4.3 counts transit days: the
 * delivery days are the service's {@code deliveryDays} less its closed dates; after {@code k} transit days a
 * parcel collected on {@code D0} (its local date at the origin) arrives on the {@code k}-th delivery day
 * strictly after {@code D0}; {@code k = 0} arrives on {@code D0} when {@code D0} is a delivery day and the
 * collection is not after {@code D0} at {@code deliverBy}, else on the first delivery day after {@code D0}.
 *
 * <p>{@link #transitDays} is the way back, from an actual delivery to the {@code k} whose promise it kept:
 * a parcel delivered after {@code deliverBy} (network zone), or on a date that is not a delivery day,
 * counts as delivered on the next delivery day, since a promise for its own date would have been broken.
 * So {@code deliveryDate(shippedAt, zone, transitDays(shippedAt, zone, deliveredAt))} is the first
 * promise date the delivery kept. Immutable and thread-safe.
 */
public final class DeliveryDays {

    /** Transit days beyond this many delivery days are not counted (the quote horizon is 60 days). */
    public static final int MAX_TRANSIT_DAYS = 60;

    private final ZoneId zone;
    private final HomeDeliveryService service;
    private final Set<LocalDate> closed;

    private DeliveryDays(ZoneId zone, HomeDeliveryService service, Set<LocalDate> closed) {
        this.zone = zone;
        this.service = service;
        this.closed = closed;
    }

    /**
     * The calendar of a service of the network (its closed calendars are the network's).
     *
     * @param network the network, for its zone and calendars
     * @param service a home-delivery service of the network
     * @return the service's calendar of delivery days
     */
    public static DeliveryDays of(Network network, HomeDeliveryService service) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(service, "service");
        return new DeliveryDays(network.zone(), service, Set.copyOf(network.closedDates(service.closed())));
    }

    /**
     * Whether the carrier delivers on that date.
     *
     * @param date the date
     * @return true when the carrier delivers then
     */
    public boolean isDeliveryDay(LocalDate date) {
        return service.deliveryDays().contains(date.getDayOfWeek()) && !closed.contains(date);
    }

    /**
     * The promise instant of a date: the date at {@code deliverBy} in the network's zone.
     *
     * @param date a delivery date
     * @return the instant of {@code deliverBy} on that date, in the network's zone
     */
    public Instant deliverBy(LocalDate date) {
        return ZonedDateTime.of(date, service.deliverBy(), zone).toInstant();
    }

    /**
     * The first delivery day strictly after {@code date}.
     *
     * @param date the date
     * @return the next delivery day
     * @throws IllegalStateException when the service has no delivery day in the ten years after {@code date}
     */
    public LocalDate nextDeliveryDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        for (int i = 0; i < 3660 && !isDeliveryDay(d); i++) {
            d = d.plusDays(1);
        }
        if (!isDeliveryDay(d)) {
            throw new IllegalStateException("service " + service.id() + " has no delivery day in the ten years after " + date);
        }
        return d;
    }

    /**
     * The date a parcel collected at {@code shippedAt} (at an origin in {@code originZone}) arrives after {@code k}
     * transit days.
     *
     * @param shippedAt the instant the carrier collects
     * @param originZone the origin's zone, whose date is the collection date
     * @param k the transit days, {@code >= 0}
     * @return the delivery date
     * @throws IllegalArgumentException when {@code k < 0}
     */
    public LocalDate deliveryDate(Instant shippedAt, ZoneId originZone, int k) {
        Objects.requireNonNull(shippedAt, "shippedAt");
        Objects.requireNonNull(originZone, "originZone");
        if (k < 0) {
            throw new IllegalArgumentException("k must be 0 or positive, was " + k);
        }
        LocalDate d0 = LocalDate.ofInstant(shippedAt, originZone);
        if (k == 0 && isDeliveryDay(d0) && !shippedAt.isAfter(deliverBy(d0))) {
            return d0; // spec 4.3: the same day only when collected by deliverBy on a delivery day
        }
        LocalDate d = nextDeliveryDay(d0);
        for (int i = 1; i < k; i++) {
            d = nextDeliveryDay(d);
        }
        return d;
    }

    /**
     * The transit days of an actual delivery: the smallest {@code k} whose delivery date (at {@code deliverBy})
     * the delivery kept, counted as delivery days strictly after the collection date; {@code -1} when that is
     * more than {@link #MAX_TRANSIT_DAYS}. Throws when {@code deliveredAt} is before {@code shippedAt}.
     *
     * @param shippedAt the instant the carrier collected
     * @param originZone the origin's zone
     * @param deliveredAt the instant of the delivery
     * @return the transit days, or {@code -1}
     * @throws IllegalArgumentException when {@code deliveredAt} is before {@code shippedAt}
     */
    public int transitDays(Instant shippedAt, ZoneId originZone, Instant deliveredAt) {
        Objects.requireNonNull(shippedAt, "shippedAt");
        Objects.requireNonNull(originZone, "originZone");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        if (deliveredAt.isBefore(shippedAt)) {
            throw new IllegalArgumentException("deliveredAt " + deliveredAt + " is before shippedAt " + shippedAt);
        }
        LocalDate d0 = LocalDate.ofInstant(shippedAt, originZone);
        LocalDate delivered = LocalDate.ofInstant(deliveredAt, zone);
        // the promise date the delivery kept: its own date if a delivery day and by deliverBy, else the next one
        LocalDate kept = isDeliveryDay(delivered) && !deliveredAt.isAfter(deliverBy(delivered))
                ? delivered : nextDeliveryDay(delivered);
        if (!kept.isAfter(d0)) {
            return 0;
        }
        int k = 0;
        for (LocalDate d = nextDeliveryDay(d0); !d.isAfter(kept); d = nextDeliveryDay(d)) {
            if (++k > MAX_TRANSIT_DAYS) {
                return -1;
            }
        }
        return k;
    }
}
