package io.promiseengine.postgres.tracker;

import io.promiseengine.postgres.PostgresSchema;
import io.promiseengine.postgres.TestDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import javax.sql.DataSource;

/**
 * A test class's own schema with every table of the schema's migrations ({@code @RegisterExtension static final TrackerSchema
 * DB = new TrackerSchema("prefix")}): created and migrated by {@link PostgresSchema#migrate} before the class's
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

    /** Applies the schema's migrations (the live state's and the tracker's) as a user would. */
    static void apply(DataSource ds) {
        PostgresSchema.migrate(ds);
    }
}
