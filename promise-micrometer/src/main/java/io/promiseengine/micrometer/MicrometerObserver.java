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
package io.promiseengine.micrometer;

import io.promiseengine.model.Echo;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.promiseengine.events.PromiseNotice;
import io.promiseengine.live.Reservation;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.model.Method;
import io.promiseengine.observe.NoticeKind;
import io.promiseengine.observe.PromiseObserver;
import io.promiseengine.quote.Badge;
import io.promiseengine.quote.InvalidRequestException;
import io.promiseengine.quote.Listing;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Counts and times what the engine decides in a Micrometer registry, under stable names and tags (prefix
 * {@value #DEFAULT_PREFIX} unless given; in Prometheus, dots become underscores and counters end in
 * {@code _total}):
 *
 * <table>
 *   <caption>The meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>what</th></tr>
 *   <tr><td>{@code quote}</td><td>timer</td><td>{@code outcome}: {@code answered}, {@code refused}</td>
 *       <td>quotes, with the ticker's durations</td></tr>
 *   <tr><td>{@code quote.options}</td><td>counter</td><td>{@code method}</td><td>options answered</td></tr>
 *   <tr><td>{@code quote.unanswered}</td><td>counter</td><td>{@code method}</td>
 *       <td>quotes that asked for the method and got no option of it</td></tr>
 *   <tr><td>{@code listing}</td><td>timer</td><td>{@code outcome}</td><td>listing pages</td></tr>
 *   <tr><td>{@code listing.skus}</td><td>counter</td><td></td><td>badges asked for</td></tr>
 *   <tr><td>{@code listing.badges}</td><td>counter</td><td>{@code method}</td><td>badges with an option of the method</td></tr>
 *   <tr><td>{@code reservations}</td><td>counter</td><td>{@code operation}: {@code reserve}, {@code replace};
 *       {@code outcome}: {@code accepted}, {@code repeated}, {@code refused}</td><td>reservations</td></tr>
 *   <tr><td>{@code reservation.refusals}</td><td>counter</td><td>{@code operation}, {@code reason}</td>
 *       <td>refused reservations, once per distinct reason of each</td></tr>
 *   <tr><td>{@code confirmations}</td><td>counter</td><td>{@code outcome}: {@code confirmed}, {@code nothing_held}</td>
 *       <td>confirmations (nothing held: confirmed too late)</td></tr>
 *   <tr><td>{@code releases}</td><td>counter</td><td>{@code outcome}: {@code released}, {@code nothing_held}</td>
 *       <td>releases</td></tr>
 *   <tr><td>{@code handoffs}</td><td>counter</td><td>{@code outcome}: {@code handed_off}, {@code nothing_held}</td>
 *       <td>hand-offs</td></tr>
 *   <tr><td>{@code lapses}</td><td>counter</td><td></td><td>holds given back at their expiry</td></tr>
 *   <tr><td>{@code notices}</td><td>counter</td><td>{@code kind}: {@code replanned}, {@code changed}, {@code withdrawn}</td>
 *       <td>the tracker's notices</td></tr>
 * </table>
 *
 * <p>Tag values are lower case: methods {@code home_delivery}, {@code courier}, {@code collect}; reasons
 * {@code stock_short}, {@code slot_full}, ... Every meter is registered when the observer is made, so each shows 0
 * before its first event. No tag holds an id, a postal code or anything a shopper typed. Thread-safe.
 *
 * <pre>{@code
 * MicrometerObserver metrics = MicrometerObserver.of(registry);
 * PromiseEngine engine = PromiseEngine.builder(network).observer(metrics).build();
 * PromiseTracker tracker = PromiseTracker.builder(engine).observer(metrics).build();
 * }</pre>
 */
public final class MicrometerObserver implements PromiseObserver {

    /** The prefix of every meter's name unless another is given. */
    public static final String DEFAULT_PREFIX = "promise.engine";

    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
    private static final Method[] METHODS = Method.values();
    private static final ReservationResult.Reason[] REASONS = ReservationResult.Reason.values();

    private final Timer quoted;
    private final Timer quoteRefused;
    private final Counter[] options = new Counter[METHODS.length];
    private final Counter[] unanswered = new Counter[METHODS.length];
    private final Timer listed;
    private final Timer listingRefused;
    private final Counter skus;
    private final Counter[] badges = new Counter[METHODS.length];
    /** By operation (0 reserve, 1 replace), then outcome (0 accepted, 1 repeated, 2 refused). */
    private final Counter[][] reservations = new Counter[2][3];
    /** By operation, then reason. */
    private final Counter[][] refusals = new Counter[2][REASONS.length];
    private final Counter confirmed;
    private final Counter confirmedNothing;
    private final Counter released;
    private final Counter releasedNothing;
    private final Counter handedOff;
    private final Counter handedOffNothing;
    private final Counter lapses;
    private final Counter[] notices = new Counter[NoticeKind.values().length];

    private MicrometerObserver(MeterRegistry registry, String prefix) {
        quoted = timer(registry, prefix + ".quote", "quotes", "answered");
        quoteRefused = timer(registry, prefix + ".quote", "quotes", "refused");
        listed = timer(registry, prefix + ".listing", "listing pages", "answered");
        listingRefused = timer(registry, prefix + ".listing", "listing pages", "refused");
        skus = Counter.builder(prefix + ".listing.skus").description("badges asked for on listing pages").register(registry);
        for (Method m : METHODS) {
            String method = tag(m.name());
            options[m.ordinal()] = Counter.builder(prefix + ".quote.options").tag("method", method)
                    .description("options answered").register(registry);
            unanswered[m.ordinal()] = Counter.builder(prefix + ".quote.unanswered").tag("method", method)
                    .description("quotes that asked for the method and got no option of it").register(registry);
            badges[m.ordinal()] = Counter.builder(prefix + ".listing.badges").tag("method", method)
                    .description("listing badges with an option of the method").register(registry);
        }
        String[] operations = {"reserve", "replace"};
        String[] outcomes = {"accepted", "repeated", "refused"};
        for (int o = 0; o < operations.length; o++) {
            for (int r = 0; r < outcomes.length; r++) {
                reservations[o][r] = Counter.builder(prefix + ".reservations").tag("operation", operations[o])
                        .tag("outcome", outcomes[r]).description("reservations").register(registry);
            }
            for (ReservationResult.Reason reason : REASONS) {
                refusals[o][reason.ordinal()] = Counter.builder(prefix + ".reservation.refusals")
                        .tag("operation", operations[o]).tag("reason", tag(reason.name()))
                        .description("refused reservations, once per distinct reason").register(registry);
            }
        }
        confirmed = outcome(registry, prefix + ".confirmations", "confirmed", "confirmations");
        confirmedNothing = outcome(registry, prefix + ".confirmations", "nothing_held", "confirmations");
        released = outcome(registry, prefix + ".releases", "released", "releases");
        releasedNothing = outcome(registry, prefix + ".releases", "nothing_held", "releases");
        handedOff = outcome(registry, prefix + ".handoffs", "handed_off", "hand-offs to the order management");
        handedOffNothing = outcome(registry, prefix + ".handoffs", "nothing_held", "hand-offs to the order management");
        lapses = Counter.builder(prefix + ".lapses").description("holds given back at their expiry").register(registry);
        for (NoticeKind k : NoticeKind.values()) {
            notices[k.ordinal()] = Counter.builder(prefix + ".notices").tag("kind", k.tag())
                    .description("notices of the tracker").register(registry);
        }
    }

    private static Timer timer(MeterRegistry registry, String name, String what, String outcome) {
        return Timer.builder(name).tag("outcome", outcome).description(what).register(registry);
    }

    private static Counter outcome(MeterRegistry registry, String name, String outcome, String what) {
        return Counter.builder(name).tag("outcome", outcome).description(what).register(registry);
    }

    private static String tag(String enumName) {
        return enumName.toLowerCase(Locale.ROOT);
    }

    /**
     * An observer registering its meters in {@code registry} under the prefix {@value #DEFAULT_PREFIX}.
     *
     * @param registry where the meters go
     * @return the observer
     */
    public static MicrometerObserver of(MeterRegistry registry) {
        return of(registry, DEFAULT_PREFIX);
    }

    /**
     * An observer registering its meters in {@code registry} under another prefix.
     *
     * @param registry where the meters go
     * @param prefix lower-case words separated by dots, such as {@code shop.promise}
     * @return the observer
     * @throws IllegalArgumentException when the prefix is not lower-case words separated by dots
     */
    public static MicrometerObserver of(MeterRegistry registry, String prefix) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(prefix, "prefix");
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("prefix " + Echo.quote(prefix) + " must be lower-case words separated by dots, "
                    + "such as \"" + DEFAULT_PREFIX + "\"");
        }
        return new MicrometerObserver(registry, prefix);
    }

    @Override
    public void quoted(QuoteRequest request, Quote quote, long nanos) {
        quoted.record(nanos, TimeUnit.NANOSECONDS);
        int[] byMethod = new int[METHODS.length];
        for (PromiseOption o : quote.options()) {
            byMethod[o.method().ordinal()]++;
        }
        Set<Method> asked = request.methods().isEmpty() ? EnumSet.noneOf(Method.class) : request.methods();
        for (Method m : METHODS) {
            if (byMethod[m.ordinal()] > 0) {
                options[m.ordinal()].increment(byMethod[m.ordinal()]);
            } else if (asked.contains(m)) {
                unanswered[m.ordinal()].increment();
            }
        }
    }

    @Override
    public void quoteRefused(QuoteRequest request, InvalidRequestException refusal, long nanos) {
        quoteRefused.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void listed(ListingRequest request, Listing listing, long nanos) {
        listed.record(nanos, TimeUnit.NANOSECONDS);
        skus.increment(listing.badges().size());
        for (Badge b : listing.badges()) {
            count(badges[Method.HOME_DELIVERY.ordinal()], b.homeDelivery());
            count(badges[Method.COURIER.ordinal()], b.courier());
            count(badges[Method.COLLECT.ordinal()], b.collect());
            count(badges[Method.SCHEDULED.ordinal()], b.scheduled());
        }
    }

    private static void count(Counter counter, Optional<PromiseOption> option) {
        if (option.isPresent()) {
            counter.increment();
        }
    }

    @Override
    public void listingRefused(ListingRequest request, InvalidRequestException refusal, long nanos) {
        listingRefused.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void reserved(String orderId, ReservationResult result) {
        reservation(0, result);
    }

    @Override
    public void replaced(String orderId, ReservationResult result) {
        reservation(1, result);
    }

    private void reservation(int operation, ReservationResult result) {
        if (result instanceof ReservationResult.Reserved r) {
            reservations[operation][r.repeated() ? 1 : 0].increment();
            return;
        }
        reservations[operation][2].increment();
        boolean[] seen = new boolean[REASONS.length];
        for (ReservationResult.Refusal f : ((ReservationResult.Refused) result).refusals()) {
            int reason = f.reason().ordinal();
            if (!seen[reason]) {
                seen[reason] = true;
                refusals[operation][reason].increment();
            }
        }
    }

    @Override
    public void confirmed(String orderId, Optional<Reservation> reservation) {
        (reservation.isPresent() ? confirmed : confirmedNothing).increment();
    }

    @Override
    public void released(String orderId, boolean held) {
        (held ? released : releasedNothing).increment();
    }

    @Override
    public void handedOff(String orderId, Optional<Reservation> reservation) {
        (reservation.isPresent() ? handedOff : handedOffNothing).increment();
    }

    @Override
    public void lapsed(int holds) {
        lapses.increment(holds);
    }

    @Override
    public void noticed(PromiseNotice notice, NoticeKind kind) {
        notices[kind.ordinal()].increment();
    }
}
