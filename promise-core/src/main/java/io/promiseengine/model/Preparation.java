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

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How a location prepares a shipment (spec 2.1 and 4.2): {@code duration} of working time (counted only
 * while open) and, optionally, a capacity of {@code ordersPerSlot} preparations starting in each
 * {@code slot} of the local date.
 *
 * @param duration working time of one preparation, whole seconds, {@code >= 0}
 * @param slot slot length dividing 24 h, or {@link Duration#ZERO} for no capacity limit
 * @param ordersPerSlot preparations that may start in one slot ({@code >= 1}), or 0 with no limit
 */
public record Preparation(Duration duration, Duration slot, int ordersPerSlot) {

    private static final Duration DAY = Duration.ofHours(24);

    /** No preparation time and no capacity limit: the meaning of a location without {@code preparation}. */
    public static final Preparation NONE = new Preparation(Duration.ZERO, Duration.ZERO, 0);

    /**
     * Checks the parts.
     *
     * @param duration working time of one preparation, whole seconds, {@code >= 0}
     * @param slot slot length dividing 24 h, or {@link Duration#ZERO} for no capacity limit
     * @param ordersPerSlot preparations that may start in one slot ({@code >= 1}), or 0 with no limit
     * @throws IllegalArgumentException when a part is out of its range or not valid (the message names it)
     * @throws NullPointerException when a part is null
     */
    public Preparation {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(slot, "slot");
        Durations.checkWholeSeconds("duration", duration);
        boolean limited = !slot.isZero();
        if (limited) {
            Durations.checkWholeSeconds("slot", slot);
            if (DAY.getSeconds() % slot.getSeconds() != 0) {
                throw new IllegalArgumentException("slot must divide 24 h, was " + slot);
            }
            Limits.checkQuantity("ordersPerSlot", ordersPerSlot, 1);
        } else if (ordersPerSlot != 0) {
            throw new IllegalArgumentException("slot and ordersPerSlot come together: ordersPerSlot " + ordersPerSlot + " without a slot");
        }
    }

    /**
     * A preparation time without capacity limit.
     *
     * @param duration the time an order takes to prepare
     * @return the preparation
     * @throws IllegalArgumentException when {@code duration} is negative or too long
     */
    public static Preparation of(Duration duration) {
        return new Preparation(duration, Duration.ZERO, 0);
    }

    /**
     * A preparation time with at most {@code ordersPerSlot} starts in each slot.
     *
     * @param duration the time an order takes to prepare
     * @param slot the slot length, {@code > 0}, dividing 24 h
     * @param ordersPerSlot the most preparations started in a slot
     * @return the preparation
     * @throws IllegalArgumentException when a value is out of range or {@code slot} does not divide 24 h
     */
    public static Preparation of(Duration duration, Duration slot, int ordersPerSlot) {
        if (slot.isZero()) {
            throw new IllegalArgumentException("slot must be > 0, was " + slot);
        }
        return new Preparation(duration, slot, ordersPerSlot);
    }

    /**
     * Whether the location limits the preparations started in each slot.
     *
     * @return true with a slot
     */
    public boolean hasCapacityLimit() {
        return !slot.isZero();
    }

    /**
     * The start of the preparation slot that contains {@code at}, at a location of this preparation in
     * {@code zone} (spec 2.1): slot k of a local date starts k &times; {@code slot} of elapsed time after the
     * date's first instant, and the last slot of a date ends at the next date's first instant, so a 23 h day
     * has a shorter (possibly empty) last slot and a 25 h day a longer one. A fraction of a second of
     * {@code at} is ignored: slots start on whole seconds. A load entry ({@link SlotLoad#slot()}) must be such a
     * start.
     *
     * @param at any instant
     * @param zone the location's zone (else the network's)
     * @return the first instant of the slot, on a whole second, not after {@code at}
     * @throws IllegalArgumentException when {@code at} is outside the model's instants ({@link Limits#EARLIEST} to
     *         {@link Limits#LATEST})
     * @throws IllegalStateException when this preparation has no slots ({@link #hasCapacityLimit()} is false)
     */
    public Instant slotStart(Instant at, ZoneId zone) {
        Limits.checkInstant("at", Objects.requireNonNull(at, "at"));
        Objects.requireNonNull(zone, "zone");
        if (slot.isZero()) {
            throw new IllegalStateException("a preparation without capacity limit has no slots: " + this);
        }
        long second = at.getEpochSecond();
        long first = Instant.ofEpochSecond(second).atZone(zone).toLocalDate().atStartOfDay(zone).toEpochSecond();
        long slotSeconds = slot.getSeconds();
        long k = Math.min((second - first) / slotSeconds, DAY.getSeconds() / slotSeconds - 1);
        return Instant.ofEpochSecond(first + k * slotSeconds);
    }
}
