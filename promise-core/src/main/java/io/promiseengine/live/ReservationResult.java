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
package io.promiseengine.live;

import io.promiseengine.model.Limits;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The answer to {@link PromiseEngine#reserve}: reserved, or refused with every reason (and nothing changed). */
public sealed interface ReservationResult permits ReservationResult.Reserved, ReservationResult.Refused {

    /**
     * Whether the order now holds what its plan takes.
     *
     * @return true for {@link Reserved}
     */
    boolean isReserved();

    /**
     * The order holds what its plan takes.
     *
     * @param reservation what it holds
     * @param repeated true when the same order id had already reserved the same plan: nothing more was taken
     */
    record Reserved(Reservation reservation, boolean repeated) implements ReservationResult {
        /**
         * Checks the parts.
         *
         * @param reservation what it holds
         * @param repeated true when the same order id had already reserved the same plan: nothing more was taken
         * @throws NullPointerException when {@code reservation} is null
         */
        public Reserved {
            Objects.requireNonNull(reservation, "reservation");
        }

        @Override
        public boolean isReserved() {
            return true;
        }
    }

    /**
     * Nothing was taken; every reason found is listed.
     *
     * @param refusals every reason found, at least one
     */
    record Refused(List<Refusal> refusals) implements ReservationResult {
        /**
         * Checks the parts.
         *
         * @param refusals every reason found, at least one
         * @throws NullPointerException when a part, or an element of a collection, is null
         */
        public Refused {
            refusals = Limits.copyOf("refusals", refusals);
        }

        @Override
        public boolean isReserved() {
            return false;
        }
    }

    /** Why a reservation was refused. */
    enum Reason {
        /** A location has fewer units of a sku available at the shipment's start than the plan takes. */
        STOCK_SHORT,
        /** The preparation slot of a shipment's start is full. */
        SLOT_FULL,
        /** The delivery window the SCHEDULED plan chose has no drop left in its zone. */
        WINDOW_FULL,
        /** The plan names a location the current network version does not have. */
        UNKNOWN_LOCATION,
        /** The order id already holds a different plan: release it first. */
        ORDER_ID_IN_USE,
        /**
         * The plan, built by hand, is not one the engine's planner makes: an origin with two shipments, or a sku
         * with two lines in one shipment; or a SCHEDULED plan whose window is not one of its service's in the
         * current network version (service, zone, start and end), or that its one shipment cannot make.
         */
        INVALID_PLAN
    }

    /**
     * One reason.
     *
     * @param reason what
     * @param location the location concerned ({@code ""} for {@link Reason#ORDER_ID_IN_USE})
     * @param sku the sku short (or named twice), {@code ""} otherwise
     * @param slot the full slot's start, for {@link Reason#SLOT_FULL}; the window's start, for
     *             {@link Reason#WINDOW_FULL}
     * @param detail a sentence a person understands
     */
    record Refusal(Reason reason, String location, String sku, Optional<Instant> slot, String detail) {
        /**
         * Checks the parts.
         *
         * @param reason what
         * @param location the location concerned ({@code ""} for {@link Reason#ORDER_ID_IN_USE})
         * @param sku the sku short (or named twice), {@code ""} otherwise
         * @param slot the full slot's start, for {@link Reason#SLOT_FULL}
         * @param detail a sentence a person understands
         * @throws NullPointerException when a part is null
         */
        public Refusal {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(slot, "slot");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
