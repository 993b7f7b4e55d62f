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

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A data source that fails on demand, the way a network or a database does: unreachable, a connection lost
 * before a commit, or lost after the commit happened (the acknowledgement never arrives).
 */
final class FaultyDataSource extends ForwardingDataSource {

    private final DataSource admin;
    /** getConnection fails while set. */
    final AtomicBoolean unreachable = new AtomicBoolean();
    /** The next commits (this many) really commit, then throw as if the connection dropped. */
    final AtomicInteger loseAcknowledgements = new AtomicInteger();
    /** The next commits (this many) have their backend terminated by pg_terminate_backend first. */
    final AtomicInteger terminateBeforeCommit = new AtomicInteger();
    /** Counts the failures injected. */
    final AtomicInteger injected = new AtomicInteger();

    FaultyDataSource(DataSource real, DataSource admin) {
        super(real);
        this.admin = admin;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (unreachable.get()) {
            injected.incrementAndGet();
            throw new SQLException("Connection to 127.0.0.1:5432 refused (injected)", "08001");
        }
        Connection c = real.getConnection();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commit")) {
                        if (terminateBeforeCommit.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                            injected.incrementAndGet();
                            terminate(c);
                        } else if (loseAcknowledgements.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                            injected.incrementAndGet();
                            c.commit();
                            c.abort(Runnable::run);
                            throw new SQLException("An I/O error occurred while sending to the backend (injected)", "08006");
                        }
                    }
                    return forward(c, method, args);
                });
    }

    /** Kills the connection's server process from another connection, as an administrator or a failover would. */
    private void terminate(Connection c) throws SQLException {
        int pid = c.unwrap(org.postgresql.PGConnection.class).getBackendPID();
        try (Connection a = admin.getConnection(); Statement s = a.createStatement()) {
            s.execute("SELECT pg_terminate_backend(" + pid + ")");
        }
    }
}
