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
package io.promiseengine.examples.serve;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.promiseengine.events.PromiseChange;
import io.promiseengine.events.PromiseListener;
import io.promiseengine.events.Replanned;
import io.promiseengine.micrometer.MicrometerObserver;
import io.promiseengine.observe.PromiseObserver;

import java.time.Duration;

/**
 * The storefront's Prometheus metrics ({@code GET /metrics}), with Micrometer:
 *
 * <ul>
 *   <li>{@code storefront_request_seconds} (method, route, status): request latency, with p50/p99 histograms;</li>
 *   <li>{@code promise_quotes_total} (endpoint): quotes asked of the engine;</li>
 *   <li>{@code promise_reservations_total}: orders captured (planned, reserved, confirmed);</li>
 *   <li>{@code promise_refusals_total}: orders refused (no plan or the reservation refused);</li>
 *   <li>{@code promise_repromises_total} (outcome {@code replanned}, {@code changed}, {@code lost}): what
 *       events did to the orders followed;</li>
 *   <li>the library's own meters, {@code promise_engine_*} ({@link MicrometerObserver}, docs/OBSERVING.md): quotes
 *       and listing pages timed, options by method, reservations and refusals by reason, confirmations, releases,
 *       hand-offs, lapses and the tracker's notices.</li>
 * </ul>
 */
final class ShopMetrics implements PromiseListener {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter reservations = Counter.builder("promise.reservations").description("orders captured")
            .register(registry);
    private final Counter refusals = Counter.builder("promise.refusals")
            .description("orders refused: no plan or reservation refused").register(registry);
    private final Counter replanned = repromises("replanned");
    private final Counter changed = repromises("changed");
    private final Counter lost = repromises("lost");
    private final MicrometerObserver observer = MicrometerObserver.of(registry);

    private Counter repromises(String outcome) {
        return Counter.builder("promise.repromises").tag("outcome", outcome)
                .description("orders an event re-planned or promised again").register(registry);
    }

    void request(String method, String route, int status, long nanos) {
        Timer.builder("storefront.request").tags("method", method, "route", route, "status", Integer.toString(status))
                .publishPercentiles(0.5, 0.99).publishPercentileHistogram(false)
                .register(registry).record(Duration.ofNanos(nanos));
    }

    void quote(String endpoint) {
        registry.counter("promise.quotes", "endpoint", endpoint).increment();
    }

    void reserved() {
        reservations.increment();
    }

    void refused() {
        refusals.increment();
    }

    @Override
    public void promiseChanged(PromiseChange change) {
        (change.promise().isPresent() ? changed : lost).increment();
    }

    @Override
    public void replanned(Replanned replanned) {
        this.replanned.increment();
    }

    /** The observer of the storefront's engine and tracker, counting in the same registry. */
    PromiseObserver observer() {
        return observer;
    }

    /** The Prometheus text exposition. */
    String scrape() {
        return registry.scrape();
    }
}
