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

import io.promiseengine.events.CarrierDelayed;
import io.promiseengine.events.EventFixtures;
import io.promiseengine.events.PromiseNotice;
import io.promiseengine.events.PromiseTracker;
import io.promiseengine.events.StockCorrected;
import io.promiseengine.live.MutableClock;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.live.Reservation;
import io.promiseengine.live.ReservationResult;
import io.promiseengine.model.Method;
import io.promiseengine.model.Network;
import io.promiseengine.model.StockLevel;
import io.promiseengine.plan.Fulfilment;
import io.promiseengine.plan.Order;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.InvalidRequestException;
import io.promiseengine.quote.Listing;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.promiseengine.events.EventFixtures.EVENT;
import static io.promiseengine.events.EventFixtures.ORDERED;
import static io.promiseengine.events.EventFixtures.network;
import static io.promiseengine.events.EventFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** docs/OBSERVING.md: what an observer hears from the calculator, the engine and the tracker. */
class PromiseObserverTest {

    /** Keeps one line per callback. */
    static final class Recorder implements PromiseObserver {
        final List<String> heard = new ArrayList<>();

        @Override
        public void quoted(QuoteRequest request, Quote quote, long nanos) {
            heard.add("quoted options=" + quote.options().size() + " nanos=" + nanos);
        }

        @Override
        public void quoteRefused(QuoteRequest request, InvalidRequestException refusal, long nanos) {
            heard.add("quoteRefused " + refusal.field() + " nanos=" + nanos);
        }

        @Override
        public void listed(ListingRequest request, Listing listing, long nanos) {
            heard.add("listed badges=" + listing.badges().size() + " nanos=" + nanos);
        }

        @Override
        public void listingRefused(ListingRequest request, InvalidRequestException refusal, long nanos) {
            heard.add("listingRefused " + refusal.field());
        }

        @Override
        public void reserved(String orderId, ReservationResult result) {
            heard.add("reserved " + orderId + " " + describe(result));
        }

        @Override
        public void replaced(String orderId, ReservationResult result) {
            heard.add("replaced " + orderId + " " + describe(result));
        }

        @Override
        public void confirmed(String orderId, Optional<Reservation> reservation) {
            heard.add("confirmed " + orderId + " " + reservation.isPresent());
        }

        @Override
        public void released(String orderId, boolean held) {
            heard.add("released " + orderId + " " + held);
        }

        @Override
        public void handedOff(String orderId, Optional<Reservation> reservation) {
            heard.add("handedOff " + orderId + " " + reservation.isPresent());
        }

        @Override
        public void lapsed(int holds) {
            heard.add("lapsed " + holds);
        }

        @Override
        public void noticed(PromiseNotice notice, NoticeKind kind) {
            heard.add("noticed " + notice.orderId() + " " + kind.tag());
        }

        private static String describe(ReservationResult result) {
            if (result instanceof ReservationResult.Reserved r) {
                return r.repeated() ? "repeated" : "accepted";
            }
            return "refused " + ((ReservationResult.Refused) result).refusals().get(0).reason();
        }
    }

    /** Gives 1000, 1250, 1500, ...: every call observed takes 250 ns. */
    static Ticker steps() {
        long[] now = {750};
        return () -> now[0] += 250;
    }

    private static QuoteRequest request(String sku, Method... methods) {
        return QuoteRequest.builder(ORDERED, Destination.postalCode("75015")).line(sku, 1).methods(methods).build();
    }

    @Test
    void aCalculatorTellsItsObserverOfEachQuoteWithTheTickersDurationAndAnswersAsWithout() {
        Network network = network(StockLevel.of("store-paris", "TSHIRT", 5));
        Recorder recorder = new Recorder();
        PromiseCalculator observed = PromiseCalculator.builder(network).observer(recorder).ticker(steps()).build();

        Quote quote = observed.quote(request("TSHIRT", Method.HOME_DELIVERY, Method.COLLECT));

        assertThat(quote).isEqualTo(PromiseCalculator.of(network).quote(request("TSHIRT", Method.HOME_DELIVERY, Method.COLLECT)));
        assertThat(quote.options()).hasSize(2);
        assertThat(recorder.heard).containsExactly("quoted options=2 nanos=250");
    }

