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

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the server while listing pages are being answered: every request the server began to answer gets its
 * whole answer. Connections still in the accept queue when the server stops are closed unanswered (the client
 * sees no byte), and later ones refused; the count of listings the server began (its {@code promise_quotes_total})
 * must equal the count of whole answers the clients received.
 */
class GracefulStopTest {

    @Test
    void stop_letsRequestsInFlightFinish_thenRefusesConnections() throws Exception {
        TestShop shop = TestShop.fixed();
        String page = TestShop.resource("/networks/listings/paris-bastille.json");
        AtomicBoolean stopping = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Future<int[]>> results = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            results.add(clients.submit(() -> {
                int ok = 0;
                int other = 0;
                while (true) {
                    HttpResponse<String> r;
                    try { // a client per request: a connection per request, so a refused one is told apart
                        r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(shop.base() + "/api/listing"))
                                .POST(HttpRequest.BodyPublishers.ofString(page)).build(), HttpResponse.BodyHandlers.ofString());
                    } catch (IOException e) {
                        if (stopping.get()) {
                            return new int[] {ok, other}; // unanswered or refused once the server stops: expected
                        }
                        throw e;
                    }
                    if (r.statusCode() == 200 && r.body().endsWith("}")) {
                        ok++;
                    } else {
                        other++;
                    }
                }
            }));
        }
        Thread.sleep(700);
        stopping.set(true);
        shop.close();
        clients.shutdown();
        assertThat(clients.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
        int ok = 0;
        for (Future<int[]> f : results) {
            int[] counts = f.get();
            assertThat(counts[1]).as("answers that were not a whole 200").isZero();
            ok += counts[0];
        }
        assertThat(ok).isPositive();
        Matcher begun = Pattern.compile("promise_quotes_total\\{endpoint=\"listing\"} ([0-9.]+)")
                .matcher(shop.server.metrics());
        assertThat(begun.find()).isTrue();
        assertThat(ok).as("whole answers received against listings begun").isEqualTo((int) Double.parseDouble(begun.group(1)));
    }
}
