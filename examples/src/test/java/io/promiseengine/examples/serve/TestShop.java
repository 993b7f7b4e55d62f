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

import io.promiseengine.events.PromiseListener;
import io.promiseengine.json.NetworkDocument;
import io.promiseengine.model.Network;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A storefront on the France demo network, on an ephemeral port of 127.0.0.1, and a JDK HttpClient to call it.
 * Thursday 17 September 2026, 10:15 in Paris, unless another clock is given.
 */
final class TestShop implements AutoCloseable {

    static final Instant THURSDAY = OffsetDateTime.parse("2026-09-17T10:15:00+02:00").toInstant();

    final Network network;
    final StorefrontServer server;
    final int port;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestShop(Clock clock, StorefrontServer.Settings settings, List<PromiseListener> extra) {
        this(demoNetwork(), network -> (listeners, observer) -> {
            List<PromiseListener> all = new ArrayList<>(listeners);
            all.addAll(extra);
            return Storefront.inMemory(network, Catalogue.demo(), clock, all, observer);
        }, settings);
    }

    private TestShop(Network network, Function<Network, Storefront.Factory> factory, StorefrontServer.Settings settings) {
        this.network = network;
        this.server = StorefrontServer.start(factory.apply(network), settings, "127.0.0.1", 0);
        this.port = server.port();
    }

    /** A storefront on the live state in PostgreSQL (the data source's schema), its clock standing on Thursday 10:15. */
    static TestShop onPostgres(DataSource dataSource) {
        return new TestShop(demoNetwork(), network -> (listeners, observer) -> Storefront.onPostgres(dataSource, network,
                Catalogue.demo(), Clock.fixed(THURSDAY, ZoneOffset.UTC), listeners, observer),
                StorefrontServer.Settings.defaults());
    }

    /** A storefront whose clock stands still on Thursday 10:15. */
    static TestShop fixed() {
        return new TestShop(Clock.fixed(THURSDAY, ZoneOffset.UTC), StorefrontServer.Settings.defaults(), List.of());
    }

    static TestShop withClock(Clock clock, StorefrontServer.Settings settings) {
        return new TestShop(clock, settings, List.of());
    }

    /** On Thursday 10:15, with another listener of the tracker after the server's own. */
    static TestShop withListener(PromiseListener listener, StorefrontServer.Settings settings) {
        return new TestShop(Clock.fixed(THURSDAY, ZoneOffset.UTC), settings, List.of(listener));
    }

    /**
     * Once per JVM, before the first timed request of a test: a throwaway storefront (its own metrics, a 60 s
     * deadline) asked once for each kind of POST the tests send (an order placed among them), then stopped. The first
     * requests of a JVM pay for class loading and run interpreted: at a load average of 13 on 2 cores a fresh JVM's
     * first {@code POST /api/orders} took 2.2 s (the first request of any kind 1.5 s), past the 2 s deadline
     * ({@code Settings.requestTimeout}), and 36 ms once warm. The tests' own servers keep the default deadline.
     */
    static synchronized void warmUp() {
        if (warm) {
            return;
        }
        warm = true;
        StorefrontServer.Settings generous = new StorefrontServer.Settings(Set.of("FR"), 0.95, 64 * 1024,
                Duration.ofSeconds(60), Duration.ofSeconds(10));
        String cart = "{\"destination\": {\"postalCode\": \"75015\"}, \"lines\": [{\"sku\": \"TSHIRT-M\", \"quantity\": 1}]";
        try (TestShop shop = new TestShop(Clock.fixed(THURSDAY, ZoneOffset.UTC), generous, List.of())) {
            shop.get("/health");
            shop.post("/api/quote", resource("/networks/requests/paris-cart.json"));
            shop.post("/api/listing", resource("/networks/listings/paris-bastille.json"));
            shop.post("/api/checkout", cart + "}");
            shop.post("/api/orders", cart + ", \"choice\": {\"method\": \"HOME_DELIVERY\", \"service\": \"std\"}}");
            shop.post("/events", "{\"type\": \"carrierDelayed\", \"id\": \"warm-up\", \"service\": \"std\", \"days\": 1}");
        }
    }

    private static boolean warm;

    static Network demoNetwork() {
        return NetworkDocument.read(resource("/networks/france-demo.json"));
    }

    static String resource(String path) {
        try (InputStream in = TestShop.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
    }

    HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", accept).GET().build());
    }

    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
