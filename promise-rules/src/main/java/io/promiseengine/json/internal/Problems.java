/*
 * Copyright 2026 The Promise Engine developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
