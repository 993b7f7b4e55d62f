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
