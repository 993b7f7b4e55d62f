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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --version} run in process, from the classes directory: no manifest there, so it says so. The version
 * the build writes into promise.jar is checked on the jar itself by {@link PromiseJarIT}.
 */
class VersionOptionTest {

    @Test
    void withoutAManifestTheVersionSaysItIsADevelopmentBuild() {
        CliRun run = CliRun.of("--version");

        assertThat(run.code()).isEqualTo(PromiseCli.OK);
        assertThat(run.out()).isEqualTo("promise-engine (development build: no Implementation-Version in the manifest)\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theUsageListsTheVersionOption() {
        assertThat(CliRun.of("help").out()).contains("\n  help ").contains("\n  --version ").contains("print the version\n");
    }
}
