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

import java.util.Optional;

/**
 * Hears what a calculator, an engine or a tracker decided, once each call has decided it: quotes, listing pages,
 * requests refused, reservations, confirmations, releases, hand-offs, lapses and the tracker's notices. Every
 * method does nothing by default: implement those you need.
 *
 * <p>Called on the thread of the call observed, once its work is done; the tracker's calls run under its lock and
 * the engine's write lock, and a database store's sweep calls {@link #lapsed} from its change-feed thread, so an
 * observer must be quick and thread-safe, and must not call back into what it observes. An observer that throws
 * never breaks the call:
 * the library catches it, logs the first failure at WARN and counts them ({@link GuardedObserver}). Durations
 * are in nanoseconds of the builder's {@link Ticker}.
 *
 * <p>The arguments may hold what a shopper typed (the request's destination, the order ids): an observer that
 * logs or exports them is responsible for them. The library's own decision log never writes them in clear
 * (docs/OBSERVING.md).
 */
public interface PromiseObserver {

    /**
     * The observer that does nothing, the default of every builder.
     *
     * @return the no-op observer
     */
    static PromiseObserver none() {
        return GuardedObserver.NONE;
    }

    /**
     * A quote was answered: {@code PromiseCalculator.quote} or {@code PromiseEngine.quote} (with or without rules).
     *
     * @param request the request
     * @param quote the answer (no option at all is an answer too)
     * @param nanos how long the quote took
     */
    default void quoted(QuoteRequest request, Quote quote, long nanos) {
    }

    /**
     * A quote was refused: the request cannot be answered on this network.
     *
     * @param request the request
     * @param refusal why, naming the field
     * @param nanos how long it took to refuse it
     */
    default void quoteRefused(QuoteRequest request, InvalidRequestException refusal, long nanos) {
    }

    /**
     * A listing page was answered.
     *
     * @param request the request
     * @param listing the badges
     * @param nanos how long the page took
     */
    default void listed(ListingRequest request, Listing listing, long nanos) {
    }

    /**
     * A listing page was refused.
     *
     * @param request the request
     * @param refusal why, naming the field
     * @param nanos how long it took to refuse it
     */
    default void listingRefused(ListingRequest request, InvalidRequestException refusal, long nanos) {
    }

    /**
     * {@code PromiseEngine.reserve} answered: reserved, repeated ({@link ReservationResult.Reserved#repeated()})
     * or refused with its reasons.
     *
     * @param orderId the order
     * @param result the answer
     */
    default void reserved(String orderId, ReservationResult result) {
    }

    /**
     * {@code PromiseEngine.replace} answered (the tracker's re-plans and adoptions call it too).
     *
     * @param orderId the order
     * @param result the answer
     */
    default void replaced(String orderId, ReservationResult result) {
    }

    /**
     * {@code PromiseEngine.confirm} answered.
     *
     * @param orderId the order
     * @param reservation what the order holds, confirmed; empty when it held nothing (never reserved,
     *                    released, or lapsed: a hold confirmed too late)
     */
    default void confirmed(String orderId, Optional<Reservation> reservation) {
    }

    /**
     * {@code PromiseEngine.release} answered.
     *
     * @param orderId the order
     * @param held whether it held something that was given back
     */
    default void released(String orderId, boolean held) {
    }

    /**
     * {@code PromiseEngine.handOff} answered (a hold not confirmed is refused with an exception, not observed).
     *
     * @param orderId the order
     * @param reservation what the order handed over; empty when it held nothing
     */
    default void handedOff(String orderId, Optional<Reservation> reservation) {
    }

    /**
     * Holds reached their expiry unconfirmed and were given back.
     *
     * @param holds how many, at least 1
     */
    default void lapsed(int holds) {
    }

    /**
     * The tracker made a notice for an order (once per notice, when the event's step is kept; listeners may
     * hear it more than once).
     *
     * @param notice the notice
     * @param kind what it did to the order
     */
    default void noticed(PromiseNotice notice, NoticeKind kind) {
    }
}
