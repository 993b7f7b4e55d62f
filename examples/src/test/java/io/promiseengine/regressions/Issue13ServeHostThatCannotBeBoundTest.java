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
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 13, a gap left: {@code serve --host 999.1.1.1} said "Port already in use" (Javalin's words for any failure
 * to bind) and exited 2. A host that is not an IP address, does not resolve, or is not an address of this machine
 * is now refused naming {@code --host} and the value, exit 1, before anything starts; a port in use names
 * {@code --port}. (A call that wrongly starts the server would block: each call runs under a time limit.)
 */
class Issue13ServeHostThatCannotBeBoundTest {

    private static CliRun serve(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Hostile.refused(all));
    }

    @Test
    void anIpv4AddressOutOfRangeIsRefusedAsAHost() {
        assertThat(serve("--host", "999.1.1.1", "--port", "0").errLines())
                .containsExactly("--host: not a valid IPv4 address (four numbers from 0 to 255), was \"999.1.1.1\"");
        assertThat(serve("--host", "1.2.3", "--port", "0").errLines())
                .containsExactly("--host: not a valid IPv4 address (four numbers from 0 to 255), was \"1.2.3\"");
    }

    @Test
    void anAddressOfAnotherMachineIsRefusedAsAHost() {
        // TEST-NET-1 (RFC 5737): never an address of this machine
        assertThat(serve("--host", "192.0.2.1", "--port", "0").errLines()).containsExactly("--host: 192.0.2.1 is not an"
                + " address of this machine, cannot listen on it (0.0.0.0 listens on every interface), was \"192.0.2.1\"");
    }

    @Test
    void aHostWithCharactersNoHostHasIsRefusedEscaped() {
        assertThat(serve("--host", "local\u001b[2Jhost", "--port", "0").errLines()).containsExactly("--host: must be an IP"
                + " address or a host name of at most 253 characters (letters, digits, '.', '-', ':'), was \"local\\u001b[2Jhost\"");
        assertThat(serve("--host", "a".repeat(300), "--port", "0").errLines()).singleElement().asString()
                .startsWith("--host: must be an IP address or a host name of at most 253 characters");
    }

    @Test
    void aPortInUseIsRefusedNamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThat(serve("--host", "127.0.0.1", "--port", String.valueOf(port)).errLines())
                    .containsExactly("--port: " + port + " is already in use on 127.0.0.1");
        }
    }
}
