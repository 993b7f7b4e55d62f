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

/** {@code serve}'s options refused before anything starts (the servers themselves are tested in the serve package). */
class ServeCommandTest {

    @Test
    void aPgUrlThatIsNotAPostgresJdbcUrlIsAUsageError() {
        CliRun run = CliRun.of("serve", "--pg-url", "postgres://127.0.0.1/test");
        assertThat(run.code()).isEqualTo(PromiseCli.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).first().asString().startsWith("promise serve: --pg-url must be a JDBC URL such as jdbc:postgresql://")
                .endsWith(", was postgres://127.0.0.1/test");
    }

    @Test
    void aPgUrlWithoutAValueIsAUsageError() {
        CliRun run = CliRun.of("serve", "--port", "0", "--pg-url");
        assertThat(run.code()).isEqualTo(PromiseCli.USAGE);
        assertThat(run.errLines()).first().asString().isEqualTo("promise serve: --pg-url needs a value");
    }
}
