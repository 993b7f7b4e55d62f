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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, case 2: a {@code load} slot in the year -999999999 made {@code validate} print a stack trace. */
class Issue13Case02SlotAtTheStartOfTimeTest {

    @TempDir
    Path dir;

    @Test
    void validateRefusesTheSlot() {
        String network = Hostile.write(dir, "n.json", Hostile.network("\"slot\": \"2026-09-17T14:00:00+02:00\"",
                "\"slot\": \"-999999999-01-01T00:00:00+01:00\""));
        assertThat(Hostile.refused("validate", network).errLines()).singleElement().asString()
                .startsWith("load[0].slot: ").contains("1970-01-01", "2200-12-31");
    }

    @Test
    void supplyArrivingAfterTheLastInstantIsRefusedToo() {
        String network = Hostile.write(dir, "n.json", Hostile.network("\"arrives\": \"2026-09-18T06:00:00+02:00\"",
                "\"arrives\": \"+999999999-12-31T23:59:59-18:00\""));
        assertThat(Hostile.refused("validate", network).errLines()).singleElement().asString()
                .startsWith("supply[0].arrives: ");
    }
}
