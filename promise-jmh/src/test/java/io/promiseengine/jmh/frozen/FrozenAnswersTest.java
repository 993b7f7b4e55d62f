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
package io.promiseengine.jmh.frozen;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine answers the {@link FrozenCases} exactly as the engine before issue 14 did (before the search
 * was rewritten for issue 14): the digests of its answers are in {@code frozen/answers.txt}, one
 * {@code seed digest} per line, written by {@link FrozenCases#main} on that build (the header line names the commit). Big carts with
 * many shipments are where the baseline cannot follow (seconds to hours a quote), so this is the net under
 * the search's pruning. CI checks the seeds of the file whose cases are cheap enough; a failing seed is
 * printed with the new answer (the old one: run {@code FrozenCases SEED 1 text} on the old build).
 */
class FrozenAnswersTest {

    @Test
    void answersAreTheFrozenOnes() throws IOException {
        Map<Long, String> frozen = frozen();
        assertThat(frozen).hasSizeGreaterThan(100);
        List<String> failures = new ArrayList<>();
        for (Map.Entry<Long, String> e : frozen.entrySet()) {
            String answer = FrozenCases.answer(e.getKey());
            if (!FrozenCases.digest(answer).equals(e.getValue())) {
                String failure = "seed " + e.getKey() + " answers differently now (digest " + FrozenCases.digest(answer)
                        + "):\n" + answer;
                System.out.println(failure);
                failures.add(failure);
            }
        }
        System.out.println("frozen answers compared: " + frozen.size() + ", " + failures.size() + " differ");
        assertThat(failures).as("seeds whose answers changed").isEmpty();
    }

    private static Map<Long, String> frozen() throws IOException {
        Map<Long, String> out = new LinkedHashMap<>();
        try (InputStream in = FrozenAnswersTest.class.getResourceAsStream("/frozen/answers.txt")) {
            assertThat(in).as("frozen/answers.txt").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.trim().split(" ");
                    out.put(Long.parseLong(parts[0]), parts[1]);
                }
            }
        }
        return out;
    }
}
