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

import io.promiseengine.events.PromiseChange;
import io.promiseengine.events.PromiseListener;
import io.promiseengine.events.PromiseTracker;
import io.promiseengine.events.TrackedOrder;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Location;
import io.promiseengine.model.Network;
import io.promiseengine.observe.PromiseObserver;
import io.promiseengine.model.Service;
import io.promiseengine.postgres.PostgresPromiseEngine;
import io.promiseengine.postgres.PostgresSchema;
import io.promiseengine.postgres.tracker.PostgresTrackerStore;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the storefront serves from: the live {@link PromiseEngine}, the {@link PromiseTracker} of the orders
 * placed, the catalogue and the clock. Built by one of two factories: {@link #inMemory} (one process) or
 * {@link #onPostgres} (the live state in PostgreSQL, shared by every storefront on the database); the handlers
 * only see this class.
 *
 * <p>The storefront also keeps, per order placed, the order as captured and the promise changes the tracker
 * told ({@link #changes(String)}), so the order page can show what moved even after an order is lost (no new
 * promise: it leaves the tracker): in memory, or in the database beside the live state. Thread-safe.
 */
public final class Storefront implements AutoCloseable {

    private final PromiseEngine engine;
    private final PromiseTracker tracker;
    private final Catalogue catalogue;
    private final Clock clock;
    private final OrderBook book;
    private final AutoCloseable resources;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Names names;

    private Storefront(PromiseEngine engine, Trackers trackers, OrderBook book, List<PromiseListener> listeners,
                       Catalogue catalogue, Clock clock, AutoCloseable resources) {
        this.engine = engine;
        this.book = book;
        List<PromiseListener> all = new ArrayList<>(listeners.size() + 1);
        all.add(book::told);
        all.addAll(listeners);
        this.tracker = trackers.tracker(engine, all);
        this.catalogue = catalogue;
        this.clock = clock;
        this.resources = resources;
    }

    /**
     * Builds the tracker of an engine with the listeners given, in order (the storefront's own record first).
     * The in-memory one is {@link PromiseTracker#builder}; a database-backed engine brings its own.
     */
    @FunctionalInterface
    private interface Trackers {
        PromiseTracker tracker(PromiseEngine engine, List<PromiseListener> listeners);
    }

    /**
     * Builds the storefront a server runs on, telling the given listeners (the server's metrics) of every change,
     * and the observer (the server's metrics, docs/OBSERVING.md) of what the engine and the tracker decide.
     */
    @FunctionalInterface
    public interface Factory {
        Storefront create(List<PromiseListener> listeners, PromiseObserver observer);
    }

    /**
     * A storefront over an in-memory engine and tracker: the only place the live state is created.
     *
     * @param network the network the engine starts from
     * @param catalogue the products shown
     * @param clock the engine's clock (reservation expiries) and the storefront's "now"
     * @param listeners told of every promise change and re-plan, after the storefront's own record of them
     * @param observer hears what the engine and the tracker decide
     */
    public static Storefront inMemory(Network network, Catalogue catalogue, Clock clock, List<PromiseListener> listeners,
                                      PromiseObserver observer) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(clock, "clock");
        PromiseEngine engine = PromiseEngine.builder(network).clock(clock).observer(observer).build();
        return new Storefront(engine, (e, all) -> {
            PromiseTracker.Builder tracker = PromiseTracker.builder(e).observer(observer);
            all.forEach(tracker::listener);
            return tracker.build();
        }, OrderBook.inMemory(), List.copyOf(listeners), catalogue, clock, () -> { });
    }

    /**
     * A storefront over the live state in PostgreSQL (docs/STOREFRONT.md, "Several servers on one database"): the
     * schema is migrated ({@link PostgresSchema#migrate}), the engine is a {@link PostgresPromiseEngine} (the
     * network given is stored as the initial one when the database has none, else the database's current
     * version is used), the tracker ({@value #TRACKER}) and the storefront's own record of the orders placed
     * and the changes told are in the database too, so that every storefront on the database shares stock,
     * holds, tracked orders and order pages. The tracker delivers its notices on a thread of its own.
     *
     * @param dataSource connections in the schema to use (a pool); closed by {@link #close()} when it is
     *        {@link AutoCloseable}
     * @param network the initial network, used only when the database has none
     * @param observer hears what the engine and the tracker decide
     */
    public static Storefront onPostgres(DataSource dataSource, Network network, Catalogue catalogue, Clock clock,
                                        List<PromiseListener> listeners, PromiseObserver observer) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(clock, "clock");
        PostgresSchema.migrate(dataSource);
        OrderBook book = PostgresOrderBook.on(dataSource);
        PromiseEngine engine = PostgresPromiseEngine.builder(dataSource).initialNetwork(network).clock(clock)
                .observer(observer).build();
        ScheduledExecutorService delivery = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "storefront-delivery");
            t.setDaemon(true);
            return t;
        });
        return new Storefront(engine, (e, all) -> {
            PromiseTracker.Builder tracker = PromiseTracker.builder(e).observer(observer).store(PostgresTrackerStore.of(dataSource, TRACKER))
                    .clock(clock).deliverOn(delivery, Duration.ofSeconds(1));
            all.forEach(tracker::listener);
            return tracker.build();
        }, book, List.copyOf(listeners), catalogue, clock, () -> {
            delivery.shutdown();
            if (dataSource instanceof AutoCloseable pool) {
                pool.close();
            }
        });
    }

    /** The tracker's name in the database (docs/LIVE-STATE-TRACKER.md): every storefront on it shares its orders. */
    public static final String TRACKER = "storefront";

    /** Stops the tracker and the engine, then frees what the factory opened (the pool of a database). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        tracker.close();
        engine.close();
        try {
            resources.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the storefront: " + e.getMessage(), e);
        }
    }

    public PromiseEngine engine() {
        return engine;
    }

    public PromiseTracker tracker() {
        return tracker;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public Clock clock() {
        return clock;
    }

    /** The storefront's now, to the second (the request documents take whole seconds). */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** A new order id: {@code W1001}, {@code W1002}, ... */
    String nextOrderId() {
        return book.nextOrderId();
    }

    /** Remembers an order as captured, for its page. */
    void placed(TrackedOrder order) {
        book.placed(order);
    }

    /** The order as it was captured, if this storefront placed it. */
    Optional<TrackedOrder> placedOrder(String orderId) {
        return book.placed(orderId);
    }

    /** The promise changes told for an order, oldest first. */
    List<PromiseChange> changes(String orderId) {
        return book.changes(orderId);
    }

    /** A location's name as a shopper reads it ({@code Paris Bastille}), its id when it has none or is unknown. */
    String locationName(String id) {
        return names().locations.getOrDefault(id, id);
    }

    /** A service's name ({@code Colis Standard}), its id when it has no carrier name or is unknown. */
    String serviceName(String id) {
        return names().services.getOrDefault(id, id);
    }

    /** The names of the engine's current network version, indexed once per version. */
    private Names names() {
        Network current = engine.network();
        Names n = names;
        if (n == null || n.network != current) {
            n = new Names(current);
            names = n;
        }
        return n;
    }

    /** Location and service names of one network version, by id. */
    private static final class Names {
        final Network network;
        final Map<String, String> locations = new HashMap<>();
        final Map<String, String> services = new HashMap<>();

        Names(Network network) {
            this.network = network;
            for (Location l : network.locations()) {
                locations.put(l.id(), l.name().isEmpty() ? l.id() : l.name());
            }
            for (Service s : network.services()) {
                services.put(s.id(), s.carrier().isEmpty() ? s.id() : s.carrier());
            }
        }
    }
}
