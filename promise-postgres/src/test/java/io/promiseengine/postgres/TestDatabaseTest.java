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
