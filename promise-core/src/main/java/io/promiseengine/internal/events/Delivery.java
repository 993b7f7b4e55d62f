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
package io.promiseengine.internal.events;

import io.promiseengine.events.PromiseChange;
import io.promiseengine.events.PromiseListener;
import io.promiseengine.events.PromiseTracker;
import io.promiseengine.events.Replanned;
import io.promiseengine.events.spi.TrackerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Delivers the outbox to the listeners, on the calling thread and off every tracker lock: claims due notices
 * for a lease, calls each listener that has not heard a notice yet, then settles it (delivered, or retried
 * after an exponential back-off by the injected clock with the listeners that heard it remembered).
 */
final class Delivery {

    private static final Logger LOG = LoggerFactory.getLogger(PromiseTracker.class);
    private static final int BATCH = 64;
    /** Set while listeners are called on this thread: they must not apply events. */
    private static final ThreadLocal<Boolean> DELIVERING = ThreadLocal.withInitial(() -> false);

    private final TrackerStore store;
    private final List<PromiseListener> listeners;
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final Duration lease;

    Delivery(TrackerStore store, List<PromiseListener> listeners, Clock clock, Duration firstRetry, Duration maxRetry,
             Duration lease) {
        this.store = store;
        this.listeners = List.copyOf(listeners);
        this.clock = clock;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.lease = lease;
    }

    static boolean delivering() {
        return DELIVERING.get();
    }

    /**
     * Delivers every notice due now, in batches claimed together and settled together; returns how many were
     * heard by every listener.
     */
    int deliverDue() {
        int delivered = 0;
        while (true) {
            List<TrackerStore.PendingNotice> batch = store.claim(clock.instant(), BATCH, lease);
            List<String> heard = new ArrayList<>(batch.size());
            try {
                for (TrackerStore.PendingNotice p : batch) {
                    if (deliver(p)) {
                        heard.add(p.key());
                    }
                }
            } finally {
                if (!heard.isEmpty()) {
                    store.delivered(heard); // one write per batch: a crash before it delivers these again
                }
            }
            delivered += heard.size();
            if (batch.size() < BATCH) {
                return delivered;
            }
        }
    }

    private boolean deliver(TrackerStore.PendingNotice p) {
        long heard = p.heard();
        RuntimeException failure = null;
        DELIVERING.set(true);
        try {
            for (int i = 0; i < listeners.size(); i++) {
                if ((heard & (1L << i)) != 0) {
                    continue;
                }
                try {
                    if (p.notice() instanceof PromiseChange c) {
                        listeners.get(i).promiseChanged(c);
                    } else {
                        listeners.get(i).replanned((Replanned) p.notice());
                    }
                    heard |= 1L << i;
                } catch (RuntimeException ex) {
                    failure = ex;
                    LOG.warn("listener {} failed on notice {} (attempt {}); the other listeners still hear it",
                            listeners.get(i), p.key(), p.attempts() + 1, ex);
                }
            }
        } finally {
            DELIVERING.set(false);
        }
        if (failure == null) {
            return true;
        }
        int attempts = p.attempts() == Integer.MAX_VALUE ? Integer.MAX_VALUE : p.attempts() + 1;
        Instant next = clock.instant().plus(backOff(attempts));
        store.retry(p.key(), heard, attempts, next);
        LOG.info("notice {} is retried at {}", p.key(), next);
        return false;
    }

    /** {@code firstRetry} doubled per failed attempt after the first, at most {@code maxRetry}: never overflows. */
    Duration backOff(int attempts) {
        Duration d = firstRetry;
        for (int i = 1; i < attempts && d.compareTo(maxRetry) < 0; i++) {
            d = d.compareTo(maxRetry) >= 0 ? maxRetry : d.multipliedBy(2);
        }
        return d.compareTo(maxRetry) > 0 ? maxRetry : d;
    }
}
