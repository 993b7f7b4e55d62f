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
package io.promiseengine.rules.spi;

/**
 * May this location serve this line by this method? A filter applies to quotes and plans alike, so a
 * quote only promises what the planner may deliver. Implementations are stateless, thread-safe and
 * cheap: they run for every (location, line) pair a quote looks at.
 */
public interface LineFilter {

    /**
     * A short name reported when the filter excludes a location ({@code "protect-store-stock"}).
     *
     * @return the name
     */
    String name();

    /**
     * Whether the candidate's location may prepare the candidate's line for this method.
     *
     * @param candidate the location, line and method
     * @return true when the location may serve the line
     */
    boolean allows(LineCandidate candidate);

    /**
     * A filter from a name and a predicate.
     *
     * @param name the filter's name
     * @param allows whether a candidate is allowed
     * @return the filter
     * @throws NullPointerException when an argument is null
     */
    static LineFilter of(String name, java.util.function.Predicate<LineCandidate> allows) {
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(allows, "allows");
        return new LineFilter() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean allows(LineCandidate candidate) {
                return allows.test(candidate);
            }
        };
    }
}
