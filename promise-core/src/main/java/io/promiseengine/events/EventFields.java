package io.promiseengine.events;

import java.time.Instant;
import java.util.Objects;

/** The checks of the fields every event has. */
final class EventFields {

    private EventFields() {
    }

    static void check(String id, Instant at) {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("event id must not be empty");
        }
        Objects.requireNonNull(at, "at");
    }
}
