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
package io.promiseengine.postgres;

import io.promiseengine.live.LiveStoreContract;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Network;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.time.Clock;
import java.time.Duration;

/** The live-store contract on PostgreSQL: every answer as the in-memory engine's. */
class PostgresStoreContractTest extends LiveStoreContract {

    private static LiveTables tables;

    @BeforeAll
    static void createTables() {
        tables = new LiveTables("pe_contract");
    }

    @AfterAll
    static void dropTables() {
        tables.close();
    }

    @Override
    protected PromiseEngine newEngine(Network network, Clock clock) {
        tables.clear();
        return PostgresPromiseEngine.builder(tables.dataSource()).initialNetwork(network).clock(clock)
                .poll(Duration.ofMillis(50)).build();
    }
}
