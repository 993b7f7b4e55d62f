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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class TestDatabaseTest {

    @Test
    void reachesPostgresInAFreshSchemaOfItsOwn() throws Exception {
        String schema = TestDatabase.freshSchema("pe_probe");
        try {
            DataSource ds = TestDatabase.dataSource(schema);
            try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT current_schema(), current_setting('server_version_num')::int")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo(schema);
                assertThat(r.getInt(2)).isGreaterThanOrEqualTo(120000);
            }
        } finally {
            TestDatabase.drop(schema);
        }
    }
}
