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
package io.promiseengine.internal.observe;

import io.promiseengine.events.EventOutcome;
import io.promiseengine.events.PromiseChange;
import io.promiseengine.events.PromiseNotice;
import io.promiseengine.events.Replanned;
import io.promiseengine.live.Reservation;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.model.Method;
import io.promiseengine.observe.GuardedObserver;
import io.promiseengine.observe.NoticeKind;
import io.promiseengine.observe.PromiseObserver;
import io.promiseengine.observe.Ticker;
import io.promiseengine.quote.Badge;
import io.promiseengine.quote.InvalidRequestException;
import io.promiseengine.quote.Listing;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What the public calls of the calculator, the engine and the tracker do once they have decided: tell the
 * (guarded) observer and write the decision log at DEBUG. Used only at the API boundary, never on the quote
 * path itself. When the observer is the no-op one and the decision log is off, nothing is measured: the ticker is
 * not read and nothing is allocated. Immutable and thread-safe.
 *
 * <p>The decision log (docs/OBSERVING.md, "Decision log") names what was decided, never who for: no postal code,
 * position or order id. An order is named by a {@link Pseudonyms pseudonym} that ties the lines of one order
 * together within one process's log.
 */
public final class Watch {

    /** Quotes and listing pages. */
    static final Logger QUOTES = LoggerFactory.getLogger("io.promiseengine.decision.quote");
    /** Reservations, confirmations, releases, hand-offs and lapses. */
    static final Logger RESERVATIONS = LoggerFactory.getLogger("io.promiseengine.decision.reservation");
    /** The tracker's notices. */
    static final Logger TRACKER = LoggerFactory.getLogger("io.promiseengine.decision.tracker");

    /** No observer, the system ticker: only the decision log, when on. */
    public static final Watch NONE = new Watch(GuardedObserver.of(PromiseObserver.none()), Ticker.system());

    private final GuardedObserver observer;
    private final Ticker ticker;

    private Watch(GuardedObserver observer, Ticker ticker) {
        this.observer = observer;
        this.ticker = ticker;
    }

    /**
     * A watch telling {@code observer} (guarded) with durations from {@code ticker}.
     *
     * @param observer the observer
     * @param ticker the source of durations
     * @return the watch
     */
    public static Watch of(PromiseObserver observer, Ticker ticker) {
        return new Watch(GuardedObserver.of(observer), Objects.requireNonNull(ticker, "ticker"));
    }

    /** The guarded observer. */
    public GuardedObserver observer() {
        return observer;
    }

    private boolean measures(Logger log) {
        return !observer.isNone() || log.isDebugEnabled();
    }

    /** Runs a quote, then tells the observer what it answered or why it was refused. */
    public Quote quote(QuoteRequest request, Supplier<Quote> work) {
        if (!measures(QUOTES)) {
            return work.get();
        }
        long start = ticker.read();
        Quote quote;
        try {
            quote = work.get();
        } catch (InvalidRequestException e) {
            long nanos = ticker.read() - start;
            QUOTES.debug("quote refused field={} nanos={}", e.field(), nanos);
            observer.quoteRefused(request, e, nanos);
            throw e;
        }
        long nanos = ticker.read() - start;
        if (QUOTES.isDebugEnabled()) {
            int[] byMethod = new int[Method.values().length];
            for (PromiseOption o : quote.options()) {
                byMethod[o.method().ordinal()]++;
            }
            QUOTES.debug("quote answered methods={} lines={} destination={} options={} home_delivery={} courier={} "
                            + "collect={} scheduled={} earliest={} rejected={} nanos={}", request.methods(), request.lines().size(),
                    request.destination().position().isPresent() ? "position" : "postalCode", quote.options().size(),
                    byMethod[Method.HOME_DELIVERY.ordinal()], byMethod[Method.COURIER.ordinal()],
                    byMethod[Method.COLLECT.ordinal()], byMethod[Method.SCHEDULED.ordinal()],
                    quote.options().isEmpty() ? "none" : quote.options().get(0).promisedAt(), quote.rejected().size(), nanos);
        }
        observer.quoted(request, quote, nanos);
        return quote;
    }

