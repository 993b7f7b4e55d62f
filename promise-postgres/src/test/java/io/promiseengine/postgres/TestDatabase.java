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

import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The PostgreSQL the tests run on: {@code PROMISE_PG_URL} (a JDBC URL, user and password in it) or
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}. Tests never skip: without a database they fail,
 * saying how to get one. Each test class works in a schema of its own, dropped at the end, so test runs and
 * CI on one database never see each other's rows.
 */
public final class TestDatabase {

    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private TestDatabase() {
    }

    /** The JDBC URL of the test database. */
    public static String url() {
        String url = System.getenv("PROMISE_PG_URL");
        return url == null || url.isBlank() ? DEFAULT_URL : url;
    }

    /** A data source on the test database whose connections use {@code schema} (created if missing). */
    public static DataSource dataSource(String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url());
        ds.setCurrentSchema(schema);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed by the promise-postgres tests and was not reached at "
                    + url() + " (set PROMISE_PG_URL, or leave the module out with -pl '!promise-postgres,!promise-jmh'): "
                    + e.getMessage(), e);
        }
        return ds;
    }

    /** A fresh schema name, {@code prefix} followed by random digits. */
    public static String freshSchema(String prefix) {
        return prefix + "_" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    }

    /** Drops a schema and everything in it. */
    public static void drop(String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop schema " + schema + ": " + e.getMessage(), e);
        }
    }
}
