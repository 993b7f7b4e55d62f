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
package io.promiseengine.jmh;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Network;
import io.promiseengine.postgres.PostgresPromiseEngine;
import io.promiseengine.postgres.PostgresSchema;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Engines on PostgreSQL for the benchmarks: {@code PROMISE_PG_URL} or the local database, in a schema of their
 * own (dropped at {@link #close}), each engine with its own pool as a separate OMS node would have.
 */
final class PostgresNodes implements AutoCloseable {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private final String url;
    private final String schema;
    private final List<HikariDataSource> pools = new ArrayList<>();
    final List<PromiseEngine> engines = new ArrayList<>();

    PostgresNodes(Network network, Clock clock, int count) {
        String env = System.getenv("PROMISE_PG_URL");
        this.url = env == null || env.isBlank() ? DEFAULT_URL : env;
        this.schema = "pe_jmh_" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        execute("CREATE SCHEMA " + schema);
        for (int i = 0; i < count; i++) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setSchema(schema);
            config.setMaximumPoolSize(6);
            HikariDataSource pool = new HikariDataSource(config);
            pools.add(pool);
            if (i == 0) {
                PostgresSchema.migrate(pool);
            }
            engines.add(PostgresPromiseEngine.builder(pool).initialNetwork(network).clock(clock)
                    .holdFor(Duration.ofDays(1)).build());
        }
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " (set PROMISE_PG_URL): " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        engines.forEach(PromiseEngine::close);
        pools.forEach(HikariDataSource::close);
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
}
