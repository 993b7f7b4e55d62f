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

/** Issue 13, case 9: a UTF-8 byte-order mark at the start of a document was refused; RFC 8259 lets it be ignored. */
class Issue13Case09ByteOrderMarkTest {

    private static final String BOM = "\uFEFF";

    @TempDir
    Path dir;

    @Test
    void everyDocumentOfTheCommandLineMayStartWithOne() {
        String network = Hostile.write(dir, "n.json", BOM + Hostile.read(Hostile.NETWORK));
        String request = Hostile.write(dir, "r.json", BOM + Hostile.read(Hostile.REQUEST));
        String listing = Hostile.write(dir, "l.json", BOM + Hostile.read(Hostile.LISTING));
        assertThat(CliRun.of("validate", network).code()).isZero();
        CliRun quote = CliRun.of("quote", network, request);
        assertThat(quote.code()).as(quote.err()).isZero();
        assertThat(quote.out()).isEqualTo(CliRun.of("quote", Hostile.NETWORK, Hostile.REQUEST).out());
        CliRun badges = CliRun.of("listing", "networks/france-demo.json", listing);
        assertThat(badges.code()).as(badges.err()).isZero();
        assertThat(badges.out()).isEqualTo(CliRun.of("listing", "networks/france-demo.json", Hostile.LISTING).out());
    }

    @Test
    void aByteOrderMarkInsideADocumentIsStillRefused() {
        String request = Hostile.write(dir, "r.json", Hostile.read(Hostile.REQUEST).replace("{ \"at\"", "{ " + BOM + "\"at\""));
        Hostile.refused("quote", Hostile.NETWORK, request);
    }
}
