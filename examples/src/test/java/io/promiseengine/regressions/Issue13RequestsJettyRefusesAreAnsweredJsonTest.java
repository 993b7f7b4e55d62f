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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, found hunting: a request Jetty refuses before any route ({@code GET /orders/%00}: an encoded NUL in
 * the path; a header larger than Jetty's buffer) was answered with Jetty's own HTML page
 * ({@code <h2>HTTP ERROR 400 Bad Request</h2>}, {@code text/html;charset=iso-8859-1}), where docs/STOREFRONT.md
 * promises a JSON error for every status. Now the storefront's JSON, with the reason phrase only.
 */
class Issue13RequestsJettyRefusesAreAnsweredJsonTest {

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
    void aPathWithAnEncodedNulIsAnswered400Json() throws IOException {
        String answer = exchange("GET /orders/%00%1b HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400 ").containsIgnoringCase("content-type: application/json")
                .endsWith("{\"status\":400,\"error\":\"bad request\",\"problems\":[]}").doesNotContain("<html>");
    }

    @Test
    void aHeaderTooLargeIsAnswered431Json() throws IOException {
        String answer = exchange("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 431 ").containsIgnoringCase("content-type: application/json")
                .endsWith("{\"status\":431,\"error\":\"request header fields too large\",\"problems\":[]}");
    }

    private String exchange(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[4096];
            for (int n; (n = in.read(buf)) != -1 && b.size() < 1 << 20; ) {
                b.write(buf, 0, n);
            }
            return b.toString(StandardCharsets.UTF_8);
        }
    }
}
