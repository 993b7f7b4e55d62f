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
import io.promiseengine.json.NetworkDocument;
import io.promiseengine.json.RequestDocument;
import io.promiseengine.model.InvalidNetworkException;
import io.promiseengine.quote.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 13, case 6's kin: a file whose size the file system does not tell (a device such as {@code /dev/zero}, a
 * pipe) passed the size check (0 bytes) and was read whole: {@code validate /dev/zero} ended in
 * {@code OutOfMemoryError} with a stack trace, and so did {@code NetworkDocument.read(Path)} and
 * {@code RequestDocument.read(Path)}. Files are now read up to one byte past the limit. With them, the command
 * line's usage errors echo an option or a value through {@code Echo}, and {@code serve --now} refuses an instant
 * outside the model's range (every quote of the storefront would have been refused).
 */
class Issue13EndlessFilesAndHostileArgumentsTest {

    private static final Path ZERO = Path.of("/dev/zero");

    @Test
    void anEndlessFileIsRefusedAtTheLimit() {
        assumeTrue(Files.isReadable(ZERO), "a system with /dev/zero");
        CliRun run = Hostile.refused("validate", ZERO.toString());
        assertThat(run.errLines()).containsExactly("$: the document has more than 67108864 bytes, the limit of docs/LIMITS.md (64 MiB)");
        CliRun quote = Hostile.refused("quote", Hostile.NETWORK, ZERO.toString());
        assertThat(quote.errLines()).containsExactly("/dev/zero: $: the document has more than 67108864 bytes, the limit of docs/LIMITS.md (64 MiB)");
    }

    @Test
    void theJavaApiReadsAnEndlessFileUpToTheLimitOnly() {
        assumeTrue(Files.isReadable(ZERO), "a system with /dev/zero");
        assertThatThrownBy(() -> NetworkDocument.read(ZERO)).isInstanceOf(InvalidNetworkException.class)
                .hasMessageContaining("$: the document has more than 64 MiB (67108864) bytes, the limit of docs/LIMITS.md");
        assertThatThrownBy(() -> RequestDocument.read(ZERO)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("the document has more than 1 MiB (1048576) bytes, the limit of docs/LIMITS.md");
    }

    @Test
    void anOptionOrAValueIsEchoedEscaped() {
        CliRun run = CliRun.of("validate", "--x\u001b[2J\nFAKE");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("promise validate: unknown option --x\\u001b[2J\\nFAKE");
        CliRun port = CliRun.of("serve", "--port", "1\u202e2");
        assertThat(port.code()).isEqualTo(2);
        assertThat(port.errLines().get(0)).endsWith("was 1\\u202e2");
    }

    @Test
    void serveRefusesAClockOutsideTheModelsRange() {
        for (String now : new String[] {"+999999999-12-31T23:59:59-18:00", "1969-12-31T23:59:59Z"}) {
            CliRun run = CliRun.of("serve", "--now", now, "--port", "0");
            assertThat(run.code()).as(run.err()).isEqualTo(2);
            assertThat(run.errLines().get(0)).startsWith("promise serve: --now must be between 1970-01-01T00:00:00Z and 2200-12-31T23:59:59Z, was ");
        }
    }
}
