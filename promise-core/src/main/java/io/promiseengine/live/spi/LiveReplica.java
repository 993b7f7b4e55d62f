package io.promiseengine.live.spi;

/**
 * The engine's side of a store: its lock-free snapshot, which the store keeps up to date. A store calls these
 * methods one at a time (never concurrently), in the order of its commits, and must have applied a
 * transaction's changes before {@link LiveStore#transact} returns, so that a quote sees every write that
 * returned before it started. Changes made by other engines on a shared store arrive the same way.
 */
public interface LiveReplica {

    /** Replaces the whole snapshot (at start, or when the store cannot tell what changed since the last call). */
    void reset(LiveState state);

    /** Applies what committed transactions changed. */
    void apply(LiveChanges changes);
}
