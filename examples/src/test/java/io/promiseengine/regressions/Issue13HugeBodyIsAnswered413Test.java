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
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, a gap left: a 20 MB {@code POST} to the storefront got its connection reset instead of an answer (the
 * body was refused only once read, and the connection then closed under a client still sending). Now a body
 * announced larger than the limit ({@code Settings.maxBodyBytes}, 64 KiB: docs/STOREFRONT.md, docs/LIMITS.md) is
 * answered {@code 413} with a JSON body at once, before any of it is read, and the connection is closed cleanly
 * (the client reads the answer, then the end of the stream; no reset). A chunked body is cut at the limit the same way.
 */
class Issue13HugeBodyIsAnswered413Test {

    private static final int TWENTY_MB = 20 * 1024 * 1024;
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
    void aTwentyMegabytePostFromTheJdkClientIsAnswered413() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        byte[] body = new byte[TWENTY_MB];
        Arrays.fill(body, (byte) 'a');
        // (not with expectContinue: the JDK 17 client waits forever for a "100 Continue" that a final answer replaces,
        // a bug of that client; the raw exchange is checked below)
        HttpResponse<String> r = http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/quote"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString()).get(120, TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Connection")).hasValue("close");
        assertThat(r.body()).isEqualTo("{\"status\":413,\"error\":\"body too large: at most 65536 bytes\",\"problems\":[]}");
        // and the server goes on answering
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    /**
     * The client announces 20 MB and sends 1 KiB of it, then only reads: the answer comes without the rest (a server
     * that read the body first would never answer), and the stream ends cleanly.
     */
    @Test
    void theAnswerComesBeforeTheBodyIsSentAndTheConnectionEndsCleanly() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/quote HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                    + TWENTY_MB + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1024]);
            out.flush();
            String answer = readToEnd(s.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413 ").containsIgnoringCase("connection: close")
                    .contains("{\"status\":413,\"error\":\"body too large: at most 65536 bytes\",\"problems\":[]}");
        }
    }

    /** A client that waits for {@code 100 Continue} gets the final answer instead, and sends nothing. */
    @Test
    void aClientExpecting100ContinueGetsThe413Instead() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/quote HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                    + TWENTY_MB + "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readToEnd(s.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413 ").doesNotContain("100 Continue")
                    .contains("{\"status\":413,\"error\":\"body too large: at most 65536 bytes\",\"problems\":[]}");
        }
    }

    /** A chunked body has no length to announce: it is read up to the limit, then answered 413 the same way. */
    @Test
    void aChunkedBodyIsCutAtTheLimit() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/quote HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[8192];
            Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 10; i++) { // 80 KiB, past the 64 KiB limit, and the body not ended
                out.write(("2000\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
            String answer = readToEnd(s.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413 ")
                    .contains("{\"status\":413,\"error\":\"body too large: at most 65536 bytes\",\"problems\":[]}");
        }
    }

    /** Everything up to the end of the stream; a reset (an IOException) fails the test. */
    private static String readToEnd(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        for (int n; (n = in.read(buf)) != -1; ) {
            b.write(buf, 0, n);
            if (b.size() > 1 << 20) {
                break;
            }
        }
        return b.toString(StandardCharsets.UTF_8);
    }
}
