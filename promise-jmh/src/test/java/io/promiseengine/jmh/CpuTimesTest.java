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
package io.promiseengine.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The per-request CPU harness's cycles: with at most two cycles every cycle is measured (no warm-up left out), with
 * more the first two are warm-up. With exactly two cycles it once indexed past the array of its measures.
 */
class CpuTimesTest {

    private static String run(String... args) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            CpuTimes.main(args);
        } finally {
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void twoCyclesMeasureBoth() throws Exception {
        assertThat(run("quote", "100", "1", "1", "2")).contains("requests=" + 2 * QuoteBenchmark.REQUESTS + ":");
    }

    @Test
    void oneCycleIsMeasuredAndThreeLeaveTwoOfWarmUp() throws Exception {
        assertThat(run("quote", "100", "1", "1", "1")).contains("requests=" + QuoteBenchmark.REQUESTS + ":");
        assertThat(run("quote", "100", "1", "1", "3")).contains("requests=" + QuoteBenchmark.REQUESTS + ":");
    }
}
