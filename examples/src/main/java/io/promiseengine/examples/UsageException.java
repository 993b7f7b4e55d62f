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
