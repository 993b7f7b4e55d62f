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

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.Endpoint;
import io.promiseengine.quote.InvalidRequestException;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;

/**
 * The storefront's HTTP server (Javalin on Jetty): routes, limits, errors, metrics and shutdown. Handlers
 * ({@link ApiHandlers}, {@link PageHandlers}) only translate HTTP to the library's documents and back.
 *
 * <ul>
 *   <li>Bodies over {@link Settings#maxBodyBytes()} are refused with 413; a connection idle (a body trickling
 *       in, a client not reading) longer than {@link Settings#idleTimeout()} is closed; the engine's work of a
 *       {@code POST} runs under a deadline of {@link Settings#requestTimeout()} (503 past it, unless the work has
 *       claimed the answer: {@link RequestDeadline}).</li>
 *   <li>Every error is JSON ({@code {"error": ..., "problems": [...]}}) for the API and a plain page for
 *       pages; never a stack trace (those go to the log).</li>
 *   <li>{@link #stop()} stops accepting connections and lets requests in flight finish (Jetty's graceful
 *       stop, up to 5 s); {@code serve} calls it on SIGTERM / Ctrl-C.</li>
 * </ul>
 */
public final class StorefrontServer {

    private static final Logger LOG = LoggerFactory.getLogger(StorefrontServer.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String STARTED = "storefront.started";
    private static final String ROUTE = "storefront.route";
    /** The most of a body too large discarded after the 413 (then the connection is closed, whatever is left). */
    static final long MAX_DISCARDED = 64L * 1024 * 1024;
    /**
     * How long a body too large is discarded after the 413 at most: an honest client sends its body at once (20 MB
     * over the loopback in a second or two), one that trickles it holds a Jetty thread that long.
     */
    static final Duration DISCARD_FOR = Duration.ofSeconds(10);
    /**
     * How many bodies too large are discarded at once at most (each on a Jetty thread, of 250): past it, the 413 is
     * sent and the connection closed at once, without discarding (the client may then read a reset instead of the
     * answer). Clients trickling huge bodies hold at most these threads, never all of Jetty's (it was 30 s each).
     */
    static final int MAX_DISCARDING = 4;

    /**
     * How the server answers.
     *
     * @param countries the ISO codes of the countries delivered to (Shopify's destinations elsewhere get no rate)
     * @param confidence the confidence of the promises shown and sent to Shopify
     * @param maxBodyBytes the largest request body accepted
     * @param requestTimeout the deadline of a {@code POST}'s work
     * @param idleTimeout how long a connection may stay silent
     */
    public record Settings(Set<String> countries, double confidence, long maxBodyBytes, Duration requestTimeout,
                           Duration idleTimeout) {

        public Settings {
            countries = Set.copyOf(countries);
            if (!(confidence > 0 && confidence <= 1)) {
                throw new IllegalArgumentException("confidence must be in (0, 1], was " + confidence);
            }
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be >= 1, was " + maxBodyBytes);
            }
            Objects.requireNonNull(requestTimeout, "requestTimeout");
            Objects.requireNonNull(idleTimeout, "idleTimeout");
        }

        /** France, 0.95, 64 KiB, 2 s of work (Shopify waits 3 s at most), 10 s idle. */
        public static Settings defaults() {
            return new Settings(Set.of("FR"), 0.95, 64 * 1024, Duration.ofSeconds(2), Duration.ofSeconds(10));
        }
    }

    private final Storefront shop;
    private final ShopMetrics metrics;
    private final Settings settings;
    private final Javalin app;
    private final Semaphore discarding = new Semaphore(MAX_DISCARDING);
    /** The work of the POSTs: their threads and their deadline. */
    private final RequestDeadline deadline;

