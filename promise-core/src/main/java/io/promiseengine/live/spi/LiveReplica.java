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
package io.promiseengine.live.spi;

/**
 * The engine's side of a store: its lock-free snapshot, which the store keeps up to date. A store calls these
 * methods one at a time (never concurrently), in the order of its commits, and must have applied a
 * transaction's changes before {@link LiveStore#transact} returns, so that a quote sees every write that
 * returned before it started. Changes made by other engines on a shared store arrive the same way.
 */
public interface LiveReplica {

    /**
     * Replaces the whole snapshot (at start, or when the store cannot tell what changed since the last call).
     *
     * @param state the store's whole state
     */
    void reset(LiveState state);

    /**
     * Applies what committed transactions changed.
     *
     * @param changes the changes of committed transactions, in commit order
     */
    void apply(LiveChanges changes);

    /**
     * Gives back the holds lapsed by the engine's clock, in the store's transactions. A store whose
     * {@link LiveStore#lapseOnQuote()} is false calls it from its background thread once
     * {@link LiveStore#nextExpiry()} has come; never from inside {@link LiveStore#transact}.
     */
    void lapse();
}
