package io.promiseengine.postgres.tracker;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Applies the tracker's schema file to a test schema (the lead wires it into the schema runner's list). */
final class TrackerSchema {

    private TrackerSchema() {
    }

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
