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
