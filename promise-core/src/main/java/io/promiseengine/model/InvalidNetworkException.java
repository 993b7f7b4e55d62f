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
package io.promiseengine.model;

import java.util.List;
import java.util.stream.Collectors;

/** A network or document refused whole, with every problem found, in document order. */
public class InvalidNetworkException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * A refusal with every problem found.
     *
     * @param problems the problems, each with its JSON path
     */
    public InvalidNetworkException(List<Problem> problems) {
        super(Limits.copyOf("problems", problems).stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, in document order.
     *
     * @return the problems
     */
    public List<Problem> problems() {
        return problems;
    }
}
