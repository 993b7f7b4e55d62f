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

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A POST whose work outlasts the request deadline is answered 503 in JSON at the deadline, not when the work ends. */
class RequestDeadlineTest {

    @Test
    void anEventWhoseWorkOutlastsTheDeadline_gets503AtTheDeadline() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        StorefrontServer.Settings settings = new StorefrontServer.Settings(Set.of("FR"), 0.95, 64 * 1024,
                Duration.ofMillis(300), Duration.ofSeconds(10));
        // a listener that holds the event's work until the test lets it go: a slow notification channel
        try (TestShop shop = TestShop.withListener(change -> awaitQuietly(release), settings)) {
            HttpResponse<String> placed = shop.post("/api/orders", "{\"destination\": {\"postalCode\": \"75015\"},"
                    + " \"lines\": [{\"sku\": \"TSHIRT-M\", \"quantity\": 1}], \"choice\": {\"method\": \"HOME_DELIVERY\","
                    + " \"service\": \"std\"}}");
            assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);

            long start = System.nanoTime();
            HttpResponse<String> r = shop.post("/events", "{\"type\": \"carrierDelayed\", \"id\": \"slow\","
                    + " \"service\": \"std\", \"days\": 2}");
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            release.countDown();

            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(new ObjectMapper().readTree(r.body()).get("error").asText()).isEqualTo("timed out after 300 ms");
            assertThat(tookMillis).isBetween(250L, 5_000L);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
