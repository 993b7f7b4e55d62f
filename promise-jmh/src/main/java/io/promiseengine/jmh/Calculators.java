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

import io.promiseengine.jmh.baseline.BaselineCalculator;
import io.promiseengine.model.Network;
import io.promiseengine.quote.PromiseCalculator;

/** The implementations a benchmark measures, by the name of its {@code impl} parameter. */
public final class Calculators {

    private Calculators() {
    }

    /**
     * The calculator named {@code impl} over the network: {@code engine} (the library's) or {@code baseline}
     * (the straightforward implementation of the spec, {@link BaselineCalculator}).
     */
    public static PromiseCalculator create(String impl, Network network) {
        return switch (impl) {
            case "engine" -> PromiseCalculator.of(network);
            case "baseline" -> new BaselineCalculator(network);
            default -> throw new IllegalArgumentException("impl must be engine or baseline, was " + impl);
        };
    }
}
