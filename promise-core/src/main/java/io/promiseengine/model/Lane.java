package io.promiseengine.model;

import java.util.Objects;

/**
 * A home-delivery lane: from origins whose postal code starts with {@code from} to destinations whose
 * postal code starts with {@code to}, a mass function of transit days (spec 2.1, 4.3).
 */
public record Lane(String from, String to, MassFunction days) {

    public Lane {
        Limits.checkPostalCode("from", Objects.requireNonNull(from, "from"));
        Limits.checkPostalCode("to", Objects.requireNonNull(to, "to"));
        MassFunction.checkMaxValue("days", Objects.requireNonNull(days, "days"), Limits.MAX_DAYS);
    }

    /** The lane that matches every origin and destination. */
    public static Lane everywhere(MassFunction days) {
        return new Lane("", "", days);
    }
}
