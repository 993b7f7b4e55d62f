package io.promiseengine.model;

import java.util.List;
import java.util.stream.Collectors;

/** A network or document refused whole, with every problem found, in document order. */
public class InvalidNetworkException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidNetworkException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
