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
package io.promiseengine.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.promiseengine.json.ListingDocument;
import io.promiseengine.json.NetworkDocument;
import io.promiseengine.json.RequestDocument;
import io.promiseengine.json.RuleSetDocument;
import io.promiseengine.model.InvalidNetworkException;
import io.promiseengine.model.Network;
import io.promiseengine.model.Problem;
import io.promiseengine.quote.InvalidRequestException;

import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzz tests of every JSON reader (Jazzer, docs/TESTING.md). The only outcomes allowed are a
 * document or a refusal with paths: {@link InvalidNetworkException} with at least one problem, or
 * {@link InvalidRequestException} naming a field; any other exception, a raw control character in a refusal, or
 * a network that does not read back from what it writes fails the test.
 *
 * <p>In the ordinary test run ({@code mvn verify}, no {@code JAZZER_FUZZ}) each test replays its corpus in
 * {@code src/test/resources/io/promiseengine/fuzz/ReaderFuzzTestInputs/<test>/}: the spec's examples, the demo
 * network, small hostile documents and every finding of the fuzzing runs. A fuzzing run:
 * {@code JAZZER_FUZZ=1 mvn -B -pl promise-rules -am test -Dtest=ReaderFuzzTest#network -Dsurefire.failIfNoSpecifiedTests=false
 * -Djazzer.max_duration=5m} (one test at a time).
 */
class ReaderFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void network(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Network network;
        try {
            network = NetworkDocument.read(text);
        } catch (InvalidNetworkException e) {
            checkProblems(e);
            return;
        }
        // a network read is one the writer writes and the reader reads back equal
        Network again = NetworkDocument.read(NetworkDocument.write(network));
        if (!again.equals(network)) {
            throw new AssertionError("the network written does not read back equal:\n" + NetworkDocument.write(network));
        }
    }

    @FuzzTest(maxDuration = "5m")
    void request(byte[] input) {
        try {
            RequestDocument.read(RequestDocument.write(RequestDocument.read(new String(input, StandardCharsets.UTF_8))));
        } catch (InvalidRequestException e) {
            checkRefusal(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void listing(byte[] input) {
        try {
            ListingDocument.read(new String(input, StandardCharsets.UTF_8));
        } catch (InvalidRequestException e) {
            checkRefusal(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void ruleSet(byte[] input) {
        try {
            RuleSetDocument.read(new String(input, StandardCharsets.UTF_8));
        } catch (InvalidNetworkException e) {
            checkProblems(e);
        }
    }

    private static void checkProblems(InvalidNetworkException e) {
        if (e.problems().isEmpty()) {
            throw new AssertionError("a refusal without a problem", e);
        }
        for (Problem p : e.problems()) {
            if (p.path().isEmpty() && !p.message().startsWith("expected")) {
                // the root object's own problems have the empty path; every other has one
                continue;
            }
            checkClean(p.toString(), e);
        }
    }

    private static void checkRefusal(InvalidRequestException e) {
        if (e.field().isEmpty()) {
            throw new AssertionError("a refusal without a field", e);
        }
        checkClean(e.getMessage(), e);
    }

    /** A refusal is printed as is: no raw control character may reach a terminal or a log. */
    private static void checkClean(String line, Exception cause) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new AssertionError("a raw control character U+" + Integer.toHexString(c) + " in: " + line, cause);
            }
        }
    }
}
