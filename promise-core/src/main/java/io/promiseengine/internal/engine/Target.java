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
package io.promiseengine.internal.engine;

import io.promiseengine.internal.time.LocalDates;
import io.promiseengine.internal.time.OpenCalendar;
import io.promiseengine.model.Method;
import io.promiseengine.quote.PromiseOption;

/**
 * What one option is for: a home-delivery, courier or scheduled service, or a collect store. An option's
 * identity for order-by (spec 4.6) is its target.
 *
 * <p><b>A target's key.</b> Plans and allocations of a target are ordered by their key ({@code Plan.ownKey},
 * {@code Allocation.key()}, a solver's {@code lastKey}, an order-by's {@code keyLimit}), whose unit depends on the
 * target: for home delivery the <em>epoch day</em> of the delivery date (the promise is that date at the service's
 * {@code deliverBy}: every instant of a date is as good), for every other method the <em>epoch second</em> of the
 * promise (ready at the store, delivered by the courier). Either way a smaller key is an earlier promise. The
 * solver makes a plan's key (a home delivery's through {@code QuoteContext.homeDeliveryDate}); the conversions
 * between a key and what an option or a plan says (its instant, its date, the last key of a date) are here:
 * {@link #keysAreDays}, {@link #promisedAt}, {@link #dateOf}, {@link #lastKeyOn}, {@link #keyOf}.
 */
record Target(Method method, Snapshot.HomeDelivery homeDelivery, Snapshot.Courier courier, Snapshot.Site store,
              WindowService scheduled) {

    static Target of(Snapshot.HomeDelivery s) {
        return new Target(Method.HOME_DELIVERY, s, null, null, null);
    }

    static Target of(Snapshot.Courier s) {
        return new Target(Method.COURIER, null, s, null, null);
    }

    static Target collect(Snapshot.Site store) {
        return new Target(Method.COLLECT, null, null, store, null);
    }

    static Target of(WindowService s) {
        return new Target(Method.SCHEDULED, null, null, null, s);
    }

    /**
     * The components other than the method compare by identity (they keep Object's equals), so their identity hashes
     * agree with the record's equals; cheaper than the record's own hash, which a listing page's shared maps ask for
     * each cart and target.
     */
    @Override
    public int hashCode() {
        int h = method.ordinal();
        h = 31 * h + System.identityHashCode(homeDelivery);
        h = 31 * h + System.identityHashCode(courier);
        h = 31 * h + System.identityHashCode(store);
        return 31 * h + System.identityHashCode(scheduled);
    }

    /** Whether this target's keys are epoch days (home delivery), else epoch seconds. */
    boolean keysAreDays() {
        return homeDelivery != null;
    }

    /** The promised instant of a key, in epoch seconds: a delivery date's {@code deliverBy}, else the key itself. */
    long promisedAt(long key, Snapshot snap) {
        return homeDelivery != null ? OpenCalendar.instant(key, homeDelivery.deliverByMinute, snap.offsets) : key;
    }

    /** The promised date of a key, as an epoch day: in the network's zone, or the store's for collect (spec 3). */
    long dateOf(long key, Snapshot snap) {
        return homeDelivery != null ? key : LocalDates.epochDay(key, store != null ? store.offsets : snap.offsets);
    }

    /**
     * The largest key whose date ({@link #dateOf}) is the epoch day {@code date}: the day itself for home delivery,
     * else the last second of that local date. A later order never gets an earlier date, so "the same date" is "a
     * key at most this".
     */
    long lastKeyOn(long date, Snapshot snap) {
        return homeDelivery != null ? date : (store != null ? store.offsets : snap.offsets).startOfDay(date + 1) - 1;
    }

    /** The key an option of this target promises: its date for home delivery, else its instant. */
    long keyOf(PromiseOption promise) {
        return homeDelivery != null ? promise.date().toEpochDay() : promise.promisedAt().getEpochSecond();
    }

    String serviceId() {
        return homeDelivery != null ? homeDelivery.service.id() : courier != null ? courier.service.id()
                : scheduled != null ? scheduled.service.id() : "";
    }

    String storeId() {
        return store == null ? "" : store.id;
    }
}
