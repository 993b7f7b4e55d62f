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
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * The tests' data sources that wrap the test database's to inject faults or pauses: the parts of {@link DataSource}
 * no test uses, the forwarding of a proxied call, and the change feed's listener kept out.
 */
public abstract class ForwardingDataSource implements DataSource {

    /** {@code PostgresLiveStore}'s listener thread. */
    private static final String LISTENER = "promise-postgres-feed";

    protected final DataSource real;

    protected ForwardingDataSource(DataSource real) {
        this.real = real;
    }

    /**
     * On the change feed's listener thread: waits until its engine closes (which interrupts it), then refuses, so that
     * no other node's or thread's commit is applied but by the engine's own calls. Does nothing on other threads.
     */
    protected static void keepTheListenerOut() throws SQLException {
        if (Thread.currentThread().getName().equals(LISTENER)) {
            try {
                new CountDownLatch(1).await(); // until the engine's close interrupts its listener
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new SQLException("the test keeps the change feed's listener out", "08001");
        }
    }

    /** Calls {@code method} on {@code target}, throwing what it throws (not wrapped): a proxy's forwarding. */
    protected static Object forward(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public java.sql.Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("getConnection(username, password)");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no log
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the real data source's
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("getParentLogger");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
