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

import io.promiseengine.model.Method;

/**
 * What one option is for: a home-delivery, courier or scheduled service, or a collect store. An option's
 * identity for order-by (spec 4.6) is its target.
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

    String serviceId() {
        return homeDelivery != null ? homeDelivery.service.id() : courier != null ? courier.service.id()
                : scheduled != null ? scheduled.service.id() : "";
    }

    String storeId() {
        return store == null ? "" : store.id;
    }
}
