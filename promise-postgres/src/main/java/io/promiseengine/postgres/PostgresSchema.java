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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables of promise-postgres, as versioned SQL files shipped in this jar under
 * {@code io/promiseengine/postgres/schema/} ({@code V1__live_state.sql}, ...), listed in order in
 * {@code migrations.txt} there.
 *
 * <p>{@link #migrate} applies the files the database lacks, each in its own transaction, and records them in
 * {@code promise_schema_version}; it is safe to call from several nodes at once (they wait for each other on an
 * advisory lock) and again (it applies nothing twice). Users of Flyway or Liquibase may instead copy the files
 * into their own migrations (their names follow Flyway's {@code V<n>__<what>.sql}); the engine then only needs
 * the tables, not {@code promise_schema_version}. The tables live in the connection's current schema.
 */
public final class PostgresSchema {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresSchema.class);
    private static final String FOLDER = "/io/promiseengine/postgres/schema/";
    private static final Pattern NAME = Pattern.compile("V([0-9]+)__([A-Za-z0-9_]+)\\.sql");
    /** The advisory lock of migrations: "PROM" and "SCHM" as two ints. */
    private static final int LOCK_CLASS = 0x50524F4D;
    private static final int LOCK_SCHEMA = 0x5343484D;

    /**
     * One versioned SQL file.
     *
     * @param version the version, from 1
     * @param description what it does, from the file's name
     * @param file the file's name in the jar
     */
    public record Migration(int version, String description, String file) {
        /**
         * Checks the parts.
         *
         * @param version the version, from 1
         * @param description what it does, from the file's name
         * @param file the file's name in the jar
         * @throws NullPointerException when a part is null
         */
        public Migration {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(file, "file");
        }

        /**
         * The file's SQL.
         *
         * @return the SQL text
         * @throws IllegalStateException when the file is missing from the jar
         */
        public String sql() {
            try (InputStream in = PostgresSchema.class.getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("migration " + file + " is listed in migrations.txt but not in the jar");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read migration " + file, e);
            }
        }
    }

    private PostgresSchema() {
    }

    /**
     * The migrations shipped, in order.
     *
     * @return the migrations, by version
     * @throws IllegalStateException when {@code migrations.txt} is missing or wrong
     */
    public static List<Migration> migrations() {
        List<Migration> out = new ArrayList<>();
        try (InputStream in = PostgresSchema.class.getResourceAsStream(FOLDER + "migrations.txt")) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + "migrations.txt is missing from the jar");
            }
            int last = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                Matcher m = NAME.matcher(name);
                if (!m.matches()) {
                    throw new IllegalStateException("migrations.txt: \"" + name + "\" is not named V<n>__<what>.sql");
                }
                int version = Integer.parseInt(m.group(1));
                if (version != last + 1) {
                    throw new IllegalStateException("migrations.txt: " + name + " follows version " + last
                            + "; versions go 1, 2, 3 ... without a gap");
                }
                last = version;
                out.add(new Migration(version, m.group(2).replace('_', ' '), name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migrations.txt", e);
        }
        return List.copyOf(out);
    }

    /**
     * The highest version shipped.
     *
     * @return the latest version
     */
    public static int latestVersion() {
        List<Migration> all = migrations();
        return all.isEmpty() ? 0 : all.get(all.size() - 1).version();
    }

    /**
     * Applies the migrations the database lacks, in order, each in its own transaction with its row in
     * {@code promise_schema_version}; returns the versions applied now (empty when the schema was current).
     *
     * @param dataSource the database
     * @return the versions applied now
     * @throws IllegalStateException when the database cannot be reached or a migration fails (the migrations
     *         applied before it stay; the failed one left nothing)
     */
    public static List<Integer> migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        List<Integer> applied = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_lock(" + LOCK_CLASS + ", " + LOCK_SCHEMA + ")");
            }
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE IF NOT EXISTS promise_schema_version (version int PRIMARY KEY,"
                            + " description text NOT NULL, file text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
                }
                TreeSet<Integer> done = appliedVersions(c);
                for (Migration m : migrations()) {
                    if (done.contains(m.version())) {
                        continue;
                    }
                    apply(c, m);
                    applied.add(m.version());
                    LOG.info("applied promise-postgres migration {}", m.file());
                }
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_advisory_unlock(" + LOCK_CLASS + ", " + LOCK_SCHEMA + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("promise-postgres migration failed: " + e.getMessage(), e);
        }
        return applied;
    }

    /**
     * The versions recorded in {@code promise_schema_version} (empty when the table does not exist).
     *
     * @param dataSource the database
     * @return the versions applied
     * @throws IllegalStateException when the database cannot be reached
     */
    public static TreeSet<Integer> appliedVersions(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return appliedVersions(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read promise_schema_version: " + e.getMessage(), e);
        }
    }

    private static TreeSet<Integer> appliedVersions(Connection c) throws SQLException {
        TreeSet<Integer> done = new TreeSet<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT to_regclass('promise_schema_version') IS NOT NULL")) {
            r.next();
            if (!r.getBoolean(1)) {
                return done;
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version FROM promise_schema_version")) {
            while (r.next()) {
                done.add(r.getInt(1));
            }
        }
        return done;
    }

    private static void apply(Connection c, Migration m) throws SQLException {
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute(m.sql());
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO promise_schema_version (version, description, file) VALUES (?, ?, ?)")) {
                p.setInt(1, m.version());
                p.setString(2, m.description());
                p.setString(3, m.file());
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
