package io.promiseengine.examples.serve;

import java.util.List;

/** A request body the storefront refuses (400), with every problem as {@code PATH: message}. */
final class BadDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    BadDocumentException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
