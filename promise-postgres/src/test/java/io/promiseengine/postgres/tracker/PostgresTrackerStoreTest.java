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

import io.promiseengine.events.spi.TrackerStore;
import io.promiseengine.events.spi.TrackerStoreContract;
import io.promiseengine.events.spi.TrackerStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract, for {@link PostgresTrackerStore} on the real PostgreSQL (a schema of this class, a tracker name per test). */
class PostgresTrackerStoreTest extends TrackerStoreContract {

    @RegisterExtension
    static final TrackerSchema DB = new TrackerSchema("pe_tracker_store");
    private static final AtomicInteger TRACKERS = new AtomicInteger();
    private final DataSource ds = DB.dataSource();

    @Override
    protected TrackerStore store() {
        return PostgresTrackerStore.of(ds, "t-" + TRACKERS.incrementAndGet());
    }

    @Override
    protected TrackerStore reopened(TrackerStore store) {
        return PostgresTrackerStore.of(DB.dataSource(), ((PostgresTrackerStore) store).tracker());
    }

    @Test
    void theSchemaAppliedAgainChangesNothing() {
        TrackerStore s = store();
        s.update(tx -> tx.put(tracked("A-1")));

        TrackerSchema.apply(ds);

        assertThat(s.read(tx -> tx.changesSince(-1)).orders()).hasSize(1);
    }

    @Test
    void aSchemaWithoutTheTablesIsRefusedNamingTheMigration() {
        String bare = io.promiseengine.postgres.TestDatabase.freshSchema("pe_tracker_bare");
        try {
            DataSource none = io.promiseengine.postgres.TestDatabase.dataSource(bare);
            assertThatThrownBy(() -> PostgresTrackerStore.of(none, "x")).isInstanceOf(TrackerStoreException.class)
                    .hasMessageContaining("tracker_state").hasMessageContaining("PostgresSchema.migrate");
        } finally {
            io.promiseengine.postgres.TestDatabase.drop(bare);
        }
    }

    @Test
    void trackersOfOtherNamesDoNotSeeEachOther() {
        TrackerStore a = store();
        TrackerStore b = store();
        a.update(tx -> tx.put(tracked("A-1")));
        a.update(tx -> tx.markApplied("ev-1", T0));

        assertThat(b.read(tx -> tx.changesSince(-1)).orders()).isEmpty();
        assertThat(b.<Boolean>read(tx -> tx.applied("ev-1"))).isFalse();
    }

    @Test
    void aReadStepCannotWriteAndANameIsRequired() {
        TrackerStore s = store();
        assertThatThrownBy(() -> s.read(tx -> tx.put(tracked("A-1")))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PostgresTrackerStore.of(ds, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tracker");
    }

    @Test
    void manyRemovedOrdersAreForgottenAndAReaderBehindReadsTheWholeSet() {
        TrackerStore s = store();
        s.update(tx -> tx.put(tracked("kept")));
        long behind = s.<Long>read(TrackerStore.Transaction::revision);
        s.update(tx -> {
            for (int i = 0; i < 1100; i++) {
                tx.put(tracked("gone-" + i));
                tx.remove("gone-" + i);
            }
            return null;
        });
        s.update(tx -> tx.put(tracked("new")));

        TrackerStore.Changes c = s.read(tx -> tx.changesSince(behind));

        assertThat(c.whole()).isTrue();
        assertThat(c.orders()).extracting(o -> o.order().id()).containsExactly("kept", "new");
    }
}
