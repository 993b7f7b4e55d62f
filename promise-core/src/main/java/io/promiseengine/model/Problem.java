package io.promiseengine.model;

import java.util.Objects;

/**
 * One reason a network or document is refused: the JSON path of the offending part
 * ({@code services[0].lanes[1].days}) and a message a person understands.
 */
public record Problem(String path, String message) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code PATH: message}, as the command line prints it. */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
