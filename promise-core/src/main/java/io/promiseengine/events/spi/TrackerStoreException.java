package io.promiseengine.events.spi;

/**
 * A {@link TrackerStore} could not do what was asked (its database unreachable, a connection lost): the
 * step kept nothing, and may be tried again.
 */
public class TrackerStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TrackerStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
