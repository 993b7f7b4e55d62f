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

import io.promiseengine.json.ListingDocument;
import io.promiseengine.json.RequestDocument;
import io.promiseengine.quote.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 13, case 1: a request whose {@code at} is the last instant java.time knows died with a stack trace. */
class Issue13Case01AtAtTheEndOfTimeTest {

    private static final String END_OF_TIME = "+999999999-12-31T23:59:59-18:00";

    @TempDir
    Path dir;

    @Test
    void quoteRefusesTheRequestsAt() {
        String request = Hostile.write(dir, "r.json", Hostile.replaced(Hostile.read(Hostile.REQUEST),
                "2026-09-17T14:30:00+02:00", END_OF_TIME));
        assertThat(Hostile.refused("quote", Hostile.NETWORK, request).errLines())
                .singleElement().asString().startsWith(request + ": at: ");
    }

    @Test
    void listingRefusesTheRequestsAt() {
        String text = Hostile.read(Hostile.LISTING);
        String at = text.replaceAll("(?s).*\"at\": *\"([^\"]+)\".*", "$1");
        String listing = Hostile.write(dir, "l.json", Hostile.replaced(text, at, END_OF_TIME));
        assertThat(Hostile.refused("listing", "networks/france-demo.json", listing).errLines())
                .singleElement().asString().startsWith(listing + ": at: ");
    }

    @Test
    void readersRefuseItWithItsField() {
        String request = Hostile.replaced(Hostile.read(Hostile.REQUEST), "2026-09-17T14:30:00+02:00", END_OF_TIME);
        assertThatThrownBy(() -> RequestDocument.read(request)).isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("at");
        String text = Hostile.read(Hostile.LISTING);
        String at = text.replaceAll("(?s).*\"at\": *\"([^\"]+)\".*", "$1");
        assertThatThrownBy(() -> ListingDocument.read(text.replace(at, "-999999999-01-01T00:00:00+18:00")))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("at");
    }
}
