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
package io.promiseengine.regressions;

import io.promiseengine.examples.CliRun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the regression tests of issue 13 share: the spec's example documents, hostile variants of them written
 * to files, and the one acceptable way for the command line to refuse: exit 1, every line of the error stream a
 * clean {@code PATH: message} (no stack trace, no raw control character), nothing on the output stream.
 */
final class Hostile {

    static final String NETWORK = "spec-example/network.json";
    static final String REQUEST = "spec-example/request-1-tshirt-paris.json";
    static final String LISTING = "networks/listings/paris-bastille.json";

    private Hostile() {
    }

    static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The spec's example network with one piece of text replaced (the piece must be there). */
    static String network(String find, String replace) {
        return replaced(read(NETWORK), find, replace);
    }

    static String replaced(String text, String find, String replace) {
        assertThat(text).contains(find);
        return text.replace(find, replace);
    }

    static String write(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the command line and checks it refused cleanly: exit 1, {@code PATH: message} lines only. */
    static CliRun refused(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as("exit code; stderr: %s", run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).isNotEmpty().allSatisfy(line -> {
            assertThat(line).matches("[^ ]+: .+");
            assertThat(line).doesNotContain("Exception", "\tat ");
            assertThat(line.chars().noneMatch(c -> c < 0x20 || c == 0x7f)).as("no control character in %s", line).isTrue();
        });
        return run;
    }
}
