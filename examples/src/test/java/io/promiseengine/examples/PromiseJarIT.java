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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built {@code promise.jar}, run as a user runs it ({@code java -jar}), after {@code package}
 * (maven-failsafe-plugin passes the jar's path and the project's version).
 */
class PromiseJarIT {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void versionIsTheProjectsFromTheJarsManifest() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("promise.jar", "target/promise.jar"));
        String expected = System.getProperty("project.version");
        assertThat(jar).exists();
        assertThat(expected).isNotBlank();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        Process p = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--version")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).isEqualTo("promise-engine " + expected + "\n");
        assertThat(Files.size(jar)).isPositive();
    }
}
