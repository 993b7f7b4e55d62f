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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.promiseengine.json.ListingDocument;
import io.promiseengine.json.RequestDocument;
import io.promiseengine.json.ResponseDocument;
import io.promiseengine.live.Reservation;
import io.promiseengine.quote.Badge;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseMessages;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The storefront's JSON endpoints, pages, limits and errors over HTTP, on a clock standing still, under the default
 * settings (the 2 s deadline among them), once the JVM is warm ({@link TestShop#warmUp()}: a cold first order could
 * pass the deadline on a loaded machine).
 */
class StorefrontHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private TestShop shop;

    @BeforeAll
    static void warmUp() {
        TestShop.warmUp();
    }

    @BeforeEach
    void start() {
        shop = TestShop.fixed();
    }

    @AfterEach
    void stop() {
        shop.close();
    }

    @Test
    void quoteEndpoint_answersTheResponseDocument_byteForByteAsTheCalculator() {
        String request = TestShop.resource("/networks/requests/paris-cart.json");

        HttpResponse<String> r = shop.post("/api/quote", request);

        QuoteRequest q = RequestDocument.read(request);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(ResponseDocument.write(PromiseCalculator.of(shop.network).quote(q), q.explain()));
    }

    @Test
    void listingEndpoint_answersTheListingDocument_byteForByteAsTheCalculator() {
        for (String page : List.of("paris-bastille.json", "lyon-bellecour.json")) {
            String request = TestShop.resource("/networks/listings/" + page);

            HttpResponse<String> r = shop.post("/api/listing", request);

            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).as(page).isEqualTo(ListingDocument.write(PromiseCalculator.of(shop.network)
                    .listing(ListingDocument.read(request))));
        }
    }

    @Test
    void productBadges_areTheListingsBadge_now() throws Exception {
        JsonNode r = JSON.readTree(shop.get("/api/products/TSHIRT-M/badges?postalCode=75011&lang=fr").body());

        Badge b = PromiseCalculator.of(shop.network).listing(ListingRequest.builder(TestShop.THURSDAY,
                Destination.postalCode("75011")).skus("TSHIRT-M").build()).badges().get(0);
        List<PromiseOption> expected = new ArrayList<>();
        for (Optional<PromiseOption> o : List.of(b.homeDelivery(), b.courier(), b.collect(), b.scheduled())) {
            o.ifPresent(expected::add);
        }
        assertThat(b.scheduled()).as("75011 is in the Paris vans' zone").isPresent();
        assertThat(r.get("collectStores").asInt()).isEqualTo(b.collectStores()).isPositive();
        assertThat(r.get("badges")).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode badge = r.get("badges").get(i);
            assertThat(badge.get("method").asText()).isEqualTo(expected.get(i).method().name());
            assertThat(badge.get("promisedAt").asText()).isEqualTo(expected.get(i).promisedAt().toString());
            assertThat(badge.get("orderBy").asText()).isEqualTo(expected.get(i).orderBy().orElseThrow().toString());
        }
        assertThat(r.get("badges").get(0).get("orderByText").asText())
                .isEqualTo("Commandez dans les " + "6 h 45 min " + r.get("badges").get(0).get("purpose").asText());

        // the delivery-window badge: the listing's one window, its sentence and its own order-by
        JsonNode scheduled = r.get("badges").get(expected.size() - 1);
        DeliveryWindow window = b.scheduled().orElseThrow().windows().get(0);
        assertThat(b.scheduled().orElseThrow().windows()).hasSize(1);
        assertThat(scheduled.get("windows")).hasSize(1);
        JsonNode w = scheduled.get("windows").get(0);
        assertThat(w.get("start").asText()).isEqualTo(window.start().toString());
        assertThat(w.get("end").asText()).isEqualTo(window.end().toString());
        assertThat(w.get("orderBy").asText()).isEqualTo(window.orderBy().toString());
        assertThat(w.get("promise").asText()).isEqualTo(PromiseMessages.of(Locale.FRENCH)
                .describe(b.scheduled().orElseThrow(), window, TestShop.THURSDAY).promise());
        assertThat(w.get("promise").asText()).startsWith("Livraison ").contains(" entre ");
    }

    @Test
    void placingAnOrder_reservesAndCaptures_thenACarrierDelayIsToldOnTheOrder() throws Exception {
        HttpResponse<String> placed = shop.post("/api/orders?lang=fr", "{\"destination\": {\"postalCode\": \"75015\"},"
                + " \"lines\": [{\"sku\": \"TSHIRT-M\", \"quantity\": 1}], \"choice\": {\"method\": \"HOME_DELIVERY\","
                + " \"service\": \"std\"}}");

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        String id = JSON.readTree(placed.body()).get("orderId").asText();
        Storefront s = shop.server.shop();
        assertThat(s.engine().reservation(id)).hasValueSatisfying(res -> assertThat(res.confirmed()).isTrue());
        assertThat(s.tracker().order(id)).isPresent();
        String before = JSON.readTree(shop.get("/api/orders/" + id + "?lang=fr").body()).get("promise").get("date").asText();

        HttpResponse<String> applied = shop.post("/events", "{\"type\": \"carrierDelayed\", \"id\": \"ev-1\","
                + " \"service\": \"std\", \"days\": 2}");

        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(JSON.readTree(applied.body()).get("touched").toString()).contains(id);
        JsonNode order = JSON.readTree(shop.get("/api/orders/" + id + "?lang=fr").body());
        assertThat(order.get("status").asText()).isEqualTo("PROMISE_CHANGED");
        assertThat(order.get("promise").get("date").asText()).isGreaterThan(before);
        assertThat(order.get("changes").get(0).get("message").asText()).startsWith("Votre commande arrivera le ")
                .contains(" au lieu du ");
        assertThat(shop.post("/events", "{\"type\": \"carrierDelayed\", \"id\": \"ev-1\", \"service\": \"std\", \"days\": 2}")
                .body()).contains("\"repeated\":true");
    }

    @Test
    void theCheckoutOffersTheVansWindows_andTheSecondOneChosenIsReservedAndShown() throws Exception {
        String cart = "{\"destination\": {\"postalCode\": \"75015\"}, \"lines\": [{\"sku\": \"TSHIRT-M\", \"quantity\": 1}]";
        JsonNode options = JSON.readTree(shop.post("/api/checkout?lang=fr", cart + "}").body()).get("options");
        JsonNode vans = null;
        for (JsonNode o : options) {
            if (o.get("service").asText().equals("vans-paris")) {
                vans = o;
            }
        }
        assertThat(vans).as(options.toString()).isNotNull();
        JsonNode windows = vans.get("windows");
        // Thursday 10:15 (08:15 UTC), zone 75 (lead time 2 h, 12 drops a window): 14:00 is full in the demo's
        // windowLoad, so the windows are 18:00 then 20:00 (16:00 and 18:00 UTC), each with its own countdown
        assertThat(windows.size()).isGreaterThanOrEqualTo(2);
        assertThat(windows.get(0).get("start").asText()).isEqualTo("2026-09-17T16:00:00Z");
        assertThat(windows.get(1).get("start").asText()).isEqualTo("2026-09-17T18:00:00Z");
        assertThat(windows.get(1).get("end").asText()).isEqualTo("2026-09-17T20:00:00Z");
        assertThat(windows.get(1).get("promise").asText()).isEqualTo("Livraison aujourd'hui entre 20h00 et 22h00");
        assertThat(Instant.parse(windows.get(1).get("orderBy").asText()))
                .isAfter(Instant.parse(windows.get(0).get("orderBy").asText()))
                .isBeforeOrEqualTo(Instant.parse("2026-09-17T16:00:00Z")); // ready by the start minus the 2 h lead time
        assertThat(windows.get(1).get("orderByText").asText()).startsWith("Commandez dans les ");

        HttpResponse<String> placed = shop.post("/api/orders?lang=fr", cart + ", \"choice\": {\"method\": \"SCHEDULED\","
                + " \"service\": \"vans-paris\", \"window\": \"2026-09-17T20:00:00+02:00\"}}");

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        String id = JSON.readTree(placed.body()).get("orderId").asText();
        Storefront s = shop.server.shop();
        Instant second = Instant.parse("2026-09-17T18:00:00Z");
        assertThat(s.engine().reservation(id)).hasValueSatisfying(res -> {
            assertThat(res.confirmed()).isTrue();
            assertThat(res.windows()).containsExactly(new Reservation.WindowHold("vans-paris", "75", second));
        });
        assertThat(s.tracker().order(id).orElseThrow().fulfilment().window().orElseThrow().start()).isEqualTo(second);
        assertThat(s.engine().window("vans-paris", "75", second).held()).isEqualTo(1);
        JsonNode order = JSON.readTree(shop.get("/api/orders/" + id + "?lang=fr").body());
        assertThat(order.get("promise").get("promise").asText()).isEqualTo("Livraison aujourd'hui entre 20h00 et 22h00");
        assertThat(order.get("promise").get("windows").get(0).get("start").asText()).isEqualTo(second.toString());
    }

    @Test
    void aVanCancelledForTheChosenWindow_movesTheOrderToTheNextWindow_andTheOrderPageSaysSo() throws Exception {
        HttpResponse<String> placed = shop.post("/api/orders?lang=fr", "{\"destination\": {\"postalCode\": \"75015\"},"
                + " \"lines\": [{\"sku\": \"TSHIRT-M\", \"quantity\": 1}], \"choice\": {\"method\": \"SCHEDULED\","
                + " \"service\": \"vans-paris\", \"window\": \"2026-09-17T20:00:00+02:00\"}}");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        String id = JSON.readTree(placed.body()).get("orderId").asText();
        Instant chosen = Instant.parse("2026-09-17T18:00:00Z");

        HttpResponse<String> applied = shop.post("/events", "{\"type\": \"windowCancelled\", \"id\": \"ev-w\","
                + " \"service\": \"vans-paris\", \"zone\": \"75\", \"window\": \"2026-09-17T20:00:00+02:00\"}");

        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(JSON.readTree(applied.body()).get("changed").get(0).get("message").asText())
                .isEqualTo("Votre livraison est déplacée au vendredi 18 septembre entre 8h et 10h");
        Storefront s = shop.server.shop();
        Instant now = s.tracker().order(id).orElseThrow().reservation().windows().get(0).window();
        assertThat(now).isEqualTo(Instant.parse("2026-09-18T06:00:00Z")); // Friday 08:00, the next window
        assertThat(s.engine().window("vans-paris", "75", chosen).held()).isZero();
        JsonNode order = JSON.readTree(shop.get("/api/orders/" + id + "?lang=fr").body());
        assertThat(order.get("status").asText()).isEqualTo("PROMISE_CHANGED");
        assertThat(order.get("promise").get("windows").get(0).get("start").asText()).isEqualTo(now.toString());
        assertThat(shop.post("/events", "{\"type\": \"windowCapacityChanged\", \"id\": \"ev-k\", \"service\":"
                + " \"vans-paris\", \"zone\": \"75\", \"window\": \"2026-09-17T20:00:00+02:00\", \"capacity\": -1}")
                .body()).contains("capacity: must be >= 0");
    }

    @Test
    void aWindowNoLongerOffered_isRefusedWith409_andNothingHeld() throws Exception {
        HttpResponse<String> r = shop.post("/api/orders", "{\"destination\": {\"postalCode\": \"75015\"},"
                + " \"lines\": [{\"sku\": \"TSHIRT-M\", \"quantity\": 1}], \"choice\": {\"method\": \"SCHEDULED\","
                + " \"service\": \"vans-paris\", \"window\": \"2026-09-17T14:00:00+02:00\"}}"); // full

        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(r.body()).contains("the window chosen is no longer offered");
        assertThat(shop.server.shop().tracker().orders()).isEmpty();
        assertThat(shop.server.shop().engine().reservations("", 10)).isEmpty();
    }

    @Test
    void aStockCorrectionAtTheOrdersOrigin_touchesTheOrder_andItKeepsAHold() throws Exception {
        HttpResponse<String> placed = shop.post("/api/orders", "{\"destination\": {\"postalCode\": \"75015\"},"
                + " \"lines\": [{\"sku\": \"TSHIRT-M\", \"quantity\": 1}], \"choice\": {\"method\": \"HOME_DELIVERY\","
                + " \"service\": \"std\"}}");
        String id = JSON.readTree(placed.body()).get("orderId").asText();
        Storefront s = shop.server.shop();
        String origin = s.tracker().order(id).orElseThrow().fulfilment().shipments().get(0).from();

        HttpResponse<String> applied = shop.post("/events", "{\"type\": \"stockCorrected\", \"id\": \"count-1\","
                + " \"location\": \"" + origin + "\", \"sku\": \"TSHIRT-M\", \"onHand\": 0}");

        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(JSON.readTree(applied.body()).get("touched").toString()).contains(id);
        assertThat(s.engine().stock(origin, "TSHIRT-M").onHand()).isZero();
        // re-planned elsewhere or promised again: either way the order holds stock somewhere else now
        assertThat(s.tracker().order(id)).hasValueSatisfying(o ->
                assertThat(o.fulfilment().shipments().get(0).from()).isNotEqualTo(origin));
        assertThat(s.engine().reservation(id)).isPresent();
    }

    @Test
    void anOptionNoLongerOffered_isRefusedWith409_andNothingHeld() throws Exception {
        HttpResponse<String> r = shop.post("/api/orders", "{\"destination\": {\"postalCode\": \"75015\"},"
                + " \"lines\": [{\"sku\": \"TSHIRT-M\", \"quantity\": 1}], \"choice\": {\"method\": \"HOME_DELIVERY\","
                + " \"service\": \"no-such-service\"}}");

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(shop.server.shop().tracker().orders()).isEmpty();
        assertThat(shop.get("/metrics").body()).contains("promise_refusals_total 1.0");
    }

    @Test
    void badOrdersAndEvents_get400_namingEveryFieldAndNothingChanges() throws Exception {
        HttpResponse<String> order = shop.post("/api/orders", "{\"destination\": {\"postalCode\": \"75015\"},"
                + " \"lines\": [{\"sku\": \"TSHIRT-M\", \"quantity\": 0}], \"choice\": {\"method\": \"HOME_DELIVERY\","
                + " \"service\": \"std\"}}");
        HttpResponse<String> event = shop.post("/events", "{\"type\": \"stockCorrected\", \"id\": \"ev-9\","
                + " \"location\": \"wh-marne\", \"sku\": 3, \"onHand\": 1.5, \"colour\": \"red\"}");
        HttpResponse<String> unknownPlace = shop.post("/events", "{\"type\": \"stockCorrected\", \"id\": \"ev-10\","
                + " \"location\": \"nowhere\", \"sku\": \"TSHIRT-M\", \"onHand\": 1}");

        assertThat(order.statusCode()).isEqualTo(400);
        assertThat(order.body()).contains("lines[0].quantity");
        assertThat(event.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(event.body()).get("problems").toString()).contains("colour: unknown field")
                .contains("sku: must be a string").contains("onHand: must be a whole number");
        assertThat(unknownPlace.statusCode()).isEqualTo(400);
        assertThat(unknownPlace.body()).contains("nowhere");
        assertThat(shop.server.shop().tracker().applied("ev-10")).isFalse();
    }

    @Test
    void limitsAndErrors_areJson_neverAStackTrace() throws Exception {
        HttpResponse<String> big = shop.post("/api/quote", "{\"x\": \"" + "a".repeat(70_000) + "\"}");
        HttpResponse<String> missing = shop.get("/api/nothing-here");
        HttpResponse<String> wrongMethod = shop.get("/shopify/rates");

        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(big.body()).get("error").asText()).contains("at most 65536 bytes");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("error").asText()).contains("/api/nothing-here");
        assertThat(wrongMethod.statusCode()).isIn(404, 405);
        for (HttpResponse<String> r : List.of(big, missing, wrongMethod)) {
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void healthAndMetrics_tellWhatHappened() {
        shop.get("/api/products/TSHIRT-M/badges?postalCode=75011");
        shop.post("/shopify/rates", TestShop.resource("/shopify/documented-example.json"));

        assertThat(shop.get("/health").body()).contains("\"status\":\"UP\"").contains("\"networkVersion\":1");
        String metrics = shop.get("/metrics").body();
        assertThat(metrics).contains("promise_quotes_total{endpoint=\"badges\"} 1.0")
                .contains("promise_quotes_total{endpoint=\"shopify\"} 1.0")
                .contains("storefront_request_seconds_count{method=\"POST\",route=\"/shopify/rates\",status=\"200\"} 1")
                .contains("promise_repromises_total{outcome=\"changed\"} 0.0")
                .contains("promise_reservations_total 0.0");
    }

    @Test
    void metrics_showTheEnginesOwnMeters_fromItsObserver() throws Exception {
        String request = TestShop.resource("/networks/requests/paris-cart.json");
        int options = JSON.readTree(shop.post("/api/quote", request).body()).get("options").size();

        String metrics = shop.get("/metrics").body();

        assertThat(options).isPositive();
        assertThat(metrics).contains("promise_engine_quote_seconds_count{outcome=\"answered\"} 1")
                .contains("promise_engine_quote_seconds_count{outcome=\"refused\"} 0")
                .contains("promise_engine_reservations_total{operation=\"reserve\",outcome=\"refused\"} 0.0")
                .contains("promise_engine_lapses_total 0.0")
                .contains("promise_engine_notices_total{kind=\"withdrawn\"} 0.0");
        double counted = 0;
        for (String method : List.of("home_delivery", "courier", "collect")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                    "promise_engine_quote_options_total\\{method=\"" + method + "\"} ([0-9.]+)").matcher(metrics);
            assertThat(m.find()).as(method).isTrue();
            counted += Double.parseDouble(m.group(1));
        }
        assertThat(counted).isEqualTo(options);
    }

    @Test
    void pages_escapeTextFromShoppers_andSpeakFrenchFirst() {
        HttpResponse<String> product = shop.get("/products/TSHIRT-M?postalCode=%22%3E%3Cscript%3Ealert(1)%3C/script%3E");
        HttpResponse<String> english = shop.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(shop.base() + "/products/TSHIRT-M")).header("Accept-Language", "en-GB,en;q=0.8").build());
        HttpResponse<String> unknown = shop.get("/products/%3Cb%3Ex%3C%2Fb%3E");

        assertThat(product.statusCode()).isEqualTo(200);
        assertThat(product.body()).contains("<html lang=\"fr\">").contains("T-shirt en coton bio")
                .contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"").doesNotContain("<script>alert");
        assertThat(english.body()).contains("<html lang=\"en\">").contains("Organic cotton T-shirt");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("&lt;b&gt;x&lt;/b&gt;").doesNotContain("<b>x</b>");
        assertThat(shop.get("/static/shop.js").statusCode()).isEqualTo(200);
        assertThat(shop.get("/").body()).contains("/products/COFFEE-MACHINE");
    }
}
