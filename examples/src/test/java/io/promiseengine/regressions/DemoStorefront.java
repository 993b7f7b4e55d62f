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

import io.promiseengine.examples.serve.Catalogue;
import io.promiseengine.examples.serve.Storefront;
import io.promiseengine.examples.serve.StorefrontServer;
import io.promiseengine.json.NetworkDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The storefront of the regression tests: the France demo network in memory, on a free port of 127.0.0.1. */
final class DemoStorefront {

    /** Thursday 17 September 2026, 10:15 in Paris. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-17T08:15:00Z"), ZoneOffset.UTC);

    private DemoStorefront() {
    }

    /** With the default settings. */
    static StorefrontServer start() throws IOException {
        return start(StorefrontServer.Settings.defaults());
    }

    static StorefrontServer start(StorefrontServer.Settings settings) throws IOException {
        String network = Files.readString(Path.of("networks/france-demo.json"), StandardCharsets.UTF_8);
        return StorefrontServer.start((listeners, observer) -> Storefront.inMemory(NetworkDocument.read(network),
                Catalogue.demo(), CLOCK, listeners, observer), settings, "127.0.0.1", 0);
    }
}
