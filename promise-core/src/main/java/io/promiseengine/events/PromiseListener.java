package io.promiseengine.events;

/**
 * Hears what events did to captured orders. Called after the event is applied whole and its step kept, off
 * the tracker's lock (on the thread that applied the event, or on the tracker's executor), once per changed
 * order, in the order the orders were looked at: at least once, so a notice may come again (after this
 * listener threw, after a crash): {@link PromiseNotice#key()} tells a repeat. A listener that throws is
 * logged, the others still hear, and it hears the notice again after a back-off; a listener must not apply
 * events itself.
 */
@FunctionalInterface
public interface PromiseListener {

    /** An order's promise changed: tell the customer ({@link PromiseChange#message}). */
    void promiseChanged(PromiseChange change);

    /** An order moved to another plan that keeps its promise; nothing by default. */
    default void replanned(Replanned replanned) {
    }
}