    /** Runs a listing page, then tells the observer what it answered or why it was refused. */
    public Listing listing(ListingRequest request, Supplier<Listing> work) {
        if (!measures(QUOTES)) {
            return work.get();
        }
        long start = ticker.read();
        Listing listing;
        try {
            listing = work.get();
        } catch (InvalidRequestException e) {
            long nanos = ticker.read() - start;
            QUOTES.debug("listing refused field={} nanos={}", e.field(), nanos);
            observer.listingRefused(request, e, nanos);
            throw e;
        }
        long nanos = ticker.read() - start;
        if (QUOTES.isDebugEnabled()) {
            int home = 0;
            int courier = 0;
            int collect = 0;
            int scheduled = 0;
            for (Badge b : listing.badges()) {
                home += b.homeDelivery().isPresent() ? 1 : 0;
                courier += b.courier().isPresent() ? 1 : 0;
                collect += b.collect().isPresent() ? 1 : 0;
                scheduled += b.scheduled().isPresent() ? 1 : 0;
            }
            QUOTES.debug("listing answered skus={} destination={} home_delivery={} courier={} collect={} scheduled={} "
                            + "nanos={}", listing.badges().size(),
                    request.destination().position().isPresent() ? "position" : "postalCode", home, courier, collect,
                    scheduled, nanos);
        }
        observer.listed(request, listing, nanos);
        return listing;
    }

    /** Tells the observer what a reservation answered; returns it. */
    public ReservationResult reserved(String orderId, ReservationResult result) {
        logReservation("reserve", orderId, result);
        observer.reserved(orderId, result);
        return result;
    }

    /** Tells the observer what a replacement answered; returns it. */
    public ReservationResult replaced(String orderId, ReservationResult result) {
        logReservation("replace", orderId, result);
        observer.replaced(orderId, result);
        return result;
    }

    private static void logReservation(String operation, String orderId, ReservationResult result) {
        if (!RESERVATIONS.isDebugEnabled()) {
            return;
        }
        if (result instanceof ReservationResult.Reserved r) {
            Reservation held = r.reservation();
            int units = 0;
            for (Reservation.StockHold h : held.stock()) {
                units += h.quantity();
            }
            RESERVATIONS.debug("{} {} order={} units={} slots={} expiresAt={}", operation,
                    r.repeated() ? "repeated" : "accepted", Pseudonyms.of(orderId), units, held.slots().size(),
                    held.expiresAt().map(Object::toString).orElse("confirmed"));
        } else {
            TreeSet<String> reasons = new TreeSet<>();
            for (ReservationResult.Refusal f : ((ReservationResult.Refused) result).refusals()) {
                reasons.add(f.reason().name());
            }
            RESERVATIONS.debug("{} refused order={} reasons={}", operation, Pseudonyms.of(orderId), String.join(",", reasons));
        }
    }

    /** Tells the observer what a confirmation answered; returns it. */
    public Optional<Reservation> confirmed(String orderId, Optional<Reservation> reservation) {
        RESERVATIONS.debug("confirm {} order={}", reservation.isPresent() ? "confirmed" : "nothing_held",
                Pseudonyms.lazy(orderId));
        observer.confirmed(orderId, reservation);
        return reservation;
    }

    /** Tells the observer what a release answered; returns it. */
    public boolean released(String orderId, boolean held) {
        RESERVATIONS.debug("release {} order={}", held ? "released" : "nothing_held", Pseudonyms.lazy(orderId));
        observer.released(orderId, held);
        return held;
    }

    /** Tells the observer what a hand-off answered; returns it. */
    public Optional<Reservation> handedOff(String orderId, Optional<Reservation> reservation) {
        RESERVATIONS.debug("handOff {} order={}", reservation.isPresent() ? "handed_off" : "nothing_held",
                Pseudonyms.lazy(orderId));
        observer.handedOff(orderId, reservation);
        return reservation;
    }

    /** Tells the observer that holds lapsed, when {@code holds > 0}. */
    public void lapsed(int holds) {
        if (holds > 0) {
            RESERVATIONS.debug("lapse holds={}", holds);
            observer.lapsed(holds);
        }
    }

    /** Tells the observer of every notice an event made; returns the outcome. */
    public EventOutcome applied(EventOutcome outcome) {
        for (Replanned r : outcome.replanned()) {
            noticed(r);
        }
        for (PromiseChange c : outcome.changed()) {
            noticed(c);
        }
        return outcome;
    }

    private void noticed(PromiseNotice notice) {
        NoticeKind kind = NoticeKind.of(notice);
        TRACKER.debug("notice kind={} event={} order={}", kind.tag(), notice.cause().getClass().getSimpleName(),
                Pseudonyms.lazy(notice.orderId()));
        observer.noticed(notice, kind);
    }
}
