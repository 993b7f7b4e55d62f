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
package io.promiseengine.internal.observe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Names an order in the decision log without its id: {@code #} and the first 12 hex digits of SHA-256 over a
 * secret drawn once per process and the id. The lines of one order share a pseudonym within a process's log;
 * without the secret (never written anywhere) the id cannot be found from it, not even by trying every order
 * number, and the same order has another pseudonym after a restart.
 */
final class Pseudonyms {

    private static final byte[] SECRET = secret();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Pseudonyms() {
    }

    private static byte[] secret() {
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    /** The pseudonym of an id. */
    static String of(String id) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        sha.update(SECRET);
        byte[] digest = sha.digest(id.getBytes(StandardCharsets.UTF_8));
        char[] out = new char[13];
        out[0] = '#';
        for (int i = 0; i < 6; i++) {
            out[1 + 2 * i] = HEX[(digest[i] >> 4) & 0xf];
            out[2 + 2 * i] = HEX[digest[i] & 0xf];
        }
        return new String(out);
    }

    /** The pseudonym, computed only if the log line is written (its {@code toString}). */
    static Object lazy(String id) {
        return new Object() {
            @Override
            public String toString() {
                return of(id);
            }
        };
    }
}
