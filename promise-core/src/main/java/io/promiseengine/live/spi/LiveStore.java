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

import io.promiseengine.live.Reservation;

import java.util.List;
import java.util.function.Function;

/**
 * Where a live engine keeps its state: in memory (the default) or in a database shared by several engines
 * ({@code promise-postgres}). An engine opens its store once, runs every read and write of the live state
 * through {@link #transact}, and closes it with itself.
 *
 * <p>Implementations pass the contract test {@code io.promiseengine.live.LiveStoreContract} of promise-core's
 * test jar.
 */
public interface LiveStore extends AutoCloseable {

    /**
     * Starts serving an engine: the store calls {@link LiveReplica#reset} with its whole state before returning
     * (the in-memory store excepted: its engine builds the snapshot from the network itself), then keeps the
     * replica up to date with its own and (for a shared store) other engines' commits.
     *
     * @param replica the engine's replica of the live state
     */
    void open(LiveReplica replica);

    /**
     * Runs {@code work} atomically: its writes are committed together when it returns (and applied to the
     * replica before this method returns), or not at all when it throws (its exception is rethrown). A store
     * may run {@code work} again after a failure that committed nothing (a lost connection), so it must
     * depend on nothing but the transaction it is given. A failure the store cannot recover from is an
     * {@link IllegalStateException}.
     *
     * @param <T> the type of the result
     * @param work the transaction's work
     * @return what {@code work} returned, once committed
     * @throws IllegalStateException when the store cannot commit (a database out of reach past its retries)
     */
    <T> T transact(Function<LiveTransaction, T> work);

    /**
     * Reservations by order id after {@code afterOrderId} ({@code ""} for the first page), at most {@code limit}.
     *
     * @param afterOrderId the last order id of the previous page, {@code ""} for the first
     * @param limit the most reservations returned
     * @return at most {@code limit} reservations, by order id
     */
    List<Reservation> reservations(String afterOrderId, int limit);

    /**
     * Epoch milliseconds of the earliest expiry among the reservations (as far as this store knows: a shared
     * store may learn of other engines' holds late), {@link Long#MAX_VALUE} for none. Read on the quote path:
     * no I/O.
     *
     * @return epoch milliseconds of the earliest expiry, or {@link Long#MAX_VALUE}
     */
    long nextExpiry();

    /**
     * Called on the quote path when {@link #nextExpiry()} has come: true to have the engine give the lapsed
     * holds back at once (a cheap local store), false when the store does it in the background soon (a
     * database, so that quotes make no database call).
     *
     * @return true when the engine gives lapsed holds back on the quote path
     */
    boolean lapseOnQuote();

    /** Stops what the store runs in the background; the engine is not used after. */
    @Override
    void close();
}
