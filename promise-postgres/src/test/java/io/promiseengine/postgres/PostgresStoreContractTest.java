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
