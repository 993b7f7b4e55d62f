package io.promiseengine.postgres;

import io.promiseengine.live.LiveStoreContract;
import io.promiseengine.live.MutableClock;
import io.promiseengine.live.PromiseEngine;
import io.promiseengine.model.Network;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's "Several OMS nodes on PostgreSQL" lines, verbatim: if this stops compiling, fix the README too. */
class ReadmeSnippetTest {

    @Test
    void theReadmesTwoLinesOpenAnEngine() {
        try (LiveTables tables = new LiveTables("pe_readme")) {
            DataSource dataSource = tables.dataSource();
            Network network = LiveStoreContract.network();
            Clock clock = new MutableClock(LiveStoreContract.NOW);
            // README begin
            PostgresSchema.migrate(dataSource);
            PromiseEngine engine = PostgresPromiseEngine.builder(dataSource).initialNetwork(network).clock(clock).build();
            // README end
            try (engine) {
                assertThat(engine.stock("wh", "A").onHand()).isEqualTo(4);
            }
        }
    }
}
