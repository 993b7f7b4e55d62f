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
package io.promiseengine.regressions;

import io.promiseengine.examples.serve.StorefrontServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, found hunting: an event ({@code POST /events}) whose count is a whole number past an {@code int}
 * ({@code "onHand": 2147483648}) was refused as "must be a whole number", which it is. Refused now with the range
 * it must be in; nothing changes.
 */
class Issue13EventNumberPastAnIntTest {

    private StorefrontServer server;

    @BeforeEach
    void start() throws IOException {
        server = DemoStorefront.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aCountPastAnIntIsRefusedWithItsRange() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.port() + "/events")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\": \"stockCorrected\", \"id\": \"e1\", \"location\":"
                        + " \"wh-marne\", \"sku\": \"TSHIRT-M\", \"onHand\": 2147483648}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo("{\"status\":400,\"error\":\"bad request\",\"problems\":[\"onHand: must be a whole"
                + " number from -2147483648 to 2147483647, was 2147483648\"]}");
        assertThat(server.shop().tracker().applied("e1")).isFalse();
    }
}
