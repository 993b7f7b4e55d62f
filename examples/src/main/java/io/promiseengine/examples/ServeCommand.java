package io.promiseengine.examples;

import io.promiseengine.examples.serve.Catalogue;
import io.promiseengine.examples.serve.Storefront;
import io.promiseengine.examples.serve.StorefrontServer;
import io.promiseengine.model.Network;

import java.io.PrintStream;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve [--network FILE] [--port 8080] [--host 127.0.0.1] [--now INSTANT]}: the storefront
 * (docs/STOREFRONT.md) over a live engine and promise tracker, until stopped (Ctrl-C or SIGTERM stop it
 * gracefully). The France demo network and catalogue by default. {@code --now} starts the storefront's clock
 * at that instant, from where it runs on (for demos on the demo network's September 2026); otherwise the
 * system clock. Port 0 takes any free port; the address is printed once listening.
 */
final class ServeCommand implements Command {

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String arguments() {
        return "[--network FILE] [--port 8080] [--host 127.0.0.1] [--now INSTANT]";
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
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (!List.of("--network", "--port", "--host", "--now").contains(option)) {
                throw new UsageException(this, "unknown option " + option);
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(this, option + " needs a value");
            }
            String value = args.get(++i);
            switch (option) {
                case "--network" -> networkFile = value;
                case "--port" -> port = port(value);
                case "--host" -> host = value;
                default -> now = instant(value);
            }
        }
        Network network = networkFile == null
                ? Inputs.network(DemoCommand.resource(DemoCommand.NETWORK), DemoCommand.NETWORK + ": ")
                : Inputs.network(Inputs.text(this, networkFile), networkFile + ": ");
        Clock clock = now == null ? Clock.systemUTC()
                : Clock.offset(Clock.systemUTC(), Duration.between(Clock.systemUTC().instant(), now));
        StorefrontServer server;
        try {
            // the one place the live state is chosen: in memory here; a PostgreSQL-backed Storefront plugs in beside it
            server = StorefrontServer.start(listeners -> Storefront.inMemory(network, Catalogue.demo(), clock, listeners),
                    StorefrontServer.Settings.defaults(), host, port);
        } catch (RuntimeException e) {
            throw new UsageException(this, "cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "storefront-shutdown"));
        out.print("Promise Engine storefront listening on http://" + host + ":" + server.port() + "/\n");
        out.print("  network " + (networkFile == null ? "France demo (bundled)" : networkFile) + ", clock "
                + (now == null ? "system" : "from " + now + ", running") + "\n");
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

    private int port(String value) throws UsageException {
        if (!value.matches("[0-9]{1,5}") || Integer.parseInt(value) > 65535) {
            throw new UsageException(this, "--port must be a port number from 0 to 65535, was " + value);
        }
        return Integer.parseInt(value);
    }

    private Instant instant(String value) throws UsageException {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw new UsageException(this, "--now must be a date-time with an offset such as 2026-09-17T10:15:00+02:00,"
                    + " was " + value);
        }
    }
}