    @Test
    void aRefusedRequestIsHeardWithItsFieldAndStillThrown() {
        Recorder recorder = new Recorder();
        PromiseCalculator observed = PromiseCalculator.builder(network()).observer(recorder).ticker(steps()).build();
        QuoteRequest unknownStore = QuoteRequest.builder(ORDERED, Destination.postalCode("75015")).line("TSHIRT", 1)
                .methods(Method.COLLECT).collectAt("store-nowhere").build();

        assertThatThrownBy(() -> observed.quote(unknownStore)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("collectAt[0]");
        assertThat(recorder.heard).containsExactly("quoteRefused collectAt[0] nanos=250");
    }

    @Test
    void aListingPageIsHeardOnce() {
        Recorder recorder = new Recorder();
        PromiseCalculator observed = PromiseCalculator.builder(network(StockLevel.of("store-paris", "TSHIRT", 5)))
                .observer(recorder).ticker(steps()).build();

        observed.listing(ListingRequest.builder(ORDERED, Destination.postalCode("75015")).skus("TSHIRT", "JEAN").build());

        assertThat(recorder.heard).containsExactly("listed badges=2 nanos=250");
    }

    @Test
    void anEngineTellsOfReservationsRepeatsRefusalsConfirmationsReleasesHandOffsAndLapses() {
        MutableClock clock = new MutableClock(ORDERED);
        Recorder recorder = new Recorder();
        PromiseEngine engine = PromiseEngine.builder(network(StockLevel.of("store-paris", "TSHIRT", 2))).clock(clock)
                .holdFor(Duration.ofMinutes(10)).observer(recorder).ticker(steps()).build();
        Fulfilment one = plan(engine, order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY));
        Fulfilment two = plan(engine, order("o-2", "TSHIRT", 2, Method.HOME_DELIVERY));
        recorder.heard.clear();

        engine.reserve("o-1", one);
        engine.reserve("o-1", one);
        engine.reserve("o-2", two);          // 1 left: short
        engine.confirm("o-1");
        engine.handOff("o-1");
        engine.release("o-1");               // handed off: holds nothing any more
        engine.reserve("o-3", one);
        clock.advance(Duration.ofMinutes(11));
        engine.confirm("o-3");               // lapsed before it was confirmed

        assertThat(recorder.heard).containsExactly(
                "reserved o-1 accepted",
                "reserved o-1 repeated",
                "reserved o-2 refused STOCK_SHORT",
                "confirmed o-1 true",
                "handedOff o-1 true",
                "released o-1 false",
                "reserved o-3 accepted",
                "lapsed 1",
                "confirmed o-3 false");
    }

    private static Fulfilment plan(PromiseEngine engine, Order order) {
        PromiseOption option = engine.quote(order).options().get(0);
        return engine.planner().plan(order, option).fulfilment().orElseThrow();
    }

    @Test
    void anEngineQuoteIsHeardWithOrWithoutRules() {
        Recorder recorder = new Recorder();
        PromiseEngine engine = PromiseEngine.builder(network(StockLevel.of("store-paris", "TSHIRT", 2)))
                .clock(java.time.Clock.fixed(ORDERED, java.time.ZoneOffset.UTC)).observer(recorder).ticker(steps()).build();

        engine.quote(request("TSHIRT", Method.HOME_DELIVERY));
        engine.quote(order("o-1", "TSHIRT", 1, Method.HOME_DELIVERY));

        assertThat(recorder.heard).containsExactly("quoted options=1 nanos=250", "quoted options=1 nanos=250");
    }

    @Test
    void aTrackerTellsOfEachNoticeWithItsKind() {
        Recorder recorder = new Recorder();
        PromiseEngine engine = EventFixtures.engine(network(StockLevel.of("store-paris", "TSHIRT", 5),
                StockLevel.of("wh-lyon", "TSHIRT", 5), StockLevel.of("store-paris", "JEAN", 1)));
        PromiseTracker tracker = PromiseTracker.builder(engine).observer(recorder).build();
        EventFixtures.capture(engine, tracker, order("o-home", "TSHIRT", 1, Method.HOME_DELIVERY), "std");
        EventFixtures.capture(engine, tracker, order("o-jean", "JEAN", 1, Method.HOME_DELIVERY), "std");

        tracker.apply(CarrierDelayed.shift("ev-1", EVENT, "std", 1).onLane("75", "75")); // both from the store: Monday
        tracker.apply(StockCorrected.delta("ev-2", EVENT, "store-paris", "JEAN", -1));
        tracker.apply(StockCorrected.delta("ev-2", EVENT, "store-paris", "JEAN", -1)); // repeated: nothing

        assertThat(recorder.heard).containsExactly("noticed o-home changed", "noticed o-jean changed",
                "noticed o-jean withdrawn");
    }

    @Test
    void anObserverThatThrowsNeverBreaksTheCallAndIsCounted() {
        GuardedObserver failing = GuardedObserver.of(new PromiseObserver() {
            @Override
            public void quoted(QuoteRequest request, Quote quote, long nanos) {
                throw new IllegalStateException("metrics backend down");
            }
        });
        Network network = network(StockLevel.of("store-paris", "TSHIRT", 5));
        PromiseCalculator observed = PromiseCalculator.builder(network).observer(failing).build();

        Quote first = observed.quote(request("TSHIRT", Method.HOME_DELIVERY));
        Quote second = observed.quote(request("TSHIRT", Method.HOME_DELIVERY));

        assertThat(first).isEqualTo(PromiseCalculator.of(network).quote(request("TSHIRT", Method.HOME_DELIVERY)));
        assertThat(second).isEqualTo(first);
        assertThat(failing.failures()).isEqualTo(2);
        assertThat(GuardedObserver.of(failing)).isSameAs(failing);
    }

    @Test
    void withoutAnObserverTheTickerIsNeverRead() {
        Ticker forbidden = () -> {
            throw new AssertionError("the ticker was read with no observer and the decision log off");
        };
        PromiseEngine engine = PromiseEngine.builder(network(StockLevel.of("store-paris", "TSHIRT", 5)))
                .clock(java.time.Clock.fixed(ORDERED, java.time.ZoneOffset.UTC)).ticker(forbidden).build();
        PromiseCalculator calculator = PromiseCalculator.builder(network()).ticker(forbidden).build();

        assertThat(engine.quote(request("TSHIRT", Method.HOME_DELIVERY)).options()).hasSize(1);
        assertThat(calculator.quote(request("TSHIRT", Method.HOME_DELIVERY)).options()).isEmpty();
    }

    @Test
    void noticeKindsAreStableTags() {
        assertThat(NoticeKind.values()).extracting(NoticeKind::tag).containsExactly("replanned", "changed", "withdrawn");
    }
}
