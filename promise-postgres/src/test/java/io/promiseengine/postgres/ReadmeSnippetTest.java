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
