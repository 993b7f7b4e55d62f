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
import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of the command line ({@code validate}, {@code quote}, {@code listing}, {@code demo}).
 *
 * <p>A command writes its result on {@code out} and returns {@link PromiseCli#OK}. It reports a refused
 * document by throwing {@link RefusedException} (exit 1) and a wrong call by throwing {@link UsageException}
 * (exit 2); {@link PromiseCli#run} prints both on the error stream, so every command reports the same way.
 */
interface Command {

    /** The word that selects the command: {@code validate}. */
    String name();

    /** Its arguments as the usage text writes them: {@code NETWORK.json}. */
    String arguments();

    /** What it does, in one line of the usage text. */
    String summary();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command's name
     * @param out where the result goes
     * @return the exit code, {@link PromiseCli#OK} when it did what was asked
     */
    int run(List<String> args, PrintStream out) throws UsageException, RefusedException;

    /** The arguments, checked to be exactly the named ones; an option or a missing or extra one is a usage error. */
    default List<String> expect(List<String> args, String... names) throws UsageException {
        for (String a : args) {
            if (a.startsWith("-")) {
                throw new UsageException(this, "unknown option " + Echo.escape(a));
            }
        }
        if (args.size() != names.length) {
            throw new UsageException(this, "expects " + (names.length == 0 ? "no argument" : String.join(" ", names))
                    + ", got "
                    + (args.isEmpty() ? "no argument" : args.size() + " argument" + (args.size() == 1 ? "" : "s")));
        }
        return args;
    }
}
