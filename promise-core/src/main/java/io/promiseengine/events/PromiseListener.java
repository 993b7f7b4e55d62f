package io.promiseengine.events;

/**
 * Hears what events did to captured orders. Called on the thread that applies the event, after the event is
 * applied whole, once per changed order, in the order the orders were looked at. A listener that throws is
 * logged and the others still hear; a listener must not apply events itself.
 */
@FunctionalInterface
public interface PromiseListener {

    /** An order's promise changed: tell the customer ({@link PromiseChange#message}). */
    void promiseChanged(PromiseChange change);

    /** An order moved to another plan that keeps its promise; nothing by default. */
    default void replanned(Replanned replanned) {
    }
}
