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
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, case 4: {@code onHand 5, reserved 10, safety 2147483647} overflowed into phantom stock, and two
 * {@code load} rows of 2147483647 made a full slot look free.
 */
class Issue13Case04PhantomStockTest {

    private static final String PARIS_7 = "{ \"location\": \"store-paris-7\", \"sku\": \"TSHIRT-M\", \"onHand\": 3, \"safety\": 1 }";
    private static final String LOAD = "{ \"location\": \"store-paris-7\", \"slot\": \"2026-09-17T14:00:00+02:00\", \"orders\": 4 }";

    @TempDir
    Path dir;

    @Test
    void quantitiesPastTheLimitAreRefused() {
        String network = Hostile.write(dir, "n.json", Hostile.network(PARIS_7,
                "{ \"location\": \"store-paris-7\", \"sku\": \"TSHIRT-M\", \"onHand\": 5, \"reserved\": 10, \"safety\": 2147483647 }")
                .replace(LOAD, LOAD.replace("4 }", "2147483647 }") + ", " + LOAD.replace("4 }", "2147483647 }")));
        assertThat(Hostile.refused("validate", network).errLines()).containsExactly(
                "stock[2].safety: must be at most 1000000000, was 2147483647",
                "load[0].orders: must be at most 1000000000, was 2147483647",
                "load[1].orders: must be at most 1000000000, was 2147483647");
    }

    @Test
    void stockOverReservedWithinTheLimitsPromisesNothingFromThatStore() {
        String request = Hostile.write(dir, "r.json", Hostile.replaced(Hostile.read(Hostile.REQUEST), "\"quantity\": 2",
                "\"quantity\": 1000000"));
        String phantom = Hostile.write(dir, "phantom.json", Hostile.network(PARIS_7,
                "{ \"location\": \"store-paris-7\", \"sku\": \"TSHIRT-M\", \"onHand\": 5, \"reserved\": 10, \"safety\": 1000000000 }"));
        String none = Hostile.write(dir, "none.json", Hostile.network(PARIS_7,
                "{ \"location\": \"store-paris-7\", \"sku\": \"TSHIRT-M\", \"onHand\": 0 }"));
        CliRun withPhantom = CliRun.of("quote", phantom, request);
        CliRun without = CliRun.of("quote", none, request);
        assertThat(withPhantom.code()).isZero();
        assertThat(withPhantom.out()).isEqualTo(without.out());
        assertThat(withPhantom.out()).contains("\"options\": []");
    }

    @Test
    void aSlotLoadedPastItsCapacityIsAsFullAsAFullOne() {
        String full = Hostile.write(dir, "full.json", Hostile.read(Hostile.NETWORK));
        String overfull = Hostile.write(dir, "overfull.json", Hostile.network(LOAD,
                LOAD.replace("4 }", "1000000000 }") + ", " + LOAD.replace("4 }", "1000000000 }")
                        + ", " + LOAD.replace("4 }", "147483648 }")));
        CliRun a = CliRun.of("quote", full, Hostile.REQUEST);
        CliRun b = CliRun.of("quote", overfull, Hostile.REQUEST);
        assertThat(a.code()).isZero();
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(b.out()).isEqualTo(a.out());
    }
}
