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
