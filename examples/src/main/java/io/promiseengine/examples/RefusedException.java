package io.promiseengine.examples;

import java.util.List;

/**
 * A document refused: each line is one problem, {@code PATH: message}, printed as is on the error stream.
 * The command line exits with {@link PromiseCli#REFUSED}.
 */
final class RefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    RefusedException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
