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
package io.promiseengine.jmh.baseline;

import io.promiseengine.json.NetworkDocument;
import io.promiseengine.json.RequestDocument;
import io.promiseengine.json.ResponseDocument;
import io.promiseengine.model.Network;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.PromiseOption;
import io.promiseengine.quote.Quote;
import io.promiseengine.quote.QuoteRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.promiseengine.fixtures.SpecNetwork.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The baseline answers the spec's worked example of delivery windows (section 6: {@code network-windows.json} with
 * {@code request-6-windows.json}) as {@code response-6-windows.json}, byte for byte, and its window order-bys are
 * the ones section 6 explains.
 */
class BaselineWindowsExampleTest {

    private static final Path EXAMPLE = Path.of("../examples/spec-example");

    private static String read(String name) throws IOException {
        return Files.readString(EXAMPLE.resolve(name), StandardCharsets.UTF_8);
    }

    private static Quote quote(QuoteRequest request) throws IOException {
        Network network = NetworkDocument.read(read("network-windows.json"));
        return new BaselineCalculator(network).quote(request);
    }

    @Test
    void request6GivesTheExampleResponseByteForByte() throws IOException {
        Quote quote = quote(RequestDocument.read(read("request-6-windows.json")));

        // the file ends with a newline, the writer writes none
        assertThat(ResponseDocument.write(quote, false) + "\n").isEqualTo(read("response-6-windows.json"));
    }

    @Test
    void theFridayMorningWindowCanBeOrderedUntilThursdayEightPmFromLyon() throws IOException {
        PromiseOption option = quote(RequestDocument.read(read("request-6-windows.json"))).options().get(0);
        DeliveryWindow first = option.windows().get(0);

        // spec 6: Thursday's 18:00 window is full; store-paris-7 is nearer than wh-lyon, which makes it too
        assertThat(first.start()).isEqualTo(at("2026-09-18T08:00:00+02:00"));
        assertThat(first.from()).isEqualTo("store-paris-7");
        // wh-lyon started at 20:00:00 is ready at 22:00 and makes 08:00 with its 2-hour lead; store-paris-7 closes at 20:00
        assertThat(first.orderBy()).isEqualTo(at("2026-09-17T20:00:00+02:00"));
        // the last start that still makes a Friday window: store-paris-7, ready 16:00, window 18:00
        assertThat(option.orderBy()).contains(at("2026-09-18T15:00:00+02:00"));
    }

    @Test
    void oneWindowAskedListsOnlyTheFirst() throws IOException {
        QuoteRequest request = RequestDocument.read(read("request-6-windows.json")).withMaxWindows(1);

        PromiseOption option = quote(request).options().get(0);

        assertThat(option.windows()).extracting(DeliveryWindow::start).containsExactly(at("2026-09-18T08:00:00+02:00"));
        assertThat(option.promisedAt()).isEqualTo(at("2026-09-18T10:00:00+02:00"));
    }
}
