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
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, a slow loris on 413: a body announced too large is answered 413 at once, then what the client still sends
 * is discarded before the close (so that a client sending it all reads the answer, not a reset:
 * {@link Issue13HugeBodyIsAnswered413Test}). That discard ran on a Jetty thread for up to 30 s, so clients trickling
 * huge bodies (1 KB a second each) held a Jetty thread each for 30 s: 250 of them, all of Jetty's. Now at most 4
 * bodies are discarded at once, for at most 10 s each (docs/STOREFRONT.md, "Limits"); the connections past those 4
 * are closed right after their 413.
 */
class Issue13TrickledHugeBodiesHoldFewThreadsTest {

    private static final int DISCARDED_AT_ONCE = 4;
    private static final int CLIENTS = DISCARDED_AT_ONCE + 2;
    private static final String TOO_LARGE = "{\"status\":413,\"error\":\"body too large: at most 65536 bytes\",\"problems\":[]}";
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
    void clientsTricklingHugeBodies_holdAtMostFourThreads_forAtMostTenSeconds() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Trickle>> trickles = new ArrayList<>();
        try {
            for (int i = 0; i < CLIENTS; i++) {
                trickles.add(clients.submit(this::trickle));
            }
            List<Trickle> done = new ArrayList<>();
            for (Future<Trickle> f : trickles) {
                done.add(f.get(60, TimeUnit.SECONDS));
            }
            done.sort((a, b) -> Long.compare(a.closedAfterMillis, b.closedAfterMillis));

            // the clients past the 4 discarded at once are closed right after their 413, not discarded
            for (Trickle t : done.subList(0, CLIENTS - DISCARDED_AT_ONCE)) {
                assertThat(t.closedAfterMillis).as(done.toString()).isLessThan(5_000);
            }
            // and no discard lasts longer than 10 s (it was 30 s)
            for (Trickle t : done) {
                assertThat(t.closedAfterMillis).as(done.toString()).isBetween(0L, 20_000L);
            }
            // those discarded read their 413 (the others may read a reset instead)
            assertThat(done.stream().filter(t -> t.answer.startsWith("HTTP/1.1 413 ") && t.answer.contains(TOO_LARGE)))
                    .as(done.toString()).hasSizeGreaterThanOrEqualTo(DISCARDED_AT_ONCE);
        } finally {
            clients.shutdownNow();
        }
    }

    /** What a trickling client read, and when the server closed its connection (ms after the headers were sent). */
    private record Trickle(String answer, long closedAfterMillis) {
    }

    /**
     * Announces 20 MB, then sends 100 bytes every 100 ms, reading what comes, until a write fails: the server has
     * closed the connection, no longer reading (the end of the answer's stream comes earlier: the server shuts its
     * output once the 413 is written, and reads on). 40 s at most.
     */
    private Trickle trickle() throws IOException, InterruptedException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(20);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write(("POST /api/quote HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                    + (20 * 1024 * 1024) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            boolean answered = false; // the server's side ended (its output shut once the 413 is written)
            while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(40)) {
                try {
                    out.write(new byte[100]);
                    out.flush();
                } catch (IOException e) {
                    break; // the server no longer reads: it closed the connection (a reset)
                }
                try {
                    int n = answered ? 0 : in.read(buf);
                    if (n == -1) {
                        answered = true;
                    } else {
                        answer.write(buf, 0, n);
                    }
                } catch (SocketTimeoutException e) {
                    // nothing to read yet: go on sending
                } catch (IOException e) {
                    break; // reset
                }
                Thread.sleep(100);
            }
            return new Trickle(answer.toString(StandardCharsets.UTF_8), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
