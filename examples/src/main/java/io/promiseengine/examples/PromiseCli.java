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

import io.promiseengine.model.Echo;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code promise} command line ({@code java -jar examples/target/promise.jar COMMAND ...}), described in
 * {@code docs/CLI.md}:
 *
 * <ul>
 *   <li>{@code validate NETWORK.json}: a one-line summary, or every problem as {@code PATH: message};</li>
 *   <li>{@code quote NETWORK.json REQUEST.json}: the response document of spec 3;</li>
 *   <li>{@code listing NETWORK.json LISTING.json}: the badges of a listing page;</li>
 *   <li>{@code demo}: quotes, listing badges and plans under two rule sets on the France demo network;</li>
 *   <li>{@code simulate [--orders N] [--seed S] [--half-life DAYS] [--prior N] [--out DIR]}: the promise
 *   accuracy simulation of
 *   {@code docs/ACCURACY.md};</li>
 *   <li>{@code serve [--network FILE] [--port 8080] [--host 127.0.0.1] [--now INSTANT]}: the storefront of
 *   {@code docs/STOREFRONT.md}, until stopped;</li>
 *   <li>{@code help}: the usage text; {@code --version}: the version, from the jar's manifest.</li>
 * </ul>
 *
 * <p>Exit codes: {@link #OK} 0, {@link #REFUSED} 1 when a document is refused, {@link #USAGE} 2 for a wrong
 * call (no or unknown command, wrong arguments, a file that cannot be read). Everything is written in UTF-8
 * with {@code \n} line ends, whatever the platform, so the same call prints the same bytes everywhere.
 */
public final class PromiseCli {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** A document was refused: its problems are on the error stream. */
    public static final int REFUSED = 1;
    /** A wrong call: the usage is on the error stream. */
    public static final int USAGE = 2;

    private static final String PROGRAM = "java -jar promise.jar";

    private static final List<Command> COMMANDS = List.of(new ValidateCommand(), AnswerCommand.quote(),
            AnswerCommand.listing(), new DemoCommand(), new SimulateCommand(), new ServeCommand());

    private PromiseCli() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs one command line.
     *
     * @param args the command and its arguments
     * @param out where results go
     * @param err where problems and usage errors go
     * @return the exit code: {@link #OK}, {@link #REFUSED} or {@link #USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> words = Arrays.asList(args);
        try {
            if (words.isEmpty()) {
                throw new UsageException("no command given");
            }
            String name = words.get(0);
            if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
                out.print(usage());
                return OK;
            }
            if (name.equals("--version")) {
                out.print("promise-engine " + version(PromiseCli.class.getPackage()) + "\n");
                return OK;
            }
            for (Command c : COMMANDS) {
                if (c.name().equals(name)) {
                    return c.run(words.subList(1, words.size()), out);
                }
            }
            throw new UsageException("unknown command '" + Echo.escape(name) + "'");
        } catch (RefusedException e) {
            for (String problem : e.problems()) {
                err.print(problem + "\n");
            }
            return REFUSED;
        } catch (UsageException e) {
            String prefix = e.command().map(c -> "promise " + c.name() + ": ").orElse("promise: ");
            err.print(prefix + e.getMessage() + "\n");
            err.print(e.command().map(c -> "usage: " + line(c) + "\n").orElseGet(PromiseCli::usage));
            return USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The version the build wrote in promise.jar's manifest ({@code Implementation-Version}), or a note
     * when the classes do not come from that jar (tests, an IDE).
     */
    static String version(Package p) {
        String version = p == null ? null : p.getImplementationVersion();
        return version == null ? "(development build: no Implementation-Version in the manifest)" : version;
    }

    /** The usage text: one line per command with what it does. */
    static String usage() {
        StringBuilder s = new StringBuilder("usage: " + PROGRAM + " COMMAND [ARGUMENTS]\n\ncommands:\n");
        int width = 0;
        for (Command c : COMMANDS) {
            width = Math.max(width, call(c).length());
        }
        for (Command c : COMMANDS) {
            String call = call(c);
            s.append("  ").append(call).append(" ".repeat(width - call.length() + 2)).append(c.summary()).append('\n');
        }
        s.append("  help").append(" ".repeat(width - 4 + 2)).append("print this text\n")
                .append("  --version").append(" ".repeat(Math.max(1, width - 9 + 2))).append("print the version\n\n")
                .append("exit codes: 0 done, 1 a document is refused (problems on stderr), 2 wrong call\n")
                .append("documentation: docs/CLI.md\n");
        return s.toString();
    }

    private static String line(Command c) {
        return PROGRAM + " " + call(c);
    }

    /** {@code quote NETWORK.json REQUEST.json}, {@code demo}. */
    private static String call(Command c) {
        return c.arguments().isEmpty() ? c.name() : c.name() + " " + c.arguments();
    }
}
