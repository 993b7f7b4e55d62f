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

import io.promiseengine.internal.engine.EngineProbe;
import io.promiseengine.live.spi.StockPosition;
import io.promiseengine.model.Supply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.promiseengine.live.LiveStoreContract.NOW;
import static io.promiseengine.live.LiveStoreContract.START;
import static io.promiseengine.live.LiveStoreContract.network;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory store's lookup of a supply id inside a transaction that wrote the supply's position already
 * ({@code MemoryLiveStore.Tx.supply}: a line staged in the transaction is found where it is staged; a supply whose
 * position is staged without it is cancelled). No write of the engine asks this (its writes look a supply id up
 * before they write anything: {@code addSupply}, {@code cancelSupply}), so the store is asked directly, in a
 * transaction of the engine's own store ({@link EngineProbe#transact}). Values from the contract's network
 * ({@link LiveStoreContract#network()}: 1 {@code LAST} at wh, no supply).
 */
class StagedSupplyLookupTest {

    private static final StockPosition.Key WH_LAST = new StockPosition.Key("wh", "LAST");
    private static final StockPosition.Key WH_A = new StockPosition.Key("wh", "A");

    private PromiseEngine engine;

    @BeforeEach
    void openEngine() {
        engine = PromiseEngine.builder(network()).clock(new MutableClock(NOW)).build();
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    /** {@code p} with its supply lines replaced. */
    private static StockPosition withSupply(StockPosition p, List<StockPosition.SupplyLine> lines) {
        return new StockPosition(p.location(), p.sku(), p.onHand(), p.reserved(), p.safety(), p.held(), lines);
    }

    @Test
    void aSupplyWrittenInTheTransactionIsFoundAtItsPositionThere_andAnIdNotWrittenIsNot() {
        List<Optional<StockPosition.Key>> found = EngineProbe.transact(engine, tx -> {
            tx.lockPositions(List.of(WH_A, WH_LAST), List.of());
            // two positions staged: wh/A with supply po-a, then wh/LAST with po-last
            tx.put(withSupply(tx.stock(WH_A), List.of(new StockPosition.SupplyLine("po-a", 2, START.getEpochSecond()))));
            tx.put(withSupply(tx.stock(WH_LAST), List.of(new StockPosition.SupplyLine("po-last", 3, START.getEpochSecond()))));
            return List.of(tx.supply("po-last"), tx.supply("po-a"), tx.supply("po-none"));
        });
        assertThat(found).containsExactly(Optional.of(WH_LAST), Optional.of(WH_A), Optional.empty());
        // committed: the engine finds them too
        assertThat(engine.stock("wh", "LAST").supply()).hasSize(1);
        assertThat(engine.cancelSupply("po-last")).isTrue();
        assertThat(engine.cancelSupply("po-a")).isTrue();
    }

    @Test
    void aSupplyWhosePositionIsWrittenWithoutItInTheTransactionIsNotFoundThere() {
        engine.addSupply("po-1", new Supply("wh", "LAST", 2, START));
        List<Optional<StockPosition.Key>> found = EngineProbe.transact(engine, tx -> {
            Optional<StockPosition.Key> before = tx.supply("po-1");
            tx.lockPositions(List.of(WH_LAST), List.of());
            tx.put(withSupply(tx.stock(WH_LAST), List.of())); // cancelled in this transaction
            return new ArrayList<>(List.of(before, tx.supply("po-1")));
        });
        assertThat(found).containsExactly(Optional.of(WH_LAST), Optional.empty());
        assertThat(engine.stock("wh", "LAST").supply()).isEmpty();
        assertThat(engine.cancelSupply("po-1")).isFalse();
    }
}
