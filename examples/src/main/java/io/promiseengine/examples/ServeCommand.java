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
package io.promiseengine.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.promiseengine.model.Echo;
import io.promiseengine.model.Limits;
import io.promiseengine.examples.serve.Catalogue;
import io.promiseengine.examples.serve.Storefront;
import io.promiseengine.examples.serve.StorefrontServer;
import io.promiseengine.model.Network;

import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve [--network FILE] [--port 8080] [--host 127.0.0.1] [--now INSTANT] [--pg-url JDBC_URL]}: the
 * storefront (docs/STOREFRONT.md) over a live engine and promise tracker, until stopped (Ctrl-C or SIGTERM stop
 * it gracefully). The France demo network and catalogue by default. In memory, or with {@code --pg-url} on the
 * live state in PostgreSQL, shared with every other server on that database (the network file or the demo
 * network is only the initial one, used when the database has none). {@code PROMISE_PG_URL} is not read: the
 * database is always named on the command line. {@code --now} starts the storefront's clock
 * at that instant, from where it runs on (for demos on the demo network's September 2026); otherwise the
 * system clock. Port 0 takes any free port; the address is printed once listening.
 */
final class ServeCommand implements Command {

    /** The longest host name (RFC 1035: 253 characters written out). */
    static final int MAX_HOST_LENGTH = 253;
    private static final String IPV4 = "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String arguments() {
        return "[--network FILE] [--port 8080] [--host 127.0.0.1] [--now INSTANT] [--pg-url JDBC_URL]";
    }

    @Override
    public String summary() {
        return "run the storefront: Shopify rates, product pages, checkout, events (docs/STOREFRONT.md)";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException, RefusedException {
        String networkFile = null;
        int port = 8080;
        String host = "127.0.0.1";
        Instant now = null;
        String pgUrl = null;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (!List.of("--network", "--port", "--host", "--now", "--pg-url").contains(option)) {
                throw new UsageException(this, "unknown option " + Echo.escape(option));
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(this, option + " needs a value");
            }
            String value = args.get(++i);
            switch (option) {
                case "--network" -> networkFile = value;
                case "--port" -> port = port(value);
                case "--host" -> host = value;
                case "--pg-url" -> pgUrl = pgUrl(value);
                default -> now = instant(value);
            }
        }
        InetAddress address = address(host); // before the network is read: a typo in --host is said at once
        Network network = networkFile == null
                ? Inputs.network(DemoCommand.resource(DemoCommand.NETWORK), DemoCommand.NETWORK + ": ")
                : Inputs.network(Inputs.text(this, networkFile, networkFile + ": "), networkFile + ": ");
        Clock clock = now == null ? Clock.systemUTC()
                : Clock.offset(Clock.systemUTC(), Duration.between(Clock.systemUTC().instant(), now));
        // the one place the live state is chosen: in memory, or in PostgreSQL shared with the other servers
        Storefront.Factory shop;
        HikariDataSource pool = null;
        if (pgUrl == null) {
            shop = (listeners, observer) -> Storefront.inMemory(network, Catalogue.demo(), clock, listeners, observer);
        } else {
            pool = pool(pgUrl);
            HikariDataSource db = pool;
            shop = (listeners, observer) -> Storefront.onPostgres(db, network, Catalogue.demo(), clock, listeners, observer);
        }
        StorefrontServer server;
        try {
            server = StorefrontServer.start(shop, StorefrontServer.Settings.defaults(), address.getHostAddress(), port);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            Optional<BindException> bind = bindFailure(e);
            if (bind.isPresent() && String.valueOf(bind.get().getMessage()).toLowerCase(Locale.ROOT).contains("in use")) {
                throw new RefusedException(List.of("--port: " + port + " is already in use on " + Echo.escape(host)));
            }
            if (bind.isPresent()) {
                // Javalin says "port already in use" for any failure to bind: say what the socket said
                throw new RefusedException(List.of("--host: cannot listen on " + Echo.escape(host) + ":" + port + ", "
                        + Echo.escape(String.valueOf(bind.get().getMessage()))));
            }
            throw new UsageException(this, "cannot start on " + Echo.escape(host) + ":" + port
                    + (pgUrl == null ? "" : " with the database " + shown(pgUrl)) + ": " + Echo.escape(String.valueOf(e.getMessage())));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "storefront-shutdown"));
        out.print("Promise Engine storefront listening on http://" + host + ":" + server.port() + "/\n");
        out.print("  network " + (networkFile == null ? "France demo (bundled)" : networkFile) + ", clock "
                + (now == null ? "system" : "from " + now + ", running") + ", live state "
                + (pgUrl == null ? "in memory" : "in PostgreSQL " + shown(pgUrl)) + "\n");
        out.print("  product page: http://" + host + ":" + server.port() + "/products/TSHIRT-M\n");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop();
        }
        return PromiseCli.OK;
    }

    /**
     * The address {@code --host} names, refused naming the option when it is not an IP address or a host name that
     * resolves, or not an address of this machine (Javalin reports every failure to bind as "port already in use").
     * A host name is looked up once, here.
     */
    private static InetAddress address(String host) throws RefusedException {
        String shown = Echo.quote(host);
        if (host.isEmpty() || host.length() > MAX_HOST_LENGTH || !host.matches("[A-Za-z0-9.:%_\\[\\]-]+")) {
            throw new RefusedException(List.of("--host: must be an IP address or a host name of at most " + MAX_HOST_LENGTH
                    + " characters (letters, digits, '.', '-', ':'), was " + shown));
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (literal.matches("[0-9.]+") && !literal.matches(IPV4)) {
            // all digits and dots: meant as an IPv4 address, not a name to look up (999.1.1.1, 1.2.3)
            throw new RefusedException(List.of("--host: not a valid IPv4 address (four numbers from 0 to 255), was " + shown));
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(literal);
        } catch (UnknownHostException | SecurityException e) {
            throw new RefusedException(List.of("--host: not a valid IP address or a host name that resolves, was " + shown));
        }
        boolean local;
        try {
            local = address.isAnyLocalAddress() || address.isLoopbackAddress()
                    || NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            local = true; // the interfaces cannot be listed: let the bind tell
        }
        if (!local) {
            throw new RefusedException(List.of("--host: " + Echo.escape(address.getHostAddress())
                    + " is not an address of this machine, cannot listen on it (0.0.0.0 listens on every interface), was "
                    + shown));
        }
        return address;
    }

    /** The failure to bind among the causes of a failed start, if that is what it was. */
    private static Optional<BindException> bindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException b) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    private String pgUrl(String value) throws UsageException {
        if (!value.startsWith("jdbc:postgresql:")) {
            throw new UsageException(this, "--pg-url must be a JDBC URL such as"
                    + " jdbc:postgresql://127.0.0.1:5432/shop?user=shop&currentSchema=storefront, was " + Echo.escape(value));
        }
        return value;
    }

    /** The URL without its parameters, which may hold a password. */
    private static String shown(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /** A pool on the database (the live state's tables go into the URL's current schema). */
    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(10);
        config.setConnectionTimeout(10_000);
        config.setPoolName("storefront");
        config.setInitializationFailTimeout(-1); // a database not reached is reported by the start, below
        return new HikariDataSource(config);
    }

    private int port(String value) throws UsageException {
        if (!value.matches("[0-9]{1,5}") || Integer.parseInt(value) > 65535) {
            throw new UsageException(this, "--port must be a port number from 0 to 65535, was " + Echo.escape(value));
        }
        return Integer.parseInt(value);
    }

    private Instant instant(String value) throws UsageException {
        Instant t;
        try {
            t = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw new UsageException(this, "--now must be a date-time with an offset such as 2026-09-17T10:15:00+02:00,"
                    + " was " + Echo.escape(value));
        }
        try {
            // every request the storefront makes is at its clock: one out of the model's range answers nothing
            return Limits.checkInstant("--now", t);
        } catch (IllegalArgumentException e) {
            throw new UsageException(this, e.getMessage());
        }
    }
}
