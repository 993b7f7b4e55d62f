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
/**
 * Promise Engine's live state and tracker state in PostgreSQL: {@code PostgresPromiseEngine},
 * {@code PostgresSchema} and {@code PostgresTrackerStore}, over any {@link javax.sql.DataSource}.
 *
 * <p>Not exported: {@code io.promiseengine.postgres.internal} (the live store's SQL). Reads one package of the
 * core that the core exports to it alone, {@code io.promiseengine.internal.events}, for the tracker's binary
 * form of orders and notices. The driver's automatic module {@code org.postgresql.jdbc} is required for its
 * notifications ({@code PGConnection.getNotifications}, the change feed); it has no module descriptor of its
 * own, hence the warning suppressed.
 */
@SuppressWarnings("requires-automatic")
module io.promiseengine.postgres {
    requires transitive io.promiseengine.core;
    requires transitive java.sql;
    requires io.promiseengine.rules;
    requires org.postgresql.jdbc;
    requires org.slf4j;

    exports io.promiseengine.postgres;
    exports io.promiseengine.postgres.tracker;
}
