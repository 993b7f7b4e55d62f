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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 (echo of control characters, unbounded echo), the storefront's endpoints: a checkout's
 * {@code choice.method} and {@code choice.window}, an event's {@code type}, date-times and dates, and the order id
 * of {@code GET /api/orders/{id}} were echoed raw in the refusal, whole (up to the 64 KiB body limit), control
 * characters included, which a client or a log printing the {@code error} or {@code problems} text shows raw. They
 * now go through {@code Echo.quote}: escaped, cut after 80 characters. (Kept beside {@link TestShop}, the
 * storefront's test harness; the other issue 13 cases of the command line are in {@code regressions}.)
 */
class StorefrontEchoesHostileTextEscapedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** ESC [2J (clear the screen), a newline and a forged line, then 1,000 characters. */
    private static final String HOSTILE = "x\u001b[2J\nFAKE: line" + "y".repeat(1_000);
    private static final String HOSTILE_JSON = "x\\u001b[2J\\nFAKE: line" + "y".repeat(1_000);
    private TestShop shop;

    @BeforeEach
    void start() {
        shop = TestShop.fixed();
    }

    @AfterEach
    void stop() {
        shop.close();
    }

    @Test
    void refusalsOfACheckoutAnEventAndAnOrderIdEchoTheTextEscapedAndCut() throws Exception {
        String cart = "{\"destination\": {\"postalCode\": \"75015\"}, \"lines\": [{\"sku\": \"TSHIRT-M\", \"quantity\": 1}], ";
        List<HttpResponse<String>> refused = new ArrayList<>();
        refused.add(shop.post("/api/orders", cart + "\"choice\": {\"method\": \"" + HOSTILE_JSON + "\"}}"));
        refused.add(shop.post("/api/orders", cart + "\"choice\": {\"method\": \"SCHEDULED\", \"service\": \"vans\","
                + " \"window\": \"" + HOSTILE_JSON + "\"}}"));
        refused.add(shop.post("/events", "{\"type\": \"" + HOSTILE_JSON + "\", \"id\": \"ev-1\"}"));
        refused.add(shop.post("/events", "{\"type\": \"shipmentLate\", \"id\": \"ev-2\", \"orderId\": \"o\", \"from\": \"wh-marne\","
                + " \"expectedAt\": \"" + HOSTILE_JSON + "\"}"));
        refused.add(shop.post("/events", "{\"type\": \"locationClosed\", \"id\": \"ev-3\", \"location\": \"wh-marne\","
                + " \"from\": \"" + HOSTILE_JSON + "\", \"to\": \"2026-09-18\"}"));
        refused.add(shop.get("/api/orders/" + URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8).replace("+", "%20")));

        for (HttpResponse<String> r : refused) {
            assertThat(r.statusCode()).as(r.body()).isIn(400, 404);
            JsonNode body = JSON.readTree(r.body());
            List<String> texts = new ArrayList<>();
            texts.add(body.get("error").asText());
            body.path("problems").forEach(p -> texts.add(p.asText()));
            assertThat(String.join("\n", texts)).as(r.body()).contains("x\\u001b[2J\\nFAKE: line")
                    .doesNotContain("\u001b").doesNotContain("\nFAKE").doesNotContain("y".repeat(100));
        }
    }

    /**
     * Issue 13, the same on the pages and the badges: {@code GET /api/products/{sku}/badges?postalCode=} echoed a
     * refused postal code raw between quotes; the 404 pages of an unknown product or order wrote the sku or id with
     * its control characters and bidirectional overrides (HTML-escaped, but raw); the product and checkout pages
     * wrote any {@code postalCode} parameter into their field. Now: escaped by {@code Echo}, and a parameter with a
     * control character or a bidirectional override is not written at all.
     */
    @Test
    void thePagesAndTheBadgesEchoNoRawControlOrBidiCharacter() throws Exception {
        String hostile = "x\u202ey\u001b[2J\nFAKE";
        String url = URLEncoder.encode(hostile, StandardCharsets.UTF_8).replace("+", "%20");
        HttpResponse<String> badges = shop.get("/api/products/TSHIRT-M/badges?postalCode=" + url);
        assertThat(badges.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badges.body()).path("problems").get(0).asText())
                .isEqualTo("postalCode: must be 2 to 10 letters or digits, was \"x\\u202ey\\u001b[2J\\nFAKE\"");
        List<HttpResponse<String>> pages = List.of(shop.get("/products/" + url), shop.get("/checkout?sku=" + url),
                shop.get("/orders/" + url), shop.get("/products/TSHIRT-M?postalCode=" + url),
                shop.get("/checkout?sku=TSHIRT-M&postalCode=" + url));
        for (HttpResponse<String> page : pages) {
            assertThat(page.statusCode()).isIn(200, 404);
            assertThat(page.body()).doesNotContain("\u202e").doesNotContain("\u001b").doesNotContain("\nFAKE");
        }
        assertThat(pages.get(0).body()).contains("x\\u202ey\\u001b[2J\\nFAKE");
        assertThat(shop.get("/products/TSHIRT-M?postalCode=75011").body()).contains("value=\"75011\"");
    }
}
