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
package io.promiseengine.postgres.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;

/** JDBC plumbing: SQL failures carried through the engine's work unchecked, and what a failure means. */
final class Sql {

    /** A statement that may fail. */
    interface Work<T> {
        T run() throws SQLException;
    }

    /** Work on a connection. */
    interface Work1<T> {
        T run(java.sql.Connection c) throws SQLException;
    }

    /** An {@link SQLException} on its way out of the engine's work to the store, which decides to retry or not. */
    static final class Failure extends RuntimeException {
        final SQLException cause;

        Failure(SQLException cause) {
            super(cause.getMessage(), cause);
            this.cause = cause;
        }
    }

    private Sql() {
    }

    static <T> T query(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new Failure(e);
        }
    }

    /**
     * Whether the failure left nothing committed and a new attempt may succeed: the connection lost or the
     * server going away (class 08, 57P01-57P03), a serialization failure or deadlock (class 40), a key taken
     * by a concurrent transaction (23505), a statement cancelled (57014). Other failures are bugs or a schema
     * that does not match, and are not retried.
     */
    static boolean retryable(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return e.getCause() instanceof java.io.IOException; // the driver lost the socket
        }
        return state.startsWith("08") || state.startsWith("40") || state.equals("23505")
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03") || state.equals("57014");
    }

    /** Whether the failure was the connection's (not the statement's): its outcome at commit is unknown. */
    static boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || state.startsWith("57P");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
