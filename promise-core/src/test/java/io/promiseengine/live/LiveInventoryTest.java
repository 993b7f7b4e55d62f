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
package io.promiseengine.live;

import io.promiseengine.fixtures.NetworkGenerator;
import io.promiseengine.internal.time.Slots;
import io.promiseengine.model.Location;
import io.promiseengine.model.LocationKind;
import io.promiseengine.model.Network;
import io.promiseengine.model.Position;
import io.promiseengine.model.SlotLoad;
import io.promiseengine.model.StockLevel;
import io.promiseengine.model.Supply;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The live ledger against a simple model: after any sequence of stock, supply and load changes, the engine
 * quotes exactly what a calculator over a network holding the same stock, supply and load quotes.
 */
class LiveInventoryTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-17T12:00:00Z"), ZoneOffset.UTC);

    /** The model: the network's inventory as plain lists, changed as the engine is. */
    private static final class Model {
        final Map<String, StockLevel> stock = new LinkedHashMap<>();
        final Map<String, Supply> supply = new LinkedHashMap<>();
        final Map<String, SlotLoad> load = new LinkedHashMap<>();

        Model(Network n) {
            n.stock().forEach(s -> stock.put(s.location() + "/" + s.sku(), s));
            for (int i = 0; i < n.supply().size(); i++) {
                supply.put("supply[" + i + "]", n.supply().get(i));
            }
            n.load().forEach(l -> load.merge(l.location() + "@" + l.slot(), l,
                    (a, b) -> new SlotLoad(a.location(), a.slot(), a.orders() + b.orders())));
        }

        Network network(Network structure) {
            return structure.withInventory(List.copyOf(stock.values()), List.copyOf(supply.values()), List.copyOf(load.values()));
        }
    }

    @Test
    void quotesAfterAnySequenceOfChangesMatchANetworkWithTheSameInventory() {
        for (long seed = 1; seed <= 60; seed++) {
            NetworkGenerator gen = new NetworkGenerator(seed);
            Random rnd = gen.random();
            Network network = gen.network();
            PromiseEngine engine = PromiseEngine.builder(network).clock(CLOCK).build();
            Model model = new Model(network);
            List<String> ids = network.locations().stream().map(Location::id).toList();
            for (int step = 0; step < 12; step++) {
                String loc = ids.get(rnd.nextInt(ids.size()));
                String sku = NetworkGenerator.SKUS[rnd.nextInt(NetworkGenerator.SKUS.length)];
                String key = loc + "/" + sku;
                switch (rnd.nextInt(5)) {
                    case 0 -> {
                        StockLevel s = new StockLevel(loc, sku, rnd.nextInt(5), rnd.nextInt(2), rnd.nextInt(2));
                        engine.setStock(s);
                        model.stock.put(key, s);
                    }
                    case 1 -> {
                        StockLevel old = model.stock.getOrDefault(key, StockLevel.of(loc, sku, 0));
                        int delta = rnd.nextInt(5) - old.onHand();
                        engine.adjustOnHand(loc, sku, delta);
                        model.stock.put(key, new StockLevel(loc, sku, old.onHand() + delta, old.reserved(), old.safety()));
                    }
                    case 2 -> {
                        Supply s = new Supply(loc, sku, 1 + rnd.nextInt(3),
                                Instant.parse("2026-09-17T12:00:00Z").plusSeconds(3600L * rnd.nextInt(72)));
                        String id = "po-" + seed + "-" + step;
                        engine.addSupply(id, s);
                        model.supply.put(id, s);
                    }
                    case 3 -> {
                        if (!model.supply.isEmpty()) {
                            String id = new ArrayList<>(model.supply.keySet()).get(rnd.nextInt(model.supply.size()));
                            assertThat(engine.cancelSupply(id)).isTrue();
                            model.supply.remove(id);
                        }
                    }
                    default -> {
                        Location l = network.location(loc).orElseThrow();
                        if (l.preparation().hasCapacityLimit()) {
                            long at = gen.request().at().getEpochSecond();
                            Instant slot = Instant.ofEpochSecond(Slots.slotStart(at, l.zoneOr(network.zone()),
                                    l.preparation().slot().getSeconds()));
                            SlotLoad sl = new SlotLoad(loc, slot, rnd.nextInt(3));
                            engine.setSlotLoad(sl);
                            model.load.put(loc + "@" + slot, sl);
                        }
                    }
                }
                QuoteRequest request = gen.request();
                assertThat(engine.quote(request)).as("seed %d step %d", seed, step)
                        .isEqualTo(PromiseCalculator.of(model.network(network)).quote(request));
            }
        }
    }

    @Test
    void aPublishedNetworkVersionKeepsTheLiveStock() {
        NetworkGenerator gen = new NetworkGenerator(7);
        Network network = gen.network();
        PromiseEngine engine = PromiseEngine.builder(network).clock(CLOCK).build();
        String loc = network.locations().get(0).id();
        engine.setStock(new StockLevel(loc, "A", 9, 1, 2));
        engine.addSupply("po-1", new Supply(loc, "B", 4, Instant.parse("2026-09-18T08:00:00Z")));

        Network.Builder b = Network.builder(network.zone());
        network.calendars().forEach(b::calendar);
        network.postalCodes().forEach(b::postalCode);
        network.locations().forEach(b::location);
        b.location(Location.builder("store-new", LocationKind.STORE, Position.of(48.85, 2.35)).collect(true).build());
        network.services().forEach(b::service);
        network.transfers().forEach(b::transfer);
        b.stock("store-new", "A", 100); // ignored: the live ledger is kept
        Network second = b.build();
        engine.publish(second);

        assertThat(engine.networkVersion()).isEqualTo(2);
        assertThat(engine.network().location("store-new")).isPresent();
        assertThat(engine.stock(loc, "A")).extracting(StockState::onHand, StockState::reserved, StockState::safety)
                .containsExactly(9, 1, 2);
        assertThat(engine.stock(loc, "B").supply()).hasSize(1);
        assertThat(engine.stock("store-new", "A").onHand()).isZero();
        engine.adjustOnHand("store-new", "A", 3);
        assertThat(engine.stock("store-new", "A").onHand()).isEqualTo(3);
    }

    @Test
    void aClosedSlotIsSkippedLikeAFullOne() {
        for (long seed = 1; seed <= 40; seed++) {
            NetworkGenerator gen = new NetworkGenerator(seed);
            Network network = gen.network();
            PromiseEngine engine = PromiseEngine.builder(network).clock(CLOCK).build();
            QuoteRequest request = gen.request();
            Quote before = engine.quote(request);
            for (var option : before.options()) {
                for (var shipment : option.shipments()) {
                    Location l = network.location(shipment.from()).orElseThrow();
                    if (!l.preparation().hasCapacityLimit()) {
                        continue;
                    }
                    Instant slot = Instant.ofEpochSecond(Slots.slotStart(shipment.startAt().getEpochSecond(),
                            l.zoneOr(network.zone()), l.preparation().slot().getSeconds()));
                    SlotState closed = engine.setSlotCapacity(l.id(), slot, 0);
                    assertThat(closed.hasRoom()).isFalse();
                    Quote after = engine.quote(request);
                    // the same slot made full by load: the same answer
                    PromiseEngine full = PromiseEngine.builder(network).clock(CLOCK).build();
                    full.setSlotLoad(new SlotLoad(l.id(), slot, l.preparation().ordersPerSlot()));
                    assertThat(after).as("seed %d", seed).isEqualTo(full.quote(request));
                    engine.setSlotCapacity(l.id(), slot, l.preparation().ordersPerSlot());
                    assertThat(engine.quote(request)).isEqualTo(before);
                }
            }
        }
    }

    @Test
    void misuseNamesTheArgument() {
        Network network = new NetworkGenerator(3).network();
        PromiseEngine engine = PromiseEngine.builder(network).clock(CLOCK).build();
        String loc = network.locations().get(0).id();
        assertThatThrownBy(() -> engine.adjustOnHand("nowhere", "A", 1)).hasMessageContaining("unknown location \"nowhere\"");
        engine.setStock(StockLevel.of(loc, "A", 2));
        assertThatThrownBy(() -> engine.adjustOnHand(loc, "A", -3)).hasMessageContaining("would be -1");
        engine.addSupply("po", new Supply(loc, "A", 1, Instant.parse("2026-09-18T08:00:00Z")));
        assertThatThrownBy(() -> engine.addSupply("po", new Supply(loc, "A", 1, Instant.parse("2026-09-18T08:00:00Z"))))
                .hasMessageContaining("supply id \"po\" is already used");
        assertThat(engine.cancelSupply("po")).isTrue();
        assertThat(engine.cancelSupply("po")).isFalse();
    }

    @Test
    void quotesRunningDuringWritesSeeOneVersionOrTheOther() throws Exception {
        NetworkGenerator gen = new NetworkGenerator(11);
        Network network = gen.network();
        QuoteRequest request = null;
        PromiseEngine engine = PromiseEngine.builder(network).clock(CLOCK).build();
        // a request whose answer depends on one stock level
        String loc = null;
        String sku = null;
        for (int i = 0; i < 200 && loc == null; i++) {
            QuoteRequest r = gen.request();
            Quote q = engine.quote(r);
            if (!q.options().isEmpty()) {
                var s = q.options().get(0).shipments().get(0);
                request = r;
                loc = s.from();
                sku = s.lines().get(0).sku();
            }
        }
        assertThat(loc).isNotNull();
        StockState base = engine.stock(loc, sku);
        StockLevel high = new StockLevel(loc, sku, 50, 0, 0);
        StockLevel none = new StockLevel(loc, sku, 0, 0, 0);
        engine.setStock(high);
        Quote withStock = engine.quote(request);
        engine.setStock(none);
        Quote without = engine.quote(request);
        assertThat(withStock).isNotEqualTo(without);
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        String fLoc = loc;
        QuoteRequest fRequest = request;
        Future<?> writer = pool.submit(() -> {
            for (int i = 0; i < 2000; i++) {
                engine.setStock(i % 2 == 0 ? high : none);
                engine.addSupply("noise-" + i, new Supply(fLoc, "Z", 1, Instant.parse("2026-09-18T08:00:00Z")));
            }
            stop.set(true);
        });
        List<Future<Integer>> readers = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            readers.add(pool.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    assertThat(engine.quote(fRequest)).isIn(withStock, without);
                    n++;
                }
                return n;
            }));
        }
        writer.get(60, TimeUnit.SECONDS);
        for (Future<Integer> r : readers) {
            assertThat(r.get(60, TimeUnit.SECONDS)).isPositive();
        }
        pool.shutdown();
        assertThat(base).isNotNull();
    }
}
