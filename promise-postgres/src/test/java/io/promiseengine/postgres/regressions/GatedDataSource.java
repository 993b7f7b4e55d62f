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
package io.promiseengine.postgres.regressions;

import io.promiseengine.postgres.ForwardingDataSource;
import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The test database as an engine without its change feed sees it: the listener thread's {@code getConnection}
 * waits until its engine closes (which interrupts it), so no other node's or thread's commit is applied but by the
 * engine's own calls; and the thread named "sweeper" stops right after its first commit until {@link #resume}, or,
 * once {@link #pauseBefore} is set, right before the first statement it prepares whose text has that string.
 */
final class GatedDataSource extends ForwardingDataSource {

    final CountDownLatch paused = new CountDownLatch(1);
    final CountDownLatch resume = new CountDownLatch(1);
    /** When set, where the sweeper stops instead of after its commit: before a statement containing this. */
    volatile String pauseBefore;

    GatedDataSource(DataSource real) {
        super(real);
    }

    @Override
    public Connection getConnection() throws SQLException {
        keepTheListenerOut();
        Connection c = real.getConnection();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String before = pauseBefore;
                    if (before != null && method.getName().equals("prepareStatement") && ((String) args[0]).contains(before)
                            && Thread.currentThread().getName().equals("sweeper") && paused.getCount() > 0) {
                        paused.countDown();
                        resume.await(30, TimeUnit.SECONDS);
                    }
                    Object result = forward(c, method, args);
                    if (before == null && method.getName().equals("commit") && Thread.currentThread().getName().equals("sweeper")
                            && paused.getCount() > 0) {
                        paused.countDown();
                        resume.await(30, TimeUnit.SECONDS);
                    }
                    return result;
                });
    }
}