    private StorefrontServer(Storefront shop, ShopMetrics metrics, Settings settings) {
        this.shop = shop;
        this.metrics = metrics;
        this.settings = settings;
        this.deadline = new RequestDeadline(settings.requestTimeout(), this::jettyThreads);
        ApiHandlers api = new ApiHandlers(shop, metrics, settings);
        PageHandlers pages = new PageHandlers(shop);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.http.defaultContentType = "application/json";
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(5_000);
                server.setErrorHandler(new JettyErrorsAsJson());
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/storefront/static";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "max-age=300");
            });
            config.router.handlerWrapper(this::timed);
            config.routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
            config.routes.before(this::refuseAnnouncedTooLarge);
            config.routes.after(this::record);

            config.routes.get("/", pages::home);
            config.routes.get("/products/{sku}", pages::product);
            config.routes.get("/checkout", pages::checkout);
            config.routes.get("/orders/{id}", pages::order);

            config.routes.get("/health", api::health);
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.scrape()));
            config.routes.post("/shopify/rates", deadline.limited(api::rates));
            config.routes.post("/api/quote", deadline.limited(api::quote));
            config.routes.post("/api/listing", deadline.limited(api::listing));
            config.routes.get("/api/products/{sku}/badges", api::badges);
            config.routes.post("/api/checkout", deadline.limited(api::checkoutOptions));
            config.routes.post("/api/orders", deadline.limited(api::placeOrder));
            config.routes.get("/api/orders/{id}", api::order);
            config.routes.post("/events", deadline.limited(api::event));

            config.routes.exception(BadDocumentException.class, (e, ctx) -> error(ctx, 400, "bad request", e.problems()));
            config.routes.exception(InvalidRequestException.class, (e, ctx) -> error(ctx, 400, "bad request",
                    List.of(e.getMessage())));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "refused",
                    List.of(e.getMessage())));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    e.getMessage(), List.of()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal error, logged on the server", List.of());
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")) {
                    error(ctx, 404, "not found: " + ctx.path(), List.of());
                }
            });
            config.routes.error(413, this::tooLarge); // a body without a length, cut at the limit when read
            config.routes.error(405, ctx -> error(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path(),
                    List.of()));
        });
    }

    /**
     * Starts a server on the storefront the factory builds (given the server's metrics listener and observer).
     *
     * @param host the interface to listen on ({@code 127.0.0.1}, {@code 0.0.0.0} for all)
     * @param port the port, 0 for any free one ({@link #port()} tells which)
     */
    public static StorefrontServer start(Storefront.Factory factory, Settings settings, String host, int port) {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(settings, "settings");
        ShopMetrics metrics = new ShopMetrics();
        StorefrontServer s = new StorefrontServer(factory.create(List.of(metrics), metrics.observer()), metrics, settings);
        try {
            s.app.start(host, port);
        } catch (RuntimeException e) {
            s.deadline.close(); // not listening: nothing to stop gracefully, but the storefront was built
            s.shop.close();
            throw e;
        }
        for (Connector c : s.app.jettyServer().server().getConnectors()) {
            if (c instanceof AbstractConnector connector) {
                connector.setIdleTimeout(settings.idleTimeout().toMillis());
            }
        }
        return s;
    }

    /** The port listened on (the one chosen when started with 0). */
    public int port() {
        return app.port();
    }

    public Storefront shop() {
        return shop;
    }

    /** The server's metrics, as {@code GET /metrics} shows them (also once stopped). */
    String metrics() {
        return metrics.scrape();
    }

    /** Stops accepting connections, lets requests in flight finish (up to 5 s), then stops. */
    public void stop() {
        app.stop();
        deadline.close();
        shop.close();
    }

    /**
     * A body announced larger than the limit ({@code Content-Length}) is answered 413 at once, before any of it is
     * read (docs/STOREFRONT.md, "Limits"). A body without a length (chunked) is cut at the limit when read, and
     * answered the same way.
     */
    private void refuseAnnouncedTooLarge(Context ctx) throws IOException {
        if (ctx.req().getContentLengthLong() > settings.maxBodyBytes()) {
            tooLarge(ctx);
            ctx.skipRemainingHandlers();
        }
    }

    /**
     * Answers 413 with {@code Connection: close} and sends the answer at once; then, for a client that does not
     * wait for {@code 100 Continue}, discards what it still sends (at most {@link #MAX_DISCARDED} bytes, for at most
     * {@link #DISCARD_FOR}, each read under the idle timeout, at most {@link #MAX_DISCARDING} bodies at once) before
     * the connection closes. Closing a socket with unread bytes makes the kernel send a reset, which a client still
     * sending its body gets instead of the answer (it was "Broken pipe" for the JDK's client): the lingering close of
     * HTTP/1.1 servers (RFC 9112, 9.6). Nothing discarded is kept.
     */
    private void tooLarge(Context ctx) throws IOException {
        if (ctx.res().isCommitted()) {
            return; // answered already, by refuseAnnouncedTooLarge
        }
        byte[] body = errorJson(413, "body too large: at most " + settings.maxBodyBytes() + " bytes", List.of())
                .getBytes(StandardCharsets.UTF_8);
        ctx.status(413);
        ctx.res().setHeader("Connection", "close");
        ctx.res().setContentType("application/json");
        ctx.res().setContentLength(body.length);
        ctx.res().getOutputStream().write(body);
        ctx.res().flushBuffer();
        ctx.result(new byte[0]); // written already: an error handler's result must not follow it
        String expect = ctx.header("Expect");
        if (expect != null && expect.toLowerCase(Locale.ROOT).contains("100-continue")) {
            return; // the client waits for "100 Continue" before its body, and got the answer instead
        }
        if (!discarding.tryAcquire()) {
            LOG.debug("{} bodies too large discarded already: this one is not, the connection closes", MAX_DISCARDING);
            return;
        }
        long deadline = System.nanoTime() + DISCARD_FOR.toNanos();
        byte[] sink = new byte[8192];
        long discarded = 0;
        try (InputStream in = ctx.req().getInputStream()) {
            for (int n; discarded < MAX_DISCARDED && System.nanoTime() < deadline && (n = in.read(sink)) != -1; ) {
                discarded += n;
            }
        } catch (IOException | RuntimeException e) {
            // the client went away or fell silent past the idle timeout: nothing more to do for it
            LOG.debug("stopped discarding a body too large after {} bytes: {}", discarded, e.toString());
        } finally {
            discarding.release();
        }
    }

    /** Jetty's threads, which write the deadline's 503. */
    private Executor jettyThreads() {
        return app.jettyServer().server().getThreadPool();
    }

    /** Remembers the route of the endpoint, for the latency metric. */
    private Handler timed(Endpoint endpoint) {
        if (!endpoint.method.isHttpMethod()) {
            return endpoint.handler; // before and after handlers
        }
        return ctx -> {
            ctx.attribute(ROUTE, endpoint.path);
            endpoint.handler.handle(ctx);
        };
    }

    private void record(Context ctx) {
        Long started = ctx.attribute(STARTED);
        String route = ctx.attribute(ROUTE);
        if (started != null) {
            metrics.request(ctx.method().name(), route == null ? (ctx.path().startsWith("/static/") ? "/static" : "unmatched")
                    : route, ctx.statusCode(), System.nanoTime() - started);
        }
    }

    /** A JSON error, or a small page for a browser asking for HTML. */
    static void error(Context ctx, int status, String message, List<String> problems) {
        ctx.status(status);
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("text/html") && !ctx.path().startsWith("/api")) {
            ctx.html(PageHandlers.errorPage(status, message));
            return;
        }
        ctx.contentType("application/json").result(errorJson(status, message, problems));
    }

    /**
     * The errors Jetty answers itself, before any route (a URI it refuses, such as {@code /orders/%00}: 400; a
     * header too large: 431), as the storefront's JSON instead of Jetty's HTML page; the reason phrase only, nothing
     * of the request echoed.
     */
    private static final class JettyErrorsAsJson extends org.eclipse.jetty.server.handler.ErrorHandler {

        @Override
        protected void generateResponse(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                                        int code, String message, Throwable cause, org.eclipse.jetty.util.Callback callback) {
            response.getHeaders().put(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE, "application/json");
            response.write(true, java.nio.ByteBuffer.wrap(body(code)), callback);
        }

        private static byte[] body(int code) {
            return errorJson(code, org.eclipse.jetty.http.HttpStatus.getMessage(code).toLowerCase(Locale.ROOT), List.of())
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    /** {@code {"status": ..., "error": ..., "problems": [...]}}. */
    private static String errorJson(int status, String message, List<String> problems) {
        ObjectNode body = JSON.objectNode();
        body.put("status", status);
        body.put("error", message);
        problems.forEach(body.putArray("problems")::add);
        return body.toString();
    }
}
