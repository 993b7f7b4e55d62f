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
