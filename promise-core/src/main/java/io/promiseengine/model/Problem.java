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

import java.util.Objects;

/**
 * One reason a network or document is refused: the JSON path of the offending part
 * ({@code services[0].lanes[1].days}) and a message a person understands.
 *
 * @param path the JSON path of the part refused
 * @param message why, for a person
 */
public record Problem(String path, String message) {

    /**
     * Checks the parts.
     *
     * @param path the JSON path of the part refused
     * @param message why, for a person
     * @throws NullPointerException when a part is null
     */
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
