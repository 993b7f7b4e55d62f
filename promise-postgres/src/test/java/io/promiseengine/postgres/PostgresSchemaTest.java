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

import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresSchemaTest {

    @Test
    void theMigrationsAreListedInOrderAndShippedInTheJar() {
        List<PostgresSchema.Migration> all = PostgresSchema.migrations();
        assertThat(all).isNotEmpty();
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i).version()).isEqualTo(i + 1);
            assertThat(all.get(i).file()).startsWith("V" + (i + 1) + "__").endsWith(".sql");
            assertThat(all.get(i).sql()).contains("CREATE TABLE");
        }
        assertThat(all.get(0).file()).isEqualTo("V1__live_state.sql");
    }

    @Test
    void migrateAppliesEveryVersionOnceEvenFromSeveralNodesAtOnce() throws Exception {
        String schema = TestDatabase.freshSchema("pe_migrate");
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            DataSource ds = TestDatabase.dataSource(schema);
            List<Future<List<Integer>>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(nodes.submit(() -> PostgresSchema.migrate(ds)));
            }
            List<Integer> applied = new ArrayList<>();
            for (Future<List<Integer>> r : runs) {
                applied.addAll(r.get(60, TimeUnit.SECONDS));
            }
            List<Integer> expected = PostgresSchema.migrations().stream().map(PostgresSchema.Migration::version).toList();
            assertThat(applied).containsExactlyInAnyOrderElementsOf(expected); // each version by exactly one node
            assertThat(PostgresSchema.appliedVersions(ds)).containsExactlyElementsOf(expected);
            assertThat(PostgresSchema.migrate(ds)).isEmpty(); // and again: nothing
            try (var c = ds.getConnection(); var s = c.createStatement();
                 var r = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + schema
                         + "' AND table_name LIKE 'promise_%'")) {
                r.next();
                assertThat(r.getInt(1)).isGreaterThanOrEqualTo(8);
            }
        } finally {
            nodes.shutdownNow();
            TestDatabase.drop(schema);
        }
    }

    @Test
    void anEngineOnADatabaseWithoutTheTablesSaysToMigrate() {
        String schema = TestDatabase.freshSchema("pe_nomigrate");
        try {
            DataSource ds = TestDatabase.dataSource(schema);
            assertThatThrownBy(() -> PostgresPromiseEngine.builder(ds).build())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("PostgresSchema.migrate");
        } finally {
            TestDatabase.drop(schema);
        }
    }

    @Test
    void anEngineOnAnEmptyDatabaseWithoutANetworkSaysToGiveOne() {
        try (LiveTables tables = new LiveTables("pe_nonetwork")) {
            assertThatThrownBy(() -> PostgresPromiseEngine.builder(tables.dataSource()).build())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("initialNetwork");
        }
    }
}
