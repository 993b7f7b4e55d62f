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

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A migrated schema of its own for a test class, behind a pool, and what tests read of the tables directly. */
final class LiveTables implements AutoCloseable {

    final String schema;
    final HikariDataSource pool;

    LiveTables(String prefix) {
        this.schema = TestDatabase.freshSchema(prefix);
        TestDatabase.dataSource(schema); // creates it
        this.pool = pool(schema, 12, "pool-" + schema);
        PostgresSchema.migrate(pool);
    }

    /** A pool of at most {@code size} connections on the test database, working in {@code schema}. */
    static HikariDataSource pool(String schema, int size, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(TestDatabase.url());
        config.setSchema(schema);
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(10_000);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    DataSource dataSource() {
        return pool;
    }

    /** Empties the live-state tables (the schema stays). */
    void clear() {
        update("TRUNCATE promise_network, promise_stock, promise_supply, promise_slot, promise_window, promise_reservation, promise_change;"
                + " UPDATE promise_sequence SET seq = 0");
    }

    void update(String sql) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    long queryLong(String sql) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.close();
        TestDatabase.drop(schema);
    }
}
