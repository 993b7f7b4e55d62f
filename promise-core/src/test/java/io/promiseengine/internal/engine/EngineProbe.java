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
package io.promiseengine.internal.engine;

import io.promiseengine.live.PromiseEngine;

/**
 * The tests' way into an in-memory engine's machinery, for races made deterministic (the regressions folder): a
 * pause at the point of a commit where the store and the published ledger disagree, and whether a thread waits
 * for the engine's lock. Test sources only; the tests run on the class path, where this package is open to them.
 */
public final class EngineProbe {

    private EngineProbe() {
    }

    /**
     * Runs {@code hook} in every commit of {@code engine}'s in-memory store that changes a position, after the
     * store's next expiry is updated and before the new ledger is published, under the engine's lock.
     */
    public static void beforePublish(PromiseEngine engine, Runnable hook) {
        DefaultPromiseEngine e = (DefaultPromiseEngine) engine;
        ((MemoryLiveStore) e.store).beforePublish = hook;
    }

    /**
     * Runs {@code work} as one transaction of {@code engine}'s in-memory store, as the engine's writes run theirs (its
     * writes staged, applied when it returns): a way to ask the store what no write of the engine asks, such as a
     * supply looked up after it was written in the same transaction.
     */
    public static <T> T transact(PromiseEngine engine, java.util.function.Function<io.promiseengine.live.spi.LiveTransaction, T> work) {
        return ((DefaultPromiseEngine) engine).store.transact(work);
    }

    /** Whether {@code thread} waits for {@code engine}'s lock (the in-memory store's transactions). */
    public static boolean waitsForTheLock(PromiseEngine engine, Thread thread) {
        return ((DefaultPromiseEngine) engine).lock.hasQueuedThread(thread);
    }
}
