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
import io.promiseengine.model.Method;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseMessages;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /shopify/rates} over HTTP, each rate compared with the quote a calculator gives on the same network.
 *
 * <p>{@code shopify/documented-example.json} is the example rate request of Shopify's CarrierService
 * documentation ("Jamie D's Emporium" in Ottawa shipping a T-shirt without a sku to 24 Sussex Dr.), as the
 * documentation prints it (copied from the copy of it at docs.datajet-app.com/scripts/blank/shipping-rate).
 */
class ShopifyRatesHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestShop shop;

    @BeforeAll
    static void start() {
        shop = TestShop.fixed();
    }

    @AfterAll
    static void stop() {
        shop.close();
    }

    @Test
    void shopifysDocumentedExample_aCanadianShop_gets200AndNoRates() throws Exception {
        HttpResponse<String> r = shop.post("/shopify/rates", TestShop.resource("/shopify/documented-example.json"));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(JSON.readTree(r.body())).isEqualTo(JSON.readTree("{\"rates\": []}"));
    }

    @Test
    void aParisCart_everyRateIsTheEnginesQuote_inSubunitsAndShopifysDates() throws Exception {
        String body = rateRequest("75011", "fr", "{\"name\": \"T-shirt\", \"sku\": \"TSHIRT-M\", \"quantity\": 2, \"grams\": 400,"
                + " \"price\": 1990, \"vendor\": \"Maison\", \"requires_shipping\": true, \"taxable\": true,"
                + " \"fulfillment_service\": \"manual\", \"properties\": null, \"product_id\": 1, \"variant_id\": 2,"
                + " \"a_field_shopify_adds_tomorrow\": {\"x\": 1}},"
                + " {\"name\": \"Carte cadeau\", \"sku\": \"GIFT-CARD\", \"quantity\": 1, \"grams\": 0, \"price\": 5000,"
                + " \"requires_shipping\": false}");

        JsonNode rates = rates(body);

        Quote expected = PromiseCalculator.of(shop.network).quote(QuoteRequest.builder(TestShop.THURSDAY,
                Destination.postalCode("75011")).line("TSHIRT-M", 2).build());
        List<PromiseOption> shipped = new ArrayList<>();
        for (PromiseOption o : expected.options()) {
            if (o.method() != Method.COLLECT) {
                shipped.add(o);
            }
        }
        assertThat(shipped).isNotEmpty();
        assertThat(rates).hasSize(shipped.size());
        for (int i = 0; i < shipped.size(); i++) {
            PromiseOption o = shipped.get(i);
            JsonNode rate = rates.get(i);
            assertThat(rate.get("service_code").asText()).isEqualTo(o.service().orElseThrow());
            assertThat(rate.get("total_price").asText()).isEqualTo(Long.toString(o.price().movePointRight(2).longValueExact()));
            assertThat(rate.get("currency").asText()).isEqualTo("EUR");
            assertThat(rate.get("max_delivery_date").asText()).isEqualTo(shopifyDate(o.promisedAt(), o.zone()));
            assertThat(rate.get("description").asText()).isEqualTo(PromiseMessages.french()
                    .describe(o, TestShop.THURSDAY, id -> id).orderBy().orElseThrow());
            assertThat(rate.get("min_delivery_date").asText()).isLessThanOrEqualTo(rate.get("max_delivery_date").asText());
        }
        assertThat(rates.findValuesAsText("service_name")).contains("Colis Standard", "Express 13h", "Coursier Urbain");
    }

    @Test
    void minDeliveryDate_isTheEarliestDateAnyTransitMassReaches() throws Exception {
        JsonNode rates = rates(rateRequest("75011", "fr", item("TSHIRT-M", 1)));
        Quote earliest = PromiseCalculator.of(shop.network).quote(QuoteRequest.builder(TestShop.THURSDAY,
                Destination.postalCode("75011")).line("TSHIRT-M", 1).confidence(1e-6)
                .methods(Method.HOME_DELIVERY).build());

        for (JsonNode rate : rates) {
            for (PromiseOption o : earliest.options()) {
                if (o.service().equals(Optional.of(rate.get("service_code").asText()))) {
                    assertThat(rate.get("min_delivery_date").asText()).isEqualTo(shopifyDate(o.promisedAt(), o.zone()));
                }
            }
        }
    }

    @Test
    void theDescription_isInTheRequestsLanguage() throws Exception {
        JsonNode en = rates(rateRequest("75011", "en-GB", item("TSHIRT-M", 1)));
        JsonNode fr = rates(rateRequest("75011", "fr-FR", item("TSHIRT-M", 1)));

        assertThat(en.get(0).get("description").asText()).startsWith("Order within");
        assertThat(fr.get(0).get("description").asText()).startsWith("Commandez dans les");
    }

    @Test
    void cartsThatCannotBeShipped_get200AndNoRates() throws Exception {
        assertThat(rates(rateRequest("75011", "fr", item("NO-SUCH-SKU", 1)))).isEmpty();
        assertThat(rates(rateRequest("75011", "fr", "{\"sku\": \"GIFT\", \"quantity\": 1, \"requires_shipping\": false}")))
                .isEmpty();
        assertThat(rates(rateRequest("75011", "fr", item("TSHIRT-M", 1))
                .replace("\"destination\": {\"country\": \"FR\"", "\"destination\": {\"country\": \"DE\""))).isEmpty();
    }

    @Test
    void aMalformedBody_gets400WithEveryProblemAndItsPath() throws Exception {
        HttpResponse<String> notJson = shop.post("/shopify/rates", "{\"rate\": ");
        HttpResponse<String> wrong = shop.post("/shopify/rates", "{\"rate\": {\"destination\": {\"country\": \"FR\","
                + " \"postal_code\": 75011}, \"items\": [{\"sku\": \"A\", \"quantity\": -1}], \"locale\": 3}}");
        HttpResponse<String> noRate = shop.post("/shopify/rates", "{\"rates\": []}");

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("not JSON").doesNotContain("Exception").doesNotContain("at io.");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrong.body()).get("problems")).hasSize(3);
        assertThat(wrong.body()).contains("rate.destination.postal_code: must be a string")
                .contains("rate.items[0].quantity: must be a whole number >= 1")
                .contains("rate.locale: must be a string");
        assertThat(noRate.statusCode()).isEqualTo(400);
        assertThat(noRate.body()).contains("rate: required");
        HttpResponse<String> tooMany = shop.post("/shopify/rates", rateRequest("75011", "fr", item("TSHIRT-M", 999_999_999)
                + ", " + item("TSHIRT-M", 999_999_999) + ", " + item("TSHIRT-M", 999_999_999)));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("the quantities of sku \\\"TSHIRT-M\\\" add up to more than 2147483647");
    }

    private static JsonNode rates(String requestBody) throws Exception {
        HttpResponse<String> r = shop.post("/shopify/rates", requestBody);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("rates");
    }

    private static String item(String sku, int quantity) {
        return "{\"name\": \"x\", \"sku\": \"" + sku + "\", \"quantity\": " + quantity + ", \"grams\": 500, \"price\": 1000,"
                + " \"vendor\": \"v\", \"requires_shipping\": true, \"taxable\": true, \"fulfillment_service\": \"manual\","
                + " \"properties\": null, \"product_id\": 1, \"variant_id\": 2}";
    }

    private static String rateRequest(String postalCode, String locale, String items) {
        return "{\"rate\": {\"origin\": {\"country\": \"FR\", \"postal_code\": \"77700\", \"city\": \"Serris\"},"
                + " \"destination\": {\"country\": \"FR\", \"postal_code\": \"" + postalCode + "\", \"province\": null,"
                + " \"city\": \"Paris\", \"name\": \"Anne\", \"address1\": \"1 rue de la Roquette\", \"address2\": \"\","
                + " \"address3\": null, \"phone\": null, \"fax\": null, \"email\": null, \"address_type\": null,"
                + " \"company_name\": null}, \"items\": [" + items + "], \"currency\": \"EUR\", \"locale\": \"" + locale + "\"}}";
    }

    /** {@code 2026-09-18 13:00:00 +0200}, written by hand from the local date-time and the offset. */
    private static String shopifyDate(Instant at, ZoneId zone) {
        ZonedDateTime t = at.atZone(zone);
        int offset = t.getOffset().getTotalSeconds() / 60;
        return String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d %s%02d%02d", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), offset < 0 ? "-" : "+",
                Math.abs(offset) / 60, Math.abs(offset) % 60);
    }
}
