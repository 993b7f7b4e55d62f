package io.promiseengine.json.internal;

import io.promiseengine.model.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found in one document, each with the position that orders it. {@link #sorted()} lists
 * them in document order (spec 2.2); problems at one position keep the order they were found in.
 */
public final class Problems {

    private record Entry(long offset, int seq, Problem problem) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public void add(At at, String message) {
        entries.add(new Entry(at.offset(), entries.size(), new Problem(at.path(), message)));
    }

    /** How many problems so far: a reader compares counts to know whether a part was read cleanly. */
    public int count() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public List<Problem> sorted() {
        return entries.stream()
                .sorted(Comparator.comparingLong(Entry::offset).thenComparingInt(Entry::seq))
                .map(Entry::problem)
                .toList();
    }
}
