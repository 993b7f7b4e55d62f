package io.promiseengine.postgres.tracker;

import io.promiseengine.postgres.TestDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A test class's own schema with the tracker's tables ({@code @RegisterExtension static final TrackerSchema
 * DB = new TrackerSchema("prefix")}): created and filled with {@code V2__tracker.sql} before the class's
 * tests, dropped after them.
 */
final class TrackerSchema implements BeforeAllCallback, AfterAllCallback {

    private final String name;

    TrackerSchema(String prefix) {
        this.name = TestDatabase.freshSchema(prefix);
    }

    String name() {
        return name;
    }

    /** A new data source on the schema (as another node would have). */
    DataSource dataSource() {
        return TestDatabase.dataSource(name);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        apply(dataSource());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestDatabase.drop(name);
    }

    /** Applies the tracker's schema file (the lead wires it into the schema runner's list at merge). */
    static void apply(DataSource ds) {
        String sql;
        try (InputStream in = PostgresTrackerStore.class.getResourceAsStream(PostgresTrackerStore.SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(PostgresTrackerStore.SCHEMA + " is not on the classpath");
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql); // the whole file: PostgreSQL's simple protocol runs every statement of it
        } catch (SQLException e) {
            throw new IllegalStateException("cannot apply " + PostgresTrackerStore.SCHEMA + ": " + e.getMessage(), e);
        }
    }
}
