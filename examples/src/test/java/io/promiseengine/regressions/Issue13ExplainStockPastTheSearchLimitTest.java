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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, a leftover: the only stock of a sku arriving after the preparation search's own limit (twice the
 * 60-day horizon, 120 days after the order) was explained {@code CLOSED}, "wh-lyon is closed until the horizon",
 * though the warehouse is open every weekday; arriving between 60 and 120 days it was (rightly)
 * {@code BEYOND_HORIZON}. Spec 3: the reason is BEYOND_HORIZON whatever the arrival past the horizon.
 */
class Issue13ExplainStockPastTheSearchLimitTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "supply arriving {0}")
    @ValueSource(strings = {"2026-12-01T06:00:00+01:00", "2027-02-01T06:00:00+01:00", "2200-12-31T23:59:59Z"})
    void stockArrivingPastTheHorizonIsBeyondTheHorizon(String arrives) {
        String network = Hostile.write(dir, "n.json", Hostile.network("2026-09-18T06:00:00+02:00", arrives));
        String request = Hostile.write(dir, "r.json", Hostile.replaced(Hostile.read(Hostile.REQUEST), "TSHIRT-M", "SNEAKER-40"));
        CliRun run = CliRun.of("quote", network, request);
        assertThat(run.code()).as(run.err()).isZero();
        String wh = "\"detail\": \"not ready within 60 days\",\n      \"location\": \"wh-lyon\",\n"
                + "      \"method\": \"HOME_DELIVERY\",\n      \"reason\": \"BEYOND_HORIZON\",\n      \"service\": \"std\"";
        assertThat(run.out()).contains("\"options\": []").contains(wh).doesNotContain("wh-lyon is closed");
    }
}
