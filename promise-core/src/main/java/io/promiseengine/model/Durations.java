package io.promiseengine.model;

import java.time.Duration;

/** Checks on durations as the documents allow them: whole seconds, {@code >= 0}, at most {@link Limits#MAX_DURATION}. */
public final class Durations {

    private Durations() {
    }

    /** Throws naming the field when the duration is negative, has a fraction of a second or is too long. */
    public static Duration checkWholeSeconds(String field, Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + d);
        }
        if (d.getNano() != 0) {
            throw new IllegalArgumentException(field + " must be whole seconds, was " + d);
        }
        return Limits.checkDuration(field, d);
    }
}
