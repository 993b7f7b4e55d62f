package io.promiseengine.model;

/** The rule for ids of locations and services (spec 2.1). */
public final class Ids {

    private Ids() {
    }

    /** Returns the id, or throws naming the field when it is empty, {@code *} or starts with {@code kind:}. */
    public static String check(String field, String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        if (id.equals("*") || id.startsWith("kind:")) {
            throw new IllegalArgumentException(field + " must not be \"*\" or start with \"kind:\", was \"" + id + "\"");
        }
        return id;
    }
}
