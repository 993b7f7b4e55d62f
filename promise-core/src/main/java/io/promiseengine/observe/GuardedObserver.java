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
package io.promiseengine.observe;

import io.promiseengine.events.PromiseNotice;
import io.promiseengine.live.Reservation;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.quote.InvalidRequestException;
import io.promiseengine.quote.Listing;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An observer that never throws: each call goes to the observer it guards, and what that one throws (a
 * {@link RuntimeException}) is caught and counted ({@link #failures()}); the first failure is logged at WARN
 * with its stack trace on the logger {@code io.promiseengine.observe.PromiseObserver}, the later ones at DEBUG
 * with the running count. The builders guard every observer they are given; keep a guarded one to read its
 * count:
 *
 * <pre>{@code
 * GuardedObserver observer = GuardedObserver.of(new MyObserver());
 * PromiseEngine engine = PromiseEngine.builder(network).observer(observer).build();
 * observer.failures();   // how many calls MyObserver threw on
 * }</pre>
 */
public final class GuardedObserver implements PromiseObserver {

    private static final Logger LOG = LoggerFactory.getLogger(PromiseObserver.class);

    /** The no-op observer, already guarded. */
    static final GuardedObserver NONE = new GuardedObserver(new PromiseObserver() {
    });

    private final PromiseObserver observer;
    private final AtomicLong failures = new AtomicLong();

    private GuardedObserver(PromiseObserver observer) {
        this.observer = observer;
    }

    /**
     * Guards an observer.
     *
     * @param observer the observer to call
     * @return {@code observer} itself when it is already guarded, else a guard of it
     */
    public static GuardedObserver of(PromiseObserver observer) {
        Objects.requireNonNull(observer, "observer");
        return observer instanceof GuardedObserver g ? g : new GuardedObserver(observer);
    }

    /**
     * How many calls the guarded observer threw on.
     *
     * @return the count since the guard was made
     */
    public long failures() {
        return failures.get();
    }

    /**
     * Whether this guards the no-op observer of {@link PromiseObserver#none()}: the library then skips the
     * work of observing (reading the ticker) unless its decision log is on.
     *
     * @return true for the no-op observer
     */
    public boolean isNone() {
        return this == NONE;
    }

    private void run(String callback, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            long n = failures.incrementAndGet();
            if (n == 1) {
                LOG.warn("the observer {} threw in {}; the call it observed went on. Later failures are logged at DEBUG "
                        + "and counted", observer.getClass().getName(), callback, e);
            } else {
                LOG.debug("the observer {} threw in {} (failure {}): {}", observer.getClass().getName(), callback, n,
                        e.toString());
            }
        }
    }

    @Override
    public void quoted(QuoteRequest request, Quote quote, long nanos) {
        run("quoted", () -> observer.quoted(request, quote, nanos));
    }

    @Override
    public void quoteRefused(QuoteRequest request, InvalidRequestException refusal, long nanos) {
        run("quoteRefused", () -> observer.quoteRefused(request, refusal, nanos));
    }

    @Override
    public void listed(ListingRequest request, Listing listing, long nanos) {
        run("listed", () -> observer.listed(request, listing, nanos));
    }

    @Override
    public void listingRefused(ListingRequest request, InvalidRequestException refusal, long nanos) {
        run("listingRefused", () -> observer.listingRefused(request, refusal, nanos));
    }

    @Override
    public void reserved(String orderId, ReservationResult result) {
        run("reserved", () -> observer.reserved(orderId, result));
    }

    @Override
    public void replaced(String orderId, ReservationResult result) {
        run("replaced", () -> observer.replaced(orderId, result));
    }

    @Override
    public void confirmed(String orderId, Optional<Reservation> reservation) {
        run("confirmed", () -> observer.confirmed(orderId, reservation));
    }

    @Override
    public void released(String orderId, boolean held) {
        run("released", () -> observer.released(orderId, held));
    }

    @Override
    public void handedOff(String orderId, Optional<Reservation> reservation) {
        run("handedOff", () -> observer.handedOff(orderId, reservation));
    }

    @Override
    public void lapsed(int holds) {
        run("lapsed", () -> observer.lapsed(holds));
    }

    @Override
    public void noticed(PromiseNotice notice, NoticeKind kind) {
        run("noticed", () -> observer.noticed(notice, kind));
    }
}
