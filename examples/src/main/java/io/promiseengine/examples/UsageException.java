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
package io.promiseengine.examples;

import java.util.Objects;
import java.util.Optional;

/**
 * A wrong call: no or unknown command, missing or extra arguments, an unreadable file. The command line
 * prints the message and the usage line, and exits with {@link PromiseCli#USAGE}.
 */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Command command;

    /** A wrong call of this command: its usage line is printed. */
    UsageException(Command command, String message) {
        super(message);
        this.command = Objects.requireNonNull(command, "command");
    }

    /** A wrong call before any command was chosen: the usage of every command is printed. */
    UsageException(String message) {
        super(message);
        this.command = null;
    }

    Optional<Command> command() {
        return Optional.ofNullable(command);
    }
}
