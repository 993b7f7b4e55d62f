package io.promiseengine.examples.serve;

import io.promiseengine.events.PromiseChange;
import io.promiseengine.events.PromiseListener;
import io.promiseengine.events.PromiseTracker;
import io.promiseengine.events.TrackedOrder;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Location;
import io.promiseengine.model.Network;
import io.promiseengine.model.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the storefront serves from: the live {@link PromiseEngine}, the {@link PromiseTracker} of the orders
 * placed, the catalogue and the clock. Built in one place, {@link #inMemory}, so that another state (a
 * PostgreSQL-backed engine and tracker shared by several nodes) is plugged in by adding a factory beside it;
 * the handlers only see this class.
 *
 * <p>The storefront also keeps, per order placed, the order as captured and the promise changes the tracker
 * told ({@link #changes(String)}), so the order page can show what moved even after an order is lost (no new
 * promise: it leaves the tracker). Thread-safe.
 */
public final class Storefront {

    private final PromiseEngine engine;
    private final PromiseTracker tracker;
    private final Catalogue catalogue;
    private final Clock clock;
    private final Map<String, TrackedOrder> placed = new ConcurrentHashMap<>();
    private final Map<String, List<PromiseChange>> changes = new ConcurrentHashMap<>();
    private final AtomicLong orderNumbers = new AtomicLong(1000);
    private volatile Names names;

    private Storefront(PromiseEngine engine, Trackers trackers, List<PromiseListener> listeners, Catalogue catalogue,
                       Clock clock) {
        this.engine = engine;
        List<PromiseListener> all = new ArrayList<>(listeners.size() + 1);
        all.add(this::told);
        all.addAll(listeners);
        this.tracker = trackers.tracker(engine, all);
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * Builds the tracker of an engine with the listeners given, in order (the storefront's own record first).
     * The in-memory one is {@link PromiseTracker#builder}; a database-backed engine brings its own.
     */
    @FunctionalInterface
    private interface Trackers {
        PromiseTracker tracker(PromiseEngine engine, List<PromiseListener> listeners);
    }

    /** Builds the storefront a server runs on, telling the given listeners (the server's metrics) of every change. */
    @FunctionalInterface
    public interface Factory {
        Storefront create(List<PromiseListener> listeners);
    }

    /**
     * A storefront over an in-memory engine and tracker: the only place the live state is created.
     *
     * @param network the network the engine starts from
     * @param catalogue the products shown
     * @param clock the engine's clock (reservation expiries) and the storefront's "now"
     * @param listeners told of every promise change and re-plan, after the storefront's own record of them
     */
    public static Storefront inMemory(Network network, Catalogue catalogue, Clock clock, List<PromiseListener> listeners) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(clock, "clock");
        PromiseEngine engine = PromiseEngine.builder(network).clock(clock).build();
        return new Storefront(engine, (e, all) -> {
            PromiseTracker.Builder tracker = PromiseTracker.builder(e);
            all.forEach(tracker::listener);
            return tracker.build();
        }, List.copyOf(listeners), catalogue, clock);
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
        return "W" + orderNumbers.incrementAndGet();
    }

    /** Remembers an order as captured, for its page. */
    void placed(TrackedOrder order) {
        placed.put(order.id(), order);
    }

    /** The order as it was captured, if this storefront placed it. */
    Optional<TrackedOrder> placedOrder(String orderId) {
        return Optional.ofNullable(placed.get(orderId));
    }

    /** The promise changes told for an order, oldest first. */
    List<PromiseChange> changes(String orderId) {
        return List.copyOf(changes.getOrDefault(orderId, List.of()));
    }

    private void told(PromiseChange change) {
        changes.computeIfAbsent(change.orderId(), id -> new CopyOnWriteArrayList<>()).add(change);
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
